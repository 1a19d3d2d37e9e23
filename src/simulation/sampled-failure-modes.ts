import type {
  Duration,
  Estimate,
  FailureMode,
  FailureModeField,
  Frequency,
  FrequencyUnit,
  Lever,
  LeverChange,
} from '../model/failure-modes';
import type { PeriodConventionId } from '../model/periods';
import type { DependencyNode } from '../model/dependency-tree';
import { defaultRangeShape, type RangeInput } from '../model/ranges';
import { sampledDependencyMinutes, type DependencyInputKey } from './sampled-dependencies';
import { YEAR_HOURS } from './sampled-model';

/*
 * The failure-mode catalogue in float64, for the simulation: the same formula as the exact model
 * (src/model/failure-modes.ts) over columns of runs —
 *
 *   bad minutes a year = incidents a year × (minutes to detect + minutes to recover) × share affected,
 *
 * today's unavailability = min(1, Σ bad minutes ÷ minutes a year), and the plan's the same after its
 * levers, combined as `combineLevers` combines them. A field typed as a range ("1-2 per year",
 * "5-30min", "SEV2") is an uncertain input; every other field is its best estimate in every run.
 */

/** A cost of a lever in the plan. */
export type LeverCost = 'oneTimeCost' | 'annualRunCost';

/** A lever of the plan: the model's lever (its costs the best estimates), and its costs typed as ranges, if any. */
export interface PlannedLever extends Lever {
  /** Low and high ends in currency units (a 90 % interval), for a cost typed as a range ("50,000-80,000"). */
  costRanges?: Partial<Record<LeverCost, { low: number; high: number }>>;
}

/** What the simulation takes from the failure modes: plain values (they cross to the worker). */
export interface SimulationFailureModes {
  /** Every mode of the catalogue as read (complete: the comparison takes them only then). */
  modes: FailureMode[];
  /** Whether today's availability comes from the catalogue (as the exact comparison has it). */
  baselineFromModes: boolean;
  /** The levers of the plan (each without a problem, both costs given); null while there is no "Plan" row. */
  planLevers: PlannedLever[] | null;
  /**
   * Bad minutes a year of the catalogue's fixed rows: the dependencies that join it while the switch
   * is on (failure-modes-reading.ts `dependencyModes`). Points, the same in every run, today and after
   * the plan (no lever changes a dependency); 0 when none join.
   */
  fixedMinutesPerYear?: number;
  /**
   * The joined dependency rows that hold a dependency given as a range, each as the part of the tree
   * behind it (sampled-dependencies.ts `joinedDependencyItem`): drawn in every run, the same today and
   * after the plan. Their minutes are not in `fixedMinutesPerYear`. Absent when no joined dependency
   * has a range.
   */
  uncertainDependencies?: DependencyNode[];
}

/** A field's values in the model's units in every run: incidents a year, minutes, minutes, fraction. */
export interface ModeColumns {
  incidentsPerYear: Float64Array;
  minutesToDetect: Float64Array;
  minutesToRecover: Float64Array;
  shareAffected: Float64Array;
}

/** The model's key of each field's value (failure-modes.ts `ModeValues`). */
export const MODE_VALUE_KEYS: Record<FailureModeField, keyof ModeColumns> = {
  frequency: 'incidentsPerYear',
  timeToDetect: 'minutesToDetect',
  timeToRecover: 'minutesToRecover',
  usersAffected: 'shareAffected',
};

/** The unit an uncertain failure-mode or lever value is drawn in. */
export type ModeValueUnit = 'incidents-per-year' | 'minutes' | 'share' | 'percent-change';

const UNIT_OF: Record<FailureModeField, ModeValueUnit> = {
  frequency: 'incidents-per-year',
  timeToDetect: 'minutes',
  timeToRecover: 'minutes',
  usersAffected: 'share',
};

/** Minutes in a year under a convention: the twin's hours a year (sampled-model.ts) × 60. */
export function yearMinutesOf(convention: PeriodConventionId): number {
  return YEAR_HOURS[convention] * 60;
}

