import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioLabel } from '../model/scenario-label';
import { plainScenarioLabel } from './plain-label';

describe('plainScenarioLabel', () => {
  it('reads as the exact model labels a scenario, for targets written out and in exponent form', () => {
    for (const availabilityPercent of [99.9, 99.99, 99.999999, 50, 1e-7, 1.5e-11, 1e-300, 99.95])
      expect(plainScenarioLabel({ label: null, availabilityPercent })).toBe(
        scenarioLabel({ label: null, availabilityPercent }),
      );
  });

  it('agrees with the exact model for any availability strictly between 0 and 100 %', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, minExcluded: true, maxExcluded: true, noNaN: true }), (a) => {
        expect(plainScenarioLabel({ label: null, availabilityPercent: a })).toBe(
          scenarioLabel({ label: null, availabilityPercent: a }),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a label the user wrote', () => {
    expect(plainScenarioLabel({ label: 'Multi-region', availabilityPercent: 99.99 })).toBe('Multi-region');
  });
});
