import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { Dec } from '../model/decimal';
import {
  formatAvailability,
  formatAvailabilityApprox,
  formatAvailabilityFromUnavailability,
  formatAvailabilityNumber,
  formatChartMoney,
  formatHoursAndMinutes,
  formatInputNumber,
  formatMoney,
  formatPayback,
  formatPaybackPair,
  formatPercent,
  formatRatePercent,
} from './format';

/** Text no figure may ever show (the same pattern as the page scans in app-extremes.test.tsx). */
const FORBIDDEN =
  /\bNaN\b|Infinity|\d[eE][+-]?\d|[-−]\D{0,2}0(?:[.,]0+)?(?![\d.,])|\bundefined\b|\bnull\b|\[object/;

describe('formatChartMoney', () => {
  it.each([
    // value, compact, text
    [17_280_000, false, '$17,280,000'],
    [17_590_320.06, false, '$17,590,320'],
    [0.5, false, '$1'], // half away from zero
    [-0.3, false, '$0'], // never "-$0"
    [-0, false, '$0'],
    [-12_000_000, false, '-$12,000,000'],
    [50_000_000, true, '$50M'],
    [1_497_000_000, true, '$1.5B'],
    [172_800, true, '$173K'],
    [0, true, '$0'],
    [-0.2, true, '$0'],
    [0.4, true, '$0'], // whole units first, so no "$0.4"
    [-150_000_000, true, '-$150M'],
    [Number.NaN, false, '—'],
    [Number.POSITIVE_INFINITY, true, '—'],
  ])('%d (compact %s) → %s', (value, compact, text) => {
    expect(formatChartMoney(value, 'USD', compact)).toBe(text);
  });

  it('uses the chosen currency', () => {
    expect(formatChartMoney(2_000_000, 'EUR', true)).toBe('€2M');
    expect(formatChartMoney(1234.5, 'JPY')).toBe('¥1,235');
  });
});

describe('formatAvailabilityNumber', () => {
  it.each([
    [99, '99 %'],
    [99.9, '99.9 %'],
    [99.99, '99.99 %'],
    [99.999, '99.999 %'],
    [100 - 10 ** -3, '99.999 %'], // what 5 nines gives in floating point
    [99.5, '99.5 %'],
    [Number.NaN, '—'],
  ])('%d → %s', (percent, text) => {
    expect(formatAvailabilityNumber(percent)).toBe(text);
  });
});

describe('formatAvailabilityApprox', () => {
  it.each([
    // percent, text: two significant digits of the downtime share 100 − percent
    [99.94620856463601, '99.946 %'],
    [99.5, '99.5 %'],
    [99.9, '99.9 %'],
    [99.99946, '99.99946 %'],
    [90.12, '90.1 %'],
    [99.990049, '99.99 %'],
    [Number.NaN, '—'],
  ])('%d → %s', (percent, text) => {
    expect(formatAvailabilityApprox(percent)).toBe(text);
  });
});

describe('formatPaybackPair', () => {
  const d = (text: string | null) => (text === null ? null : new Decimal(text));
  it.each([
    ['0.34722', '0.069444', '0.35 / 0.07 years'],
    [null, '3.4722', 'never / 3.47 years'],
    ['2.5', null, '2.50 years / never'],
    ['0', '0', 'immediate / immediate'],
    [null, null, 'never / never'],
    ['-0.001', '12', '0.00 / 12.00 years'],
    ['0.0199', '0.0049', '0.02 / under 0.01 years'],
    ['1e-40', null, 'under 0.01 years / never'],
  ])('%s and %s → %s', (first, second, text) => {
    expect(formatPaybackPair(d(first), d(second))).toBe(text);
  });
});

describe('formatPercent', () => {
  it.each([
    ['99.9', '99.9%'],
    ['90', '90%'],
    ['99.99999', '99.99999%'],
    ['50', '50%'],
    // Between 0 and 100 but beyond seven decimals: never "0%" or "100%", which it cannot be.
    ['1e-300', 'under 0.0000001%'],
    ['0.00000004', 'under 0.0000001%'],
    ['0.00000005', '0.0000001%'],
    ['99.99999999', 'over 99.9999999%'],
    ['99.99999994', '99.9999999%'],
  ])('%s → %s', (percent, text) => {
    expect(formatPercent(new Decimal(percent))).toBe(text);
  });
});

describe('formatAvailability: as many decimals as it takes to show the distance from 100 %', () => {
  // Vectors of issue 13, from Microsoft's composite-SLA guidance (see src/model/dependencies.test.ts).
  it.each([
    // unavailability (fraction down), text
    ['0.0005', '99.95 %'],
    ['0.00059995', '99.940005 %'], // 99.95 % × 99.99 %
    ['0.0000001', '99.99999 %'], // database or queue
    ['0.00050009995', '99.94999 %'], // web app and (database or queue): 0.99949990005, rounded down
    ['0.00000025', '99.999975 %'], // two regions at 99.95 %
    ['0.000100249975', '99.989975 %'], // behind a 99.99 % router: 0.999899750025, rounded down
    ['0.0000000000000625', '99.99999999999375 %'], // four regions at 99.95 %, not 100 %
    ['0.000000001', '99.9999999 %'], // three copies at 99.9 %
    ['0.005', '99.5 %'],
    ['0.1', '90 %'],
    ['0.5', '50 %'],
    // Below 50 %, the distance from 0 is what shows: never "0 %".
    ['0.9999999', '0.00001 %'],
    ['0.999999999999', '0.0000000001 %'],
    ['1', '0 %'],
    // Past 20 decimals (under 10⁻¹⁸ % down): a true bound, not 100 %.
    ['1e-19', '99.99999999999999999 %'],
    ['1e-21', 'over 99.999999999999999999 %'],
    ['1e-300', 'over 99.999999999999999999 %'],
  ])('down %s of the time → %s', (unavailability, text) => {
    expect(formatAvailabilityFromUnavailability(new Decimal(unavailability))).toBe(text);
  });

  it.each([
    ['99.99999999999375', '99.99999999999375 %'],
    ['99.940005', '99.940005 %'],
    ['99.99', '99.99 %'],
    ['100', '100 %'], // exactly 100 is the one case that may say so
    ['101', '—'],
    ['-1', '—'],
    ['NaN', '—'],
  ])('%s %% → %s', (percent, text) => {
    expect(formatAvailability(new Decimal(percent))).toBe(text);
  });

  it('keeps at least three significant digits of the downtime when asked for fewer', () => {
    expect(formatAvailability(new Decimal('99.949990005'), 3)).toBe('99.9499 %');
    expect(formatAvailability(new Decimal('99.949990005'), 1)).toBe('99.9499 %');
    expect(formatAvailability(new Decimal('99.940005'), 4)).toBe('99.94 %');
  });

  const unavailabilities = fc.oneof(
    fc.double({ min: 0, max: 1, minExcluded: true, maxExcluded: true, noNaN: true }),
    fc.integer({ min: -300, max: -1 }).map((exponent) => 10 ** exponent),
    fc.constantFrom(Number.MIN_VALUE, 1 - Number.EPSILON),
  );

  it('never reads 100 % (or 0 %) for what lies between, never above the true figure, and keeps three digits of the downtime', () => {
    fc.assert(
      fc.property(unavailabilities, fc.integer({ min: 3, max: 8 }), (u, digits) => {
        const down = new Dec(u);
        const text = formatAvailabilityFromUnavailability(down, digits);
        expect(text).not.toMatch(FORBIDDEN);
        expect(text).not.toBe('100 %');
        expect(text).not.toBe('0 %');
        const match = /^(over )?(\d+(?:\.\d+)?) %$/.exec(text);
        expect(match).not.toBeNull();
        const shown = new Dec(match![2]!);
        // The app's 40 digits: decimal.js's default 20 would round 1 − 10⁻¹⁸ to 1.
        const truth = new Dec(1).minus(down).times(100);
        if (match![1]) {
          expect(truth.gt(shown)).toBe(true);
          return;
        }
        expect(shown.lte(truth)).toBe(true);
        // The distance shown is within one unit of the third significant digit of the true one.
        const near = truth.gt(50) ? down.times(100) : truth;
        const shownNear = truth.gt(50) ? new Dec(100).minus(shown) : shown;
        expect(shownNear.minus(near).abs().div(near).lt('0.01')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatHoursAndMinutes', () => {
  it.each([
    ['0.72', '0.72 h (43.2 min)'],
    ['4320', '4,320 h (259,000 min)'],
    ['0.000072', '0.000072 h (0.00432 min)'],
    // Below twelve decimals: its own digits, never "0 h (0 min)" or "1e-13 h".
    ['7.2e-14', '0.000000000000072 h (0.00000000000432 min)'],
    ['0', '0 h (0 min)'],
  ])('%s h → %s', (hours, text) => {
    expect(formatHoursAndMinutes(new Decimal(hours))).toBe(text);
  });
});

describe('formatPayback', () => {
  const d = (text: string | null) => (text === null ? null : new Decimal(text));
  it.each([
    ['0.1736111', '0.17 years (2.1 months)'],
    ['8.68', '8.68 years'],
    ['0', 'immediate'],
    [null, 'never'],
    ['0.005', '0.01 years (0.1 months)'],
    // Pays back, but within two decimals of zero: not "0.00 years", which reads as immediate.
    ['0.0049999', 'under 0.01 years'],
    ['1e-12', 'under 0.01 years'],
    ['6944444.444', '6,944,444.44 years'],
  ])('%s years → %s', (years, text) => {
    expect(formatPayback(d(years))).toBe(text);
  });
});

describe('formatRatePercent', () => {
  it.each([
    // Microsoft's IRR examples (irr.test.ts): 8.7 %, −2.1 %, −44.4 %.
    ['8.663094803653', '8.7%'],
    ['-2.124391', '-2.1%'],
    ['-44.35069', '-44.4%'],
    ['9800', '9,800.0%'],
    ['0', '0.0%'],
    ['0.04', 'under 0.1%'],
    ['-0.04', 'above −0.1%'],
    ['-0.00000001', 'above −0.1%'],
  ])('%s %% → %s', (percent, text) => {
    expect(formatRatePercent(new Decimal(percent))).toBe(text);
    expect(text).not.toMatch(FORBIDDEN);
  });

  it('reads "none" when no rate solves', () => {
    expect(formatRatePercent(null)).toBe('none');
  });
});

describe('formatInputNumber', () => {
  it.each([
    [2_000_000, '2,000,000'],
    [99.99999, '99.99999'],
    [1e12, '1,000,000,000,000'],
    [0.0000000001, '0.0000000001'],
    [-0, '0'],
    [Number.NaN, ''],
    // More than ten decimals: written out in full, never rounded to "0" or shown as "1e-300".
    [1.5e-11, '0.000000000015'],
    [1e-300, `0.${'0'.repeat(299)}1`],
  ])('%d → %s', (value, text) => {
    expect(formatInputNumber(value)).toBe(text);
  });

  it('reads back as the same number', () => {
    for (const value of [1e-300, 1.5e-11, 123.456789012345, 99.99999]) {
      expect(Number(formatInputNumber(value).replace(/,/g, ''))).toBe(value);
    }
  });
});

describe('no formatter shows NaN, Infinity, exponent notation or -0', () => {
  const extremes = ['0', '-0', '1e-300', '-1e-300', '1e-12', '-0.4', '0.4', '1e12', '8.64e14', '3e25'];
  it.each(extremes)('%s', (text) => {
    const value = new Decimal(text);
    const shown = [
      formatMoney(value, 'USD'),
      formatMoney(value, 'JPY', true),
      formatMoney(value, 'INR', true),
      formatHoursAndMinutes(value.abs()),
      formatPayback(value.abs()),
      formatPaybackPair(value.abs(), value.abs()),
      formatChartMoney(value.toNumber(), 'EUR', true),
      formatInputNumber(value.toNumber()),
      formatAvailability(value),
      formatAvailabilityFromUnavailability(value),
    ];
    for (const t of shown) expect(t).not.toMatch(FORBIDDEN);
  });
});