/** Incidents a year per incident counted in a frequency's period (model `incidentsPerYear` ÷ count). */
function incidentsFactor(frequency: Frequency, convention: PeriodConventionId): number {
  const yearHours = YEAR_HOURS[convention];
  const unitHours: Record<FrequencyUnit, number> = {
    year: yearHours,
    quarter: yearHours / 4,
    month: yearHours / 12,
    week: 168,
    day: 24,
    hour: 1,
  };
  return yearHours / (frequency.per * unitHours[frequency.unit]);
}

const MINUTES_IN = { second: 1 / 60, minute: 1, hour: 60, day: 1440 } as const;

/** A typed value (frequency, duration or share) as its estimate and the factor to the model's unit. */
function scaled(
  field: FailureModeField,
  value: Frequency | Duration | Estimate,
  convention: PeriodConventionId,
): { estimate: Estimate; factor: number } {
  if (field === 'frequency') {
    const frequency = value as Frequency;
    return { estimate: frequency.count, factor: incidentsFactor(frequency, convention) };
  }
  if (field === 'usersAffected') return { estimate: value as Estimate, factor: 1 };
  const duration = value as Duration;
  return { estimate: duration.amount, factor: MINUTES_IN[duration.unit] };
}

/** An estimate in the model's unit: the best estimate and, when typed as a range (low < high), its range. */
function valueOf({ estimate, factor }: { estimate: Estimate; factor: number }): {
  best: number;
  range: RangeInput | null;
} {
  const best = estimate.best * factor;
  const { low, high } = estimate;
  if (low === undefined || high === undefined || !(low < high)) return { best, range: null };
  // Lognormal when the range stays above 0 (issue 14's default for positive amounts); uniform when it
  // starts at 0 ("<30s", "immediate", SEV3), where a lognormal cannot go.
  return { best, range: { low: low * factor, high: high * factor, shape: defaultRangeShape(low) } };
}

/**
 * A relative change in percent ("−30 % to −60 %"): its best estimate and, when typed as a range, the
 * range read as uniform whatever its sign. A change is no positive amount (a cut is below 0, and a
 * range may cross 0), so the lognormal of positive quantities does not fit it, and a cut and a rise
 * of the same size spread alike.
 */
function changeValueOf(percent: Estimate): { best: number; range: RangeInput | null } {
  const { best, range } = valueOf({ estimate: percent, factor: 1 });
  return { best, range: range === null ? null : { ...range, shape: 'uniform' } };
}

/** One value of the catalogue or a lever that the simulation reads: its path, words, unit, best estimate and range. */
export interface ModeValueInput {
  key:
    | `modes.${string}.${FailureModeField}`
    | `levers.${string}.${FailureModeField}`
    | `levers.${string}.${LeverCost}`;
  label: string;
  /** A lever's cost is money (currency units, once or a year). */
  unit: ModeValueUnit | 'money';
  best: number;
  /** Null when the field is a point (typed as one figure). */
  range: RangeInput | null;
}

const FIELD_LABELS: Record<FailureModeField, (name: string) => string> = {
  frequency: (name) => `Frequency of ${name}`,
  timeToDetect: (name) => `Time to detect ${name}`,
  timeToRecover: (name) => `Time to recover from ${name}`,
  usersAffected: (name) => `Users affected by ${name}`,
};

const AFTER_LABELS: Record<FailureModeField, string> = {
  frequency: 'Frequency after',
  timeToDetect: 'Time to detect after',
  timeToRecover: 'Time to recover after',
  usersAffected: 'Users affected after',
};

const FIELDS: readonly FailureModeField[] = ['frequency', 'timeToDetect', 'timeToRecover', 'usersAffected'];

function nameOf(name: string, fallback: string): string {
  return name.trim() === '' ? fallback : name.trim();
}

/**
 * Every value the failure modes give the simulation, in a fixed order: each mode's four fields, then
 * each planned lever's changed fields. A lever's relative change ("−50 %", "−30 % to −60 %") is a
 * value in percent (a range of it uniform, see `changeValueOf`); a new value is in the field's model unit. Modes with a missing field are skipped (the comparison
 * does not take the catalogue then).
 */
