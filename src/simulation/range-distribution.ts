import { randomBeta, randomLogNormal, randomUniform } from 'd3-random';
import { antithetic, type UniformSource } from './rng';
import { betaCdf, betaQuantile, normalCdf, normalQuantile } from './special-functions';

/**
 * How the values of a range spread (the session's `RangeShape`): `lognormal` (skewed right, for
 * positive amounts), `uniform`, or `pert` (a smooth hump around the best estimate).
 */
export type RangeShape = 'lognormal' | 'uniform' | 'pert';

/**
 * A range as the session holds it (the same shape as the session's `RangeInput`): low and high ends
 * in the input's unit, read as a 90 % interval (low = the 5th percentile, high = the 95th), and a
 * shape. Low equal to high is a point.
 */
export interface RangeInput {
  low: number;
  high: number;
  shape: RangeShape;
}

/**
 * A range turned into a distribution with its parameters, in the input's unit:
 * - `point`: every draw is `value` (a range whose ends are equal);
 * - `lognormal`: ln X ~ Normal(mu, sigma);
 * - `uniform`: X ~ Uniform(min, min + width);
 * - `pert`: (X − min) / width ~ Beta(alpha, beta) with alpha + beta = 6, so the mode is
 *   min + width × (alpha − 1) / 4 (the best estimate).
 */
export type RangeDistribution =
  | { kind: 'point'; value: number }
  | { kind: 'lognormal'; mu: number; sigma: number }
  | { kind: 'uniform'; min: number; width: number }
  | { kind: 'pert'; min: number; width: number; alpha: number; beta: number };

/** Φ⁻¹(0.95) = 1.6448536…: a 90 % interval spans ±this many standard deviations (the 1.6449). */
export const Z_95 = normalQuantile(0.95);

/** The two tails of a 90 % interval: 5 % below the low end, 5 % above the high end. */
const TAIL = 0.05;

/**
 * What is wrong with a range for sampling, in words (null when nothing is): an end that is not a
 * finite number, a low end above the high end, a lognormal range that reaches 0 or below.
 */
export function rangeProblem(range: RangeInput): string | null {
  if (!Number.isFinite(range.low) || !Number.isFinite(range.high)) return 'an end is not a finite number';
  if (range.low > range.high) return 'the low end is above the high end';
  if (range.shape === 'lognormal' && range.low <= 0) return 'a lognormal range must stay above 0';
  if (!['lognormal', 'uniform', 'pert'].includes(range.shape))
    return `the shape "${String(range.shape)}" is unknown`;
  return null;
}

/**
 * The distribution a range stands for, with `low` at its 5th and `high` at its 95th percentile:
 * - lognormal: μ = (ln low + ln high) / 2, σ = (ln high − ln low) / (2 × Φ⁻¹(0.95)) (Guesstimate,
 *   riskquant, Hubbard); its median is √(low · high);
 * - uniform: the 90 % in the middle, so the support reaches (high − low) / 18 beyond each end;
 * - pert: Beta(1 + 4r, 5 − 4r) stretched over [min, min + width], its mode at `best`, with r, min and
 *   width solved so that the 5th and 95th percentiles fall on low and high (the support reaches a
 *   little beyond them). A best estimate too far outside its range for that sets the mode at the
 *   nearest end of the support.
 * `best` is the input's point value (only PERT reads it). Throws a RangeError on a range with a problem.
 */
export function rangeDistribution(range: RangeInput, best: number): RangeDistribution {
  const problem = rangeProblem(range);
  if (problem !== null) throw new RangeError(problem);
  const { low, high } = range;
  if (low === high) return { kind: 'point', value: low };
  if (range.shape === 'lognormal') {
    const lnLow = Math.log(low);
    const lnHigh = Math.log(high);
    return { kind: 'lognormal', mu: (lnLow + lnHigh) / 2, sigma: (lnHigh - lnLow) / (2 * Z_95) };
  }
  if (range.shape === 'uniform') {
    const width = (high - low) / (1 - 2 * TAIL);
    return { kind: 'uniform', min: low - TAIL * width, width };
  }
  return pertDistribution(low, high, best);
}

