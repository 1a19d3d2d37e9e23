import { describe, expect, it } from 'vitest';
import { formatAvailabilityApprox, formatAvailabilityNumber, formatChartMoney } from './format';

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
