import { Dec, dec, ZERO, type DecimalInput } from './decimal';
import { annuityInternalRateOfReturn } from './irr';
import { discountedPaybackYears, netPresentValue, simplePaybackYears } from './payback';
import { periodHours, type PeriodConventionId } from './periods';

/*
 * Availability from what actually breaks (the Google CRE risk-analysis sheet, extended with priced
 * levers). A failure mode costs
 *
 *   bad minutes a year = incidents a year × (minutes to detect + minutes to recover) × share of users affected
 *
 * — "full-outage-equivalent" minutes: 100 minutes at 10 % of users count as 10 minutes of everyone down.
 * Inputs are plain numbers (as stored); every figure is computed in decimal.js and never rounded here.
 */

// ------------------------------------------------------------------------------------------ inputs

/**
 * A typed quantity: the best estimate, and optionally the ends of a range (read as a 90 % interval
 * when the simulation arrives; a range text such as "5-30min" gives best = the arithmetic midpoint).
 * Same unit as the field it belongs to. Exact figures use `best` only.
 */
export interface Estimate {
  best: number;
  low?: number;
  high?: number;
}

/** The periods a frequency can be counted in. Month = year / 12 and quarter = year / 4 under every convention. */
export type FrequencyUnit = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour';

/**
 * How often a mode happens, as typed: `count` incidents every `per` `unit`s ("2-3 per month" is
 * count 2–3 every 1 month; "every 7 days" is count 1 every 7 days; "52" is 52 every 1 year). Kept in
 * the typed unit so that a change of period convention converts it again (see `incidentsPerYear`).
 */
export interface Frequency {
  count: Estimate;
  /** > 0. */
  per: number;
  unit: FrequencyUnit;
}

/** The units a time to detect or to recover can be typed in. */
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day';

/** A time to detect or to recover, as typed: `amount` in `unit` ("1-4 hours" is 1–4 in hours). */
export interface Duration {
  amount: Estimate;
  unit: DurationUnit;
}

/**
 * One failure mode. A field that is `null` has no value yet (the "out of control" recovery time of
 * external dependencies, until the user sets it): the mode then has no bad minutes, and the
 * catalogue no total, until it is given.
 */
export interface FailureMode {
  id: string;
  name: string;
  frequency: Frequency | null;
  timeToDetect: Duration | null;
  timeToRecover: Duration | null;
  /** Share of users affected, as a fraction 0–1 (0.25 = 25 %). */
  usersAffected: Estimate | null;
}

/** The four values of a mode that a lever can change, by name. */
export type FailureModeField = 'frequency' | 'timeToDetect' | 'timeToRecover' | 'usersAffected';

/** The fields in the order a table shows them. */
export const FAILURE_MODE_FIELDS: readonly FailureModeField[] = [
  'frequency',
  'timeToDetect',
  'timeToRecover',
  'usersAffected',
];

/** A mode's values in the model's units, exact: what the formula multiplies. */
export interface ModeValues {
  /** Incidents a year, ≥ 0. */
  incidentsPerYear: Dec;
  /** Minutes from the failure until someone (or something) acts on it, ≥ 0. */
  minutesToDetect: Dec;
  /** Minutes from detection until users are served again, ≥ 0. */
  minutesToRecover: Dec;
  /** Share of users affected, fraction 0–1. */
  shareAffected: Dec;
}

// ------------------------------------------------------------------------------ units and values

const ONE = new Dec(1);

/** The best estimate of a quantity as a `Dec` (throws on NaN/Infinity, as `dec` does). */
export function estimateBest(estimate: Estimate): Dec {
  return dec(estimate.best);
}

/**
 * The best estimate a range text gets: the arithmetic midpoint (low + high) / 2, computed in
 * decimal.js and returned as the nearest plain number (exact for the short decimals people type).
 * Arithmetic, not geometric, because bad minutes are an expected value and the arithmetic midpoint
 * is the mean of the range read as uniform; it is defined for ranges from 0 ("<30s" = 0–30 s, where
 * a geometric midpoint would be 0); and it is never below the geometric one, so a budget is never
 * understated by the choice.
 */
export function midpoint(low: number, high: number): number {
  return dec(low).plus(dec(high)).div(2).toNumber();
}

/** Minutes in a year under a period convention: days a year × 1,440 (518,400 for 360 days, 525,600 for 365). Exact. */
export function minutesPerYear(conventionId: PeriodConventionId): Dec {
  return periodHours(conventionId).year.times(60);
}

/** Hours in one frequency unit under a convention (month = year / 12, quarter = year / 4, week = 168 h). Exact. */
function unitHours(unit: FrequencyUnit, conventionId: PeriodConventionId): Dec {
  const p = periodHours(conventionId);
  switch (unit) {
    case 'year':
      return p.year;
    case 'quarter':
      return p.quarter;
    case 'month':
      return p.month;
    case 'week':
      return p.week;
    case 'day':
      return p.day;
    case 'hour':
      return ONE;
  }
}

