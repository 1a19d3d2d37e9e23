import { describe, expect, it } from 'vitest';
import {
  SESSION_MIGRATIONS,
  SESSION_VERSION,
  SESSION_VERSIONS,
  migrateSession,
  percentsAndScenarios,
} from './session-migrations';

describe('the chain of session versions', () => {
  it('is contiguous: numbered from 0, one step per later version, in order, ending at the newest', () => {
    const versions = Object.values(SESSION_VERSIONS);
    expect(versions).toEqual(versions.map((_, index) => index));
    expect(SESSION_MIGRATIONS.map((step) => SESSION_VERSIONS[step.to])).toEqual(versions.slice(1));
    expect(SESSION_VERSION).toBe(versions.length - 1);
  });

  it('refuses a newer version and anything that is not a version number', () => {
    expect(migrateSession({}, SESSION_VERSION + 1)).toEqual({ ok: false, reason: 'newer' });
    for (const version of [-1, 0.5, '1', null, undefined, NaN])
      expect(migrateSession({}, version)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('leaves a session of the newest version as it is', () => {
    const session = { any: 'thing' };
    expect(migrateSession(session, SESSION_VERSION)).toEqual({ ok: true, session });
  });
});

describe('FlatFractions → PercentsAndScenarios', () => {
  it('turns fractions into percents, exactly, and targets into scenarios with ids', () => {
    const v0 = {
      presetId: 'financial',
      currency: 'GBP',
      downtimeCostPerHour: 10_000_000,
      baselineAvailability: 0.995,
      monthlyInfraCost: 400_000,
      targets: [
        { label: 'Three nines', availability: 0.999, investment: null },
        { label: 'Four nines (quote)', availability: 0.9999, investment: 250_000_000 },
      ],
    };
    expect(percentsAndScenarios(v0)).toEqual({
      inputs: {
        downtimeCostPerHour: 10_000_000,
        baselineAvailabilityPercent: 99.5,
        monthlyInfraCost: 400_000,
        periodConvention: 'seed',
        growthPerNine: 10,
        calibrationMultiple: 2,
        horizonYears: 3,
        discountRatePercent: 8,
        scenarios: [
          {
            id: 's1',
            label: 'Three nines',
            availabilityPercent: 99.9,
            investmentOverride: null,
            annualRunCost: 0,
          },
          {
            id: 's2',
            label: 'Four nines (quote)',
            availabilityPercent: 99.99,
            investmentOverride: 250_000_000,
            annualRunCost: 0,
          },
        ],
      },
      presetId: 'financial',
      costRange: { low: 5_000_000, high: 15_000_000 },
      currency: 'GBP',
      compact: false,
      nextScenarioNumber: 3,
    });
  });

  it('passes what is of the wrong type on as it is, for the schema to name, and never throws', () => {
    expect(percentsAndScenarios(42)).toBe(42);
    expect(percentsAndScenarios(null)).toBe(null);
    const odd = percentsAndScenarios({ targets: [5, 'x'], baselineAvailability: '0.9' }) as {
      inputs: { scenarios: unknown[]; baselineAvailabilityPercent: unknown };
    };
    expect(odd.inputs.scenarios).toEqual([5, 'x']);
    expect(odd.inputs.baselineAvailabilityPercent).toBe('0.9');
  });
});
