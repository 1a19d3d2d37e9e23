import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import {
  formatAvailabilityApprox,
  formatAvailabilityNumber,
  formatChartMoney,
  formatPaybackPair,
} from './format';

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
  ])('%s and %s → %s', (first, second, text) => {
    expect(formatPaybackPair(d(first), d(second))).toBe(text);
  });
});