/**
 * Incidents a year of a typed frequency: count × (hours in a year ÷ (per × hours in the unit)).
 * Per month = × 12 and per quarter = × 4 under every convention; per week = × days a year ÷ 7; per
 * day = × days a year; per hour = × days a year × 24. "Every 7 days" on a 365-day year is
 * 365 / 7 = 52.142857… Exact to 40 significant digits, not rounded.
 */
export function incidentsPerYear(frequency: Frequency, conventionId: PeriodConventionId): Dec {
  const years = dec(frequency.per).times(unitHours(frequency.unit, conventionId));
  return estimateBest(frequency.count).times(periodHours(conventionId).year).div(years);
}

const MINUTES_PER_UNIT: Record<DurationUnit, Dec> = {
  second: ONE.div(60),
  minute: ONE,
  hour: new Dec(60),
  day: new Dec(1440),
};

/** Minutes of a typed duration: seconds ÷ 60, hours × 60, days × 1,440. Exact (seconds to 40 significant digits). */
export function durationMinutes(duration: Duration): Dec {
  const amount = estimateBest(duration.amount);
  return duration.unit === 'second' ? amount.div(60) : amount.times(MINUTES_PER_UNIT[duration.unit]);
}

/** What is wrong with a frequency, as the end of a sentence ("cannot be negative."), or null. */
function frequencyProblem(frequency: Frequency): string | null {
  if (!Number.isFinite(frequency.count.best) || !Number.isFinite(frequency.per))
    return 'is not a finite number.';
  if (frequency.count.best < 0) return 'cannot be negative.';
  if (frequency.per <= 0) return 'must be counted over a period above 0.';
  return null;
}

/** What is wrong with a duration, as the end of a sentence, or null. */
function durationProblem(duration: Duration): string | null {
  if (!Number.isFinite(duration.amount.best)) return 'is not a finite number.';
  if (duration.amount.best < 0) return 'cannot be negative.';
  return null;
}

/** What is wrong with a share of users (a fraction), as the end of a sentence, or null. */
function shareProblem(share: Estimate): string | null {
  if (!Number.isFinite(share.best)) return 'is not a finite number.';
  if (share.best < 0 || share.best > 1) return 'must be between 0 % and 100 %.';
  return null;
}

/** The words a message uses for each field of a mode. */
const FIELD_WORDS: Record<FailureModeField, string> = {
  frequency: 'frequency',
  timeToDetect: 'time to detect',
  timeToRecover: 'time to recover',
  usersAffected: 'share of users affected',
};

function fieldProblem(field: FailureModeField, mode: FailureMode): string | null {
  switch (field) {
    case 'frequency':
      return mode.frequency === null ? 'is not set yet.' : frequencyProblem(mode.frequency);
    case 'timeToDetect':
      return mode.timeToDetect === null ? 'is not set yet.' : durationProblem(mode.timeToDetect);
    case 'timeToRecover':
      return mode.timeToRecover === null ? 'is not set yet.' : durationProblem(mode.timeToRecover);
    case 'usersAffected':
      return mode.usersAffected === null ? 'is not set yet.' : shareProblem(mode.usersAffected);
  }
}

/**
 * What keeps a mode from having figures, in words (empty when nothing does): a value not given yet,
 * a negative count or time, a frequency not counted over a positive period, a share outside 0–100 %,
 * or a number that is not finite. Each sentence names the mode and the field.
 */
export function failureModeProblems(mode: FailureMode): string[] {
  const label = mode.name.trim() === '' ? 'This failure mode' : mode.name.trim();
  return FAILURE_MODE_FIELDS.flatMap((field) => {
    const problem = fieldProblem(field, mode);
    return problem === null ? [] : [`${label}: the ${FIELD_WORDS[field]} ${problem}`];
  });
}

/**
 * A mode's values in the model's units (incidents a year, minutes, fraction), or `null` when any is
 * missing or out of its domain (see `failureModeProblems` for the words). Exact.
 */
export function modeValues(mode: FailureMode, conventionId: PeriodConventionId): ModeValues | null {
  if (failureModeProblems(mode).length > 0) return null;
  return {
    incidentsPerYear: incidentsPerYear(mode.frequency!, conventionId),
    minutesToDetect: durationMinutes(mode.timeToDetect!),
    minutesToRecover: durationMinutes(mode.timeToRecover!),
    shareAffected: estimateBest(mode.usersAffected!),
  };
}

/**
 * Bad minutes a year = incidents a year × (minutes to detect + minutes to recover) × share affected
 * (Google CRE's risk sheet). Full-outage-equivalent minutes; exact, not rounded. Deployment downtime
 * every 7 days, 0 + 3 min, 100 %, on a 365-day year: 365 / 7 × 3 = 156.428…
 */
