import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../model/decimal';
import {
  evaluateCatalogue,
  evaluatePlan,
  FAILURE_MODE_FIELDS,
  midpoint,
  minutesPerYear,
  type Estimate,
  type FailureMode,
  type FixedMode,
  type Lever,
  type LeverAfter,
} from '../model/failure-modes';
import { PERIOD_CONVENTION_IDS, type PeriodConventionId } from '../model/periods';
import { SEED_EXAMPLE } from '../model/presets';
import {
  evaluateResultGraph,
  marginalFigureId,
  PLAN_SCENARIO_ID,
  scenarioFigureId,
  type FailureModeLevels,
} from '../model/result-graph';
import type { CalculatorInputs } from '../model/scenarios';
import { normalQuantile } from './special-functions';
import { PLAN_ID } from './sampled-model';
import { simulate, simulateRuns, type SimulationJob } from './simulate';
import type { SimulationFailureModes } from './sampled-failure-modes';
import { joinedDependencies } from './joined-dependencies';
import { evaluateDependencies } from '../model/dependencies';
import { dependencyModeRows } from '../model/dependency-figures';
import type { Dependency, DependencyTree } from '../model/dependency-tree';

/*
 * The failure modes inside the simulation. The twin test: with every field a point, the float64
 * twin's today, plan and NPVs equal the exact decimal.js model (evaluateCatalogue, evaluatePlan and
 * the result graph) within 1e-9 relative. The sampler tests compare percentiles with analytic
 * quantiles of the one uncertain field (a 90 % interval read as lognormal or uniform, issue 14).
 */

const RELATIVE = 1e-9;
const COST_RANGE = { low: 1_000_000, high: 5_000_000 };

const point = (best: number): Estimate => ({ best });
const range = (low: number, high: number): Estimate => ({ best: (low + high) / 2, low, high });

/** Google CRE risk sheet rows (issue 12): deployment every 7 days, 0 + 3 min, 100 %; minor defect every 21 days, 60 + 60 min, 2 %. */
function creModes(): FailureMode[] {
  return [
    {
      id: 'm1',
      name: 'Deployment failure',
      frequency: { count: point(1), per: 7, unit: 'day' },
      timeToDetect: { amount: point(0), unit: 'minute' },
      timeToRecover: { amount: point(3), unit: 'minute' },
      usersAffected: point(1),
    },
    {
      id: 'm2',
      name: 'Minor defect',
      frequency: { count: point(1), per: 21, unit: 'day' },
      timeToDetect: { amount: point(60), unit: 'minute' },
      timeToRecover: { amount: point(1), unit: 'hour' },
      usersAffected: point(0.02),
    },
  ];
}

const NONE: LeverAfter = { frequency: null, timeToDetect: null, timeToRecover: null, usersAffected: null };

function lever(id: string, modeId: string, after: Partial<LeverAfter>, oneTimeCost: number, run = 0): Lever {
  return { id, name: `Lever ${id}`, modeId, after: { ...NONE, ...after }, oneTimeCost, annualRunCost: run };
}

/** The levers with every range of a relative change collapsed onto its best estimate (low = high = best). */
function collapsed(levers: Lever[]): Lever[] {
  return levers.map((l) => {
    const after = { ...l.after };
    for (const field of FAILURE_MODE_FIELDS) {
      const change = after[field];
      if (change?.kind === 'relative') {
        const { best } = change.percent;
        (after as Record<string, unknown>)[field] = {
          kind: 'relative',
          percent: { best, low: best, high: best },
        };
      }
    }
    return { ...l, after };
  });
}

