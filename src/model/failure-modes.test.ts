import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from './decimal';
import {
  DEFAULT_MODE_CAP,
  NO_CHANGE,
  applyLever,
  badMinutesPerYear,
  budgetFigures,
  combineLevers,
  durationMinutes,
  errorBudgetMinutesPerYear,
  evaluateCatalogue,
  evaluateLever,
  evaluatePlan,
  failureModeProblems,
  incidentsPerYear,
  leverProblems,
  midpoint,
  minutesPerYear,
  modeBadMinutesPerYear,
  modeValues,
  rankLeversByNpv,
  type Duration,
  type FailureMode,
  type Frequency,
  type FrequencyUnit,
  type Lever,
  type LeverAfter,
  type LeverEconomics,
  type ModeValues,
} from './failure-modes';
import { PERIOD_CONVENTION_IDS } from './periods';

const minutes = (best: number): Duration => ({ amount: { best }, unit: 'minute' });
const every = (per: number, unit: FrequencyUnit, count = 1): Frequency => ({
  count: { best: count },
  per,
  unit,
});

/*
 * Google Customer Reliability Engineering's risk-analysis sheet: expected bad minutes a year per risk =
 * frequency × (time to detect + time to resolve) × share of users affected, stack-ranked against each
 * target's error budget, with a risk flagged when it takes more than 25 % of the budget (the sheet's
 * default, "Max % of budget for a single risk"). Sources: Matt Brown, "Know thy enemy: how to prioritize
 * and communicate risks — CRE life lessons", Google Cloud blog, 23 May 2017
 * (https://cloud.google.com/blog/products/gcp/know-thy-enemy-how-to-prioritize-and-communicate-risks-cre-life-lessons);
 * Ayelet Sachto, "Are your SLOs realistic? How to analyze your risks like an SRE", Google Cloud blog,
 * 4 May 2022; Google Cloud's Coursera course "Site Reliability Engineering: Measuring and Managing
 * Reliability", lesson "Analyzing risk" (the 25 % default). The two rows and their figures are the
 * sheet's example rows as quoted in issue 12, on its 365-day year:
 *   deployment downtime: every 7 days, 0 + 3 min, 100 % → 156.43 bad minutes a year
 *   minor defect:        every 21 days, 60 + 60 min, 2 % → 41.71
 *   budget at 99.9 %: 525.6 minutes a year; the 25 % cap (131.4 min) flags the first row only.
 * By hand: 365 / 7 × 3 = 156.428…; 365 / 21 × 120 × 0.02 = 41.714…; 0.001 × 525,600 = 525.6.
 */
const deployment: FailureMode = {
  id: 'deploy',
  name: 'Deployment downtime',
  frequency: every(7, 'day'),
  timeToDetect: minutes(0),
  timeToRecover: minutes(3),
  usersAffected: { best: 1 },
};
const minorDefect: FailureMode = {
  id: 'defect',
  name: 'Minor defect',
  frequency: every(21, 'day'),
  timeToDetect: minutes(60),
  timeToRecover: minutes(60),
  usersAffected: { best: 0.02 },
};
const creSheet = [deployment, minorDefect];