export function badMinutesPerYear(values: ModeValues): Dec {
  return values.incidentsPerYear
    .times(values.minutesToDetect.plus(values.minutesToRecover))
    .times(values.shareAffected);
}

/** `badMinutesPerYear` of a mode as typed; `null` when the mode lacks a value (see `modeValues`). */
export function modeBadMinutesPerYear(mode: FailureMode, conventionId: PeriodConventionId): Dec | null {
  const values = modeValues(mode, conventionId);
  return values === null ? null : badMinutesPerYear(values);
}

// --------------------------------------------------------------------------------------- catalogue

/** One mode's line in a catalogue's figures. */
export interface ModeFigures {
  id: string;
  /** Null when the mode lacks a value. */
  values: ModeValues | null;
  /** Bad minutes a year; null when the mode lacks a value. */
  badMinutesPerYear: Dec | null;
}

/** What a catalogue adds up to under a period convention. */
export interface CatalogueFigures {
  /** Every mode, in input order. */
  modes: ModeFigures[];
  /** Ids of the modes that lack a value: while any does, the totals below are null. */
  incompleteModeIds: string[];
  /** Minutes in a year under the convention (the denominator of availability). */
  minutesPerYear: Dec;
  /** Σ bad minutes a year; null while a mode is incomplete. */
  badMinutesPerYear: Dec | null;
  /** Expected downtime hours a year (full-outage equivalent) = bad minutes ÷ 60; null while incomplete. */
  downtimeHoursPerYear: Dec | null;
  /**
   * Availability implied, percent: 100 × (1 − min(1, bad minutes ÷ minutes a year)). Exactly 100 when
   * nothing is expected to break and 0 when the modes fill the whole year; null while incomplete.
   */
  availabilityPercent: Dec | null;
  /** True when the modes add up to at least the whole year (availability 0: the catalogue overcounts). */
  saturated: boolean;
  /** True when the total is exactly 0 bad minutes (availability exactly 100 %, which is no baseline). */
  noDowntime: boolean;
}

/**
 * The availability, percent, that bad minutes a year imply: 100 × (1 − min(1, bad minutes ÷ minutes
 * in a year)). Exactly 100 for 0 bad minutes, 0 when they fill the year or more. Exact.
 */
export function availabilityFromBadMinutes(badMinutes: Dec, minutesInYear: Dec): Dec {
  return ONE.minus(Dec.min(badMinutes.div(minutesInYear), 1)).times(100);
}

/** Sums a list of modes' values (used for the catalogue as typed and after a plan). */
function catalogueFromValues(
  entries: ReadonlyArray<{ id: string; values: ModeValues | null }>,
  conventionId: PeriodConventionId,
): CatalogueFigures {
  const modes = entries.map(({ id, values }) => ({
    id,
    values,
    badMinutesPerYear: values === null ? null : badMinutesPerYear(values),
  }));
  const incompleteModeIds = modes.filter((m) => m.badMinutesPerYear === null).map((m) => m.id);
  const year = minutesPerYear(conventionId);
  if (incompleteModeIds.length > 0)
    return {
      modes,
      incompleteModeIds,
      minutesPerYear: year,
      badMinutesPerYear: null,
      downtimeHoursPerYear: null,
      availabilityPercent: null,
      saturated: false,
      noDowntime: false,
    };
  const total = modes.reduce((sum, m) => sum.plus(m.badMinutesPerYear!), ZERO);
  return {
    modes,
    incompleteModeIds,
    minutesPerYear: year,
    badMinutesPerYear: total,
    downtimeHoursPerYear: total.div(60),
    availabilityPercent: availabilityFromBadMinutes(total, year),
    saturated: total.gte(year),
    noDowntime: total.isZero(),
  };
}

/**
 * A mode whose values are given, not typed: a dependency's expected downtime a year joined to the
 * catalogue (dependency-figures.ts `dependencyModeRows`). Levers cannot change it; it adds its bad
 * minutes to the catalogue's total like any mode.
 */
export interface FixedMode {
  /** Never a typed mode's id (the dependency rows use `dependency.<node id>`). */
  id: string;
  name: string;
  values: ModeValues;
}

/**
 * A catalogue's figures: each mode's bad minutes a year, the total, expected downtime hours a year
 * and the availability they imply under `conventionId`. `fixed` modes (the dependencies, when they
 * join) follow the typed ones, in their order, and add to the total. Exact, not rounded.
 */
export function evaluateCatalogue(
  modes: readonly FailureMode[],
  conventionId: PeriodConventionId,
  fixed: readonly FixedMode[] = [],
): CatalogueFigures {
  return catalogueFromValues(
    [
      ...modes.map((mode) => ({ id: mode.id, values: modeValues(mode, conventionId) })),
      ...fixed.map(({ id, values }) => ({ id, values })),
    ],
    conventionId,
  );
}

