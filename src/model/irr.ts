import { Dec, dec, type DecimalInput } from './decimal';

/**
 * Internal rate of return: the yearly rate at which a series of cash flows has a net present value
 * of zero. The series follows a spreadsheet's `IRR(values)`: `cashFlows[0]` falls now (t = 0) and
 * `cashFlows[t]` at the end of year t, so NPV(r) = Σₜ cashFlowsₜ / (1 + r)ᵗ; this is exactly
 * `netPresentValue(r, −cashFlows[0], cashFlows.slice(1))` of payback.ts.
 */

/** The lowest rate searched, as a fraction, exclusive: −100 % (below it money would be worth less than nothing). */
export const IRR_MIN_RATE = -1;

/** The highest rate searched, as a fraction, exclusive: 10,000 % a year. Beyond it we report "none". */
export const IRR_MAX_RATE = 100;

/** Excel's default guess, 10 %: when several rates solve, the one nearest to it is returned. */
export const IRR_DEFAULT_GUESS = '0.1';

/** Iterations stop once the bracket, or Newton's step, is narrower than this (a rate, as a fraction). */
const RATE_TOLERANCE = new Dec('1e-30');

/** Upper bound on solver iterations; bisection alone needs ~110 to shrink the bracket below the tolerance. */
const MAX_ITERATIONS = 400;

interface Evaluation {
  /** NPV at the rate. */
  value: Dec;
  /** d NPV / d rate at the rate. */
  slope: Dec;
}

/** NPV and its slope as functions of the rate. */
type NpvFunction = (rate: Dec) => Evaluation;

/**
 * NPV and its slope at `rate` by Horner's rule in x = 1 / (1 + rate): NPV = Σ cₜ xᵗ, and
 * dNPV/drate = −x² · Σ t cₜ xᵗ⁻¹. One pass, no powers.
 */
function seriesNpv(flows: readonly Dec[]): NpvFunction {
  return (rate) => {
    const x = new Dec(1).div(rate.plus(1));
    let value = new Dec(0);
    let derivative = new Dec(0);
    for (let t = flows.length - 1; t >= 0; t -= 1) {
      derivative = derivative.times(x).plus(value);
      value = value.times(x).plus(flows[t]!);
    }
    return { value, slope: derivative.times(x).times(x).neg() };
  };
}

/**
 * Newton's method kept inside a bracket (low, high) whose ends give NPVs of opposite signs
 * (Numerical Recipes' `rtsafe`): a Newton step that would leave the bracket, or that is more than
 * half the step before last (not converging fast), is replaced by a bisection, so it always
 * converges; `lowSign` is the sign of NPV at `low`.
 */
function solveInBracket(npv: NpvFunction, lowRate: Dec, highRate: Dec, lowSign: number, start: Dec): Dec {
  let low = lowRate;
  let high = highRate;
  let rate = start.gt(low) && start.lt(high) ? start : low.plus(high).div(2);
  let step = high.minus(low);
  let stepBefore = step;
  for (let i = 0; i < MAX_ITERATIONS; i += 1) {
    const { value, slope } = npv(rate);
    const sign = value.comparedTo(0);
    if (sign === 0) return rate;
    if (sign === lowSign) low = rate;
    else high = rate;
    if (high.minus(low).lte(RATE_TOLERANCE)) return low.plus(high).div(2);
    let next = slope.isZero() ? null : rate.minus(value.div(slope));
    if (next !== null && (next.lte(low) || next.gte(high) || next.minus(rate).abs().times(2).gt(stepBefore)))
      next = null;
    next ??= low.plus(high).div(2);
    stepBefore = step;
    step = next.minus(rate).abs();
    rate = next;
    // Newton approaches from one side, so the bracket may never close: stop when the steps vanish.
    if (step.lte(RATE_TOLERANCE)) return rate;
  }
  return rate;
}

/**
 * The one root of an NPV with one change of sign, or null when it lies at or above 10,000 %. Near
 * −100 % NPV has the sign `signNearMinus100` (the last non-zero flow's); walk towards −100 % until
 * it shows, at most to 1e-35 above it.
 */
function solveOneChange(npv: NpvFunction, signNearMinus100: number, start: Dec): Dec | null {
  const high = new Dec(IRR_MAX_RATE);
  const highSign = npv(high).value.comparedTo(0);
  if (highSign === 0 || highSign === signNearMinus100) return null;
  for (let k = 1; k <= 35; k += 1) {
    const low = new Dec(-1).plus(new Dec(10).pow(-k));
    const lowSign = npv(low).value.comparedTo(0);
    if (lowSign === 0) return low;
    if (lowSign === signNearMinus100) return solveInBracket(npv, low, high, lowSign, start);
  }
  return null;
}

/**
 * Rates at which NPV is sampled to find where it changes sign when the flows change sign more than
 * once: dense near −100 % (where NPV moves fastest), then every 10 points to 100 %, then wider.
 */
