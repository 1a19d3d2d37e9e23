import { Dec } from '../model/decimal';
import { rangeBestEstimatePercent, type AvailabilityRange } from '../model/dependency-tree';
import { parseAvailability, parseNumberText, type ParseResult } from './parse';

/*
 * What people type for an availability: a percentage ("99.95", "99,95 %"), or a number of nines as
 * SRE people say it ("four nines", "3.5 nines", "five 9s", "three and a half nines", and "three nines
 * five" for 99.95 %). n nines is 100 − 10^(2 − n) percent: four nines is 99.99 %, 3.5 nines 99.968… %.
 */

/** The most nines read: past 15, a 64-bit number cannot hold the figure below 100 %. */
export const MAX_NINES = 15;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const FORMS = 'Write it like 99.95, 99.95 %, four nines, 3.5 nines or five 9s.';

/** A count of nines written as a word ("four") or a number ("4", "3.5", "3,5"), or null. */
function readCount(text: string): number | null {
  const word = NUMBER_WORDS[text.toLowerCase()];
  if (word !== undefined) return word;
  if (!/^[\d.,]+$/.test(text)) return null;
  const read = parseNumberText(text);
  return read.ok ? read.value : null;
}

/** A single digit written as a word or a digit ("five", "5"), for "three nines five"; or null. */
function readDigit(text: string): number | null {
  const word = NUMBER_WORDS[text.toLowerCase()];
  if (word !== undefined) return word < 10 ? word : null;
  return /^[1-9]$/.test(text) ? Number(text) : null;
}

const NINES = /^(\S+?)(\s+and\s+a\s+half)?[\s-]+(?:nines?|9s|9['’]s)(?:[\s-]+(\S+))?$/i;

/**
 * Reads an availability as people type it, in percent: "99.95", "99,95 %", "four nines" (99.99),
 * "3.5 nines" (99.96837722339832), "five 9s" (99.999), "three and a half nines", "three nines five"
 * (99.95). Whole nines are exact (the number nearest the decimal text, as if "99.99" had been typed).
 * Anything else gets a message naming the accepted forms; a percentage keeps `parseAvailability`'s
 * messages (range, ambiguity).
 */
export function parseAvailabilityText(raw: string): ParseResult {
  const shown = raw.trim();
  if (shown === '') return { ok: false, message: 'Enter an availability, such as 99.95 or four nines.' };
  const nines = NINES.exec(shown);
  if (nines) {
    const [, countText = '', half, digitText] = nines;
    const whole = readCount(countText);
    const digit = digitText === undefined ? null : readDigit(digitText);
    if (whole === null || (digitText !== undefined && (digit === null || half || !Number.isInteger(whole))))
      return { ok: false, message: `Nines cannot read “${shown}” as an availability. ${FORMS}` };
    const count = half ? whole + 0.5 : whole;
    if (count <= 0) return { ok: false, message: 'An availability needs more than 0 nines.' };
    if (count > MAX_NINES) return { ok: false, message: `Nines reads at most ${MAX_NINES} nines.` };
    // n nines leave 10^(2 − n) % of downtime; a trailing digit d (n nines d) takes d tenths of the next nine.
    const down = new Dec(10).pow(new Dec(2).minus(count));
    const percent = new Dec(100).minus(digit === null ? down : down.minus(down.times(digit).div(10)));
    return { ok: true, value: percent.toNumber() };
  }
  if (!parseNumberText(shown, 'percent').ok)
    return { ok: false, message: `Nines cannot read “${shown}” as an availability. ${FORMS}` };
  return parseAvailability(shown);
}

/** What an "Availability of …" field holds: one figure, or a 90 % range and the figure its best estimate gives. */
export interface AvailabilityEntry {
  /** In percent: the figure typed, or the range's best estimate (`rangeBestEstimatePercent`). */
  percent: number;
  /** The range's ends in percent (low < high), or null for one figure. */
  range: AvailabilityRange | null;
}

const RANGE_FORMS = 'Write a range like 99.9-99.99, 99.9 % – 99.99 %, three to four nines or 3-4 nines.';

/** "3-4 nines", "three to four nines", "3.5–4 nines": two counts sharing one "nines". */
const NINES_RANGE = /^(\S+?)\s*(?:-|–|—|\s+to\s+)\s*(\S+?)[\s-]+(?:nines?|9s|9['’]s)$/i;

/**
 * Where a text splits into two ends: an en or em dash, the word "to", a hyphen with spaces around it,
 * or a hyphen between a digit or "%" and a digit ("99.9-99.99"), never the hyphen of "four-nines".
 */
const SPLIT = /\s*[–—]\s*|\s+to\s+|\s+-\s+|(?<=[\d%])-(?=\d)/i;

/** Reads a range's two ends as `parseAvailabilityText` reads one; null when the text is not two ends. */
function rangeEnds(shown: string): [ParseResult, ParseResult] | null {
  const nines = NINES_RANGE.exec(shown);
  if (nines) {
    const [, lowText = '', highText = ''] = nines;
    if (readCount(lowText) !== null && readCount(highText) !== null)
      return [parseAvailabilityText(`${lowText} nines`), parseAvailabilityText(`${highText} nines`)];
  }
  const parts = shown.split(SPLIT);
  if (parts.length !== 2) return null;
  return [parseAvailabilityText(parts[0]!), parseAvailabilityText(parts[1]!)];
}

/**
 * Reads what people type into an "Availability of …" field: one availability as
 * `parseAvailabilityText` reads it ("99.95", "four nines"), or a 90 % range of two of them, low end
 * first: "99.9-99.99", "99.9 % – 99.99 %", "99.9 to 99.99", "three nines to four nines", "three to
 * four nines", "3-4 nines". A range's figure is its best estimate (`rangeBestEstimatePercent`, the
 * geometric mean of the unavailabilities: "3-4 nines" gives exactly what "3.5 nines" gives). A range
 * whose ends are equal or the wrong way round, or an end that is not an availability, gets a message.
 */
export function parseAvailabilityEntry(raw: string): ParseResult<AvailabilityEntry> {
  // One figure first: "4 - nines" and "four-nines" are four nines, not a range.
  const point = parseAvailabilityText(raw);
  if (point.ok) return { ok: true, value: { percent: point.value, range: null } };
  const ends = rangeEnds(raw.trim());
  if (ends === null) return point;
  const [low, high] = ends;
  if (!low.ok) return { ok: false, message: `The low end: ${low.message} ${RANGE_FORMS}` };
  if (!high.ok) return { ok: false, message: `The high end: ${high.message} ${RANGE_FORMS}` };
  if (low.value === high.value)
    return { ok: false, message: 'The two ends of the range are the same: type one figure for a point.' };
  if (low.value > high.value)
    return {
      ok: false,
      message: 'The low end of the range is above its high end: write the lower availability first.',
    };
  const range = { low: low.value, high: high.value };
  return { ok: true, value: { percent: rangeBestEstimatePercent(range), range } };
}

/** A range as the field shows it once left: "99.9–99.99" (percent, the input's own digits). */
export function availabilityRangeText(range: AvailabilityRange, format: (percent: number) => string): string {
  return `${format(range.low)}–${format(range.high)}`;
}
