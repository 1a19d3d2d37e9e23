import { describe, expect, it } from 'vitest';
import { Dec } from './decimal';
import {
  FAILURE_CATALOGUE_IDS,
  FAILURE_CATALOGUE_NAMES,
  ROOT_CAUSES,
  ROOT_CAUSES_DEFAULT_INCIDENTS_PER_YEAR,
  emptyCatalogue,
  failureCatalogue,
  productionFailuresCatalogue,
  rootCauseFrequency,
  rootCausesCatalogue,
} from './failure-catalogues';
import { FAILURE_MODE_FIELDS, evaluateCatalogue, evaluateLever, incidentsPerYear } from './failure-modes';

/*
 * The specification (shared/seed), "What Actually Breaks (With Frequencies)": component, failure rate,
 * detection time, recovery time, impact, mitigation — transcribed here row by row as the preset must keep them.
 */
const WHAT_ACTUALLY_BREAKS = [
  [
    'Network Partition',
    '1-2 per year',
    '<30s',
    '5-30min',
    'Split brain, inconsistency',
    'Fencing, quorum, explicit CP/AP',
  ],
  ['Leader Failure', '2-3 per month', '<15s', '30-60s', 'Write unavailability', 'Fast election, hot standby'],
  ['Disk Full', '1 per month', 'Immediate', '1-4 hours', 'Service down', 'Monitoring, auto-cleanup, quotas'],
  [
    'Memory Leak',
    '1 per week',
    'Hours',
    '5min (restart)',
    'Degradation, OOM',
    'Profiling, restart automation',
  ],
  [
    'Cache Stampede',
    '2-3 per week',
    'Immediate',
    '5-30min',
    'Overload, cascading',
    'Coalescing, gradual warm',
  ],
  ['CDC Lag', 'Daily', 'Minutes', '30min-hours', 'Stale reads', 'Backpressure, monitoring'],
  ['Replica Lag', 'Hourly', 'Seconds', 'Self-healing', 'Stale reads', 'Read from primary, wait'],
  ['Hot Key', 'Daily', 'Minutes', 'Hours', 'Partition overload', 'Key splitting, caching'],
  ['Slow Query', 'Hourly', 'Seconds', 'Minutes', 'Timeout, queue', 'Query optimization, timeout'],
  [
    'Dependency Timeout',
    'Hourly',
    'Immediate',
    'Self-healing',
    'Degraded experience',
    'Circuit breaker, fallback',
  ],
];

/* The specification, "Root Cause Distribution": category, percentage, examples, MTTR. */
const ROOT_CAUSE_DISTRIBUTION = [
  ['Code Deploy', '35', 'Bad release, config change', '30-60min'],
  ['Capacity', '25', 'Traffic spike, gradual exhaustion', '1-4 hours'],
  ['Hardware', '20', 'Disk failure, network issues', '2-8 hours'],
  ['External Dependency', '15', 'Third-party API down', 'Out of control'],
  ['Human Error', '5', 'Wrong command, fat finger', '15-30min'],
];

describe('the picker', () => {
  it('offers the three catalogues by their exact names', () => {
    expect(FAILURE_CATALOGUE_IDS.map((id) => FAILURE_CATALOGUE_NAMES[id])).toEqual([
      'Production failures (seed)',
      'Root causes (seed)',
      'Empty',
    ]);
    for (const id of FAILURE_CATALOGUE_IDS)
      expect(failureCatalogue(id).name).toBe(FAILURE_CATALOGUE_NAMES[id]);
  });
});

describe('"Production failures (seed)"', () => {
  const catalogue = productionFailuresCatalogue();

  it('keeps the ten rows in the seed’s own words', () => {
    expect(
      catalogue.entries.map((e) => [
        e.mode.name,
        e.text.frequency,
        e.text.timeToDetect,
        e.text.timeToRecover,
        e.impact,
        catalogue.levers.find((l) => l.lever.modeId === e.mode.id)!.lever.name,
      ]),
    ).toEqual(WHAT_ACTUALLY_BREAKS);
  });

  it('reads stale reads as no users affected, and says why', () => {
    const stale = catalogue.entries.filter((e) => e.impact === 'Stale reads');
    expect(stale.map((e) => e.mode.name)).toEqual(['CDC Lag', 'Replica Lag']);
    for (const e of stale) {
      expect(e.mode.usersAffected).toEqual({ best: 0 });
      expect(e.text.usersAffected).toBe('0 %');
      expect(e.reading).toMatch(/not downtime/);
    }
  });

  it('states a reading for every impact, and every row is complete', () => {
    for (const e of catalogue.entries) {
      expect(e.reading.length).toBeGreaterThan(20);
      expect(e.needs).toEqual([]);
    }
    expect(
      evaluateCatalogue(
        catalogue.entries.map((e) => e.mode),
        'seed',
      ).incompleteModeIds,
    ).toEqual([]);
  });

  it('suggests one lever per row from its mitigation: −50 % on one field, costs left as "cost needed"', () => {
    expect(catalogue.levers).toHaveLength(10);
    for (const { lever, text, rationale } of catalogue.levers) {
      expect(lever.oneTimeCost).toBeNull();
      expect(lever.annualRunCost).toBeNull();
      expect(text.oneTimeCost).toBe('');
      expect(text.annualRunCost).toBe('');
      const changed = FAILURE_MODE_FIELDS.filter((f) => lever.after[f] !== null);
      expect(changed).toHaveLength(1);
      expect(lever.after[changed[0]!]).toEqual({ kind: 'relative', percent: { best: -50 } });
      expect(text[changed[0]!]).toBe('−50 %');
      expect(rationale).toMatch(/placeholder/);
      const figures = evaluateLever(
        lever,
        catalogue.entries.map((e) => e.mode),
        'seed',
        { downtimeCostPerHour: 1, horizonYears: 3, discountRatePercent: 8 },
      );
      expect(figures.problems).toEqual([]);
      expect(figures.missingCosts).toEqual(['oneTimeCost', 'annualRunCost']);
      expect(figures.finance).toBeNull();
    }
  });

  it('is a fresh copy on every call', () => {
    const first = productionFailuresCatalogue();
    first.entries[0]!.mode.usersAffected!.best = 1;
    expect(productionFailuresCatalogue().entries[0]!.mode.usersAffected!.best).toBe(0.5);
  });
});