describe('bad minutes a year against the Google CRE risk sheet (365-day year)', () => {
  it.each([
    ['deployment downtime', deployment, '156.43'],
    ['minor defect', minorDefect, '41.71'],
  ])('%s → %s', (_label, mode, expected) => {
    expect(modeBadMinutesPerYear(mode, 'calendar')!.toFixed(2)).toBe(expected);
  });

  it('budget at 99.9 % = 525.6 minutes a year, exactly', () => {
    expect(errorBudgetMinutesPerYear(99.9, 'calendar').eq('525.6')).toBe(true);
  });

  it('the 25 % cap flags the deployment row (29.76 % of the budget) and not the minor defect (7.94 %)', () => {
    const budget = budgetFigures(evaluateCatalogue(creSheet, 'calendar'), 99.9);
    expect(budget.capShare.eq(DEFAULT_MODE_CAP)).toBe(true);
    expect(budget.capMinutesPerYear.eq('131.4')).toBe(true);
    expect(budget.overCapModeIds).toEqual(['deploy']);
    expect(budget.modes.map((m) => [m.id, m.shareOfBudget!.times(100).toFixed(2), m.overCap])).toEqual([
      ['deploy', '29.76', true],
      ['defect', '7.94', false],
    ]);
    expect(budget.rankedModeIds).toEqual(['deploy', 'defect']);
  });

  it('the catalogue fits 99.9 % and misses 99.99 % by the factor total ÷ budget', () => {
    const catalogue = evaluateCatalogue(creSheet, 'calendar');
    // Σ = 365 × (3/7 + 2.4/21) = 4161/21 minutes a year.
    const total = new Dec(4161).div(21);
    expect(catalogue.badMinutesPerYear!.minus(total).abs().lt('1e-30')).toBe(true);
    const at999 = budgetFigures(catalogue, 99.9);
    expect(at999.fits).toBe(true);
    expect(at999.missFactor).toBeNull();
    expect(at999.unallocatedMinutesPerYear!.minus(new Dec('525.6').minus(total)).abs().lt('1e-30')).toBe(
      true,
    );
    const at9999 = budgetFigures(catalogue, 99.99);
    expect(at9999.budgetMinutesPerYear.eq('52.56')).toBe(true);
    expect(at9999.fits).toBe(false);
    expect(at9999.missFactor!.minus(total.div('52.56')).abs().lt('1e-30')).toBe(true);
    expect(at9999.missFactor!.toFixed(2)).toBe('3.77');
    // At 99.99 % both rows are over the cap (13.14 min), largest first.
    expect(at9999.overCapModeIds).toEqual(['deploy', 'defect']);
  });

  it('downtime hours and the availability they imply', () => {
    const catalogue = evaluateCatalogue(creSheet, 'calendar');
    const total = new Dec(4161).div(21);
    expect(catalogue.downtimeHoursPerYear!.minus(total.div(60)).abs().lt('1e-30')).toBe(true);
    // 1 − (4161/21) / 525,600, in percent: 99.96230…
    const expected = new Dec(1).minus(total.div(525_600)).times(100);
    expect(catalogue.availabilityPercent!.minus(expected).abs().lt('1e-30')).toBe(true);
    expect(catalogue.availabilityPercent!.toFixed(5)).toBe('99.96230');
  });
});

describe('period conventions', () => {
  it.each([
    ['seed', 518_400],
    ['calendar', 525_600],
    ['gregorian', 525_949.2],
  ] as const)('minutes in a year under %s: %s', (id, expected) => {
    expect(minutesPerYear(id).eq(expected)).toBe(true);
  });

  it.each([
    // per month, per quarter: the same under every convention
    [every(1, 'month', 2.5), 30, 30, 30],
    [every(1, 'quarter'), 4, 4, 4],
    // every 7 days: days a year ÷ 7
    [
      every(7, 'day'),
      '51.42857142857142857142857142857142857143',
      '52.14285714285714285714285714285714285714',
      '52.1775',
    ],
    // hourly: days × 24
    [every(1, 'hour'), 8640, 8760, '8765.82'],
    // plain per year
    [every(1, 'year', 52), 52, 52, 52],
    // every 2 years
    [every(2, 'year'), '0.5', '0.5', '0.5'],
  ] as const)(
    '%j → %s / %s / %s incidents a year (seed / 365 / Gregorian)',
    (frequency, seed, calendar, gregorian) => {
      expect(incidentsPerYear(frequency, 'seed').eq(seed)).toBe(true);
      expect(incidentsPerYear(frequency, 'calendar').eq(calendar)).toBe(true);
      expect(incidentsPerYear(frequency, 'gregorian').eq(gregorian)).toBe(true);
    },
  );

  it.each([
    ['seed', '518.4'],
    ['calendar', '525.6'],
    ['gregorian', '525.9492'],
  ] as const)('the budget at 99.9 %% takes the catalogue’s own year (%s): %s minutes', (id, expected) => {
    expect(errorBudgetMinutesPerYear(99.9, id).eq(expected)).toBe(true);
    expect(budgetFigures(evaluateCatalogue(creSheet, id), 99.9).budgetMinutesPerYear.eq(expected)).toBe(true);
  });

  it.each([
    [{ amount: { best: 30 }, unit: 'second' }, '0.5'],
    [{ amount: { best: 2.5 }, unit: 'hour' }, '150'],
    [{ amount: { best: 1 }, unit: 'day' }, '1440'],
    [{ amount: { best: 17.5 }, unit: 'minute' }, '17.5'],
  ] as const)('%j is %s minutes', (duration, expected) => {
    expect(durationMinutes(duration).eq(expected)).toBe(true);
  });

  it.each([
    [1, 2, 1.5],
    [5, 30, 17.5],
    [0, 30, 15],
    [0.1, 0.2, 0.15],
  ])('midpoint(%s, %s) = %s (arithmetic)', (low, high, expected) => {
    expect(midpoint(low, high)).toBe(expected);
  });
});

