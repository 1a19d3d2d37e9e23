/**
 * Parsing of what people type into number fields. Returns a plain number or a message in words;
 * never NaN, never a guess. People write numbers the way their locale and their spreadsheet taught
 * them, so the separators are read by what they can mean:
 *
 * - "2,000,000" and "2.000.000": several of the same separator, in groups of three, are grouping.
 * - "1,234.56" and "1.234,56": with both separators, the last one is the decimal point.
 * - "99,9" or "2,5": a comma that is not followed by exactly three digits cannot be grouping, so it
 *   is a decimal comma.
 * - "2,000": a lone comma before three digits is grouping (the page's English convention), unless that
 *   reading is out of the field's range and the decimal reading is not ("99,999" as a percentage).
 * - "400.000": a lone dot before three digits could be either; when both readings fit the field the
 *   field asks which was meant instead of picking one.
 *
 * Also accepted: a leading currency symbol or code, k/M/B/T suffixes, a trailing %, spaces and
 * underscores between digits. Anything else ("1e6", "0x10", "two") gets a message that names the
 * forms that are accepted.
 */
export type ParseResult<T = number> =
  | { ok: true; value: T }
  | {
      ok: false;
      message: string;
      /** When the text is ambiguous: the values it could mean, for the field to offer as choices. */
      choices?: number[];
    };

/** What a field holds, for the examples a message gives. */
export type NumberKind = 'amount' | 'percent' | 'plain';

const SUFFIX: Record<string, number> = { k: 3, m: 6, b: 9, bn: 9, t: 12 };

const EXAMPLES: Record<NumberKind, string> = {
  amount: 'Write it like 2000000, 2,000,000, 2.000.000, 2M or $2.5k.',
  percent: 'Write it like 99.9, 99,9 or 99.9 %.',
  plain: 'Write it like 8, 7.5 or 7,5.',
};

/** One way of reading a text: its value and whether the page's convention prefers it. */
interface Reading {
  value: number;
  preferred: boolean;
}

/** Shifts a plain decimal string ("2.5") by `zeros` places exactly, as text, so "2.5M" is exactly 2500000. */
function scaleDecimalString(digits: string, zeros: number): number {
  const [intPart = '', fracPart = ''] = digits.split('.');
  const padded = fracPart.padEnd(zeros, '0');
  return Number(`${intPart}${padded.slice(0, zeros)}.${padded.slice(zeros)}`);
}

