import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distributionCdf,
  distributionQuantile,
  rangeDistribution,
  rangeProblem,
  sampleDistribution,
  type RangeInput,
  type RangeShape,
} from './range-distribution';
import { uniformStream } from './rng';
import { quantileOfSorted } from './summarise';

const SHAPES: RangeShape[] = ['lognormal', 'uniform', 'pert'];

describe('what a range means: low is the 5th percentile, high the 95th', () => {
  it('lognormal: μ = (ln lo + ln hi) / 2, σ = (ln hi − ln lo) / (2 × 1.6449), median √(lo · hi)', () => {
    const d = rangeDistribution({ low: 1_000_000, high: 5_000_000, shape: 'lognormal' }, 2_000_000);
    // The formula, with the 95th percentile of the normal to four decimals (1.6449).
    const mu = (Math.log(1_000_000) + Math.log(5_000_000)) / 2;
    const sigma = (Math.log(5_000_000) - Math.log(1_000_000)) / (2 * 1.6449);
    expect(d).toMatchObject({ kind: 'lognormal' });
    if (d.kind !== 'lognormal') return;
    expect(d.mu).toBeCloseTo(mu, 12);
    expect(d.sigma / sigma).toBeCloseTo(1, 4);
    expect(distributionQuantile(d, 0.5) / Math.sqrt(1_000_000 * 5_000_000)).toBeCloseTo(1, 12);
  });

  it('uniform: the 90 % in the middle, the support reaching a eighteenth of the width beyond each end', () => {
    const d = rangeDistribution({ low: 100, high: 1000, shape: 'uniform' }, 500);
    expect(d).toEqual({ kind: 'uniform', min: 100 - 900 / 18, width: 900 / 0.9 });
  });

  it.each<[RangeShape, number]>([
    ['lognormal', 3],
    ['uniform', 3],
    ['pert', 3],
    ['pert', 1],
    ['pert', 9],
    ['pert', 1.5],
  ])('%s range 1–9 (best %s): exact quantiles put 1 at P5 and 9 at P95', (shape, best) => {
    const d = rangeDistribution({ low: 1, high: 9, shape }, best);
    expect(distributionQuantile(d, 0.05)).toBeCloseTo(1, 10);
    expect(distributionQuantile(d, 0.95)).toBeCloseTo(9, 10);
    expect(distributionCdf(d, 1)).toBeCloseTo(0.05, 6);
    expect(distributionCdf(d, 9)).toBeCloseTo(0.95, 6);
  });

  it.each([1, 2, 5, 8.5, 9])('PERT puts its mode on the best estimate %s (α + β = 6)', (best) => {
    const d = rangeDistribution({ low: 1, high: 9, shape: 'pert' }, best);
    if (d.kind !== 'pert') throw new Error('not a PERT');
    expect(d.alpha + d.beta).toBeCloseTo(6, 12);
    expect(d.min + (d.width * (d.alpha - 1)) / 4).toBeCloseTo(best, 9);
  });

  it('PERT with a best estimate far outside its range puts the mode at the nearest end of its support', () => {
    const d = rangeDistribution({ low: 1, high: 9, shape: 'pert' }, 100);
    expect(d).toMatchObject({ kind: 'pert', alpha: 5, beta: 1 });
    expect(distributionQuantile(d, 0.95)).toBeCloseTo(9, 10);
  });

  it.each(SHAPES)('a %s range with equal ends is a point', (shape) => {
    const d = rangeDistribution({ low: 7, high: 7, shape }, 7);
    expect(d).toEqual({ kind: 'point', value: 7 });
    expect([...sampleDistribution(d, 3, uniformStream('nines', 'x'))]).toEqual([7, 7, 7]);
  });

  it.each<[RangeInput, string]>([
    [{ low: 5, high: 1, shape: 'uniform' }, 'the low end is above the high end'],
    [{ low: 0, high: 1, shape: 'lognormal' }, 'a lognormal range must stay above 0'],
    [{ low: -1, high: 1, shape: 'lognormal' }, 'a lognormal range must stay above 0'],
    [{ low: Number.NaN, high: 1, shape: 'pert' }, 'an end is not a finite number'],
    [{ low: 1, high: Infinity, shape: 'uniform' }, 'an end is not a finite number'],
  ])('refuses %j: %s', (range, problem) => {
    expect(rangeProblem(range)).toBe(problem);
    expect(() => rangeDistribution(range, 1)).toThrow(problem);
  });

  it('takes a uniform or PERT range that reaches 0 or below', () => {
    expect(rangeProblem({ low: 0, high: 1, shape: 'uniform' })).toBeNull();
    expect(rangeProblem({ low: -5, high: 1, shape: 'pert' })).toBeNull();
  });
});

describe('the samplers (d3-random fed by the seeded stream)', () => {
  const SAMPLES = 20_000;
  const PROBABILITIES = [0.05, 0.1, 0.5, 0.9, 0.95];

  const range = fc
    .record({
      low: fc.double({ min: 0.01, max: 1e9, noNaN: true }),
      widthFactor: fc.double({ min: 1.01, max: 1000, noNaN: true }),
      bestAt: fc.double({ min: 0, max: 1, noNaN: true }),
      shape: fc.constantFrom(...SHAPES),
      seed: fc.string({ maxLength: 12 }),
    })
    .map(({ low, widthFactor, bestAt, shape, seed }) => {
      const high = low * widthFactor;
      return { range: { low, high, shape }, best: low + (high - low) * bestAt, seed };
    });

  it('draw each shape with sample quantiles within sampling error of the exact ones (property)', () => {
    fc.assert(
      fc.property(range, ({ range, best, seed }) => {
        const d = rangeDistribution(range, best);
        const sorted = sampleDistribution(d, SAMPLES, uniformStream(seed, 'property')).sort();
        for (const p of PROBABILITIES) {
          // The sample p-quantile's chance under the exact distribution is p ± √(p(1 − p)/n)
          // (one standard error); five of them leave a failure about once in two million checks.
          const tolerance = 5 * Math.sqrt((p * (1 - p)) / SAMPLES);
          expect(Math.abs(distributionCdf(d, quantileOfSorted(sorted, p)) - p)).toBeLessThan(tolerance);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('give the lognormal median √(lo · hi) within its standard error', () => {
    const d = rangeDistribution({ low: 1_000_000, high: 5_000_000, shape: 'lognormal' }, 2_000_000);
    const sorted = sampleDistribution(d, SAMPLES, uniformStream('nines', 'median')).sort();
    // SE of a sample median: 1 / (2 f(m) √n); for a lognormal f(m) = 1 / (m σ √(2π)).
    const sigma = d.kind === 'lognormal' ? d.sigma : NaN;
    const median = Math.sqrt(1_000_000 * 5_000_000);
    const standardError = (median * sigma * Math.sqrt(2 * Math.PI)) / (2 * Math.sqrt(SAMPLES));
    expect(Math.abs(quantileOfSorted(sorted, 0.5) - median)).toBeLessThan(4 * standardError);
  });

  it.each(SHAPES)('%s: the same seed gives identical samples, a different seed different ones', (shape) => {
    const d = rangeDistribution({ low: 2, high: 50, shape }, 10);
    const draw = (seed: string) => sampleDistribution(d, 1000, uniformStream(seed, 'downtimeCostPerHour'));
    expect(draw('nines')).toEqual(draw('nines'));
    expect(draw('nines')).not.toEqual(draw('Nines'));
    expect(draw('1')).not.toEqual(draw('2'));
  });
});
