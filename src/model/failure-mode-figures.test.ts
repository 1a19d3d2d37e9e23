import { describe, expect, it } from 'vitest';
import { Dec } from './decimal';
import {
  CATALOGUE_AVAILABILITY,
  FAILURE_MODE_FORMULAS,
  evaluateFailureModeGraph,
  leverFigureId,
  modeFigureId,
  planFigureId,
  shareFigureId,
  type FailureModeGraphInput,
} from './failure-mode-figures';
import {
  evaluateCatalogue,
  evaluateLever,
  evaluatePlan,
  type FailureMode,
  type Lever,
} from './failure-modes';

/*
 * Vectors: Google CRE's risk-analysis sheet on a 365-day year — deployment downtime every 7 days,
 * 0 + 3 min, 100 % → 156.43 bad minutes a year; minor defect every 21 days, 60 + 60 min, 2 % →
 * 41.71; the budget at 99.9 % is 525.6 minutes, of which the deployment row takes 29.76 %. A
 * dependency at 99.9 % joined as a row takes 0.1 % of the year (525.6 min). The lever's money figures
 * must equal failure-modes.ts's (`evaluateLever`, `evaluatePlan`) to the last digit.
 */

const mode = (
  id: string,
  name: string,
  days: number,
  detect: number,
  recover: number,
  share: number,
): FailureMode => ({
  id,
  name,
  frequency: { count: { best: 1 }, per: days, unit: 'day' },
  timeToDetect: { amount: { best: detect }, unit: 'minute' },
  timeToRecover: { amount: { best: recover }, unit: 'minute' },
  usersAffected: { best: share },
});
const modes = [mode('m1', 'Deployment downtime', 7, 0, 3, 1), mode('m2', 'Minor defect', 21, 60, 60, 0.02)];
const halve: Lever = {
  id: 'l1',
  name: 'Canary deploys',
  modeId: 'm1',
  after: {
    frequency: { kind: 'relative', percent: { best: -50 } },
    timeToDetect: null,
    timeToRecover: null,
    usersAffected: null,
  },
  oneTimeCost: 20_000,
  annualRunCost: 1_000,
};
const faster: Lever = {
  ...halve,
  id: 'l2',
  name: 'Faster rollback',
  after: {
    frequency: null,
    timeToDetect: null,
    timeToRecover: { kind: 'set', value: { amount: { best: 1 }, unit: 'minute' } },
    usersAffected: null,
  },
};
const economics = { downtimeCostPerHour: 120_000, horizonYears: 3, discountRatePercent: 8 };
const input: FailureModeGraphInput = {
  conventionId: 'calendar',
  modes,
  fixed: [
    {
      id: 'dependency.d1',
      name: 'Database',
      values: {
        incidentsPerYear: new Dec(1),
        minutesToDetect: new Dec(0),
        minutesToRecover: new Dec('525.6'),
        shareAffected: new Dec(1),
      },
    },
  ],
  levers: [halve, faster],
  planLeverIds: ['l1', 'l2'],
  targets: [{ id: 's1', label: '99.9 %', availabilityPercent: 99.9 }],
  economics,
};
const graph = evaluateFailureModeGraph(input);
const at = (id: Parameters<typeof graph.figure>[0]) => graph.figure(id).value!;

describe('the failure modes’ figures', () => {
  it.each([
    ['CRE sheet: deployment downtime', modeFigureId('m1', 'badMinutes'), '156.43'],
    ['CRE sheet: minor defect', modeFigureId('m2', 'badMinutes'), '41.71'],
    ['a 99.9 % dependency joined as a row', modeFigureId('dependency.d1', 'badMinutes'), '525.6'],
    ['CRE sheet: the budget at 99.9 %', 'failureModes.target.s1.budgetMinutes', '525.6'],
    ['CRE sheet: the deployment row’s share of it', shareFigureId('s1', 'm1'), '0.2976'],
  ] as const)('%s', (_source, id, expected) => {
    expect(at(id).toDecimalPlaces(expected.split('.')[1]!.length).toString()).toBe(expected);
  });

  it('adds every row, the dependency included, and gives the availability they imply', () => {
    const catalogue = evaluateCatalogue(modes, 'calendar', input.fixed);
    expect(at('failureModes.catalogue.badMinutes').toString()).toBe(catalogue.badMinutesPerYear!.toString());
    expect(at(CATALOGUE_AVAILABILITY).toString()).toBe(catalogue.availabilityPercent!.toString());
    const source = graph.figure(CATALOGUE_AVAILABILITY).source;
    expect(source.kind === 'formula' && source.terms.map((t) => t.figure)).toEqual([
      'failureModes.catalogue.badMinutes',
      'failureModes.minutesPerYear',
    ]);
    expect(FAILURE_MODE_FORMULAS.availability.symbols).toBe('100 · (1 − min(1, M ÷ Y))');
  });

  it.each(['badMinutesAvoided', 'annualSavings', 'netAnnualBenefit', 'paybackYears', 'npv', 'irr'] as const)(
    'gives each lever’s %s as evaluateLever does, and the plan’s as evaluatePlan does',
    (name) => {
      for (const lever of [halve, faster]) {
        const alone = evaluateLever(lever, modes, 'calendar', economics);
        const expected =
          name === 'badMinutesAvoided' || name === 'annualSavings'
            ? alone.avoided![name === 'badMinutesAvoided' ? 'badMinutesAvoidedPerYear' : 'annualSavings']
            : alone.finance![name];
        expect(at(leverFigureId(lever.id, name)).toString()).toBe(expected!.toString());
      }
      const plan = evaluatePlan([halve, faster], ['l1', 'l2'], modes, 'calendar', economics, input.fixed);
      const expected =
        name === 'badMinutesAvoided' || name === 'annualSavings'
          ? plan.avoided![name === 'badMinutesAvoided' ? 'badMinutesAvoidedPerYear' : 'annualSavings']
          : plan.finance![name];
      expect(at(planFigureId(name)).toString()).toBe(expected!.toString());
    },
  );

  it('sums the single levers beside the plan, which saves less when two levers share a mode', () => {
    const plan = evaluatePlan([halve, faster], ['l1', 'l2'], modes, 'calendar', economics, input.fixed);
    expect(at(planFigureId('sumOfSingleBadMinutesAvoided')).toString()).toBe(
      plan.sumOfSingleBadMinutesAvoidedPerYear!.toString(),
    );
    expect(at(planFigureId('badMinutesAvoided')).lt(at(planFigureId('sumOfSingleBadMinutesAvoided')))).toBe(
      true,
    );
    expect(at(planFigureId('oneTimeCost')).toString()).toBe(plan.investment!.toString());
    expect(graph.figure(planFigureId('annualRunCost'))).toMatchObject({ unit: 'money-per-year' });
    expect(at(planFigureId('annualRunCost')).toString()).toBe(plan.annualRunCost!.toString());
  });

  it('says why a lever without its cost has no money figures', () => {
    const g = evaluateFailureModeGraph({
      ...input,
      levers: [{ ...halve, oneTimeCost: null }],
      planLeverIds: [],
    });
    expect(g.figure(leverFigureId('l1', 'npv')).value).toBeNull();
    expect(g.figure(leverFigureId('l1', 'npv')).never).toMatch(/cost needed/);
  });
});
