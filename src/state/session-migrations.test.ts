import { describe, expect, it } from 'vitest';
import { ARTICLE_OWN_OUTAGES } from '../model/dependencies';
import { createDependencyTree } from '../model/dependency-edits';
import { DEFAULT_RUNS, DEFAULT_SEED } from '../simulation/simulate';
import { defaultState } from './session';
import {
  SESSION_MIGRATIONS,
  casesModesAndDependencies,
  migrateSession,
  percentsAndScenarios,
  rangesAndFollowingLabels,
} from './session-migrations';
import { SESSION_VERSION, SESSION_VERSIONS } from './session-versions';

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

describe('PercentsAndScenarios → RangesAndFollowingLabels', () => {
  const scenario = (label: unknown, availabilityPercent: unknown) => ({
    id: 's1',
    label,
    availabilityPercent,
    investmentOverride: null,
    annualRunCost: 0,
  });
  const v1 = (costRange: unknown, scenarios: unknown[]) => ({
    inputs: { downtimeCostPerHour: 2_000_000, scenarios },
    presetId: 'seed',
    costRange,
    currency: 'USD',
    compact: false,
    nextScenarioNumber: 2,
  });

  it('moves the cost range to the ranges, keyed by its input, read as lognormal', () => {
    expect(rangesAndFollowingLabels(v1({ low: 1_000_000, high: 5_000_000 }, []))).toEqual({
      inputs: { downtimeCostPerHour: 2_000_000, scenarios: [] },
      presetId: 'seed',
      ranges: { downtimeCostPerHour: { low: 1_000_000, high: 5_000_000, shape: 'lognormal' } },
      currency: 'USD',
      compact: false,
      nextScenarioNumber: 2,
    });
  });

  it.each<[string, { low: unknown; high: unknown }, string]>([
    ['a range from 0 is uniform (a lognormal cannot reach 0)', { low: 0, high: 500_000 }, 'uniform'],
    ['a range with low above high keeps its ends, lognormal', { low: 5_000_000, high: 100 }, 'lognormal'],
    ['a range with a low end of the wrong type, for the schema to name', { low: 'x', high: 1 }, 'lognormal'],
  ])('%s', (_name, costRange, shape) => {
    const migrated = rangesAndFollowingLabels(v1(costRange, [])) as { ranges: unknown };
    expect(migrated.ranges).toEqual({ downtimeCostPerHour: { ...costRange, shape } });
  });

  it.each<[string, unknown, unknown, unknown]>([
    ['a label that reads as its target follows it', '99.9 %', 99.9, null],
    ['so does one written with exact digits', '0.0000001 %', 0.0000001, null],
    ['and one in JavaScript’s exponent text', '1e-7 %', 1e-7, null],
    ['a target label left behind by a changed target stays', '99.5 %', 99.9, '99.5 %'],
    ['a label of the user’s own stays', 'Checkout', 99.9, 'Checkout'],
    ['an empty label stays empty', '', 99.9, ''],
    ['a label without the space stays', '99.9%', 99.9, '99.9%'],
    ['a label of the wrong type is passed on', 5, 99.9, 5],
    ['a target of the wrong type leaves the label', '99.9 %', '99.9', '99.9 %'],
  ])('%s', (_name, label, availabilityPercent, expected) => {
    const migrated = rangesAndFollowingLabels(
      v1({ low: 1, high: 2 }, [scenario(label, availabilityPercent)]),
    ) as {
      inputs: { scenarios: Array<{ label: unknown }> };
    };
    expect(migrated.inputs.scenarios[0]!.label).toBe(expected);
  });

  it('passes what is of the wrong type on as it is, and never throws', () => {
    expect(rangesAndFollowingLabels('x')).toBe('x');
    expect(rangesAndFollowingLabels([1])).toEqual([1]);
    const odd = rangesAndFollowingLabels({ inputs: 'x', costRange: 7 }) as Record<string, unknown>;
    expect(odd).toEqual({ inputs: 'x', ranges: { downtimeCostPerHour: 7 } });
    const noScenarios = rangesAndFollowingLabels({ inputs: { scenarios: 'none' } }) as Record<
      string,
      unknown
    >;
    expect(noScenarios.inputs).toEqual({ scenarios: 'none' });
  });

  it('copies into fresh objects: a __proto__ key stays an own field, for the schema to refuse', () => {
    const hostile = JSON.parse('{"__proto__":{"polluted":true},"costRange":{"low":1,"high":2}}');
    const migrated = rangesAndFollowingLabels(hostile) as Record<string, unknown>;
    expect(Object.keys(migrated)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(migrated)).toBe(Object.prototype);
  });
});

describe('the whole chain', () => {
  it('brings a version 0 session to the newest version: fractions to percents, target labels following', () => {
    const v0 = {
      presetId: 'saas',
      currency: 'EUR',
      downtimeCostPerHour: 550_000,
      baselineAvailability: 0.998,
      monthlyInfraCost: 120_000,
      targets: [
        { label: '99.9 %', availability: 0.999, investment: null },
        { label: 'Quote', availability: 0.9999, investment: 1_000_000 },
      ],
    };
    const migrated = migrateSession(v0, SESSION_VERSIONS.FlatFractions);
    if (!migrated.ok) throw new Error(migrated.reason);
    const session = migrated.session as {
      ranges: unknown;
      inputs: { scenarios: Array<{ label: unknown; availabilityPercent: unknown }> };
    };
    expect(session.ranges).toEqual({
      downtimeCostPerHour: { low: 100_000, high: 1_000_000, shape: 'lognormal' },
    });
    expect(session.inputs.scenarios.map((s) => [s.label, s.availabilityPercent])).toEqual([
      [null, 99.9],
      ['Quote', 99.99],
    ]);
  });
});

describe('RangesAndFollowingLabels → CasesModesAndDependencies', () => {
  it('adds each new part at the value a new session starts with, and changes nothing else', () => {
    const v2 = { inputs: { any: 'inputs' }, presetId: 'seed', ranges: { downtimeCostPerHour: 'r' } };
    const fresh = defaultState();
    expect(casesModesAndDependencies(v2)).toEqual({
      ...v2,
      caseName: null,
      showAllColumns: false,
      failureModes: fresh.failureModes,
      dependencies: fresh.dependencies,
      simulation: fresh.simulation,
    });
  });

  it('passes on what is not a session as it is, for the schema to name', () => {
    for (const value of [null, 42, 'text', [1]]) expect(casesModesAndDependencies(value)).toBe(value);
  });

  it('starts the simulation at the engine’s own defaults, and the tree where the tree editor does', () => {
    expect(defaultState().simulation).toEqual({ enabled: false, runs: DEFAULT_RUNS, seed: DEFAULT_SEED });
    expect(defaultState().dependencies).toEqual({
      tree: createDependencyTree(),
      ownOutages: ARTICLE_OWN_OUTAGES,
    });
  });
});
