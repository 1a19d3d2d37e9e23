/**
 * Summaries of a column of runs: percentiles, chances, a histogram and an exceedance curve. Plain
 * numbers in the column's unit. Percentiles are by linear interpolation between the closest ranks
 * (Hyndman & Fan's type 7: the default of R, NumPy and a spreadsheet's PERCENTILE.INC): for n sorted
 * values, the p-quantile is at rank h = (n − 1) p, between the values at ⌊h⌋ and ⌈h⌉.
 */

/** The p-quantile (0 ≤ p ≤ 1) of ascending `sorted` values, type 7; +Infinity when it reaches an infinite value. */
export function quantileOfSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('no values');
  const h = (n - 1) * p;
  const below = Math.floor(h);
  const above = Math.min(n - 1, below + 1);
  const fraction = h - below;
  const a = sorted[below]!;
  if (fraction === 0) return a;
  const b = sorted[above]!;
  // Interpolating toward "never" is "never"; and Infinity × 0 must not become NaN.
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Math.max(a, b);
  return a + (b - a) * fraction;
}

/**
 * An ascending copy of a column (the column itself is left as it was), in `into` when given (of the
 * same length): one scratch buffer for every summary spares the garbage collector a copy per column.
 */
export function sortedCopy(values: Float64Array, into?: Float64Array): Float64Array {
  if (into === undefined) return Float64Array.from(values).sort();
  if (into.length !== values.length) throw new RangeError('the buffer and the column differ in length');
  into.set(values);
  return into.sort();
}

/**
 * The ascending copy of `factor` × a column, from the column's ascending copy `sorted`, in `into`
 * when given: for a factor ≥ 0 multiplying keeps the order, so this equals sorting the products,
 * to the bit, in one pass instead of a sort. Throws a RangeError for a negative factor.
 */
export function scaledSortedCopy(sorted: Float64Array, factor: number, into?: Float64Array): Float64Array {
  if (!(factor >= 0)) throw new RangeError('the factor must be at least 0');
  const scaled = into ?? new Float64Array(sorted.length);
  if (scaled.length !== sorted.length) throw new RangeError('the buffer and the column differ in length');
  for (let i = 0; i < sorted.length; i += 1) scaled[i] = factor * sorted[i]!;
  return scaled;
}

/** P10, P50 and P90 of a money column and its mean, in its unit. */
export interface Percentiles {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

/** P10, P50 and P90 of a payback column, in years; null = never (more than that share of runs never pay back). */
export interface PaybackPercentiles {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

/** How often something happened: in `count` of `runs` runs (`fraction` = count / runs). */
export interface Chance {
  count: number;
  runs: number;
  fraction: number;
}

/** Sum with Neumaier's compensation, so a mean of ten thousand large figures keeps its cents. */
function compensatedSum(values: Float64Array): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    const total = sum + value;
    // The larger and the smaller of the two chosen first, then one expression: the same sum as
    // branching to two expressions, but the engine compiles it once, not again when the other branch first runs.
    const sumIsLarger = Math.abs(sum) >= Math.abs(value);
    const larger = sumIsLarger ? sum : value;
    const smaller = sumIsLarger ? value : sum;
    compensation += larger - total + smaller;
    sum = total;
  }
  return sum + compensation;
}

/** P10, P50, P90 (type 7) and the mean of `values`, from their ascending copy `sorted`. */
export function percentilesOf(values: Float64Array, sorted: Float64Array = sortedCopy(values)): Percentiles {
  return {
    p10: quantileOfSorted(sorted, 0.1),
    p50: quantileOfSorted(sorted, 0.5),
    p90: quantileOfSorted(sorted, 0.9),
    mean: compensatedSum(values) / values.length,
  };
}

/** P10, P50 and P90 of a payback column (+Infinity = never), with never as null, from its ascending copy `sorted`. */
export function paybackPercentilesOf(
  values: Float64Array,
  sorted: Float64Array = sortedCopy(values),
): PaybackPercentiles {
  const at = (p: number) => {
    const value = quantileOfSorted(sorted, p);
    return Number.isFinite(value) ? value : null;
  };
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
}