describe('modes without a usable value', () => {
  const unset: FailureMode = { ...deployment, id: 'ext', name: 'External dependency', timeToRecover: null };

  it('a value not set yet: no bad minutes for the mode, no totals for the catalogue', () => {
    expect(modeBadMinutesPerYear(unset, 'seed')).toBeNull();
    expect(failureModeProblems(unset)).toEqual(['External dependency: the time to recover is not set yet.']);
    const catalogue = evaluateCatalogue([deployment, unset], 'calendar');
    expect(catalogue.incompleteModeIds).toEqual(['ext']);
    expect(catalogue.badMinutesPerYear).toBeNull();
    expect(catalogue.availabilityPercent).toBeNull();
    expect(catalogue.modes[0]!.badMinutesPerYear!.toFixed(2)).toBe('156.43');
    const budget = budgetFigures(catalogue, 99.9);
    expect(budget.fits).toBeNull();
    expect(budget.rankedModeIds).toEqual(['deploy', 'ext']);
  });

  it.each([
    [
      { ...deployment, frequency: every(7, 'day', -1) },
      'Deployment downtime: the frequency cannot be negative.',
    ],
    [
      { ...deployment, frequency: every(0, 'day') },
      'Deployment downtime: the frequency must be counted over a period above 0.',
    ],
    [
      { ...deployment, timeToDetect: minutes(-1) },
      'Deployment downtime: the time to detect cannot be negative.',
    ],
    [
      { ...deployment, usersAffected: { best: 1.5 } },
      'Deployment downtime: the share of users affected must be between 0 % and 100 %.',
    ],
    [
      { ...deployment, usersAffected: { best: NaN } },
      'Deployment downtime: the share of users affected is not a finite number.',
    ],
    [{ ...deployment, name: ' ', frequency: null }, 'This failure mode: the frequency is not set yet.'],
  ])('%j: %s', (mode, problem) => {
    expect(failureModeProblems(mode)).toEqual([problem]);
    expect(modeValues(mode, 'seed')).toBeNull();
  });

  it('an empty catalogue has no downtime: availability exactly 100 %, flagged', () => {
    const catalogue = evaluateCatalogue([], 'seed');
    expect(catalogue.noDowntime).toBe(true);
    expect(catalogue.availabilityPercent!.eq(100)).toBe(true);
  });

  it('modes that fill the whole year: availability 0 %, flagged as saturated', () => {
    const always: FailureMode = { ...deployment, frequency: every(1, 'hour'), timeToRecover: minutes(60) };
    const catalogue = evaluateCatalogue([always, always], 'seed');
    expect(catalogue.saturated).toBe(true);
    expect(catalogue.availabilityPercent!.isZero()).toBe(true);
  });

  it('a target must lie strictly between 0 % and 100 %; a cap above 0', () => {
    expect(() => errorBudgetMinutesPerYear(100, 'seed')).toThrow(RangeError);
    expect(() => errorBudgetMinutesPerYear(0, 'seed')).toThrow(RangeError);
    expect(() => budgetFigures(evaluateCatalogue(creSheet, 'seed'), 99.9, 0)).toThrow(RangeError);
  });
});