// ------------------------------------------------------------------------------------ error budget

/** The share of an error budget one mode may take before it is flagged: 25 % (the CRE sheet's default). */
export const DEFAULT_MODE_CAP = '0.25';

/**
 * The error budget, minutes a year: (1 − target ÷ 100) × minutes in a year, for a target in percent.
 * Exact; does not check the target (see `errorBudgetMinutesPerYear`, which does).
 */
export function budgetOfTarget(targetPercent: Dec, minutesInYear: Dec): Dec {
  return ONE.minus(targetPercent.div(100)).times(minutesInYear);
}

/** `budgetOfTarget`, after checking 0 < target < 100. */
function budgetMinutes(targetAvailabilityPercent: DecimalInput, minutesInYear: Dec): Dec {
  const target = dec(targetAvailabilityPercent);
  if (target.lte(0) || target.gte(100))
    throw new RangeError(`a target availability must be above 0 % and below 100 %: ${target.toString()}`);
  return budgetOfTarget(target, minutesInYear);
}

/**
 * Error budget in minutes a year for a target availability in percent: (1 − target / 100) ×
 * minutes a year. 99.9 % on a 365-day year is 525.6 minutes. Exact. Throws a RangeError unless
 * 0 < target < 100 (the form never lets other values through).
 */
export function errorBudgetMinutesPerYear(
  targetAvailabilityPercent: DecimalInput,
  conventionId: PeriodConventionId,
): Dec {
  return budgetMinutes(targetAvailabilityPercent, minutesPerYear(conventionId));
}

/** One mode against one target's budget. */
export interface ModeBudgetShare {
  id: string;
  badMinutesPerYear: Dec | null;
  /** Bad minutes ÷ budget, fraction (0.2976 = 29.76 % of the budget); null when the mode is incomplete. */
  shareOfBudget: Dec | null;
  /** True when the share is strictly above the cap. */
  overCap: boolean;
}

/** A catalogue against one target availability (one row of the CRE sheet's stack rank). */
export interface BudgetFigures {
  targetAvailabilityPercent: Dec;
  /** Error budget, minutes a year. */
  budgetMinutesPerYear: Dec;
  /** The cap as a fraction of the budget, and in minutes a year (cap × budget). */
  capShare: Dec;
  capMinutesPerYear: Dec;
  /** Every mode, in input order. */
  modes: ModeBudgetShare[];
  /** Mode ids by bad minutes, largest first (ties in input order; incomplete modes last). */
  rankedModeIds: string[];
  /** Ids of the modes whose share is above the cap, largest first. */
  overCapModeIds: string[];
  /** Σ bad minutes ÷ budget, fraction; null while a mode is incomplete. */
  shareOfBudgetUsed: Dec | null;
  /** Budget − Σ bad minutes (negative when the catalogue misses the target); null while incomplete. */
  unallocatedMinutesPerYear: Dec | null;
  /** Whether the catalogue fits the target (Σ bad minutes ≤ budget); null while incomplete. */
  fits: boolean | null;
  /** When it does not fit: Σ bad minutes ÷ budget (2 = the modes spend the budget twice over); else null. */
  missFactor: Dec | null;
}

/**
 * A catalogue against a target: the error budget (in the catalogue's convention's year), each mode's
 * share of it, the modes over the cap
 * (default 25 % of the budget; `capShare` is a fraction > 0), and whether the catalogue fits and by
 * what factor it misses. Exact, not rounded. Throws a RangeError for a target outside (0, 100) or a
 * cap that is not above 0.
 */
export function budgetFigures(
  catalogue: CatalogueFigures,
  targetAvailabilityPercent: DecimalInput,
  capShare: DecimalInput = DEFAULT_MODE_CAP,
): BudgetFigures {
  const cap = dec(capShare);
  if (cap.lte(0)) throw new RangeError(`the cap must be above 0: ${cap.toString()}`);
  // The catalogue's own year, so the budget and the bad minutes share one period convention.
  const budget = budgetMinutes(targetAvailabilityPercent, catalogue.minutesPerYear);
  const modes = catalogue.modes.map(({ id, badMinutesPerYear: bad }) => {
    const shareOfBudget = bad === null ? null : bad.div(budget);
    return {
      id,
      badMinutesPerYear: bad,
      shareOfBudget,
      overCap: shareOfBudget !== null && shareOfBudget.gt(cap),
    };
  });
  const rankedModeIds = modes
    .map((mode, index) => ({ mode, index }))
    .sort((a, b) => {
      const x = a.mode.badMinutesPerYear;
      const y = b.mode.badMinutesPerYear;
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      return y.comparedTo(x) || a.index - b.index;
    })
    .map(({ mode }) => mode.id);
  const overCap = new Set(modes.filter((m) => m.overCap).map((m) => m.id));
  const total = catalogue.badMinutesPerYear;
  const fits = total === null ? null : total.lte(budget);
  return {
    targetAvailabilityPercent: dec(targetAvailabilityPercent),
    budgetMinutesPerYear: budget,
    capShare: cap,
    capMinutesPerYear: cap.times(budget),
    modes,
    rankedModeIds,
    overCapModeIds: rankedModeIds.filter((id) => overCap.has(id)),
    shareOfBudgetUsed: total === null ? null : total.div(budget),
    unallocatedMinutesPerYear: total === null ? null : budget.minus(total),
    fits,
    missFactor: total === null || fits ? null : total.div(budget),
  };
}

