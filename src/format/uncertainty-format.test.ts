import { describe, expect, it } from 'vitest';
import { chanceText, inputValueText, paybackYearsText } from './uncertainty-format';

describe('a chance as the page writes it', () => {
  it.each([
    [0, '0 %'],
    [0.004, 'less than 1 %'],
    [0.026, '3 %'],
    [0.91, '91 %'],
    [0.996, 'more than 99 %'],
    [1, '100 %'],
  ])('%d of runs reads "%s": never 0 % or 100 % for a share strictly between', (fraction, text) => {
    expect(chanceText(fraction)).toBe(text);
  });
});

describe('a payback percentile in years', () => {
  it.each<[number | null, string]>([
    [null, 'never'],
    [Infinity, 'never'],
    [0, 'immediate'],
    [0.004, 'under 0.01'],
    [0.7234, '0.72'],
    [1234.5, '1,234.50'],
  ])('%s reads "%s"', (years, text) => {
    expect(paybackYearsText(years)).toBe(text);
  });
});

describe('an uncertain input’s value in its unit (the tornado’s P10 / P90)', () => {
  it.each<[number, Parameters<typeof inputValueText>[1], string]>([
    [2_000_000, 'money', '$2,000,000'],
    [52.142857, 'incidents-per-year', '52.1 a year'],
    [0.00123, 'incidents-per-year', '0.00123 a year'],
    [17.5, 'minutes', '17.5 min'],
    [0.25, 'share', '25 %'],
    [0.99999, 'share', 'over 99.9 %'],
    [1, 'share', '100 %'],
    [-50, 'percent-change', '−50 %'],
    [20, 'percent-change', '+20 %'],
    [-0, 'percent-change', '0 %'],
  ])('%d as %s reads "%s"', (value, unit, text) => {
    expect(inputValueText(value, unit, 'USD')).toBe(text);
  });
});
