import { formatChartMoney, LOCALE, type CurrencyCode } from './format';
import type { UncertainInputUnit } from '../simulation/uncertain-inputs';

// Its own module, apart from uncertainty-format.ts (which the first results share): only the
// uncertainty charts' chunk writes an input's value in its unit.

const valueFormat = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 3 });

/** Three significant digits, never exponent notation, never "-0": 0.00123 → "0.00123", 52.14 → "52.1". */
function significant(value: number): string {
  const text = valueFormat.format(value);
  return text === '-0' ? '0' : text;
}

/**
 * An uncertain input's value as the tornado shows it, in its unit: money as the charts write it,
 * "52.1 a year", "12.5 min", a share of users in percent ("25 %", never "100 %" below all), a
 * change ("−50 %").
 */
export function inputValueText(
  value: number,
  unit: UncertainInputUnit,
  currency: CurrencyCode,
  compact = false,
): string {
  switch (unit) {
    case 'money':
      return formatChartMoney(value, currency, compact);
    case 'incidents-per-year':
      return `${significant(value)} a year`;
    case 'minutes':
      return `${significant(value)} min`;
    case 'share': {
      const percent = significant(value * 100);
      return percent === '100' && value < 1 ? 'over 99.9 %' : `${percent} %`;
    }
    case 'percent-change':
      return `${value > 0 ? '+' : value < 0 ? '−' : ''}${significant(Math.abs(value))} %`;
  }
}