// ------------------------------------------------------------------------------------------ levers

/**
 * What a lever does to one field of its mode: `set` a new value (in the field's own type: a
 * frequency, a duration, or a fraction of users), or change it by a `relative` percentage
 * (−50 = halves it, +20 = a fifth more; ≥ −100). A field the lever leaves blank is `null`: unchanged.
 */
export type LeverChange<T> = { kind: 'set'; value: T } | { kind: 'relative'; percent: Estimate };

/** A lever's values for its mode *after* the lever; `null` = unchanged. */
export interface LeverAfter {
  frequency: LeverChange<Frequency> | null;
  timeToDetect: LeverChange<Duration> | null;
  timeToRecover: LeverChange<Duration> | null;
  usersAffected: LeverChange<Estimate> | null;
}

/** A mitigation, priced: it changes one failure mode and costs money now and every year. */
export interface Lever {
  id: string;
  name: string;
  /** The failure mode it changes. */
  modeId: string;
  after: LeverAfter;
  /** One-time cost, currency units, ≥ 0; null = "cost needed" (never read as free). */
  oneTimeCost: number | null;
  /** Annual run cost, currency units a year, ≥ 0; null = "cost needed" (never read as free). */
  annualRunCost: number | null;
}

/** A lever with no changes: what "Add lever" starts from (frozen: spread it to change a field). */
export const NO_CHANGE: Readonly<LeverAfter> = Object.freeze({
  frequency: null,
  timeToDetect: null,
  timeToRecover: null,
  usersAffected: null,
});

/** The value (model units) a change makes of `before`: the set value, or before × (1 + percent / 100). */
function changedValue<T>(before: Dec, change: LeverChange<T>, setValue: (value: T) => Dec): Dec {
  if (change.kind === 'set') return setValue(change.value);
  return before.times(ONE.plus(estimateBest(change.percent).div(100)));
}

/** What is wrong with one change, as the end of a sentence, or null. `share` is the mode's share before, if known. */
function changeProblem(
  field: FailureModeField,
  change: LeverChange<unknown>,
  share: number | undefined,
): string | null {
  if (change.kind === 'relative') {
    const percent = change.percent.best;
    if (!Number.isFinite(percent)) return 'is not a finite number.';
    if (percent < -100) return 'cannot fall by more than 100 %.';
    if (field === 'usersAffected' && share !== undefined && Number.isFinite(share))
      if (new Dec(share).times(ONE.plus(new Dec(percent).div(100))).gt(1)) return 'would be above 100 %.';
    return null;
  }
  switch (field) {
    case 'frequency':
      return frequencyProblem(change.value as Frequency);
    case 'timeToDetect':
    case 'timeToRecover':
      return durationProblem(change.value as Duration);
    case 'usersAffected':
      return shareProblem(change.value as Estimate);
  }
}

/**
 * What is wrong with a lever against the modes it may change, in words (empty when nothing is): a
 * mode that is not in the catalogue, a relative change below −100 %, a new value out of its field's
 * domain, a relative rise that carries the share of users above 100 %, a cost that is negative or not
 * finite. Missing costs are not problems: they are "cost needed" (see `LeverFigures.missingCosts`).
 */
export function leverProblems(lever: Lever, modes: readonly FailureMode[]): string[] {
  const label = lever.name.trim() === '' ? 'This lever' : lever.name.trim();
  const mode = modes.find((m) => m.id === lever.modeId);
  const problems: string[] = mode ? [] : [`${label}: pick the failure mode it changes.`];
  for (const field of FAILURE_MODE_FIELDS) {
    const change = lever.after[field];
    if (change === null) continue;
    const problem = changeProblem(field, change, mode?.usersAffected?.best);
    const words = field === 'usersAffected' ? 'users affected' : FIELD_WORDS[field];
    if (problem !== null) problems.push(`${label}: the ${words} after ${problem}`);
  }
  for (const [cost, words] of [
    [lever.oneTimeCost, 'one-time cost'],
    [lever.annualRunCost, 'annual run cost'],
  ] as const) {
    if (cost === null) continue;
    if (!Number.isFinite(cost)) problems.push(`${label}: the ${words} is not a finite number.`);
    else if (cost < 0) problems.push(`${label}: the ${words} cannot be negative.`);
  }
  return problems;
}

