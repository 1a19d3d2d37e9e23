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
 * A dependency's drawn share of time down as its availability: as many decimals as it takes to show
 * three significant digits of the distance from 100 % (0.000316228 → "99.9683 %", rounded down; trailing
 * zeros dropped: 0.001 → "99.9 %"), so it never reads
 * "100 %" below it; at most 12 decimals, all a 64-bit number holds beside the 100 (a draw closer to
 * 100 % reads "over 99.999999999999 %").
 */
function availabilityText(down: number): string {
  const percentDown = Math.min(Math.max(down, 0), 1) * 100;
  if (percentDown >= 100) return '0 %';
  const decimals = percentDown <= 0 ? 16 : Math.max(0, 2 - Math.floor(Math.log10(percentDown)));
  if (decimals > 12) return 'over 99.999999999999 %';
  // Rounded down, as the page's availabilities are: a draw never reads more available than it is.
  const scale = 10 ** decimals;
  // The 1e-6 of a unit keeps float noise (99.9 × 1,000 = 99,899.99…) from taking a digit off.
  const text = (Math.floor((100 - percentDown) * scale + 1e-6) / scale).toFixed(decimals);
  return `${decimals > 0 ? text.replace(/\.?0+$/, '') : text} %`;
}

/**
 * An uncertain input's value as the tornado shows it, in its unit: money as the charts write it,
 * "52.1 a year", "12.5 min", a share of users in percent ("25 %", never "100 %" below all), a
 * change ("−50 %"), a dependency's share of time down as its availability ("99.9683 %").
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
    case 'unavailability':
      return availabilityText(value);
  }
}
