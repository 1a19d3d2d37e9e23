import { Dec, dec, type DecimalInput } from './decimal';
import { unavailability } from './downtime';
import { memoizeDecimal } from './memo';

/** The two calibration points of the seed: going from 99.5 % to 99.9 % costs `calibrationMultiple` × annual infra. */
export const CALIBRATION_FROM_PERCENT = new Dec('99.5');
export const CALIBRATION_TO_PERCENT = new Dec('99.9');

export interface InvestmentRule {
  /** Monthly infrastructure cost in currency units; the rule scales with annual infra = 12 × this. */
  monthlyInfraCost: DecimalInput;
  /** Cost growth per extra nine (the seed's rule of thumb: 10). Must be > 1. */
  growthPerNine: DecimalInput;
  /** Multiple of annual infra that the 99.5 % → 99.9 % step costs (the seed: 2). */
  calibrationMultiple: DecimalInput;
}

/**
 * Number of nines of an availability in percent: n = −log10(1 − a). 99.9 % → 3; 99.5 % → 2.30103….
 * Correct to the configured precision (40 significant digits).
 */
export function nines(availabilityPercent: DecimalInput): Dec {
  return ninesOf(dec(availabilityPercent));
}
const ninesOf = memoizeDecimal((percent: Dec) => unavailability(percent).log(10).neg());

/** p = log10(g), the rule's exponent: g^n(a) = (1 − a)^(−p). Dimensionless; memoised (a 40-digit log). */
export function growthExponent(growthPerNine: DecimalInput): Dec {
  return growthExponentOf(dec(growthPerNine));
}
const growthExponentOf = memoizeDecimal((g: Dec) => g.log(10));

/**
 * g^n(a), the rule's cost curve before scaling, from the unavailability u = 1 − a (a fraction, 0.001
 * for 99.9 %): u^(−log10 g), which equals g^(−log10 u) and is exact (1 / u) for the seed's g = 10.
 * Dimensionless; correct to the configured precision.
 */
export function costCurveAtUnavailability(unavailabilityFraction: Dec, growthPerNine: DecimalInput): Dec {
  return unavailabilityFraction.pow(growthExponent(growthPerNine).neg());
}

/**
 * g^n(a), the rule's cost curve before scaling, for an availability in percent; dimensionless:
 * `costCurveAtUnavailability` of 1 − a, memoised by availability and g.
 */
export function costCurve(availabilityPercent: DecimalInput, growthPerNine: DecimalInput): Dec {
  return costCurveOf(dec(availabilityPercent), dec(growthPerNine));
}
const costCurveOf = memoizeDecimal((percent: Dec, g: Dec) =>
  costCurveAtUnavailability(unavailability(percent), g),
);

/**
 * The scale k of the investment rule, in currency units: chosen so that the 99.5 % → 99.9 % step
 * costs calibrationMultiple × 12 × monthlyInfraCost. Seed inputs: 2 × $6,000,000 / (1000 − 200) = $15,000.
 */
export function investmentScale(rule: InvestmentRule): Dec {
  const g = dec(rule.growthPerNine);
  const step = costCurve(CALIBRATION_TO_PERCENT, g).minus(costCurve(CALIBRATION_FROM_PERCENT, g));
  return dec(rule.calibrationMultiple).times(dec(rule.monthlyInfraCost).times(12)).div(step);
}

/**
 * One-time investment, in currency units, to move from `baselinePercent` to `targetPercent` by the
 * continuous rule investment(a) = k · (g^n(a) − g^n(baseline)), n(a) = −log10(1 − a). A target at or
 * below the baseline needs no investment: the result is never negative. Not rounded; with the seed's
 * inputs it is exactly $12,000,000 (99.9 %), $147,000,000 (99.99 %), $1,497,000,000 (99.999 %).
 */
export function ruleInvestment(
  baselinePercent: DecimalInput,
  targetPercent: DecimalInput,
  rule: InvestmentRule,
): Dec {
  const g = dec(rule.growthPerNine);
  return ruleInvestmentFromCurve(
    () => investmentScale(rule),
    costCurve(targetPercent, g),
    costCurve(baselinePercent, g),
  );
}

/**
 * The rule's one-time investment, in currency units, from the cost curve at the target and today
 * (g^n values, dimensionless) and the scale k (currency units; or a function giving it, so that it
 * is computed only when needed): k · (g^n(target) − g^n(today)), and 0 when the target is at or
 * below today. Never negative; not rounded.
 */
export function ruleInvestmentFromCurve(scale: Dec | (() => Dec), targetCurve: Dec, baselineCurve: Dec): Dec {
  const diff = targetCurve.minus(baselineCurve);
  if (diff.lte(0)) return new Dec(0);
  return (typeof scale === 'function' ? scale() : scale).times(diff);
}
