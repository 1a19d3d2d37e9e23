import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chanceAboveOfSorted,
  chanceAtMostOfSorted,
  EXCEEDANCE_CHANCES,
  exceedanceOfSorted,
  histogramOfSorted,
  paybackPercentilesOf,
  percentilesOf,
  quantileOfSorted,
  scaledSortedCopy,
  sortedCopy,
} from './summarise';

const column = (...values: number[]) => Float64Array.from(values);

describe('percentiles by linear interpolation between closest ranks (type 7)', () => {
  it.each([
    // R: quantile(1:10, c(0.1, 0.5, 0.9)) → 1.9, 5.5, 9.1 (type 7 is R's default).
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1, 1.9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    // Microsoft's PERCENTILE.INC example: the 30th percentile of 1, 3, 2, 4 is 1.9.
    [[1, 3, 2, 4], 0.3, 1.9],
    // NumPy's percentile example: the median of 10, 7, 4, 3, 2, 1 is 3.5.
    [[10, 7, 4, 3, 2, 1], 0.5, 3.5],
    [[42], 0.9, 42],
  ])('%j at %s is %s', (values, p, expected) => {
    expect(quantileOfSorted(sortedCopy(column(...values)), p)).toBeCloseTo(expected, 12);
  });

  it('gives P10, P50, P90 and the mean, and leaves the column as it was', () => {
    const values = column(10, 1, 9, 2, 8, 3, 7, 4, 6, 5);
    expect(percentilesOf(values)).toEqual({ p10: 1.9, p50: 5.5, p90: 9.1, mean: 5.5 });
    expect([...values]).toEqual([10, 1, 9, 2, 8, 3, 7, 4, 6, 5]);
  });

  it('keeps the cents of a mean of large figures', () => {
    const values = new Float64Array(10_000).fill(123_456_789.01);
    expect(percentilesOf(values).mean).toBe(123_456_789.01);
  });

  it('reads a payback that never comes as null, never as Infinity or NaN', () => {
    expect(paybackPercentilesOf(column(1, 2, Infinity, Infinity, Infinity))).toEqual({
      p10: 1.4,
      p50: null,
      p90: null,
    });
    expect(paybackPercentilesOf(column(0, 0, 0))).toEqual({ p10: 0, p50: 0, p90: 0 });
  });
});

/** A column of money-like values for property tests: large and small, negative, repeated, and never (+Infinity). */
const amounts = fc.array(
  fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom(0, 1, 2.5, -7, Infinity)),
  { minLength: 1, maxLength: 300 },
);

describe('chances', () => {
  it('count the runs above a limit (a positive NPV)', () => {
    expect(chanceAboveOfSorted(sortedCopy(column(2, -1, 1, 0)), 0)).toEqual({
      count: 2,
      runs: 4,
      fraction: 0.5,
    });
  });

  it('count the runs at most a limit, the limit included (a payback within the horizon; never is +Infinity)', () => {
    expect(chanceAtMostOfSorted(sortedCopy(column(Infinity, 3, 0, 3.0000001)), 3)).toEqual({
      count: 2,
      runs: 4,
      fraction: 0.5,
    });
  });

  it('count on the sorted copy what a count of every run gives', () => {
    fc.assert(
      fc.property(amounts, fc.double({ min: -1e9, max: 1e9, noNaN: true }), (values, limit) => {
        const sorted = sortedCopy(Float64Array.from(values));
        expect(chanceAtMostOfSorted(sorted, limit).count).toBe(values.filter((v) => v <= limit).length);
        expect(chanceAboveOfSorted(sorted, limit).count).toBe(values.filter((v) => v > limit).length);
      }),
    );
  });
});

describe('a column that is a multiple of another', () => {
  it('sorts as the other does: scaling its sorted copy equals sorting the products, to the bit', () => {
    const amount = fc.oneof(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.constantFrom(0, Infinity));
    fc.assert(
      fc.property(
        fc.array(amount, { minLength: 1, maxLength: 200 }),
        fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(0)),
        (values, factor) => {
          const column = Float64Array.from(values);
          const products = sortedCopy(column.map((value) => factor * value));
          const scaled = scaledSortedCopy(sortedCopy(column), factor);
          expect([...scaled].map(String)).toEqual([...products].map(String));
          expect([...scaled].every((value, i) => Object.is(value, products[i]))).toBe(true);
        },
      ),
    );
  });

  it('takes no negative factor (a product of a negative sorts the other way round)', () => {
    expect(() => scaledSortedCopy(column(1, 2), -1)).toThrow(RangeError);
  });
});

describe('the NPV histogram', () => {
  it('counts every run once, in bins between the 0.5th and 99.5th percentiles', () => {
    const values = sortedCopy(Float64Array.from({ length: 1000 }, (_, i) => i));
    const { bins, below, above } = histogramOfSorted(values, 10);
    expect(bins).toHaveLength(10);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0) + below + above).toBe(1000);
    expect(bins[0]!.from).toBeCloseTo(quantileOfSorted(values, 0.005), 12);
    expect(bins[9]!.to).toBeCloseTo(quantileOfSorted(values, 0.995), 12);
    expect([below, above]).toEqual([5, 5]);
  });

  it('counts on the sorted copy what placing every run in its bin gives', () => {
    // The plain way, run by run: below `from`, above `to`, else bin ⌊(value − from) / width⌋ (the last bin includes `to`).
    const runByRun = (sorted: Float64Array, binCount: number) => {
      const from = quantileOfSorted(sorted, 0.005);
      const to = quantileOfSorted(sorted, 0.995);
      const counts = Array.from({ length: to > from ? binCount : 1 }, () => 0);
      let below = 0;
      let above = 0;
      for (const value of sorted) {
        if (value < from) below += 1;
        else if (value > to) above += 1;
        else if (to > from)
          counts[Math.min(binCount - 1, Math.floor((value - from) / ((to - from) / binCount)))]! += 1;
        else counts[0]! += 1;
      }
      return { counts, below, above };
    };
    fc.assert(
      fc.property(
        amounts.map((values) => values.filter(Number.isFinite)).filter((values) => values.length > 0),
        fc.integer({ min: 1, max: 30 }),
        (values, binCount) => {
          const sorted = sortedCopy(Float64Array.from(values));
          const { bins, below, above } = histogramOfSorted(sorted, binCount);
          expect({ counts: bins.map((bin) => bin.count), below, above }).toEqual(runByRun(sorted, binCount));
        },
      ),
    );
  });

  it('is one bin when every run has the same value', () => {
    expect(histogramOfSorted(column(3, 3, 3))).toEqual({
      bins: [{ from: 3, to: 3, count: 3 }],
      below: 0,
      above: 0,
    });
  });
});

describe('the exceedance curve', () => {
  it('reads the value reached in 1 %, 5 %, …, 95 %, 99 % of runs', () => {
    expect(EXCEEDANCE_CHANCES).toHaveLength(21);
    const values = sortedCopy(Float64Array.from({ length: 101 }, (_, i) => i));
    const curve = exceedanceOfSorted(values);
    expect(curve[0]).toEqual({ chance: 0.01, value: 99 });
    expect(curve[10]).toEqual({ chance: 0.5, value: 50 });
    expect(curve[20]!.chance).toBe(0.99);
    expect(curve[20]!.value).toBeCloseTo(1, 12);
  });
});
