import { Dec } from './decimal';
import { memoizeDecimal } from './memo';

/** What locates the cheapest point of the rule's total-cost curve. */
export interface TotalCostOptimumTerms {
  /** The rule's scale k, currency units. */
  scale: Dec;
  /** p = log10(g), the rule's exponent (dimensionless). */
  growthExponent: Dec;
  /** Horizon in years. */
  horizonYears: Dec;
  /** Downtime cost per hour, currency units. */
  costPerHour: Dec;
  /** Hours in a year under the period convention. */
  hoursPerYear: Dec;
  /** Unavailability today, 1 − a₀ (fraction): the curve's lower end in availability. */
  baselineUnavailability: Dec;
  /** Unavailability at the curve's top, 1 − a_top (fraction). */
  topUnavailability: Dec;
}

/**
 * (k·p / (T·C·Y))^(1/(p+1)), the curve's stationary point before clamping: a fractional power (a log
 * and an exponential at 40 digits), memoised by its two arguments, which stay put while today's
 * availability or a target moves. Not rounded.
 */
const stationaryPoint = memoizeDecimal((ratio: Dec, p: Dec) => ratio.pow(new Dec(1).div(p.plus(1))));

/** Where the optimum lies: inside the curve, or clamped to one of its ends. */
export type TotalCostOptimumPlace = 'today' | 'top' | 'inside';

/**
 * The unavailability u (fraction) at which the rule's total annual cost is smallest, in closed form:
 * total(u) = C·Y·u + k·(u^−p − u₀^−p)/T is convex and smallest at u* = (k·p / (T·C·Y))^(1/(p+1)),
 * clamped to [top, today]. With no cost per hour (nothing to save) the optimum is today. Exact to the
 * configured precision, not rounded.
 */
export function costOptimalUnavailability(terms: TotalCostOptimumTerms): {
  unavailability: Dec;
  place: TotalCostOptimumPlace;
} {
  const { baselineUnavailability: uBaseline, topUnavailability: uTop } = terms;
  const denominator = terms.horizonYears.times(terms.costPerHour).times(terms.hoursPerYear);
  if (denominator.lte(0) || uTop.gte(uBaseline)) return { unavailability: uBaseline, place: 'today' };
  const p = terms.growthExponent;
  const uStar = stationaryPoint(terms.scale.times(p).div(denominator), p);
  if (uStar.gte(uBaseline)) return { unavailability: uBaseline, place: 'today' };
  if (uStar.lte(uTop)) return { unavailability: uTop, place: 'top' };
  return { unavailability: uStar, place: 'inside' };
}
