import type Decimal from 'decimal.js';
import { Dec } from '../model/decimal';

/**
 * All user-facing number text goes through here: one Intl-based factory, so no screen ever shows
 * NaN, Infinity, -0 or exponent notation. Values arrive as decimal.js instances and are handed to
 * Intl as decimal strings (Intl.NumberFormat formats those exactly, without a float round-trip).
 */

type DecimalLike = Pick<
  Decimal,
  'toFixed' | 'isZero' | 'isFinite' | 'toDecimalPlaces' | 'lt' | 'abs' | 'times'
>;

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'INR'] as const;
export type CurrencyCode = (typeof CURRENCIES)[number];

/** The app formats in one locale so that figures pasted into docs read the same for every reader. */
export const LOCALE = 'en-US';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALE, options);
    cache.set(key, nf);
  }
  return nf;
}

/**
 * Exact decimal text with `places` decimals (every decimal when `places` is omitted, still never in
 * exponent notation), with negative zero folded to zero.
 */
function fixed(value: DecimalLike, places?: number): Intl.StringNumericLiteral {
  // decimal.js's toFixed of a finite value is plain numeric text: the type says what Intl accepts.
  const text = (places === undefined ? value.toFixed() : value.toFixed(places)) as Intl.StringNumericLiteral;
  return /^-0(\.0*)?$/.test(text) ? (text.slice(1) as Intl.StringNumericLiteral) : text;
}

function formatDecimalString(text: Intl.StringNumericLiteral, options: Intl.NumberFormatOptions): string {
  // Intl formats decimal strings exactly (ES2023), without a float round-trip.
  return numberFormat(options).format(text);
}

/**
 * Money, rounded half-up to whole currency units, with grouping and the currency's symbol:
 * `$69,120,000`. `compact` gives `$69.1M` for tables where space is short.
 */
export function formatMoney(value: DecimalLike, currency: CurrencyCode, compact = false): string {
  if (!value.isFinite()) return '—';
  if (compact) {
    return formatDecimalString(fixed(value, 0), {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumSignificantDigits: 3,
    });
  }
  return formatDecimalString(fixed(value, 0), {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  });
}

/** A plain number with grouping and at most `maxFractionDigits` decimals: `2,000,000`, `99.95`. */
export function formatNumber(value: DecimalLike, maxFractionDigits = 2): string {
  return formatDecimalString(fixed(value, maxFractionDigits), {
    maximumFractionDigits: maxFractionDigits,
  });
}

/**
 * Availability in percent, as many decimals as it has (up to 7): `99.9%`, `99.99999%`. An
 * availability that would round to 0 % or 100 % (both impossible: it lies strictly between) says
 * which side it is on instead: `under 0.0000001%`, `over 99.9999999%`.
 */
export function formatPercent(percent: DecimalLike): string {
  const text = fixed(percent, 7);
  if (text === '0.0000000' && !percent.isZero()) return 'under 0.0000001%';
  if (text === '100.0000000' && percent.lt(100)) return 'over 99.9999999%';
  return `${formatDecimalString(text, { maximumFractionDigits: 7, useGrouping: false })}%`;
}

/**
 * A duration given in hours, to three significant digits, in hours and minutes: `0.72 h (43.2 min)`,
 * `0.000072 h (0.00432 min)`. Significant digits of the exact value, so a tiny downtime keeps its
 * digits rather than rounding to `0 h`.
 */
export function formatHoursAndMinutes(hours: DecimalLike): string {
  const sig = { maximumSignificantDigits: 3, useGrouping: true } as const;
  const h = formatDecimalString(fixed(hours), sig);
  const m = formatDecimalString(fixed(hours.times(60)), sig);
  return `${h} h (${m} min)`;
}

/**
 * A duration in hours, in the largest readable unit, three significant digits: `8.76 h`, `43.2 min`,
 * `25.9 s`, `864 ms`.
 */
export function formatDuration(hours: DecimalLike): string {
  const sig = { maximumSignificantDigits: 3 } as const;
  const units: Array<[string, number]> = [
    ['days', 24],
    ['h', 1],
    ['min', 1 / 60],
    ['s', 1 / 3600],
  ];
  if (hours.isZero()) return '0 s';
  for (const [unit, perHour] of units) {
    const inUnit = hours.times(1 / perHour);
    if (!inUnit.lt(unit === 'days' ? 2 : 1)) return `${formatDecimalString(fixed(inUnit), sig)} ${unit}`;
  }
  return `${formatDecimalString(fixed(hours.times(3_600_000)), sig)} ms`;
}