/**
 * A mode's values after one lever, in model units: each field the lever sets takes its new value
 * (converted under `conventionId`), each relative change multiplies the value before by
 * (1 + percent / 100), each blank field stays. Exact. Assumes `leverProblems` is empty.
 */
export function applyLever(
  before: ModeValues,
  after: LeverAfter,
  conventionId: PeriodConventionId,
): ModeValues {
  return {
    incidentsPerYear:
      after.frequency === null
        ? before.incidentsPerYear
        : changedValue(before.incidentsPerYear, after.frequency, (f) => incidentsPerYear(f, conventionId)),
    minutesToDetect:
      after.timeToDetect === null
        ? before.minutesToDetect
        : changedValue(before.minutesToDetect, after.timeToDetect, durationMinutes),
    minutesToRecover:
      after.timeToRecover === null
        ? before.minutesToRecover
        : changedValue(before.minutesToRecover, after.timeToRecover, durationMinutes),
    shareAffected:
      after.usersAffected === null
        ? before.shareAffected
        : changedValue(before.shareAffected, after.usersAffected, estimateBest),
  };
}

/**
 * A mode's values after several levers at once (a plan). How levers on the same mode combine:
 * - frequency and users affected: each lever's factor (its value after ÷ the value before)
 *   multiplies — two levers that each halve the incidents leave a quarter, as independent causes
 *   would; from a value of 0 (no factor to take) the smallest value a lever sets wins; a share
 *   is never carried above 100 %;
 * - time to detect and time to recover: the smallest value any lever gives wins — they are the
 *   length of one response, and two faster paths do not add up;
 * - a lever that leaves a field blank takes no part in it.
 * With one lever this equals `applyLever`. Exact. Assumes every lever's `leverProblems` is empty.
 */
export function combineLevers(
  before: ModeValues,
  levers: ReadonlyArray<Pick<Lever, 'after'>>,
  conventionId: PeriodConventionId,
): ModeValues {
  const singles = levers.map((lever) => ({
    after: lever.after,
    values: applyLever(before, lever.after, conventionId),
  }));
  const combined = (field: FailureModeField, key: keyof ModeValues): Dec =>
    combinedValue(
      field,
      before[key],
      singles.filter((s) => s.after[field] !== null).map((s) => s.values[key]),
    );
  return {
    incidentsPerYear: combined('frequency', 'incidentsPerYear'),
    minutesToDetect: combined('timeToDetect', 'minutesToDetect'),
    minutesToRecover: combined('timeToRecover', 'minutesToRecover'),
    shareAffected: combined('usersAffected', 'shareAffected'),
  };
}

/**
 * One field's value after several levers on its mode, from its value before and the value each
 * lever that changes it gives alone (model units), as `combineLevers` says: frequency and users
 * affected multiply the levers' factors (after ÷ before; from 0, the smallest value wins), and the
 * levers never carry a share above 1; the times take the smallest; no lever: the value before (a
 * share before is at most 1, as `modeValues` checks). Exact.
 */
export function combinedValue(field: FailureModeField, before: Dec, afters: readonly Dec[]): Dec {
  if (afters.length === 0) return before;
  const value =
    field === 'timeToDetect' || field === 'timeToRecover' || before.isZero()
      ? Dec.min(...afters)
      : afters.reduce((product, after) => product.times(after.div(before)), before);
  return field === 'usersAffected' ? Dec.min(value, 1) : value;
}

/** What money the levers are judged with: the page's own inputs. */
export interface LeverEconomics {
  /** Currency units lost per hour of full downtime. */
  downtimeCostPerHour: DecimalInput;
  /** NPV and IRR horizon in whole years (≥ 1). */
  horizonYears: number;
  /** Discount rate, percent a year. */
  discountRatePercent: DecimalInput;
}

/** What an investment returns: the same figures the scenario table shows, plus the IRR. */
export interface InvestmentFigures {
  /** One-time cost, now. */
  investment: Dec;
  /** Run cost, each year. */
  annualRunCost: Dec;
  /** Downtime hours avoided a year × downtime cost per hour (negative when downtime grows). */
  annualSavings: Dec;
  /** annualSavings − annualRunCost, at the end of each year of the horizon. */
  netAnnualBenefit: Dec;
  /** Simple payback in years; null = never (the net benefit is not positive). */
  paybackYears: Dec | null;
  /** Discounted payback in years; null = never within 100 years. */
  discountedPaybackYears: Dec | null;
  /** NPV over the horizon at the discount rate: −investment now, net benefit at each year end. */
  npv: Dec;
  /** IRR of the same flows, fraction; null = none (no rate in (−100 %, 10,000 %) solves, e.g. nothing invested). */
  irr: Dec | null;
}