describe('"Root causes (seed)"', () => {
  it('keeps the five causes with their shares, examples and MTTRs as written', () => {
    expect(
      ROOT_CAUSES.map((c) => [
        c.category,
        new Dec(c.shareOfIncidents).times(100).toFixed(),
        c.examples,
        c.mttrText,
      ]),
    ).toEqual(ROOT_CAUSE_DISTRIBUTION);
    expect(ROOT_CAUSES.reduce((sum, c) => sum.plus(c.shareOfIncidents), new Dec(0)).eq(1)).toBe(true);
  });

  it.each([12, 40, 7])('with %s incidents a year, each cause happens share × that many times', (n) => {
    const catalogue = rootCausesCatalogue(n);
    expect(catalogue.incidentsPerYear).toBe(n);
    catalogue.entries.forEach((entry, i) => {
      const expected = new Dec(ROOT_CAUSES[i]!.shareOfIncidents).times(n);
      expect(incidentsPerYear(entry.mode.frequency!, 'seed').eq(expected)).toBe(true);
      expect(entry.text.frequency).toBe(`${expected.toFixed()} per year`);
    });
    const total = catalogue.entries.reduce(
      (sum, e) => sum.plus(incidentsPerYear(e.mode.frequency!, 'calendar')),
      new Dec(0),
    );
    expect(total.eq(n)).toBe(true);
  });

  it('defaults to 12 incidents a year', () => {
    expect(ROOT_CAUSES_DEFAULT_INCIDENTS_PER_YEAR).toBe(12);
    expect(failureCatalogue('root-causes-seed').incidentsPerYear).toBe(12);
  });

  it('detects in 5 minutes (the standard timeline) and reads each incident as a full outage', () => {
    for (const e of rootCausesCatalogue().entries) {
      expect(e.mode.timeToDetect).toEqual({ amount: { best: 5 }, unit: 'minute' });
      expect(e.text.timeToDetect).toBe('5min');
      expect(e.mode.usersAffected).toEqual({ best: 1 });
      expect(e.reading).toMatch(/T\+5min/);
    }
  });

  it('flags the external dependency’s “Out of control” MTTR until the user sets it; then totals appear', () => {
    const catalogue = rootCausesCatalogue(12);
    const external = catalogue.entries.find((e) => e.mode.id === 'external-dependency')!;
    expect(external.needs).toEqual(['timeToRecover']);
    expect(external.mode.timeToRecover).toBeNull();
    expect(external.text.timeToRecover).toBe('Out of control');
    const modes = catalogue.entries.map((e) => e.mode);
    const before = evaluateCatalogue(modes, 'seed');
    expect(before.incompleteModeIds).toEqual(['external-dependency']);
    expect(before.availabilityPercent).toBeNull();
    // Set to 2 hours: Σ share × 12 × (5 + MTTR minutes), by hand:
    // 4.2 × 50 + 3 × 155 + 2.4 × 305 + 1.8 × 125 + 0.6 × 27.5 = 210 + 465 + 732 + 225 + 16.5 = 1,648.5
    external.mode.timeToRecover = { amount: { best: 2 }, unit: 'hour' };
    const after = evaluateCatalogue(modes, 'seed');
    expect(after.badMinutesPerYear!.eq('1648.5')).toBe(true);
    expect(after.availabilityPercent!.eq(new Dec(1).minus(new Dec('1648.5').div(518_400)).times(100))).toBe(
      true,
    );
  });

  it('rootCauseFrequency multiplies exactly and writes no exponent', () => {
    expect(rootCauseFrequency('0.05', '0.0000001')).toEqual({
      text: '0.000000005 per year',
      value: { count: { best: 5e-9 }, per: 1, unit: 'year' },
    });
  });
});

describe('"Empty"', () => {
  it('has no rows and no levers; nothing is expected to break', () => {
    const catalogue = emptyCatalogue();
    expect(catalogue.entries).toEqual([]);
    expect(catalogue.levers).toEqual([]);
    expect(evaluateCatalogue([], 'seed').noDowntime).toBe(true);
  });
});
