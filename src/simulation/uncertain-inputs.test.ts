import { describe, expect, it } from 'vitest';
import { SEED_EXAMPLE } from '../model/presets';
import { uncertainInputs } from './uncertain-inputs';

describe('uncertainInputs', () => {
  it('names a scenario’s inputs as the page shows the scenario: its target while it follows it, else its own label', () => {
    const inputs = {
      ...SEED_EXAMPLE,
      scenarios: SEED_EXAMPLE.scenarios.map((s, i) =>
        i === 0 ? { ...s, label: 'Single region' } : { ...s, label: null },
      ),
    };
    const range = { low: 1, high: 2, shape: 'uniform' } as const;
    const labels = uncertainInputs(inputs, {
      'scenarios.s1.investment': range,
      'scenarios.s3.investment': range,
      'scenarios.s3.annualRunCost': range,
    }).map((input) => input.label);
    expect(labels).toEqual([
      'Investment of Single region',
      'Investment of 99.99 %',
      'Extra run cost of 99.99 %',
    ]);
  });
});