/** The investment figures of an outlay now and a constant net benefit a year (payback.ts and irr.ts). Exact. */
function investmentFigures(
  investment: Dec,
  annualRunCost: Dec,
  annualSavings: Dec,
  economics: LeverEconomics,
): InvestmentFigures {
  const netAnnualBenefit = annualSavings.minus(annualRunCost);
  const rate = dec(economics.discountRatePercent).div(100);
  const flows = Array.from({ length: economics.horizonYears }, () => netAnnualBenefit);
  return {
    investment,
    annualRunCost,
    annualSavings,
    netAnnualBenefit,
    paybackYears: simplePaybackYears(investment, netAnnualBenefit),
    discountedPaybackYears: discountedPaybackYears(rate, investment, netAnnualBenefit),
    npv: netPresentValue(rate, investment, flows),
    irr: annuityInternalRateOfReturn(investment, netAnnualBenefit, economics.horizonYears),
  };
}

/** What a change in bad minutes is worth. */
export interface AvoidedDowntime {
  /** Bad minutes a year before − after (negative when the change makes things worse). */
  badMinutesAvoidedPerYear: Dec;
  /** The same in hours: ÷ 60. */
  downtimeHoursAvoidedPerYear: Dec;
  /** Hours avoided × downtime cost per hour (full-outage-equivalent hours, so a share of users costs its share). */
  annualSavings: Dec;
}

function avoidedDowntime(before: Dec, after: Dec, downtimeCostPerHour: DecimalInput): AvoidedDowntime {
  const minutes = before.minus(after);
  const hours = minutes.div(60);
  return {
    badMinutesAvoidedPerYear: minutes,
    downtimeHoursAvoidedPerYear: hours,
    annualSavings: hours.times(dec(downtimeCostPerHour)),
  };
}

/** Which costs a lever (or a plan's levers) still needs before its money figures exist. */
export type MissingCost = 'oneTimeCost' | 'annualRunCost';

/** One lever on its own. */
export interface LeverFigures {
  leverId: string;
  modeId: string;
  /** Why figures are missing, in words (see `leverProblems`, plus the mode's own); empty when none is. */
  problems: string[];
  /** The mode's values before and after the lever; null when the mode or the lever has a problem. */
  before: ModeValues | null;
  after: ModeValues | null;
  /** Minutes, hours and money avoided a year; null with a problem. */
  avoided: AvoidedDowntime | null;
  /** The costs not given yet: while any is missing the lever shows "cost needed" and has no money figures. */
  missingCosts: MissingCost[];
  /** Payback, NPV, IRR…; null with a problem or a missing cost (never computed as if free). */
  finance: InvestmentFigures | null;
}

/**
 * One lever alone: bad minutes and downtime hours avoided a year, annual savings at the downtime
 * cost per hour, and — once both costs are given — net benefit, payback, discounted payback, NPV and
 * IRR over the horizon. Exact, not rounded.
 */
export function evaluateLever(
  lever: Lever,
  modes: readonly FailureMode[],
  conventionId: PeriodConventionId,
  economics: LeverEconomics,
): LeverFigures {
  const mode = modes.find((m) => m.id === lever.modeId);
  const problems = [...leverProblems(lever, modes), ...(mode ? failureModeProblems(mode) : [])];
  const missingCosts: MissingCost[] = [];
  if (lever.oneTimeCost === null) missingCosts.push('oneTimeCost');
  if (lever.annualRunCost === null) missingCosts.push('annualRunCost');
  const base = { leverId: lever.id, modeId: lever.modeId, problems, missingCosts };
  const before = mode && problems.length === 0 ? modeValues(mode, conventionId) : null;
  if (before === null) return { ...base, before: null, after: null, avoided: null, finance: null };
  const after = applyLever(before, lever.after, conventionId);
  const avoided = avoidedDowntime(
    badMinutesPerYear(before),
    badMinutesPerYear(after),
    economics.downtimeCostPerHour,
  );
  const finance =
    missingCosts.length > 0
      ? null
      : investmentFigures(
          dec(lever.oneTimeCost!),
          dec(lever.annualRunCost!),
          avoided.annualSavings,
          economics,
        );
  return { ...base, before, after, avoided, finance };
}

/**
 * Levers ranked by NPV, highest first (ties in input order); levers without money figures (a cost
 * needed, or a problem) follow in input order. Returns a new array; the figures are not changed.
 */
export function rankLeversByNpv(levers: readonly LeverFigures[]): LeverFigures[] {
  return levers
    .map((lever, index) => ({ lever, index }))
    .sort((a, b) => {
      const x = a.lever.finance?.npv ?? null;
      const y = b.lever.finance?.npv ?? null;
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      return y.comparedTo(x) || a.index - b.index;
    })
    .map(({ lever }) => lever);
}

