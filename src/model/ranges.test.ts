import { describe, expect, it } from 'vitest';
import {
  defaultRangeShape,
  pointAgainstRange,
  rangeProblems,
  rangeWidenedToInclude,
  type RangeInput,
} from './ranges';

const names = { low: 'Low cost per hour', high: 'High cost per hour' };
const range = (low: number, high: number, shape: RangeInput['shape'] = 'lognormal'): RangeInput => ({
  low,
  high,
  shape,
});

describe('rangeProblems', () => {
  it.each<[string, RangeInput, string[]]>([
    ['a positive lognormal range', range(1_000_000, 5_000_000), []],
    ['one value (low = high)', range(2_000_000, 2_000_000), []],
    ['a uniform range from 0', range(0, 500_000, 'uniform'), []],
    ['a PERT range from 0', range(0, 500_000, 'pert'), []],
    [
      'low above high',
      range(6_000_000, 5_000_000),
      ['Low cost per hour is above high cost per hour: the low end must not exceed the high end.'],
    ],
    [
      'a lognormal range from 0',
      range(0, 5_000_000),
      [
        'A lognormal range must stay above 0, and low cost per hour is 0: pick the uniform or PERT shape for a range that includes 0.',
      ],
    ],
    [
      'a lognormal range below 0',
      range(-1, 5_000_000),
      [
        'A lognormal range must stay above 0, and low cost per hour is below 0: pick the uniform or PERT shape for a range that includes 0.',
      ],
    ],
    [
      'a low end that is not a number',
      range(NaN, 5_000_000, 'uniform'),
      ['Low cost per hour is not a finite number.'],
    ],
    ['an infinite high end', range(1, Infinity, 'uniform'), ['High cost per hour is not a finite number.']],
    [
      'low above high, lognormal, below 0',
      range(-1, -2),
      [
        'Low cost per hour is above high cost per hour: the low end must not exceed the high end.',
        'A lognormal range must stay above 0, and low cost per hour is below 0: pick the uniform or PERT shape for a range that includes 0.',
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(rangeProblems(input, names)).toEqual(expected);
  });

  it('names the ends generically when no names are given', () => {
    expect(rangeProblems(range(2, 1, 'uniform'))).toEqual([
      'The low end is above the high end: the low end must not exceed the high end.',
    ]);
  });
});

describe('defaultRangeShape', () => {
  it.each<[number, RangeInput['shape']]>([
    [1_000_000, 'lognormal'],
    [0.01, 'lognormal'],
    [0, 'uniform'],
    [-5, 'uniform'],
  ])('a range from %s is %s', (low, shape) => {
    expect(defaultRangeShape(low)).toBe(shape);
  });
});

describe('pointAgainstRange and rangeWidenedToInclude', () => {
  const costRange = range(100_000, 1_000_000, 'pert');
  it.each<[number, 'below' | 'inside' | 'above', RangeInput]>([
    [2_000_000, 'above', range(100_000, 2_000_000, 'pert')],
    [50_000, 'below', range(50_000, 1_000_000, 'pert')],
    [100_000, 'inside', costRange],
    [550_000, 'inside', costRange],
    [1_000_000, 'inside', costRange],
  ])('a cost of %s is %s the range; widened to include it: %o', (value, where, widened) => {
    expect(pointAgainstRange(value, costRange)).toBe(where);
    expect(rangeWidenedToInclude(costRange, value)).toEqual(widened);
    expect(pointAgainstRange(value, rangeWidenedToInclude(costRange, value))).toBe('inside');
  });
});
