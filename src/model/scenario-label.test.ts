import { describe, expect, it } from 'vitest';
import { followingLabel, scenarioLabel } from './scenario-label';

describe('scenarioLabel', () => {
  // The labels the specification's worked example gives its targets (99.5 %, 99.9 %, 99.99 %), and
  // the extremes a target can take: plain digits, never exponent notation.
  it.each<[number, string]>([
    [99.5, '99.5 %'],
    [99.9, '99.9 %'],
    [99.99, '99.99 %'],
    [99.999, '99.999 %'],
    [0.0000001, '0.0000001 %'],
    [99.99999999999999, '99.99999999999999 %'],
    [50, '50 %'],
  ])('a scenario that follows a target of %s reads "%s"', (availabilityPercent, text) => {
    expect(followingLabel(availabilityPercent)).toBe(text);
    expect(scenarioLabel({ label: null, availabilityPercent })).toBe(text);
  });

  it('a label of the user’s own stays, whatever the target', () => {
    expect(scenarioLabel({ label: 'Checkout', availabilityPercent: 99.9 })).toBe('Checkout');
    expect(scenarioLabel({ label: '99.5 %', availabilityPercent: 99.9 })).toBe('99.5 %');
    expect(scenarioLabel({ label: '', availabilityPercent: 99.9 })).toBe('');
  });
});