/** A set of levers taken together. */
export interface PlanFigures {
  /** The levers in the plan, in input order. */
  leverIds: string[];
  /** Problems of the plan's levers and of the modes they change, in words; empty when none. */
  problems: string[];
  /** The catalogue with every planned lever applied (levers on one mode combined: see `combineLevers`). */
  catalogueAfter: CatalogueFigures;
  /** Bad minutes, hours and money the levers avoid together; null while a planned lever or a mode it changes has a problem. */
  avoided: AvoidedDowntime | null;
  /** Σ of each lever's own bad minutes avoided: more than `avoided` when levers on one mode overlap. */
  sumOfSingleBadMinutesAvoidedPerYear: Dec | null;
  /** Σ of each lever's own annual savings. */
  sumOfSingleAnnualSavings: Dec | null;
  /** Σ one-time costs; null while a lever's is missing. */
  investment: Dec | null;
  /** Σ annual run costs; null while a lever's is missing. */
  annualRunCost: Dec | null;
  /** Ids of the planned levers that still need a cost. */
  costNeededLeverIds: string[];
  /** The plan's own payback, NPV and IRR; null while a cost is needed or a problem stands. */
  finance: InvestmentFigures | null;
}

/**
 * The plan: every lever whose id is in `planLeverIds`, applied together. Levers on the same mode
 * combine as `combineLevers` says; levers on different modes simply add. Gives the catalogue after
 * the plan (its availability is the "Plan" scenario's), the combined saving beside the sum of the
 * single ones, and the plan's investment and run cost as sums of its levers'. `fixed` modes (see
 * `evaluateCatalogue`) stay as they are in the catalogue after the plan. Exact, not rounded.
 */
export function evaluatePlan(
  levers: readonly Lever[],
  planLeverIds: ReadonlySet<string> | readonly string[],
  modes: readonly FailureMode[],
  conventionId: PeriodConventionId,
  economics: LeverEconomics,
  fixed: readonly FixedMode[] = [],
): PlanFigures {
  const wanted = new Set(planLeverIds);
  const planned = levers.filter((lever) => wanted.has(lever.id));
  const singles = planned.map((lever) => evaluateLever(lever, modes, conventionId, economics));
  const problems = [...new Set(singles.flatMap((s) => s.problems))];
  const catalogueAfter = catalogueFromValues(
    modes
      .map((mode) => {
        const values = modeValues(mode, conventionId);
        const onMode = planned.filter(
          (lever, i) => lever.modeId === mode.id && singles[i]!.problems.length === 0,
        );
        return { id: mode.id, values: values === null ? null : combineLevers(values, onMode, conventionId) };
      })
      .concat(fixed.map(({ id, values }) => ({ id, values }))),
    conventionId,
  );
  // The saving counts only the modes the plan changes, so an unrelated mode still waiting for a
  // value does not hide it (the availability after the plan does wait for it).
  const touched = catalogueAfter.modes.filter((m) => planned.some((lever) => lever.modeId === m.id));
  const complete = problems.length === 0 && touched.every((m) => m.badMinutesPerYear !== null);
  const beforeMinutes = (id: string) =>
    modeBadMinutesPerYear(
      modes.find((m) => m.id === id)!,
      conventionId,
    )!;
  const avoided = complete
    ? avoidedDowntime(
        touched.reduce((total, m) => total.plus(beforeMinutes(m.id)), ZERO),
        touched.reduce((total, m) => total.plus(m.badMinutesPerYear!), ZERO),
        economics.downtimeCostPerHour,
      )
    : null;
  const sum = (pick: (s: LeverFigures) => Dec | null): Dec | null =>
    complete ? singles.reduce((total, s) => total.plus(pick(s)!), ZERO) : null;
  const costNeededLeverIds = singles.filter((s) => s.missingCosts.length > 0).map((s) => s.leverId);
  const costsKnown = costNeededLeverIds.length === 0;
  const investment = costsKnown ? planned.reduce((total, l) => total.plus(dec(l.oneTimeCost!)), ZERO) : null;
  const annualRunCost = costsKnown
    ? planned.reduce((total, l) => total.plus(dec(l.annualRunCost!)), ZERO)
    : null;
  return {
    leverIds: planned.map((lever) => lever.id),
    problems,
    catalogueAfter,
    avoided,
    sumOfSingleBadMinutesAvoidedPerYear: sum((s) => s.avoided?.badMinutesAvoidedPerYear ?? null),
    sumOfSingleAnnualSavings: sum((s) => s.avoided?.annualSavings ?? null),
    investment,
    annualRunCost,
    costNeededLeverIds,
    finance:
      avoided !== null && investment !== null && annualRunCost !== null
        ? investmentFigures(investment, annualRunCost, avoided.annualSavings, economics)
        : null,
  };
}