/** The 5th and 95th percentiles of Beta(1 + 4r, 5 − 4r), the standard PERT with its mode at r. */
function pertTails(r: number): { q05: number; q95: number } {
  return { q05: betaQuantile(TAIL, 1 + 4 * r, 5 - 4 * r), q95: betaQuantile(1 - TAIL, 1 + 4 * r, 5 - 4 * r) };
}

function pertDistribution(low: number, high: number, best: number): RangeDistribution {
  // Where the mode sits between the tails, as a fraction of (high − low): rises with r from about
  // −0.02 (r = 0) to 1.02 (r = 1), so a bisection on r finds the one that puts the mode at `best`.
  const position = (r: number) => {
    const { q05, q95 } = pertTails(r);
    return (r - q05) / (q95 - q05);
  };
  const target = (best - low) / (high - low);
  let r: number;
  if (!(target > position(0))) r = 0;
  else if (!(target < position(1))) r = 1;
  else {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 60 && hi - lo > 1e-15; i += 1) {
      const mid = (lo + hi) / 2;
      if (position(mid) < target) lo = mid;
      else hi = mid;
    }
    r = (lo + hi) / 2;
  }
  const { q05, q95 } = pertTails(r);
  const width = (high - low) / (q95 - q05);
  return { kind: 'pert', min: low - width * q05, width, alpha: 1 + 4 * r, beta: 5 - 4 * r };
}

/** The p-quantile (0 ≤ p ≤ 1) of a distribution, exactly (to float64): P10 is p = 0.1. */
export function distributionQuantile(distribution: RangeDistribution, p: number): number {
  switch (distribution.kind) {
    case 'point':
      return distribution.value;
    case 'lognormal':
      return Math.exp(distribution.mu + distribution.sigma * normalQuantile(p));
    case 'uniform':
      return distribution.min + distribution.width * p;
    case 'pert':
      return distribution.min + distribution.width * betaQuantile(p, distribution.alpha, distribution.beta);
  }
}

/** The chance that a draw is at most x (the distribution function), to about 10⁻⁷ for lognormal. */
export function distributionCdf(distribution: RangeDistribution, x: number): number {
  switch (distribution.kind) {
    case 'point':
      return x >= distribution.value ? 1 : 0;
    case 'lognormal':
      return x <= 0 ? 0 : normalCdf((Math.log(x) - distribution.mu) / distribution.sigma);
    case 'uniform':
      return Math.min(1, Math.max(0, (x - distribution.min) / distribution.width));
    case 'pert':
      return betaCdf((x - distribution.min) / distribution.width, distribution.alpha, distribution.beta);
  }
}

/**
 * `runs` draws of a distribution, from d3-random's samplers fed by `source` (never Math.random):
 * randomLogNormal and randomUniform read it in antithetic pairs (see `antithetic`), randomBeta reads
 * it plainly. The same source state gives the same draws.
 */
export function sampleDistribution(
  distribution: RangeDistribution,
  runs: number,
  source: UniformSource,
): Float64Array {
  const draws = new Float64Array(runs);
  if (distribution.kind === 'point') return draws.fill(distribution.value);
  if (distribution.kind === 'lognormal')
    drawInto(draws, randomLogNormal.source(antithetic(source))(distribution.mu, distribution.sigma));
  else if (distribution.kind === 'uniform')
    drawInto(
      draws,
      randomUniform.source(antithetic(source))(distribution.min, distribution.min + distribution.width),
    );
  else
    stretchedDrawInto(
      draws,
      randomBeta.source(source)(distribution.alpha, distribution.beta),
      distribution.min,
      distribution.width,
    );
  return draws;
}

// The loops live in small functions of their own, not in the function above: that one sees every
// shape of distribution and every sampler, and the engine compiled it again each time the next
// range differed from the last (a first run's compiling competes with the run itself for a core).

/** Fills `draws` from a lognormal or uniform sampler. */
function drawInto(draws: Float64Array, draw: () => number): void {
  for (let i = 0; i < draws.length; i += 1) draws[i] = draw();
}

/** Fills `draws` from a Beta sampler stretched over [min, min + width]. */
function stretchedDrawInto(draws: Float64Array, draw: () => number, min: number, width: number): void {
  for (let i = 0; i < draws.length; i += 1) draws[i] = min + width * draw();
}