// ------------------------------------------------------------------------------------------ levers

const economics: LeverEconomics = { downtimeCostPerHour: 60_000, horizonYears: 3, discountRatePercent: 8 };

const lever = (
  id: string,
  modeId: string,
  after: Partial<LeverAfter>,
  oneTimeCost: number | null = 10_000,
  annualRunCost: number | null = 1_000,
): Lever => ({
  id,
  name: id,
  modeId,
  after: { ...NO_CHANGE, ...after },
  oneTimeCost,
  annualRunCost,
});

/** NPV by the annuity formula, independent of payback.ts: net × (1 − (1 + r)⁻ⁿ) / r − investment. */
function annuityNpv(net: Dec, investment: number, ratePercent: number, years: number): Dec {
  const r = new Dec(ratePercent).div(100);
  return net.times(new Dec(1).minus(r.plus(1).pow(-years)).div(r)).minus(investment);
}

describe('a lever on its own', () => {
  it('rollback in 1 minute instead of 3 on the deployment row: 104.29 bad minutes avoided, and what they are worth', () => {
    const figures = evaluateLever(
      lever('rollback', 'deploy', { timeToRecover: { kind: 'set', value: minutes(1) } }),
      creSheet,
      'calendar',
      economics,
    );
    expect(figures.problems).toEqual([]);
    // before 365/7 × 3, after 365/7 × 1: 730/7 minutes avoided = 104.2857…
    const avoided = new Dec(730).div(7);
    expect(figures.avoided!.badMinutesAvoidedPerYear.minus(avoided).abs().lt('1e-30')).toBe(true);
    expect(figures.avoided!.downtimeHoursAvoidedPerYear.minus(avoided.div(60)).abs().lt('1e-30')).toBe(true);
    // × $60,000 an hour = $104,285.71…
    const savings = avoided.div(60).times(60_000);
    expect(figures.avoided!.annualSavings.toFixed(2)).toBe(savings.toFixed(2));
    expect(savings.toFixed(2)).toBe('104285.71');
    const finance = figures.finance!;
    const net = savings.minus(1_000);
    expect(finance.netAnnualBenefit.minus(net).abs().lt('1e-30')).toBe(true);
    expect(finance.paybackYears!.minus(new Dec(10_000).div(net)).abs().lt('1e-30')).toBe(true);
    expect(
      finance.npv
        .minus(annuityNpv(net, 10_000, 8, 3))
        .abs()
        .lt('1e-20'),
    ).toBe(true);
    // IRR: the rate at which the same flows have NPV 0 (within a cent).
    expect(annuityNpv(net, 10_000, finance.irr!.times(100).toNumber(), 3).abs().lt('0.01')).toBe(true);
  });

  it('a relative change: −50 % frequency halves the minor defect’s 41.71 bad minutes', () => {
    const figures = evaluateLever(
      lever('half', 'defect', { frequency: { kind: 'relative', percent: { best: -50 } } }),
      creSheet,
      'calendar',
      economics,
    );
    const before = modeBadMinutesPerYear(minorDefect, 'calendar')!;
    expect(figures.avoided!.badMinutesAvoidedPerYear.eq(before.div(2))).toBe(true);
  });

  it('absolute values in other units: "every 14 days" halves a 7-day frequency; "25 %" of users quarters a 100 % share', () => {
    const slower = evaluateLever(
      lever('f', 'deploy', { frequency: { kind: 'set', value: every(14, 'day') } }),
      creSheet,
      'calendar',
      economics,
    );
    expect(
      slower.after!.incidentsPerYear.times(2).minus(slower.before!.incidentsPerYear).abs().lt('1e-30'),
    ).toBe(true);
    const fewer = evaluateLever(
      lever('u', 'deploy', { usersAffected: { kind: 'set', value: { best: 0.25 } } }),
      creSheet,
      'calendar',
      economics,
    );
    expect(fewer.after!.shareAffected.eq('0.25')).toBe(true);
  });

  it('a missing cost is "cost needed": savings shown, no money figures (never free)', () => {
    const figures = evaluateLever(
      lever('x', 'deploy', { timeToRecover: { kind: 'set', value: minutes(1) } }, null, 0),
      creSheet,
      'calendar',
      economics,
    );
    expect(figures.missingCosts).toEqual(['oneTimeCost']);
    expect(figures.avoided).not.toBeNull();
    expect(figures.finance).toBeNull();
    const both = evaluateLever(lever('y', 'deploy', {}, null, null), creSheet, 'calendar', economics);
    expect(both.missingCosts).toEqual(['oneTimeCost', 'annualRunCost']);
  });

  it('a lever that saves less than it costs to run never pays back, and has no IRR when nothing is invested', () => {
    const figures = evaluateLever(
      lever('slow', 'defect', { frequency: { kind: 'relative', percent: { best: -1 } } }, 0, 1_000_000),
      creSheet,
      'calendar',
      economics,
    );
    expect(figures.finance!.paybackYears).toBeNull();
    expect(figures.finance!.irr).toBeNull();
    expect(figures.finance!.npv.lt(0)).toBe(true);
  });

  it.each([
    [lever('a', 'nope', {}), 'a: pick the failure mode it changes.'],
    [
      lever('b', 'deploy', { frequency: { kind: 'relative', percent: { best: -120 } } }),
      'b: the frequency after cannot fall by more than 100 %.',
    ],
    [
      lever('c', 'defect', { usersAffected: { kind: 'relative', percent: { best: 5000 } } }),
      'c: the users affected after would be above 100 %.',
    ],
    [
      lever('d', 'deploy', { usersAffected: { kind: 'set', value: { best: 2 } } }),
      'd: the users affected after must be between 0 % and 100 %.',
    ],
    [
      lever('e', 'deploy', { timeToDetect: { kind: 'set', value: minutes(-5) } }),
      'e: the time to detect after cannot be negative.',
    ],
    [lever('f', 'deploy', {}, -1), 'f: the one-time cost cannot be negative.'],
  ])('%j: %s', (bad, problem) => {
    expect(leverProblems(bad, creSheet)).toEqual([problem]);
    const figures = evaluateLever(bad, creSheet, 'calendar', economics);
    expect(figures.problems).toEqual([problem]);
    expect(figures.avoided).toBeNull();
    expect(figures.finance).toBeNull();
  });

  it('ranks by NPV, highest first; levers without money figures last, in input order', () => {
    const levers = [
      lever('needs-cost', 'deploy', { timeToRecover: { kind: 'set', value: minutes(1) } }, null),
      lever('small', 'defect', { frequency: { kind: 'relative', percent: { best: -10 } } }),
      lever('big', 'deploy', { timeToRecover: { kind: 'set', value: minutes(0) } }),
      lever('broken', 'nope', {}),
      lever('medium', 'deploy', { timeToRecover: { kind: 'set', value: minutes(2) } }),
    ];
    const ranked = rankLeversByNpv(levers.map((l) => evaluateLever(l, creSheet, 'calendar', economics)));
    expect(ranked.map((l) => l.leverId)).toEqual(['big', 'medium', 'small', 'needs-cost', 'broken']);
    const npvs = ranked.slice(0, 3).map((l) => l.finance!.npv);
    expect(npvs[0]!.gt(npvs[1]!) && npvs[1]!.gt(npvs[2]!)).toBe(true);
  });
});

