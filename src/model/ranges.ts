/**
 * Ranges as a kind of input. A number input holds a point (the best estimate, which every exact
 * figure uses) and may also hold a range: a low and a high end, read as a 90 % interval (low = the
 * 5th percentile, high = the 95th: "nine times in ten the true value lies between them", the
 * reading Guesstimate and Hubbard's calibration training give a range a person types), and a shape
 * that says how the values spread between and beyond them. Plain numbers, in the unit of the input
 * the range belongs to (currency units an hour for the downtime cost per hour); no rounding.
 */

/**
 * How the values of a range spread:
 * - `lognormal`: skewed to the right, for positive amounts that span orders of magnitude (the
 *   default for positive quantities); its median is √(low · high). Needs low > 0.
 * - `uniform`: every value equally likely, the 90 % interval in the middle of the support.
 * - `pert`: a smooth hump around the best estimate (the input's point value), within low–high.
 */
export type RangeShape = 'lognormal' | 'uniform' | 'pert';

/** The shapes, in the order a picker lists them. */
export const RANGE_SHAPES: readonly RangeShape[] = ['lognormal', 'uniform', 'pert'];

/** A range of one input: low and high ends (the input's unit), read as a 90 % interval, and a shape. */
export interface RangeInput {
  low: number;
  high: number;
  shape: RangeShape;
}

/** The inputs that can hold a range today. Later features add keys (optional ones) beside it. */
export type RangedInputId = 'downtimeCostPerHour';

/**
 * The ranges of a session, keyed by the input they belong to (a key of `CalculatorInputs`). Beside
 * the point inputs, never instead of them: deterministic figures keep using the point value.
 */
export type InputRanges = Record<RangedInputId, RangeInput>;

/** The shape a new range gets: lognormal when both ends are positive, uniform when it reaches 0 or below. */
export function defaultRangeShape(low: number): RangeShape {
  return low > 0 ? 'lognormal' : 'uniform';
}

/** What the ends of a range are called in messages: "Low cost per hour". */
export interface RangeEndNames {
  low: string;
  high: string;
}

const GENERIC_NAMES: RangeEndNames = { low: 'The low end', high: 'The high end' };

/**
 * What is wrong with a range, as sentences in words (empty when nothing is): an end that is not a
 * finite number, a low end above the high end, a lognormal range that reaches 0 or below. An equal
 * low and high is allowed (a range of one value). `names` are the ends' names, capitalised, as the
 * form labels them. Plain comparisons, no arithmetic: nothing to round.
 */
export function rangeProblems(range: RangeInput, names: RangeEndNames = GENERIC_NAMES): string[] {
  const problems: string[] = [];
  const finiteLow = Number.isFinite(range.low);
  const finiteHigh = Number.isFinite(range.high);
  if (!finiteLow) problems.push(`${names.low} is not a finite number.`);
  if (!finiteHigh) problems.push(`${names.high} is not a finite number.`);
  if (finiteLow && finiteHigh && range.low > range.high)
    problems.push(
      `${names.low} is above ${lowerFirst(names.high)}: the low end must not exceed the high end.`,
    );
  if (range.shape === 'lognormal' && finiteLow && range.low <= 0)
    problems.push(
      `A lognormal range must stay above 0, and ${lowerFirst(names.low)} is ${range.low === 0 ? '0' : 'below 0'}: pick the uniform or PERT shape for a range that includes 0.`,
    );
  return problems;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Where a point value lies against its range: `below` the low end, `above` the high end, or
 * `inside` (ends included). A best estimate outside its own 90 % interval is worth a word: the
 * low and high figures then do not bracket the main one.
 */
export function pointAgainstRange(
  value: number,
  range: Pick<RangeInput, 'low' | 'high'>,
): 'below' | 'inside' | 'above' {
  if (value < range.low) return 'below';
  if (value > range.high) return 'above';
  return 'inside';
}

/** The range with the end nearest `value` moved to it, so that it includes `value`; the shape is kept. */
export function rangeWidenedToInclude(range: RangeInput, value: number): RangeInput {
  return { ...range, low: Math.min(range.low, value), high: Math.max(range.high, value) };
}
