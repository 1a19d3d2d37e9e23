import { Dec } from './decimal';
import type { CalculatorInputs, CalculatorResults } from './scenarios';

/** One month of a break-even line. */
export interface BreakEvenPoint {
  /** Whole months since the investment, 0 … 12 × horizon. */
  month: number;
  /** −investment + net benefit accrued so far, currency units. */
  cumulativeNetBenefit: Dec;
}

/** A scenario's cumulative net benefit against today, month by month. */
export interface BreakEvenSeries {
  id: string;
  label: string;
  /** One-time investment against today, currency units. */
  investment: Dec;
  /** Annual savings − extra annual run cost against today, currency units a year. */
  netAnnualBenefit: Dec;
  /** Simple payback in months (payback years × 12); null = never; may lie beyond the horizon. */
  paybackMonths: Dec | null;
  points: BreakEvenPoint[];
}

/**
 * The cumulative net benefit, in currency units, at every month m = 0 … 12 × horizonYears of an
 * investment paid at month 0 (currency units) and a net benefit accruing evenly by month (currency
 * units a year), undiscounted: −investment + (netAnnualBenefit / 12) × m. Exact, not rounded.
 */
export function breakEvenPoints(
  investment: Dec,
  netAnnualBenefit: Dec,
  horizonYears: number,
): BreakEvenPoint[] {
  const perMonth = netAnnualBenefit.div(12);
  return Array.from({ length: 12 * horizonYears + 1 }, (_, month) => ({
    month,
    cumulativeNetBenefit: perMonth.times(month).minus(investment),
  }));
}

/** A simple payback in years (null = never) as months: × 12. Exact. */
export function paybackMonths(paybackYears: Dec | null): Dec | null {
  return paybackYears === null ? null : paybackYears.times(12);
}

/**
 * Cumulative net benefit of each scenario against today, in currency units, for every month
 * m = 0 … 12 × horizonYears: −investment + (netAnnualBenefit / 12) × m. Convention: the investment is
 * paid at month 0 and the net benefit (savings − extra run cost) accrues evenly by month, undiscounted,
 * so each line crosses zero at the simple payback, investment ÷ net annual benefit (years; × 12 for
 * months). `results` must be `evaluate(inputs)` or the same inputs at another cost per hour (only the
 * horizon is read from `inputs`). Input order; exact, not rounded.
 */
export function breakEvenSeries(inputs: CalculatorInputs, results: CalculatorResults): BreakEvenSeries[] {
  return results.scenarios.map((scenario) => {
    const { investment, netAnnualBenefit, paybackYears } = scenario.vsBaseline;
    return {
      id: scenario.id,
      label: scenario.label,
      investment,
      netAnnualBenefit,
      paybackMonths: paybackMonths(paybackYears),
      points: breakEvenPoints(investment, netAnnualBenefit, inputs.horizonYears),
    };
  });
}