describe('a plan', () => {
  const halveA = lever(
    'halve-a',
    'deploy',
    { frequency: { kind: 'relative', percent: { best: -50 } } },
    1_000,
    100,
  );
  const halveB = lever(
    'halve-b',
    'deploy',
    {
      frequency: { kind: 'relative', percent: { best: -50 } },
      timeToRecover: { kind: 'set', value: minutes(2) },
    },
    2_000,
    200,
  );
  const fastRecovery = lever(
    'fast',
    'deploy',
    { timeToRecover: { kind: 'set', value: minutes(1) } },
    4_000,
    400,
  );
  const defectFix = lever(
    'defect-fix',
    'defect',
    { usersAffected: { kind: 'set', value: { best: 0.01 } } },
    8_000,
    800,
  );
  const levers = [halveA, halveB, fastRecovery, defectFix];

  it('levers on one mode: frequency factors multiply, the smallest recovery wins', () => {
    const plan = evaluatePlan(levers, ['halve-a', 'halve-b', 'fast'], creSheet, 'calendar', economics);
    // 365/7 × ½ × ½ incidents, × (0 + min(3→2, 3→1) = 1 minute) × 100 %: 365/28 = 13.0357…
    const deployAfter = plan.catalogueAfter.modes.find((m) => m.id === 'deploy')!;
    expect(deployAfter.badMinutesPerYear!.minus(new Dec(365).div(28)).abs().lt('1e-30')).toBe(true);
    // together: 365/7 × 3 − 365/28 = 365 × 11/28 avoided
    expect(
      plan
        .avoided!.badMinutesAvoidedPerYear.minus(new Dec(365 * 11).div(28))
        .abs()
        .lt('1e-30'),
    ).toBe(true);
    // alone: halving saves 365/7 × 1.5 each; halve-b also recovers in 2 (365/7 × (3 − 1)); fast saves 365/7 × 2.
    const singles = new Dec(365).div(7).times(new Dec('1.5').plus(2).plus(2));
    expect(plan.sumOfSingleBadMinutesAvoidedPerYear!.minus(singles).abs().lt('1e-30')).toBe(true);
    expect(plan.avoided!.badMinutesAvoidedPerYear.lt(plan.sumOfSingleBadMinutesAvoidedPerYear!)).toBe(true);
    expect(plan.investment!.eq(7_000)).toBe(true);
    expect(plan.annualRunCost!.eq(700)).toBe(true);
  });

  it('levers on different modes add up, and the plan’s availability is the catalogue after them', () => {
    const plan = evaluatePlan(levers, new Set(['fast', 'defect-fix']), creSheet, 'calendar', economics);
    // Equal up to the 40th significant digit (the sums are taken in a different order).
    expect(
      plan
        .avoided!.badMinutesAvoidedPerYear.minus(plan.sumOfSingleBadMinutesAvoidedPerYear!)
        .abs()
        .lt('1e-30'),
    ).toBe(true);
    // after: 365/7 × 1 + 365/21 × 120 × 0.01 = 365 × (1/7 + 1.2/21) = 365 × 4.2/21 = 73 minutes
    expect(plan.catalogueAfter.badMinutesPerYear!.minus(73).abs().lt('1e-30')).toBe(true);
    const expected = new Dec(1).minus(new Dec(73).div(525_600)).times(100);
    expect(plan.catalogueAfter.availabilityPercent!.minus(expected).abs().lt('1e-30')).toBe(true);
    expect(plan.investment!.eq(12_000)).toBe(true);
    const net = plan.avoided!.annualSavings.minus(1_200);
    expect(
      plan
        .finance!.npv.minus(annuityNpv(net, 12_000, 8, 3))
        .abs()
        .lt('1e-20'),
    ).toBe(true);
  });

  it('a lever that still needs a cost leaves the plan’s investment open and names it', () => {
    const plan = evaluatePlan(
      [...levers, lever('open', 'defect', {}, null)],
      ['fast', 'open'],
      creSheet,
      'calendar',
      economics,
    );
    expect(plan.costNeededLeverIds).toEqual(['open']);
    expect(plan.investment).toBeNull();
    expect(plan.finance).toBeNull();
    expect(plan.avoided).not.toBeNull();
  });

  it('a plan of one lever is that lever alone', () => {
    const alone = evaluateLever(fastRecovery, creSheet, 'seed', economics);
    const plan = evaluatePlan(levers, ['fast'], creSheet, 'seed', economics);
    expect(plan.avoided!.annualSavings.eq(alone.avoided!.annualSavings)).toBe(true);
    expect(plan.finance!.npv.eq(alone.finance!.npv)).toBe(true);
  });
});

