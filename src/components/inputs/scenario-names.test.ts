import { describe, expect, it } from 'vitest';
import { scenarioNames } from './scenario-names';

const named = (...labels: string[]) =>
  scenarioNames(labels.map((label) => ({ label, availabilityPercent: 99.9 })));

describe('scenarioNames', () => {
  it.each([
    [
      ['99.5 %', '99.9 %', '99.99 %'],
      ['99.5 %', '99.9 %', '99.99 %'],
    ],
    [['  Five nines '], ['Five nines']],
    [
      ['99.9 %', ''],
      ['99.9 %', 'scenario 2'],
    ],
    [
      ['Quote A', 'Quote A', '99.99 %'],
      ['Quote A (scenario 1)', 'Quote A (scenario 2)', '99.99 %'],
    ],
    [
      ['quote a', 'Quote A'],
      ['quote a (scenario 1)', 'Quote A (scenario 2)'],
    ],
    [
      ['', 'scenario 1'],
      ['scenario 1 (scenario 1)', 'scenario 1 (scenario 2)'],
    ],
  ])('names %j as %j', (labels, expected) => {
    expect(named(...labels)).toEqual(expected);
  });

  it('never gives two scenarios the same name', () => {
    const names = named('a', 'A', '', 'scenario 3', 'b', 'b', ' b ');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});