/**
 * A positive payback that two decimals would show as "0.00 years", as if it were immediate: it reads
 * `under 0.01 years` instead. Decided on the rounded text, so it follows decimal.js's rounding mode.
 */
function underShortestPayback(years: DecimalLike): boolean {
  return !years.isZero() && !years.lt(0) && fixed(years, 2) === '0.00';
}

/**
 * Payback in years with two decimals, plus months (one decimal) when under two years:
 * `0.17 years (2.1 months)`, `8.68 years`. `null` means the investment never pays back; zero is
 * `immediate`; a payback too short for two decimals is `under 0.01 years`.
 */
export function formatPayback(years: DecimalLike | null): string {
  if (years === null) return 'never';
  if (years.isZero()) return 'immediate';
  if (underShortestPayback(years)) return 'under 0.01 years';
  const y = `${formatDecimalString(fixed(years, 2), { minimumFractionDigits: 2, maximumFractionDigits: 2 })} years`;
  if (years.lt(2)) {
    const months = formatDecimalString(fixed(years.times(12), 1), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    return `${y} (${months} months)`;
  }
  return y;
}

/**
 * Echo of a plain input value in a text field: grouping, no rounding that would change it: `2,000,000`.
 * A value with more than ten decimals (an availability of 1e-300 % from a share link) is written out
 * in full, `0.000…0001`, never as `0` (which the field would then reject) nor as `1e-300`.
 */
export function formatInputNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const v = Object.is(value, -0) ? 0 : value;
  const text = numberFormat({ maximumFractionDigits: 10 }).format(v);
  return Number(text.replace(/,/g, '')) === v ? text : plainNumberText(v);
}

/**
 * A number's shortest round-trip digits in plain notation: 1e-300 → "0.000…0001" (300 decimals),
 * 1.5e-11 → "0.000000000015". For the tiny values Intl would round; inputs never exceed 10¹², below
 * the point where JavaScript itself switches to exponent notation for large numbers.
 */
function plainNumberText(value: number): string {
  const [mantissa = '', exponentText] = String(Math.abs(value)).split('e');
  const sign = value < 0 ? '-' : '';
  if (exponentText === undefined) return `${sign}${mantissa}`;
  const exponent = Number(exponentText);
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  return `${sign}${digits.padEnd(exponent + 1, '0')}`;
}

/** A plain-number amount with its currency, for slider value texts and ranges: `$2,000,000`. */
export function formatMoneyNumber(value: number, currency: CurrencyCode, compact = false): string {
  return numberFormat(
    compact
      ? { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 }
      : { style: 'currency', currency, maximumFractionDigits: 2, minimumFractionDigits: 0 },
  ).format(Object.is(value, -0) ? 0 : value);
}

/**
 * A plain-number amount for charts, rounded half away from zero to whole currency units, never `-$0`:
 * `$17,280,000`; `compact` gives axis ticks such as `$50M`, `$1.5B` (three significant digits).
 * NaN and ±Infinity read `—`.
 */
export function formatChartMoney(value: number, currency: CurrencyCode, compact = false): string {
  if (!Number.isFinite(value)) return '—';
  // Whole units first (half away from zero), with −0 folded to 0 so Intl never prints "-$0".
  const whole = Math.sign(value) * Math.round(Math.abs(value)) || 0;
  return numberFormat(
    compact
      ? { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 }
      : { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 },
  ).format(whole);
}

/** Highest number of decimals an availability is shown with (seven nines and a bit). */
const MAX_AVAILABILITY_DECIMALS = 7;

/**
 * A plain-number availability in percent, with a space before the sign as on the charts' axes:
 * `99 %`, `99.9 %`, `99.999 %`; at most `maxFractionDigits` decimals (trailing zeros dropped).
 */
export function formatAvailabilityNumber(percent: number, maxFractionDigits = 5): string {
  if (!Number.isFinite(percent)) return '—';
  const digits = Math.min(MAX_AVAILABILITY_DECIMALS, Math.max(0, maxFractionDigits));
  const text = numberFormat({ maximumFractionDigits: digits, useGrouping: false }).format(percent || 0);
  return `${text} %`;
}

/**
 * A plain-number availability in percent, rounded so that its downtime share (100 − percent) keeps
 * `significantDigits` significant digits: 99.9462… → `99.946 %`, 99.5 → `99.5 %`, 99.99946… →
 * `99.99946 %`. Used for figures such as the cost-optimal availability, which are seldom round.
 */
