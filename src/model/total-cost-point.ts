import { Dec, ZERO } from './decimal';
import { ruleInvestmentFromCurve } from './investment';

/** The total annual cost of reliability at one availability. All amounts in currency units a year. */
export interface TotalCostPoint {
  availabilityPercent: Dec;
  /** n = −log10(1 − a): 3 for 99.9 %. */
  nines: Dec;
  annualDowntimeCost: Dec;
  /** One-time investment against today ÷ horizon years (straight-line, undiscounted). */
  annualisedInvestment: Dec;
  /** Extra annual run cost: 0 on the curve, a scenario's own figure on its marker. */
  annualRunCost: Dec;
  /** annualDowntimeCost + annualisedInvestment + annualRunCost. */
  totalAnnualCost: Dec;
}

/** What every point of the rule's curve shares: the inputs that do not vary along it. */
export interface TotalCostTerms {
  /** Hours in a year under the period convention. */
  hoursPerYear: Dec;
  /** Downtime cost per hour, currency units. */
  costPerHour: Dec;
  /** Horizon in years, the straight-line period of the investment. */
  horizonYears: Dec;
  /** The rule's scale k, currency units. */
  scale: Dec;
  /** g^n(today), the rule's curve at today's availability (dimensionless). */
  baselineCurve: Dec;
}

/**
 * A point of the rule's total-cost curve from u = 1 − a (a fraction), its nines n and g^n (passed in
 * so the sampler can step them without a power each): annual downtime cost = hours a year × u × cost
 * per hour; annualised investment = rule investment (today → a) ÷ horizon; no run cost. The
 * availability is (1 − u) × 100 unless given exactly. Currency units a year; exact, not rounded.
 */
export function totalCostPoint(
  terms: TotalCostTerms,
  u: Dec,
  n: Dec,
  gPowN: Dec,
  availabilityPercent?: Dec,
): TotalCostPoint {
  const investment = ruleInvestmentFromCurve(terms.scale, gPowN, terms.baselineCurve);
  const annualDowntimeCost = terms.hoursPerYear.times(u).times(terms.costPerHour);
  const annualisedInvestment = investment.div(terms.horizonYears);
  return {
    availabilityPercent: availabilityPercent ?? new Dec(1).minus(u).times(100),
    nines: n,
    annualDowntimeCost,
    annualisedInvestment,
    annualRunCost: ZERO,
    totalAnnualCost: annualDowntimeCost.plus(annualisedInvestment),
  };
}