// ------------------------------------------------------------------------------- property tests

const RUNS = { numRuns: 300 };

const units: FrequencyUnit[] = ['year', 'quarter', 'month', 'week', 'day', 'hour'];
const amount = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100);
const share = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
const conventionId = fc.constantFrom(...PERIOD_CONVENTION_IDS);

const modeArbitrary = fc.record({
  id: fc.constant('m'),
  name: fc.constant('Mode'),
  frequency: fc.record({
    count: amount.map((best) => ({ best })),
    per: fc.integer({ min: 1, max: 30 }),
    unit: fc.constantFrom(...units),
  }),
  timeToDetect: fc.record({
    amount: amount.map((best) => ({ best })),
    unit: fc.constantFrom('second', 'minute', 'hour', 'day' as const),
  }),
  timeToRecover: fc.record({
    amount: amount.map((best) => ({ best })),
    unit: fc.constantFrom('second', 'minute', 'hour', 'day' as const),
  }),
  usersAffected: share.map((best) => ({ best })),
}) as fc.Arbitrary<FailureMode>;

const bad = (mode: FailureMode, id: Parameters<typeof modeBadMinutesPerYear>[1]) =>
  modeBadMinutesPerYear(mode, id)!;

describe('properties: bad minutes never fall when a mode gets worse', () => {
  it('more incidents, longer detection or recovery, or more users affected never lower bad minutes', () => {
    fc.assert(
      fc.property(modeArbitrary, conventionId, amount, share, (mode, id, more, moreShare) => {
        const before = bad(mode, id);
        const worse: FailureMode[] = [
          { ...mode, frequency: { ...mode.frequency!, count: { best: mode.frequency!.count.best + more } } },
          {
            ...mode,
            timeToDetect: { ...mode.timeToDetect!, amount: { best: mode.timeToDetect!.amount.best + more } },
          },
          {
            ...mode,
            timeToRecover: {
              ...mode.timeToRecover!,
              amount: { best: mode.timeToRecover!.amount.best + more },
            },
          },
          { ...mode, usersAffected: { best: Math.min(1, mode.usersAffected!.best + moreShare) } },
        ];
        for (const w of worse) expect(bad(w, id).gte(before)).toBe(true);
        expect(before.gte(0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('a mode counted over a longer period (rarer) never has more bad minutes', () => {
    fc.assert(
      fc.property(modeArbitrary, conventionId, fc.integer({ min: 1, max: 30 }), (mode, id, extra) => {
        const rarer = { ...mode, frequency: { ...mode.frequency!, per: mode.frequency!.per + extra } };
        expect(bad(rarer, id).lte(bad(mode, id))).toBe(true);
      }),
      RUNS,
    );
  });

  it('availability stays within 0–100 % and never rises when a mode is added', () => {
    fc.assert(
      fc.property(
        fc.array(modeArbitrary, { maxLength: 5 }),
        modeArbitrary,
        conventionId,
        (modes, extra, id) => {
          const named = modes.map((m, i) => ({ ...m, id: `m${i}` }));
          const before = evaluateCatalogue(named, id).availabilityPercent!;
          const after = evaluateCatalogue([...named, { ...extra, id: 'extra' }], id).availabilityPercent!;
          expect(before.gte(0) && before.lte(100)).toBe(true);
          expect(after.lte(before)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

/** A relative change of −100 % … +`up` %, in whole percent. */
const relative = (up: number) =>
  fc.integer({ min: -100, max: up }).map((best) => ({ kind: 'relative' as const, percent: { best } }));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const afterArbitrary = (up: number): fc.Arbitrary<LeverAfter> =>
  fc.record({
    frequency: maybe(relative(up)),
    timeToDetect: maybe(relative(up)),
    timeToRecover: maybe(relative(up)),
    usersAffected: maybe(relative(Math.min(up, 0))),
  });

function noWorse(before: ModeValues, after: ModeValues): boolean {
  return (
    after.incidentsPerYear.lte(before.incidentsPerYear) &&
    after.minutesToDetect.lte(before.minutesToDetect) &&
    after.minutesToRecover.lte(before.minutesToRecover) &&
    after.shareAffected.lte(before.shareAffected)
  );
}

describe('properties: a lever never makes things worse unless its values are worse', () => {
  it('with values no worse than before, bad minutes avoided are ≥ 0 (and savings too)', () => {
    fc.assert(
      fc.property(modeArbitrary, conventionId, afterArbitrary(0), (mode, id, after) => {
        const figures = evaluateLever({ ...lever('l', 'm', {}), after }, [mode], id, economics);
        expect(figures.problems).toEqual([]);
        expect(figures.avoided!.badMinutesAvoidedPerYear.gte(0)).toBe(true);
        expect(figures.avoided!.annualSavings.gte(0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('absolute values no larger than before (in any unit) never add bad minutes', () => {
    fc.assert(
      fc.property(
        modeArbitrary,
        conventionId,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (mode, id, fraction) => {
          const before = modeValues(mode, id)!;
          // The same mode's own values scaled down, written in minutes and in incidents a year.
          const after: LeverAfter = {
            frequency: {
              kind: 'set',
              value: {
                count: {
                  best: before.incidentsPerYear.times(fraction).toDecimalPlaces(6, Dec.ROUND_DOWN).toNumber(),
                },
                per: 1,
                unit: 'year',
              },
            },
            timeToDetect: {
              kind: 'set',
              value: minutes(
                before.minutesToDetect.times(fraction).toDecimalPlaces(6, Dec.ROUND_DOWN).toNumber(),
              ),
            },
            timeToRecover: null,
            usersAffected: {
              kind: 'set',
              value: {
                best: before.shareAffected.times(fraction).toDecimalPlaces(6, Dec.ROUND_DOWN).toNumber(),
              },
            },
          };
          const figures = evaluateLever({ ...lever('l', 'm', {}), after }, [mode], id, economics);
          expect(figures.avoided!.badMinutesAvoidedPerYear.gte(0)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('when a lever adds bad minutes, one of its values is worse than before', () => {
    fc.assert(
      fc.property(modeArbitrary, conventionId, afterArbitrary(300), (mode, id, after) => {
        const figures = evaluateLever({ ...lever('l', 'm', {}), after }, [mode], id, economics);
        if (figures.avoided!.badMinutesAvoidedPerYear.lt(0))
          expect(noWorse(figures.before!, figures.after!)).toBe(false);
      }),
      RUNS,
    );
  });

  it('a plan of levers that are each no worse is no worse than its best lever alone, field by field', () => {
    fc.assert(
      fc.property(
        modeArbitrary,
        conventionId,
        fc.array(afterArbitrary(0), { minLength: 1, maxLength: 4 }),
        (mode, id, afters) => {
          const levers = afters.map((after, i) => ({ ...lever(`l${i}`, 'm', {}), after }));
          const before = modeValues(mode, id)!;
          const combined = combineLevers(before, levers, id);
          for (const l of levers) {
            const alone = applyLever(before, l.after, id);
            expect(noWorse(alone, combined)).toBe(true);
          }
          const plan = evaluatePlan(
            levers,
            levers.map((l) => l.id),
            [mode],
            id,
            economics,
          );
          const best = levers
            .map((l) => evaluateLever(l, [mode], id, economics).avoided!.badMinutesAvoidedPerYear)
            .reduce((a, b) => Dec.max(a, b));
          expect(plan.avoided!.badMinutesAvoidedPerYear.gte(best)).toBe(true);
          expect(badMinutesPerYear(combined).lte(badMinutesPerYear(before))).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
