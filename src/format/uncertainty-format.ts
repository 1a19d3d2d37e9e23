import { formatChartMoney, LOCALE, type CurrencyCode } from './format';
import type { UncertaintyFigure } from '../simulation/uncertainty-figures';

const yearsFormat = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// Made once: a formatter costs far more to make than to use, and the runs are named at every render.
const countFormat = new Intl.NumberFormat(LOCALE);

/** A payback percentile in years: "0.72", "immediate", "under 0.01", "never" (no unit: the header has it). */
export function paybackYearsText(years: number | null): string {
  if (years === null || !Number.isFinite(years)) return 'never';
  if (years <= 0) return 'immediate';
  if (years < 0.005) return 'under 0.01';
  return yearsFormat.format(years);
}

/** A chance as the page writes it: "91 %", never "0 %" or "100 %" for a share strictly between none and all. */
export function chanceText(fraction: number): string {
  if (fraction >= 1) return '100 %';
  if (fraction <= 0) return '0 %';
  const percent = Math.round(fraction * 100);
  if (percent < 1) return 'less than 1 %';
  if (percent > 99) return 'more than 99 %';
  return `${percent} %`;
}

/** One simulated figure as the page shows it. */
export function uncertaintyFigureText(
  figure: UncertaintyFigure,
  currency: CurrencyCode,
  compact: boolean,
): string {
  switch (figure.unit) {
    case 'money':
    case 'money-per-year':
      return figure.value === null ? '—' : formatChartMoney(figure.value, currency, compact);
    case 'years':
      return paybackYearsText(figure.value);
    case 'fraction':
      return chanceText(figure.value ?? 0);
  }
}

/** A count of runs in words: "10,000 runs", "1 run". */
export function runsText(runs: number): string {
  return `${countFormat.format(runs)} ${runs === 1 ? 'run' : 'runs'}`;
}

/** The figures of the comparison whose cost-range columns give way to percentiles while the simulation is on. */
export type PercentileColumnName = 'annualSavings' | 'paybackYears';

const PERCENTILE_COLUMN_WORDS: Record<PercentileColumnName, string> = {
  annualSavings: 'Annual savings',
  paybackYears: 'Payback',
};

/**
 * The header of a percentile column of the comparison: "Annual savings, P10 / P90 of 10,000 runs".
 * Unique beside the exact columns ("Annual savings", "Payback"), and not one of the report's.
 */
export function percentileColumnHeader(name: PercentileColumnName, runs: number): string {
  return `${PERCENTILE_COLUMN_WORDS[name]}, P10 / P90 of ${runsText(runs)}`;
}

/** A payback cell of a scenario equal to today's availability (as the Uncertainty table words it). */
export const PERCENTILE_CELL_UNCHANGED = 'changes nothing';

/**
 * A payback's P10 and P90 in the comparison's cell, "low / high" then the unit: each end's text and the
 * unit after both ("0.08", "0.29", " years"; or "never", "2.9 years", "" when an end is a word), for a
 * cell whose ends are buttons.
 */
export function paybackPercentilesParts(
  p10: number | null,
  p90: number | null,
): { low: string; high: string; unit: string } {
  const [low, high] = [paybackYearsText(p10), paybackYearsText(p90)];
  const words = (text: string) => text === 'never' || text === 'immediate';
  if (!words(low) && !words(high)) return { low, high, unit: ' years' };
  const withUnit = (text: string) => (words(text) ? text : `${text} years`);
  return { low: withUnit(low), high: withUnit(high), unit: '' };
}

/**
 * The line under the comparison while the simulation is on: what its P10 / P90 columns are, of which
 * runs and seed; or, while the run of these inputs is under way or when it failed, that the columns at
 * the low / high cost per hour stand until it ends, or stay (no percentile of other inputs is shown).
 */
export function percentileCaption(
  status:
    | { kind: 'pending'; runs: number }
    | { kind: 'failed'; message: string }
    | { kind: 'done'; runs: number; seed: string },
): string {
  if (status.kind === 'pending')
    return `P10 / P90: simulating ${runsText(status.runs)} of the ranges for these inputs; until the run ends, the columns above show the low / high cost per hour.`;
  if (status.kind === 'failed')
    return `P10 / P90: ${status.message.replace(/[.!?]?$/, '.')} The columns above stay at the low / high cost per hour; the other columns do not depend on it.`;
  return `P10 / P90: of ${runsText(status.runs)} of the ranges, simulated with the random seed “${status.seed}”: one in ten falls below P10 and one in ten above P90; investment is the same in every run unless it has a range.`;
}
