import { describe, expect, it } from 'vitest';
import { chanceText, paybackYearsText } from './uncertainty-format';

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
