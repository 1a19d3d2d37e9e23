import { describe, expect, it } from 'vitest';
import { defaultState } from './session';
import { resultGraphOf } from './use-result-graph';

describe('one result graph per session', () => {
  it('is evaluated once for the same inputs and range, and again when either is a new object', () => {
    const { inputs, ranges } = defaultState();
    const first = resultGraphOf(inputs, ranges.downtimeCostPerHour);
    // The table, the footer, the settled charts and an export ask for the same session's figures.
    expect(resultGraphOf(inputs, ranges.downtimeCostPerHour)).toBe(first);
    const edited = { ...inputs, downtimeCostPerHour: 1_000_000 };
    const second = resultGraphOf(edited, ranges.downtimeCostPerHour);
    expect(second).not.toBe(first);
    expect(second.value('baseline.annualDowntimeCost')!.toString()).toBe('43200000');
    // The charts still on the previous session a moment longer: its graph is kept too.
    expect(resultGraphOf(inputs, ranges.downtimeCostPerHour)).toBe(first);
  });
});