/** The exact levels the comparison takes (state/failure-modes-reading.ts does the same from texts). */
function exactLevels(
  modes: FailureMode[],
  levers: Lever[],
  inputs: CalculatorInputs,
  baselineFromModes: boolean,
  fixed: FixedMode[] = [],
): FailureModeLevels {
  const economics = {
    downtimeCostPerHour: inputs.downtimeCostPerHour,
    horizonYears: inputs.horizonYears,
    discountRatePercent: inputs.discountRatePercent,
  };
  const plan = evaluatePlan(
    levers,
    levers.map((l) => l.id),
    modes,
    inputs.periodConvention,
    economics,
    fixed,
  );
  return {
    baselineAvailabilityPercent: baselineFromModes
      ? evaluateCatalogue(modes, inputs.periodConvention, fixed).availabilityPercent
      : null,
    plan: {
      availabilityPercent: plan.catalogueAfter.availabilityPercent!,
      investment: plan.investment!,
      annualRunCost: plan.annualRunCost!,
    },
  };
}

function expectClose(twin: number, exact: Dec | null, what: string, scale = 0) {
  expect(exact, what).not.toBeNull();
  const reference = exact!.toNumber();
  const tolerance = RELATIVE * Math.max(Math.abs(reference), scale);
  expect(Math.abs(twin - reference), `${what}: twin ${twin}, exact ${exact!.toString()}`).toBeLessThanOrEqual(
    tolerance,
  );
}

/** The twin against the exact graph: today's and the plan's availability, every annual downtime cost and NPV. */
function expectTwin(
  inputs: CalculatorInputs,
  modes: FailureMode[],
  levers: Lever[],
  baselineFromModes: boolean,
  fixed: FixedMode[] = [],
  twinLevers: Lever[] = levers,
  tree: DependencyTree | null = null,
) {
  // The fixed rows' minutes as simulation-job.ts hands them over: plain numbers; a row of `tree` that
  // holds a dependency given as a range goes to the twin as its part of the tree, drawn in every run.
  const { fixedMinutesPerYear, uncertainDependencies } = joinedDependencies(
    tree,
    fixed.map(({ id, values: v }) => ({
      id,
      minutesPerYear: v.incidentsPerYear
        .mul(v.minutesToDetect.add(v.minutesToRecover))
        .mul(v.shareAffected)
        .toNumber(),
    })),
  );
  if (tree !== null) expect(uncertainDependencies.length, 'rows drawn in every run').toBeGreaterThan(0);
  const failureModes: SimulationFailureModes = {
    modes,
    baselineFromModes,
    planLevers: twinLevers,
    ...(fixedMinutesPerYear > 0 ? { fixedMinutesPerYear } : {}),
    ...(uncertainDependencies.length > 0 ? { uncertainDependencies } : {}),
  };
  // Every range collapsed onto its best estimate: the sampled path end to end, nothing uncertain.
  const job: SimulationJob = {
    inputs,
    ranges: {
      downtimeCostPerHour: {
        low: inputs.downtimeCostPerHour,
        high: inputs.downtimeCostPerHour,
        shape: 'lognormal',
      },
    },
    runs: 3,
    seed: 'twin',
    failureModes,
  };
  const { results } = simulateRuns(job);
  const graph = evaluateResultGraph(
    inputs,
    COST_RANGE,
    exactLevels(modes, levers, inputs, baselineFromModes, fixed),
  );
  const value = (id: Parameters<typeof graph.figure>[0]) => graph.figure(id).value;
  const ids = [...inputs.scenarios.map((s) => s.id), PLAN_SCENARIO_ID];
  expect(results.scenarios.map((s) => s.id)).toEqual(ids);
  for (let run = 0; run < job.runs; run += 1) {
    expectClose(
      100 * (1 - results.baseline.unavailability[run]!),
      value('baseline.availabilityPercent'),
      'today’s availability',
    );
    expectClose(
      results.baseline.annualDowntimeCost[run]!,
      value('baseline.annualDowntimeCost'),
      'today’s cost',
    );
    results.scenarios.forEach((scenario) => {
      const at = (column: Float64Array) => column[run]!;
      const terms = Math.max(
        Math.abs(value(scenarioFigureId(scenario.id, 'investment'))!.toNumber()),
        Math.abs(value(scenarioFigureId(scenario.id, 'annualSavings'))!.toNumber()) * 30,
        1,
      );
      expectClose(
        100 * (1 - at(scenario.unavailability)),
        value(scenarioFigureId(scenario.id, 'availabilityPercent')),
        `${scenario.id} availability`,
      );
      expectClose(
        at(scenario.vsBaseline.investment),
        value(scenarioFigureId(scenario.id, 'investment')),
        `${scenario.id} investment`,
        terms,
      );
      expectClose(
        at(scenario.vsBaseline.npv),
        value(scenarioFigureId(scenario.id, 'npv')),
        `${scenario.id} NPV`,
        terms,
      );
      const marginalTerms = Math.max(
        terms,
        Math.abs(value(marginalFigureId(scenario.id, 'investment'))!.toNumber()),
        Math.abs(value(marginalFigureId(scenario.id, 'annualSavings'))!.toNumber()) * 30,
      );
      expectClose(
        at(scenario.marginal.npv),
        value(marginalFigureId(scenario.id, 'npv')),
        `${scenario.id} marginal NPV`,
        marginalTerms,
      );
    });
  }
}