const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(?:\\${sep}\\d{3})+$`);

/**
 * The readings of a numeric body made of digits, dots and commas, as plain decimal strings ("1234.5").
 * Empty when the separators make no sense ("1,2,3", "1..2").
 */
function bodyReadings(body: string): Array<{ digits: string; preferred: boolean }> {
  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return /^\d+$/.test(body) ? [{ digits: body, preferred: true }] : [];
  if (dots > 0 && commas > 0) {
    // Both: the last separator is the decimal point and occurs once; the other groups by three.
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [intPart = '', fracPart, extra] = body.split(decimal);
    if (extra !== undefined || !fracPart || !/^\d+$/.test(fracPart) || !GROUPED(group).test(intPart))
      return [];
    return [{ digits: `${intPart.split(group).join('')}.${fracPart}`, preferred: true }];
  }
  const sep = dots > 0 ? '.' : ',';
  const count = Math.max(dots, commas);
  if (count > 1)
    return GROUPED(sep).test(body) ? [{ digits: body.split(sep).join(''), preferred: true }] : [];
  const [intPart = '', fracPart = ''] = body.split(sep);
  if (!/^\d*$/.test(intPart) || !/^\d+$/.test(fracPart)) return [];
  const asDecimal = `${intPart || '0'}.${fracPart}`;
  const couldGroup = /^[1-9]\d{0,2}$/.test(intPart) && fracPart.length === 3;
  if (!couldGroup) return [{ digits: asDecimal, preferred: true }];
  const asGrouped = `${intPart}${fracPart}`;
  // A lone comma before three digits is grouping by the page's convention; a lone dot is either.
  return sep === ','
    ? [
        { digits: asGrouped, preferred: true },
        { digits: asDecimal, preferred: false },
      ]
    : [
        { digits: asDecimal, preferred: true },
        { digits: asGrouped, preferred: true },
      ];
}

type TextReadings =
  { ok: true; readings: Reading[]; percent: boolean; suffix: boolean } | { ok: false; message: string };

/** Every way `raw` can be read as a number, or a message naming the accepted forms. */
function readNumberText(raw: string, kind: NumberKind): TextReadings {
  const shown = raw.trim();
  const text = shown.replace(/(?<=\d)[\s_](?=\d)/g, '').replace(/\s+/g, '');
  if (text === '') return { ok: false, message: 'Enter a number.' };
  const match = /^(?:[$€£¥₹]|US\$|EUR|GBP|USD|JPY|INR)?(-)?(?:[$€£¥₹])?([\d.,]+)(k|m|bn|b|t)?(%)?$/i.exec(
    text,
  );
  const notRead = {
    ok: false as const,
    message: `Nines cannot read “${shown}” as a number. ${EXAMPLES[kind]}`,
  };
  if (!match) return notRead;
  const [, minus, body = '', suffix, percent] = match;
  if (percent && suffix) return { ok: false, message: `“${shown}” mixes a suffix and a percent sign.` };
  const readings = bodyReadings(body);
  if (readings.length === 0) return notRead;
  const zeros = suffix ? SUFFIX[suffix.toLowerCase()]! : 0;
  const values: Reading[] = [];
  for (const { digits, preferred } of readings) {
    const magnitude = zeros ? scaleDecimalString(digits, zeros) : Number(digits);
    if (!Number.isFinite(magnitude)) return { ok: false, message: 'That number is too large.' };
    const value = minus && magnitude !== 0 ? -magnitude : magnitude;
    if (!values.some((v) => v.value === value)) values.push({ value, preferred });
  }
  return { ok: true, readings: values, percent: Boolean(percent), suffix: Boolean(suffix) };
}

/**
 * Picks the reading that fits a field: the one preferred reading that passes `check`, else the one
 * reading that passes; two that pass and are equally preferred make the text ambiguous. When none
 * passes, the first reading's message is returned.
 */
function choose(readings: Reading[], check: (value: number) => string | null, shown: string): ParseResult {
  const fitting = readings.filter((r) => check(r.value) === null);
  if (fitting.length === 0) return { ok: false, message: check(readings[0]!.value)! };
  const preferred = fitting.filter((r) => r.preferred);
  const pick = preferred.length > 0 ? preferred : fitting;
  if (pick.length === 1) return { ok: true, value: pick[0]!.value };
  const choices = pick.map((r) => r.value).sort((a, b) => a - b);
  return {
    ok: false,
    message: `“${shown}” could mean ${choices.map((c) => c.toLocaleString('en-US', { maximumFractionDigits: 20 })).join(' or ')}: which one?`,
    choices,
  };
}

/** Parses a number as people type it (see the module comment), with no range check. */
export function parseNumberText(raw: string, kind: NumberKind = 'plain'): ParseResult {
  const read = readNumberText(raw, kind);
  if (!read.ok) return read;
  return choose(read.readings, () => null, raw.trim());
}

/** An amount of money: finite, ≥ 0 and ≤ max. */
export function parseAmount(raw: string, max: number): ParseResult {
  const read = readNumberText(raw, 'amount');
  if (!read.ok) return read;
  if (read.percent) return { ok: false, message: 'Enter an amount, not a percentage.' };
  return choose(
    read.readings,
    (value) =>
      value < 0
        ? 'Must be zero or more.'
        : value > max
          ? `Must be at most ${max.toLocaleString('en-US')}.`
          : null,
    raw.trim(),
  );
}

/** An availability in percent: strictly between 0 and 100; "99.95", "99,95" and "99.95%" all mean 99.95 %. */
export function parseAvailability(raw: string): ParseResult {
  const read = readNumberText(raw, 'percent');
  if (!read.ok) return read;
  if (read.suffix) return { ok: false, message: 'Enter a percentage such as 99.9.' };
  return choose(
    read.readings,
    (value) => (value <= 0 || value >= 100 ? 'Availability must be above 0 % and below 100 %.' : null),
    raw.trim(),
  );
}

/** A number in [min, max] (inclusive unless `minExclusive`), optionally a whole number. */
export function parseBounded(
  raw: string,
  {
    min,
    max,
    minExclusive = false,
    integer = false,
  }: { min: number; max: number; minExclusive?: boolean; integer?: boolean },
): ParseResult {
  const read = readNumberText(raw, 'plain');
  if (!read.ok) return read;
  return choose(
    read.readings,
    (value) => {
      if (integer && !Number.isInteger(value)) return 'Enter a whole number.';
      if (minExclusive ? value <= min : value < min)
        return `Must be ${minExclusive ? 'above' : 'at least'} ${min}.`;
      if (value > max) return `Must be at most ${max}.`;
      return null;
    },
    raw.trim(),
  );
}