export function modeValueInputs(
  failureModes: SimulationFailureModes,
  convention: PeriodConventionId,
): ModeValueInput[] {
  const inputs: ModeValueInput[] = [];
  for (const mode of failureModes.modes) {
    const name = nameOf(mode.name, 'a failure mode');
    for (const field of FIELDS) {
      const value = mode[field];
      if (value === null) continue;
      inputs.push({
        key: `modes.${mode.id}.${field}`,
        label: FIELD_LABELS[field](name),
        unit: UNIT_OF[field],
        ...valueOf(scaled(field, value, convention)),
      });
    }
  }
  for (const lever of failureModes.planLevers ?? []) {
    const name = nameOf(lever.name, 'a lever');
    for (const field of FIELDS) {
      const change = lever.after[field] as LeverChange<Frequency | Duration | Estimate> | null;
      if (change === null) continue;
      const relative = change.kind === 'relative';
      inputs.push({
        key: `levers.${lever.id}.${field}`,
        label: `${AFTER_LABELS[field]} ${name}`,
        unit: relative ? 'percent-change' : UNIT_OF[field],
        ...(relative ? changeValueOf(change.percent) : valueOf(scaled(field, change.value, convention))),
      });
    }
    for (const cost of ['oneTimeCost', 'annualRunCost'] as const) {
      const ends = lever.costRanges?.[cost];
      if (ends === undefined) continue;
      inputs.push({
        key: `levers.${lever.id}.${cost}`,
        label: `${cost === 'oneTimeCost' ? 'One-time cost' : 'Annual run cost'} of ${name}`,
        unit: 'money',
        ...valueOf({ estimate: { best: lever[cost] ?? 0, ...ends }, factor: 1 }),
      });
    }
  }
  return inputs;
}

/** The least and most a draw of a unit may be: a count or time ≥ 0, a share 0–1, a change ≥ −100 %. */
export function unitBounds(unit: ModeValueUnit | 'money'): { min: number; max: number } {
  if (unit === 'share') return { min: 0, max: 1 };
  if (unit === 'percent-change') return { min: -100, max: Infinity };
  return { min: 0, max: Infinity };
}

/** A value's column: the drawn one, or the best estimate in every run (a dependency's: its unavailability). */
export type ColumnOf = (key: ModeValueInput['key'] | DependencyInputKey, best: number) => Float64Array;

/** A lever's change of one field: relative (in percent) or a new value, its column over the runs. */
interface Change {
  relative: boolean;
  values: Float64Array;
}

/** The value a change gives in run i, from the value before. */
function afterValue(change: Change, was: number, i: number): number {
  return change.relative ? was * (1 + change.values[i]! / 100) : change.values[i]!;
}

/** Frequency or share after several levers: their factors multiply; from 0 the smallest new value wins. */
function multiplied(changes: readonly Change[], was: number, i: number): number {
  if (changes.length === 0) return was;
  let result = was;
  let smallest = Infinity;
  for (const change of changes) {
    const next = afterValue(change, was, i);
    smallest = Math.min(smallest, next);
    result *= next / was;
  }
  return was === 0 ? smallest : result;
}

/** A time after several levers: the shortest any gives. */
function shortest(changes: readonly Change[], was: number, i: number): number {
  if (changes.length === 0) return was;
  let result = Infinity;
  for (const change of changes) result = Math.min(result, afterValue(change, was, i));
  return result;
}

/** Today's unavailability (fraction) and the plan's, in every run. */
export interface SampledCatalogue {
  /** min(1, Σ bad minutes ÷ minutes a year) of the catalogue as typed. */
  unavailability: Float64Array;
  /** The same after the plan's levers; null without a plan. */
  planUnavailability: Float64Array | null;
}

/**
 * The catalogue's unavailability in every run, today and after the plan, from each value's column.
 * Common random numbers: a mode's drawn field is the same in run i before and after the plan. Levers
 * on one mode combine as the exact model's `combineLevers`: factors on frequency and users affected
 * multiply (from 0 the smallest new value wins; a share never above 1), the shortest time to detect
 * and to recover wins.
 */