/**
 * The first index in [from, to) of ascending `sorted` whose value passes `test`, or `to` when none
 * does; `test` must fail for a prefix and pass for the rest (true of `value > limit`, and of any
 * rounded, non-decreasing function of the value compared with a bound). A binary search: the
 * summaries below count runs on the sorted copy this way instead of visiting each run.
 */
function firstPassing(
  sorted: Float64Array,
  test: (value: number) => boolean,
  from = 0,
  to = sorted.length,
): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(sorted[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The share of runs at most `limit`, from the column's ascending copy `sorted` (a column holds no NaN). */
export function chanceAtMostOfSorted(sorted: Float64Array, limit: number): Chance {
  const count = firstPassing(sorted, (value) => value > limit);
  return { count, runs: sorted.length, fraction: count / sorted.length };
}

/** The share of runs above `limit`, from the column's ascending copy `sorted` (a column holds no NaN). */
export function chanceAboveOfSorted(sorted: Float64Array, limit: number): Chance {
  const count = sorted.length - firstPassing(sorted, (value) => value > limit);
  return { count, runs: sorted.length, fraction: count / sorted.length };
}

/** One bar of a histogram: the runs with from ≤ value < to (the last bar includes its `to`). */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/**
 * A histogram of equal-width bins between the 0.5th and 99.5th percentiles, so one far tail does not
 * squeeze every other run into a single bar; the runs beyond are counted in `below` and `above`.
 * A column of one value gives one bin.
 */
export interface Histogram {
  bins: HistogramBin[];
  below: number;
  above: number;
}

/** The histogram of ascending `sorted` values in `binCount` bins (see `Histogram`). */
export function histogramOfSorted(sorted: Float64Array, binCount = 24): Histogram {
  const n = sorted.length;
  const from = quantileOfSorted(sorted, 0.005);
  const to = quantileOfSorted(sorted, 0.995);
  // Counted on the sorted values by binary searches, not run by run: the runs below `from` are a
  // prefix, those above `to` a suffix, and a value's bin rises with the value, so each bin is a slice.
  const below = firstPassing(sorted, (value) => value >= from);
  const aboveFrom = firstPassing(sorted, (value) => value > to, below);
  const above = n - aboveFrom;
  if (!(to > from)) return { bins: [{ from, to, count: n - below - above }], below, above };
  const width = (to - from) / binCount;
  const binOf = (value: number) => Math.min(binCount - 1, Math.floor((value - from) / width));
  let start = below;
  const bins = Array.from({ length: binCount }, (_, i) => {
    const end =
      i === binCount - 1 ? aboveFrom : firstPassing(sorted, (value) => binOf(value) > i, start, aboveFrom);
    const bin = {
      from: from + width * i,
      to: i === binCount - 1 ? to : from + width * (i + 1),
      count: end - start,
    };
    start = end;
    return bin;
  });
  return { bins, below, above };
}

/** A point of an exceedance curve: in a share `chance` of runs the value is at least `value`. */
export interface ExceedancePoint {
  chance: number;
  value: number;
}

/** The chances an exceedance curve is read at: 1 %, 5 %, 10 %, …, 95 %, 99 %. */
export const EXCEEDANCE_CHANCES: readonly number[] = [
  0.01,
  ...Array.from({ length: 19 }, (_, i) => Math.round((i + 1) * 5) / 100),
  0.99,
];

/** The exceedance curve of ascending `sorted` values: the (1 − chance)-quantile at each of `EXCEEDANCE_CHANCES`. */
export function exceedanceOfSorted(sorted: Float64Array): ExceedancePoint[] {
  return EXCEEDANCE_CHANCES.map((chance) => ({ chance, value: quantileOfSorted(sorted, 1 - chance) }));
}
