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

/**
 * g^n(a), the rule's cost curve before scaling, for an availability in percent; dimensionless. Computed as (1 − a)^(−log10 g), which equals
 * g^(−log10(1 − a)) and is exact (1 / (1 − a)) for the seed's g = 10.
 */
export function costCurve(availabilityPercent: DecimalInput, growthPerNine: DecimalInput): Dec {
  return costCurveOf(dec(availabilityPercent), dec(growthPerNine));
}
const costCurveOf = memoizeDecimal((percent: Dec, g: Dec) => unavailability(percent).pow(g.log(10).neg()));

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
  const diff = costCurve(targetPercent, g).minus(costCurve(baselinePercent, g));
  if (diff.lte(0)) return new Dec(0);
  return investmentScale(rule).times(diff);
}
