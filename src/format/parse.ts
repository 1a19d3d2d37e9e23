/**
 * Parsing of what people type into number fields. Returns a plain number or a message in words;
 * never NaN. Accepts grouping commas, a leading currency symbol, k/M/B/T suffixes and a trailing %.
 */
export type ParseResult = { ok: true; value: number } | { ok: false; message: string };

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9, t: 1e12 };

/** Scales a decimal string by a power of ten exactly (as text) so that "2.5M" is exactly 2500000. */
function scaleDecimalString(digits: string, multiplier: number): number {
  const zeros = Math.round(Math.log10(multiplier));
  const [intPart = '', fracPart = ''] = digits.split('.');
  const padded = fracPart.padEnd(zeros, '0');
  const text = `${intPart}${padded.slice(0, zeros)}.${padded.slice(zeros)}`;
  return Number(text);
}

/** Parses a plain decimal with optional grouping, currency symbol, k/M/B/T suffix. */
export function parseNumberText(raw: string): ParseResult {
  const text = raw.trim().replace(/[\s_]/g, '');
  if (text === '') return { ok: false, message: 'Enter a number.' };
  const match =
    /^([$€£¥₹]|US\$|EUR|GBP|USD|JPY|INR)?(-)?([$€£¥₹])?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(k|m|b|bn|t)?(%)?$/i.exec(
      text,
    );
  if (!match) return { ok: false, message: `“${raw.trim()}” is not a number.` };
  const [, , minus, , body = '', suffix, percent] = match;
  const digits = body.replace(/,/g, '');
  const value = suffix ? scaleDecimalString(digits, SUFFIX[suffix.toLowerCase()]!) : Number(digits);
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' };
  if (percent && suffix) return { ok: false, message: `“${raw.trim()}” mixes a suffix and a percent sign.` };
  const signed = minus ? -value : value;
  return { ok: true, value: Object.is(signed, -0) ? 0 : signed };
}

/** An amount of money: finite, ≥ 0 and ≤ max. */
export function parseAmount(raw: string, max: number): ParseResult {
  const parsed = parseNumberText(raw);
  if (!parsed.ok) return parsed;
  if (/%\s*$/.test(raw)) return { ok: false, message: 'Enter an amount, not a percentage.' };
  if (parsed.value < 0) return { ok: false, message: 'Must be zero or more.' };
  if (parsed.value > max) return { ok: false, message: `Must be at most ${max.toLocaleString('en-US')}.` };
  return parsed;
}

/** An availability in percent: strictly between 0 and 100; "99.95" and "99.95%" both mean 99.95 %. */
export function parseAvailability(raw: string): ParseResult {
  const parsed = parseNumberText(raw);
  if (!parsed.ok) return parsed;
  if (/[kmbt]$/i.test(raw.trim())) return { ok: false, message: 'Enter a percentage such as 99.9.' };
  if (parsed.value <= 0 || parsed.value >= 100)
    return { ok: false, message: 'Availability must be above 0 % and below 100 %.' };
  return parsed;
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
  const parsed = parseNumberText(raw);
  if (!parsed.ok) return parsed;
  if (integer && !Number.isInteger(parsed.value)) return { ok: false, message: 'Enter a whole number.' };
  if (minExclusive ? parsed.value <= min : parsed.value < min)
    return { ok: false, message: `Must be ${minExclusive ? 'above' : 'at least'} ${min}.` };
  if (parsed.value > max) return { ok: false, message: `Must be at most ${max}.` };
  return parsed;
}
