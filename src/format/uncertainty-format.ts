import { formatChartMoney, LOCALE, type CurrencyCode } from './format';
import type { UncertaintyFigure } from '../simulation/uncertainty-figures';

const yearsFormat = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

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