describe('the failure modes in the float64 twin, every field a point', () => {
  it('uses the result graph’s id for the plan', () => {
    expect(PLAN_ID).toBe(PLAN_SCENARIO_ID);
  });

  it('equals the exact model for the CRE rows, with levers on one mode combined and one on another', () => {
    const levers = [
      lever('l1', 'm1', { frequency: { kind: 'relative', percent: point(-50) } }, 20_000, 1_000),
      lever(
        'l2',
        'm1',
        { timeToRecover: { kind: 'set', value: { amount: point(1), unit: 'minute' } } },
        5_000,
      ),
      lever('l3', 'm2', { usersAffected: { kind: 'set', value: point(0.01) } }, 7_500, 500),
    ];
    for (const periodConvention of PERIOD_CONVENTION_IDS) {
      const inputs = { ...SEED_EXAMPLE, periodConvention };
      expectTwin(inputs, creModes(), levers, true);
      expectTwin(inputs, creModes(), levers, false);
    }
  });

  it('equals the exact model with relative changes typed as ranges, each collapsed onto its best estimate', () => {
    // The exact model uses the best estimate (the midpoint) and ignores the ends; the twin gets the
    // same changes with their ends on the best estimate, so nothing is drawn.
    const levers = [
      lever('l1', 'm1', { frequency: { kind: 'relative', percent: range(-60, -30) } }, 20_000, 1_000),
      lever('l2', 'm1', { timeToRecover: { kind: 'relative', percent: range(-20, 10) } }, 5_000),
      lever('l3', 'm2', { usersAffected: { kind: 'relative', percent: range(-90, -50) } }, 7_500, 500),
    ];
    for (const periodConvention of PERIOD_CONVENTION_IDS) {
      const inputs = { ...SEED_EXAMPLE, periodConvention };
      expectTwin(inputs, creModes(), levers, true, [], collapsed(levers));
      expectTwin(inputs, creModes(), levers, false, [], collapsed(levers));
    }
  });

  it('equals the exact model with dependencies joined to the catalogue as fixed rows', () => {
    // Treynor et al.'s five critical dependencies at 99.999 % (their downtime a year each) and one at
    // 99.9 %, as dependency-figures.ts joins them: once a year, recovered after their minutes, all users.
    const fixedRow = (id: string, availabilityPercent: number, convention: PeriodConventionId): FixedMode => {
      const year = minutesPerYear(convention);
      return {
        id: `dependency.${id}`,
        name: id,
        values: {
          incidentsPerYear: Dec(1),
          minutesToDetect: Dec(0),
          minutesToRecover: Dec(100).sub(availabilityPercent).div(100).mul(year),
          shareAffected: Dec(1),
        },
      };
    };
    const levers = [
      lever('l1', 'm1', { frequency: { kind: 'relative', percent: point(-50) } }, 20_000, 1_000),
    ];
    for (const periodConvention of PERIOD_CONVENTION_IDS) {
      const inputs = { ...SEED_EXAMPLE, periodConvention };
      const fixed = [
        ...['a', 'b', 'c', 'd', 'e'].map((id) => fixedRow(id, 99.999, periodConvention)),
        fixedRow('queue', 99.9, periodConvention),
      ];
      expectTwin(inputs, creModes(), levers, true, fixed);
    }
  });

  it('equals the exact model with dependencies given as ranges collapsed to a point, in series, redundant and in regions', () => {
    // Issue 13's vectors as a tree: a 99.95 % web app; "database or queue" (99.99 %, 99.9 %) with a
    // 10 % common-cause share; two regions of a 99.95 % web tier behind a 99.99 % router, 5 % common
    // cause; and Treynor et al.'s 99.999 % dependency. Every availability but the queue's a range whose
    // two ends are equal: the twin draws them (the sampled path), the exact rows read the point.
    const collapsed = (id: string, name: string, percent: number): Dependency => ({
      kind: 'dependency',
      id,
      name,
      availabilityPercent: percent,
      availabilityRange: { low: percent, high: percent },
    });
    const tree: DependencyTree = {
      kind: 'all-of',
      id: 'n0',
      name: 'All dependencies',
      children: [
        collapsed('n1', 'Web app', 99.95),
        {
          kind: 'any-of',
          id: 'n2',
          name: 'Database or queue',
          commonCauseSharePercent: 10,
          children: [
            collapsed('n3', 'Database', 99.99),
            { kind: 'dependency', id: 'n4', name: 'Queue', availabilityPercent: 99.9 },
          ],
        },
        {
          kind: 'regions',
          id: 'n5',
          name: 'Regions',
          regionCount: 2,
          commonCauseSharePercent: 5,
          router: collapsed('n6', 'Router', 99.99),
          children: [collapsed('n7', 'Web tier', 99.95)],
        },
        collapsed('n8', 'Identity', 99.999),
      ],
    };
    const levers = [
      lever('l1', 'm1', { frequency: { kind: 'relative', percent: point(-50) } }, 20_000, 1_000),
    ];
    for (const periodConvention of PERIOD_CONVENTION_IDS) {
      const inputs = { ...SEED_EXAMPLE, periodConvention };
      const fixed = dependencyModeRows(evaluateDependencies(tree), periodConvention);
      expect(fixed.map((row) => row.id)).toEqual([
        'dependency.n1',
        'dependency.n2',
        'dependency.n6',
        'dependency.n5',
        'dependency.n8',
      ]);
      expectTwin(inputs, creModes(), levers, true, fixed, levers, tree);
      expectTwin(inputs, creModes(), levers, false, fixed, levers, tree);
    }
  });

  it('equals the exact model over generated catalogues and plans', () => {
    const estimate = (max: number) =>
      fc.double({ min: 0, max, noNaN: true }).map((x) => point(Number(x.toFixed(3))));
    const mode = (id: string) =>
      fc.record({
        id: fc.constant(id),
        name: fc.constant(`Mode ${id}`),
        frequency: fc.record({
          count: estimate(20).map((e) => ({ best: e.best + 0.5 })),
          per: fc.integer({ min: 1, max: 30 }),
          unit: fc.constantFrom('year', 'quarter', 'month', 'week', 'day' as const),
        }),
        timeToDetect: fc.record({ amount: estimate(60), unit: fc.constantFrom('second', 'minute' as const) }),
        timeToRecover: fc.record({ amount: estimate(8), unit: fc.constantFrom('minute', 'hour' as const) }),
        usersAffected: fc.double({ min: 0.001, max: 1, noNaN: true }).map((x) => point(Number(x.toFixed(3)))),
      }) as fc.Arbitrary<FailureMode>;
    // A relative change typed as one figure or as a range ("−30 % to −60 %": best = the midpoint).
    const relative = (min: number, max: number) =>
      fc
        .oneof(
          fc.integer({ min, max }).map((p) => point(p)),
          fc
            .tuple(fc.integer({ min, max }), fc.integer({ min, max }))
            .filter(([a, b]) => a !== b)
            .map(([a, b]) => ({
              best: midpoint(Math.min(a, b), Math.max(a, b)),
              low: Math.min(a, b),
              high: Math.max(a, b),
            })),
        )
        .map((percent) => ({ kind: 'relative' as const, percent }));
    const after = fc.record({
      frequency: fc.option(relative(-90, 0)),
      timeToDetect: fc.option(
        estimate(30).map((amount) => ({ kind: 'set' as const, value: { amount, unit: 'minute' as const } })),
      ),
      timeToRecover: fc.option(relative(-80, 20)),
      usersAffected: fc.option(relative(-90, 0)),
    });
    fc.assert(
      fc.property(
        fc.tuple(mode('m1'), mode('m2'), mode('m3')),
        fc.array(fc.tuple(fc.constantFrom('m1', 'm2', 'm3'), after, fc.integer({ min: 0, max: 200_000 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom(...PERIOD_CONVENTION_IDS),
        fc.boolean(),
        (modes, planned, periodConvention: PeriodConventionId, fromModes) => {
          const levers = planned.map(([modeId, changes, cost], i) => lever(`l${i}`, modeId, changes, cost));
          const inputs = { ...SEED_EXAMPLE, periodConvention };
          const exact = evaluateCatalogue(modes, periodConvention).availabilityPercent!;
          const after = exactLevels(modes, levers, inputs, false).plan!.availabilityPercent;
          // The comparison takes a level only strictly between 0 % and 100 %.
          fc.pre(exact.gt(0) && exact.lt(100) && after.gt(0) && after.lt(100));
          expectTwin(inputs, modes, levers, fromModes, [], collapsed(levers));
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** Standard normal quantiles (Abramowitz & Stegun ch. 26: 1.2816 and 1.6449). */
const Z10 = normalQuantile(0.1);
const Z90 = normalQuantile(0.9);
const Z95 = normalQuantile(0.95);

/** Lognormal 90 % interval low–high: its p-quantile (issue 14: μ = (ln lo + ln hi)/2, σ = (ln hi − ln lo)/(2 × 1.6449)). */
function lognormalQuantile(low: number, high: number, z: number): number {
  const mu = (Math.log(low) + Math.log(high)) / 2;
  const sigma = (Math.log(high) - Math.log(low)) / (2 * Z95);
  return Math.exp(mu + sigma * z);
}

function oneModeJob(mode: FailureMode, levers: Lever[] | null = null, inputs = SEED_EXAMPLE): SimulationJob {
  return {
    inputs,
    ranges: {},
    runs: 10_000,
    seed: 'nines',
    failureModes: { modes: [mode], baselineFromModes: true, planLevers: levers },
  };
}

function expectWithin(shown: number, analytic: number, share: number, what: string) {
  expect(Math.abs(shown / analytic - 1), `${what}: ${shown} against ${analytic}`).toBeLessThan(share);
}

describe('the sampler of the failure modes’ ranges', () => {
  // One mode; its frequency "1-2 per year" a lognormal 90 % interval; 5 + 25 minutes; 50 % of users.
  // Bad minutes = incidents × 30 × 0.5, so today's annual downtime cost = incidents × 15 / 60 × cost:
  // its quantiles are the frequency's quantiles times fixed minutes, share and cost.
  const mode: FailureMode = {
    id: 'm1',
    name: 'Deployment failure',
    frequency: { count: range(1, 2), per: 1, unit: 'year' },
    timeToDetect: { amount: point(5), unit: 'minute' },
    timeToRecover: { amount: point(25), unit: 'minute' },
    usersAffected: point(0.5),
  };
  const perIncident = ((5 + 25) * 0.5 * SEED_EXAMPLE.downtimeCostPerHour) / 60;

  it.each([
    ['P10', 'p10', Z10],
    ['P50', 'p50', 0],
    ['P90', 'p90', Z90],
  ] as const)(
    'today’s annual downtime cost at %s = the frequency’s quantile × minutes × share × cost',
    (_, key, z) => {
      const summary = simulate(oneModeJob(mode));
      expectWithin(
        summary.baseline.annualDowntimeCost[key],
        lognormalQuantile(1, 2, z) * perIncident,
        0.02,
        key,
      );
      expect(summary.inputs.map((i) => [i.key, i.label, i.unit, i.range.shape])).toEqual([
        ['modes.m1.frequency', 'Frequency of Deployment failure', 'incidents-per-year', 'lognormal'],
      ]);
    },
  );

  it('converts a range per month through the convention’s year: "2-3 per month" is 24–36 a year', () => {
    const monthly = { ...mode, frequency: { count: range(2, 3), per: 1, unit: 'month' as const } };
    const summary = simulate(oneModeJob(monthly, null, { ...SEED_EXAMPLE, periodConvention: 'calendar' }));
    expect(summary.inputs[0]!.range).toEqual({ low: 24, high: 36, shape: 'lognormal' });
    expectWithin(
      summary.baseline.annualDowntimeCost.p50,
      lognormalQuantile(24, 36, 0) * perIncident,
      0.02,
      'P50',
    );
  });

  it('reads a range from 0 ("<10 %" users) as uniform, its 90 % in the middle of the support', () => {
    const few = {
      ...mode,
      frequency: { count: point(2), per: 1, unit: 'year' as const },
      usersAffected: range(0, 0.1),
    };
    const summary = simulate(oneModeJob(few));
    expect(summary.inputs[0]!.range.shape).toBe('uniform');
    // Uniform with the 5th and 95th percentiles on 0 and 0.1: width 0.1 / 0.9, from −0.05 × width.
    const width = 0.1 / 0.9;
    const share = (p: number) => -0.05 * width + p * width;
    const perShare = (2 * 30 * SEED_EXAMPLE.downtimeCostPerHour) / 60;
    expectWithin(summary.baseline.annualDowntimeCost.p50, share(0.5) * perShare, 0.02, 'P50');
    expectWithin(summary.baseline.annualDowntimeCost.p90, share(0.9) * perShare, 0.02, 'P90');
  });

  it('draws a mode’s field once a run for today and the plan: a lever that sets the recovery scales every run', () => {
    // Recovery after the lever 10 min instead of 25: bad minutes a run fall from 30 to 15 per incident.
    const faster = lever(
      'l1',
      'm1',
      { timeToRecover: { kind: 'set', value: { amount: point(10), unit: 'minute' } } },
      1_000,
    );
    const { results } = simulateRuns(oneModeJob(mode, [faster]));
    const plan = results.scenarios.find((s) => s.id === PLAN_ID)!;
    for (let i = 0; i < results.runs; i += 1)
      expect(plan.unavailability[i]! / results.baseline.unavailability[i]!).toBeCloseTo(15 / 30, 12);
    expect(plan.label).toBe('Plan');
  });

  it('samples a lever’s value after when it reads as a range, named by the lever', () => {
    const faster = lever(
      'l1',
      'm1',
      { timeToRecover: { kind: 'set', value: { amount: range(5, 15), unit: 'minute' } } },
      1_000,
    );
    const summary = simulate(
      oneModeJob({ ...mode, frequency: { count: point(12), per: 1, unit: 'year' } }, [faster]),
    );
    expect(summary.inputs.map((i) => i.label)).toEqual(['Time to recover after Lever l1']);
    const plan = summary.scenarios.find((s) => s.id === PLAN_ID)!;
    // 12 incidents × (5 + recovery) min × 50 %, the recovery lognormal 5–15 min.
    const costOf = (recover: number) => (12 * (5 + recover) * 0.5 * SEED_EXAMPLE.downtimeCostPerHour) / 60;
    expectWithin(plan.annualDowntimeCost.p10, costOf(lognormalQuantile(5, 15, Z10)), 0.02, 'P10');
    expectWithin(plan.annualDowntimeCost.p90, costOf(lognormalQuantile(5, 15, Z90)), 0.02, 'P90');
    expect(plan.vsBaseline.tornado.bars.map((bar) => bar.label)).toEqual(['Time to recover after Lever l1']);
  });

  it.each([
    ['a cut, "−30 % to −60 %"', range(-60, -30)],
    ['a rise, "+10 % to +20 %"', range(10, 20)],
  ])('samples a lever’s relative change typed as a range, %s, as uniform in percent', (_, percent) => {
    const cut = lever('l1', 'm1', { timeToRecover: { kind: 'relative', percent } }, 1_000);
    const summary = simulate(
      oneModeJob({ ...mode, frequency: { count: point(12), per: 1, unit: 'year' } }, [cut]),
    );
    expect(summary.inputs.map((i) => [i.key, i.label, i.unit, i.range])).toEqual([
      [
        'levers.l1.timeToRecover',
        'Time to recover after Lever l1',
        'percent-change',
        { low: percent.low, high: percent.high, shape: 'uniform' },
      ],
    ]);
    // Uniform with its 5th and 95th percentiles on the ends: width (high − low) / 0.9, from low − 0.05 × width.
    const width = (percent.high! - percent.low!) / 0.9;
    const change = (p: number) => percent.low! - 0.05 * width + p * width;
    // 12 incidents × (5 + 25 min × (1 + change / 100)) × 50 %: the plan's cost rises with the change.
    const costOf = (pct: number) =>
      (12 * (5 + 25 * (1 + pct / 100)) * 0.5 * SEED_EXAMPLE.downtimeCostPerHour) / 60;
    const plan = summary.scenarios.find((s) => s.id === PLAN_ID)!;
    expectWithin(plan.annualDowntimeCost.p10, costOf(change(0.1)), 0.02, 'P10');
    expectWithin(plan.annualDowntimeCost.p50, costOf(change(0.5)), 0.02, 'P50');
    expectWithin(plan.annualDowntimeCost.p90, costOf(change(0.9)), 0.02, 'P90');
    expect(plan.vsBaseline.tornado.bars.map((bar) => bar.label)).toEqual(['Time to recover after Lever l1']);
  });

  it('lists each uncertain field in the tornado by name, the widest swing first', () => {
    const two = { ...mode, timeToRecover: { amount: range(10, 60), unit: 'minute' as const } };
    const faster = lever(
      'l1',
      'm1',
      { timeToRecover: { kind: 'set', value: { amount: point(5), unit: 'minute' } } },
      1_000,
    );
    const summary = simulate(oneModeJob(two, [faster]));
    const bars = summary.scenarios.find((s) => s.id === PLAN_ID)!.vsBaseline.tornado.bars;
    expect(bars.map((bar) => bar.label).sort()).toEqual([
      'Frequency of Deployment failure',
      'Time to recover from Deployment failure',
    ]);
    expect(bars[0]!.swing).toBeGreaterThanOrEqual(bars[1]!.swing);
    expect(bars.every((bar) => bar.swing > 0)).toBe(true);
  });

  it('samples a planned lever’s cost typed as a range, and the plan costs the sum of its levers in every run', () => {
    const faster = {
      ...lever(
        'l1',
        'm1',
        { timeToRecover: { kind: 'set', value: { amount: point(10), unit: 'minute' } } },
        65_000,
      ),
      costRanges: { oneTimeCost: { low: 50_000, high: 80_000 } },
    };
    const other = lever(
      'l2',
      'm1',
      { timeToDetect: { kind: 'set', value: { amount: point(1), unit: 'minute' } } },
      10_000,
    );
    const job = oneModeJob({ ...mode, frequency: { count: point(12), per: 1, unit: 'year' } }, [
      faster,
      other,
    ]);
    const { results, draws } = simulateRuns(job);
    const summary = simulate(job);
    expect(summary.inputs.map((i) => [i.label, i.unit, i.range])).toEqual([
      ['One-time cost of Lever l1', 'money', { low: 50_000, high: 80_000, shape: 'lognormal' }],
    ]);
    const cost = draws.get('levers.l1.oneTimeCost')!;
    const investment = results.scenarios.find((s) => s.id === PLAN_ID)!.vsBaseline.investment;
    for (let i = 0; i < results.runs; i += 1) expect(investment[i]).toBeCloseTo(cost[i]! + 10_000, 6);
    // Lognormal 50,000–80,000: median √(50,000 × 80,000).
    const sorted = [...cost].sort((a, b) => a - b);
    expectWithin(sorted[results.runs / 2]!, Math.sqrt(50_000 * 80_000), 0.02, 'median cost');
  });

  it('keeps a share of users within 100 % when a lognormal range reaches it (SEV2: 50–100 %)', () => {
    const sev2 = { ...mode, usersAffected: range(0.5, 1) };
    const { draws } = simulateRuns(oneModeJob(sev2));
    const shares = draws.get('modes.m1.usersAffected')!;
    expect(Math.max(...shares)).toBe(1);
    expect(Math.min(...shares)).toBeGreaterThan(0);
  });
});

describe('common random numbers across levers', () => {
  it('a lever never ranks worse than a strictly weaker copy of itself, in every run', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.string({ maxLength: 8 }),
        fc.integer({ min: -90, max: -1 }),
        fc.integer({ min: 1, max: 50 }),
        (recoverAfter, weaker, extraCost, cost, seed, cutLow, cutWidth) => {
          // The mode's frequency and recovery are ranges, and so is the cost per hour.
          const base: FailureMode = {
            id: 'm1',
            name: 'Deployment failure',
            frequency: { count: range(2, 20), per: 1, unit: 'year' },
            timeToDetect: { amount: range(1, 10), unit: 'minute' },
            timeToRecover: { amount: range(60, 240), unit: 'minute' },
            usersAffected: point(0.5),
          };
          const at = (minutes: number, price: number) =>
            lever(
              'l',
              'm1',
              { timeToRecover: { kind: 'set', value: { amount: point(minutes), unit: 'minute' } } },
              price,
            );
          // The same as a relative change typed as a range: a cut of cutLow to cutLow + cutWidth percent.
          const cutBy = (low: number, price: number) =>
            lever(
              'l',
              'm1',
              { timeToRecover: { kind: 'relative', percent: range(low, low + cutWidth) } },
              price,
            );
          const job = (levers: Lever[]): SimulationJob => ({
            inputs: SEED_EXAMPLE,
            ranges: { downtimeCostPerHour: { ...COST_RANGE, shape: 'lognormal' } },
            runs: 500,
            seed,
            failureModes: { modes: [base], baselineFromModes: true, planLevers: levers },
          });
          const strong = simulateRuns(job([at(recoverAfter, cost)])).results;
          // Weaker: a longer recovery after, or the same at a higher price.
          const weak = simulateRuns(job([at(recoverAfter + weaker, cost)])).results;
          const dearer = simulateRuns(job([at(recoverAfter, cost + extraCost)])).results;
          const npv = (results: typeof strong) =>
            results.scenarios.find((s) => s.id === PLAN_ID)!.vsBaseline.npv;
          // Weaker cuts: the range moved up by `weaker` points (a smaller cut), or the same dearer.
          const strongCut = simulateRuns(job([cutBy(cutLow, cost)])).results;
          const weakCut = simulateRuns(job([cutBy(cutLow + weaker, cost)])).results;
          const dearerCut = simulateRuns(job([cutBy(cutLow, cost + extraCost)])).results;
          for (let i = 0; i < 500; i += 1) {
            expect(npv(strong)[i]!).toBeGreaterThan(npv(weak)[i]!);
            expect(npv(strong)[i]!).toBeGreaterThan(npv(dearer)[i]!);
            expect(npv(strongCut)[i]!).toBeGreaterThan(npv(weakCut)[i]!);
            expect(npv(strongCut)[i]!).toBeGreaterThan(npv(dearerCut)[i]!);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
