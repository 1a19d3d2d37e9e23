import { describe, expect, it } from 'vitest';
import {
  chanceText,
  paybackPercentilesParts,
  paybackYearsText,
  percentileCaption,
  percentileColumnHeader,
} from './uncertainty-format';

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

describe('the comparison’s percentile columns in words', () => {
  it.each<[number | null, number | null, string]>([
    [0.1234, 0.4, '0.12 / 0.40 years'],
    [0.004, 0.4, 'under 0.01 / 0.40 years'],
    [0, 2.5, 'immediate / 2.50 years'],
    [0.72, null, '0.72 years / never'],
    [null, null, 'never / never'],
  ])('a payback of P10 %s and P90 %s reads "%s"', (p10, p90, text) => {
    const { low, high, unit } = paybackPercentilesParts(p10, p90);
    expect(`${low} / ${high}${unit}`).toBe(text);
  });

  it('names each column by its figure and runs, unique beside the exact columns', () => {
    expect(percentileColumnHeader('annualSavings', 10_000)).toBe('Annual savings, P10 / P90 of 10,000 runs');
    expect(percentileColumnHeader('paybackYears', 1)).toBe('Payback, P10 / P90 of 1 run');
  });

  it.each([
    [
      { kind: 'done', runs: 10_000, seed: 'nines' },
      'P10 / P90: of 10,000 runs of the ranges, simulated with the random seed “nines”: one in ten falls below P10 and one in ten above P90; investment is the same in every run unless it has a range.',
    ],
    [
      { kind: 'pending', runs: 2_000 },
      'P10 / P90: simulating 2,000 runs of the ranges for these inputs; until the run ends, the columns above show the low / high cost per hour.',
    ],
    [
      { kind: 'failed', message: 'The simulation could not run: out of memory' },
      'P10 / P90: The simulation could not run: out of memory. The columns above stay at the low / high cost per hour; the other columns do not depend on it.',
    ],
  ] as const)('says under the table what they are: %j', (status, text) => {
    expect(percentileCaption(status)).toBe(text);
  });
});