export function formatAvailabilityApprox(percent: number, significantDigits = 2): string {
  if (!Number.isFinite(percent)) return '—';
  const down = 100 - percent;
  if (!(down > 0)) return formatAvailabilityNumber(percent, MAX_AVAILABILITY_DECIMALS);
  const decimals = significantDigits - 1 - Math.floor(Math.log10(down));
  return formatAvailabilityNumber(percent, decimals);
}

/** The most decimals an exact availability is shown with (Intl's limit in Node 20 and the browsers). */
const MAX_EXACT_AVAILABILITY_DECIMALS = 20;

/**
 * An availability, given by its unavailability (the fraction of time down: 0.0005 for 99.95 %), in
 * percent with as many decimals as it takes to show its distance from 100 %: the downtime share keeps
 * `significantDigits` significant digits (6 unless asked, never fewer than 3), trailing zeros dropped,
 * so four regions at 99.95 % read `99.99999999999375 %` and a database in series with its fallback
 * `99.94999 %` (0.99949990005), never `100 %`. Rounded down (the downtime share up): a figure never
 * reads higher than it is, so a ceiling shown as 99.95 % does reach a 99.95 % target. Below 50 % the
 * distance from 0 is what shows (`0.0000123 %`, never `0 %`). Past 20 decimals (under 10⁻¹⁸ % of
 * downtime) it reads `over 99.999999999999999999 %`. Exactly 0 is `100 %`; anything outside 0–1, `—`.
 */
export function formatAvailabilityFromUnavailability(
  unavailability: Decimal | number,
  significantDigits = 6,
): string {
  const down = new Dec(unavailability).times(100);
  if (!down.isFinite() || down.lt(0) || down.gt(100)) return '—';
  if (down.isZero()) return '100 %';
  const digits = Math.max(3, Math.floor(significantDigits));
  const percent = new Dec(100).minus(down);
  const options = { maximumFractionDigits: MAX_EXACT_AVAILABILITY_DECIMALS, useGrouping: false };
  if (down.gt(50)) {
    const shown = percent.toSignificantDigits(digits, Dec.ROUND_DOWN);
    return `${formatDecimalString(fixed(shown), options)} %`;
  }
  // Decimals that leave `digits` significant digits of the downtime share (`e` is its exponent).
  const decimals = digits - 1 - down.e;
  if (3 - 1 - down.e > MAX_EXACT_AVAILABILITY_DECIMALS)
    return `over 99.${'9'.repeat(MAX_EXACT_AVAILABILITY_DECIMALS - 2)} %`;
  const places = Math.min(decimals, MAX_EXACT_AVAILABILITY_DECIMALS);
  const shown = new Dec(100).minus(down.toDecimalPlaces(places, Dec.ROUND_UP));
  return `${formatDecimalString(fixed(shown, places), options)} %`;
}

/** An availability in percent, shown as `formatAvailabilityFromUnavailability` shows it: `99.940005 %`. */
export function formatAvailability(percent: Decimal | number, significantDigits = 6): string {
  const value = new Dec(percent);
  if (!value.isFinite()) return '—';
  return formatAvailabilityFromUnavailability(new Dec(100).minus(value).div(100), significantDigits);
}

/**
 * Payback at the two ends of a range, in years with two decimals, sharing the unit when both are
 * numbers: `0.35 / 0.07 years`, `never / 3.47 years`, `immediate / immediate`,
 * `0.02 / under 0.01 years`. `null` = never.
 */
export function formatPaybackPair(first: DecimalLike | null, second: DecimalLike | null): string {
  const numeric = (y: DecimalLike | null): y is DecimalLike => y !== null && !y.isZero();
  const years = (y: DecimalLike) =>
    underShortestPayback(y)
      ? 'under 0.01'
      : formatDecimalString(fixed(y, 2), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (numeric(first) && numeric(second)) return `${years(first)} / ${years(second)} years`;
  return [first, second]
    .map((y) => (y === null ? 'never' : numeric(y) ? `${years(y)} years` : 'immediate'))
    .join(' / ');
}

/**
 * A yearly rate of return in percent (the IRR), one decimal with grouping: `576.1%`, `-44.4%`,
 * `9,800.0%`; `none` when no rate solves (null). A rate that one decimal would show as 0.0 % while it
 * is not 0 says which side it is on: `under 0.1%`, `above −0.1%`.
 */
export function formatRatePercent(percent: DecimalLike | null): string {
  if (percent === null) return 'none';
  const text = fixed(percent, 1);
  if (text === '0.0' && !percent.isZero()) return percent.lt(0) ? 'above −0.1%' : 'under 0.1%';
  return `${formatDecimalString(text, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}