const SCAN_RATES: readonly Dec[] = [
  ...[12, 10, 8, 6, 5, 4, 3, 2].map((k) => new Dec(-1).plus(new Dec(10).pow(-k))),
  ...Array.from({ length: 20 }, (_, i) => new Dec(i - 9).div(10)),
  ...['1.5', '2', '3', '5', '7', '10', '15', '20', '30', '50', '70', IRR_MAX_RATE].map((r) => new Dec(r)),
];

/** Number of sign changes in the sequence, zeros skipped (Descartes: at most that many roots). */
function signChanges(flows: readonly Dec[]): number {
  let changes = 0;
  let last = 0;
  for (const flow of flows) {
    const sign = flow.comparedTo(0);
    if (sign === 0) continue;
    if (last !== 0 && sign !== last) changes += 1;
    last = sign;
  }
  return changes;
}

/**
 * The internal rate of return of `cashFlows` (now, then the end of each year), as a fraction
 * (0.087 = 8.7 % a year), or `null` ("none") when no rate in (−100 %, 10,000 %) makes the NPV zero:
 * flows that never change sign, an investment that pays back more than 100-fold in a year, or flows
 * whose NPV stays on one side of zero. Never throws for finite inputs, never NaN or Infinity.
 *
 * Method: with one change of sign (an outlay, then returns) there is exactly one root above −100 %
 * (Descartes' rule of signs), bracketed between a rate just above −100 % and 10,000 %. With several
 * changes, NPV is sampled at ~40 rates and every interval where it changes sign is solved; of the
 * roots found, the one nearest `guess` (default 10 %, as Excel) is returned — a root that only
 * touches zero, or two roots between neighbouring samples, can be missed. Each root is found by
 * Newton's method safeguarded by bisection, in decimal.js, to a bracket narrower than 1e-30; not
 * rounded (round when formatting).
 */
export function internalRateOfReturn(
  cashFlows: readonly DecimalInput[],
  guess: DecimalInput = IRR_DEFAULT_GUESS,
): Dec | null {
  const flows = cashFlows.map((flow) => dec(flow));
  const changes = signChanges(flows);
  if (changes === 0) return null;
  const start = dec(guess);
  const npv = seriesNpv(flows);
  if (changes === 1) {
    const lastSign = [...flows]
      .reverse()
      .find((flow) => !flow.isZero())!
      .comparedTo(0);
    return solveOneChange(npv, lastSign, start);
  }
  const roots: Dec[] = [];
  // The last sample with a non-zero NPV: a change of sign since then brackets a root.
  let previous: { rate: Dec; sign: number } | null = null;
  for (const rate of SCAN_RATES) {
    const sign = npv(rate).value.comparedTo(0);
    if (sign === 0) {
      if (!rate.eq(IRR_MAX_RATE)) roots.push(rate);
      continue;
    }
    if (previous !== null && sign !== previous.sign)
      roots.push(solveInBracket(npv, previous.rate, rate, previous.sign, start));
    previous = { rate, sign };
  }
  if (roots.length === 0) return null;
  return roots.reduce((best, root) => (root.minus(start).abs().lt(best.minus(start).abs()) ? root : best));
}

/**
 * The IRR of an outlay now followed by the same net benefit at the end of each of `years` years
 * (a lever's or a plan's flows): the same rate as `internalRateOfReturn([−outlay, benefit, …])`,
 * found faster through the annuity formula NPV(r) = benefit × (1 − (1 + r)⁻ⁿ) / r − outlay (one
 * power per step instead of n; within 0.0001 % of 0 %, where the formula cancels, the plain sum),
 * starting from benefit ÷ outlay (the perpetuity rate, above the root).
 * Fraction; null ("none") when nothing is invested, the benefit is not positive, or the rate is not
 * below 10,000 %. Not rounded.
 */
export function annuityInternalRateOfReturn(
  outlay: DecimalInput,
  annualNetBenefit: DecimalInput,
  years: number,
): Dec | null {
  const investment = dec(outlay);
  const benefit = dec(annualNetBenefit);
  if (!Number.isInteger(years) || years < 1) return null;
  if (investment.lte(0) || benefit.lte(0))
    return internalRateOfReturn([investment.neg(), ...Array.from({ length: years }, () => benefit)]);
  const n = new Dec(years);
  // Near 0 % the formula loses digits to cancellation (1 − v ≈ n · r): sum the series there instead.
  const series = seriesNpv([investment.neg(), ...Array.from({ length: years }, () => benefit)]);
  const nearZero = new Dec('1e-6');
  const npv: NpvFunction = (rate) => {
    if (rate.abs().lt(nearZero)) return series(rate);
    const onePlus = rate.plus(1);
    const v = onePlus.pow(-years);
    const annuity = new Dec(1).minus(v).div(rate);
    // dA/dr = (n · v / (1 + r) − A) / r, with v = (1 + r)⁻ⁿ and A the annuity factor.
    const annuitySlope = n.times(v).div(onePlus).minus(annuity).div(rate);
    return { value: benefit.times(annuity).minus(investment), slope: benefit.times(annuitySlope) };
  };
  return solveOneChange(npv, 1, benefit.div(investment));
}