export function sampledCatalogue(
  failureModes: SimulationFailureModes,
  convention: PeriodConventionId,
  runs: number,
  columnOf: ColumnOf,
): SampledCatalogue {
  const year = yearMinutesOf(convention);
  const bestOf = new Map(modeValueInputs(failureModes, convention).map((input) => [input.key, input.best]));
  const column = (key: ModeValueInput['key']) => columnOf(key, bestOf.get(key)!);
  const fixed = failureModes.fixedMinutesPerYear ?? 0;
  const today = new Float64Array(runs).fill(fixed);
  const plan = failureModes.planLevers === null ? null : new Float64Array(runs).fill(fixed);
  // The joined dependencies given as ranges: their minutes in every run, today and after the plan alike.
  if (failureModes.uncertainDependencies?.length) {
    const minutes = sampledDependencyMinutes(failureModes.uncertainDependencies, year, runs, columnOf);
    for (let i = 0; i < runs; i += 1) {
      today[i] = today[i]! + minutes[i]!;
      if (plan !== null) plan[i] = plan[i]! + minutes[i]!;
    }
  }
  for (const mode of failureModes.modes) {
    const before = {} as ModeColumns;
    for (const field of FIELDS) before[MODE_VALUE_KEYS[field]] = column(`modes.${mode.id}.${field}`);
    const levers = (failureModes.planLevers ?? []).filter((lever) => lever.modeId === mode.id);
    // Per field, the levers' columns that change it (relative changes apart from new values).
    const changesOf = (field: FailureModeField): Change[] =>
      levers.flatMap((lever) => {
        const change = lever.after[field];
        if (change === null) return [];
        return [{ relative: change.kind === 'relative', values: column(`levers.${lever.id}.${field}`) }];
      });
    const changes = Object.fromEntries(FIELDS.map((field) => [field, changesOf(field)])) as Record<
      FailureModeField,
      Change[]
    >;
    const { incidentsPerYear, minutesToDetect, minutesToRecover, shareAffected } = before;
    for (let i = 0; i < runs; i += 1) {
      const incidents = incidentsPerYear[i]!;
      const detect = minutesToDetect[i]!;
      const recover = minutesToRecover[i]!;
      const share = shareAffected[i]!;
      today[i] = today[i]! + incidents * (detect + recover) * share;
      if (plan === null) continue;
      plan[i] =
        plan[i]! +
        multiplied(changes.frequency, incidents, i) *
          (shortest(changes.timeToDetect, detect, i) + shortest(changes.timeToRecover, recover, i)) *
          Math.min(multiplied(changes.usersAffected, share, i), 1);
    }
  }
  const unavailable = (minutes: Float64Array) => minutes.map((m) => Math.min(m / year, 1));
  return { unavailability: unavailable(today), planUnavailability: plan === null ? null : unavailable(plan) };
}

/** The catalogue's unavailability (fraction) today and after the plan (null without one) at every best estimate. */
export function bestCatalogue(
  failureModes: SimulationFailureModes,
  convention: PeriodConventionId,
): { unavailability: number; planUnavailability: number | null } {
  const best = sampledCatalogue(failureModes, convention, 1, (_key, value) =>
    new Float64Array(1).fill(value),
  );
  return {
    unavailability: best.unavailability[0]!,
    planUnavailability: best.planUnavailability?.[0] ?? null,
  };
}

/**
 * The inputs with today's availability the comparison uses: the catalogue's at every best estimate
 * (percent) when it comes from the failure modes, else as typed. The rule's investments and the
 * ranking of the steps read it.
 */
export function inputsWithToday<
  T extends { baselineAvailabilityPercent: number; periodConvention: PeriodConventionId },
>(inputs: T, failureModes: SimulationFailureModes | null): T {
  if (failureModes === null || !failureModes.baselineFromModes) return inputs;
  const { unavailability } = bestCatalogue(failureModes, inputs.periodConvention);
  return { ...inputs, baselineAvailabilityPercent: 100 * (1 - unavailability) };
}
