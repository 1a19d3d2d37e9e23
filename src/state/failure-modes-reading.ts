import { dec } from '../model/decimal';
import {
  budgetFigures,
  evaluateCatalogue,
  evaluateLever,
  evaluatePlan,
  rankLeversByNpv,
  type BudgetFigures,
  type CatalogueFigures,
  type Estimate,
  type FailureMode,
  type FailureModeField,
  type FixedMode,
  type Lever,
  type LeverAfter,
  type LeverFigures,
  type PlanFigures,
} from '../model/failure-modes';
import { FAILURE_CATALOGUE_NAMES } from '../model/failure-catalogues';
import type { FailureModeLevels } from '../model/result-graph';
import type { DependencyTree } from '../model/dependency-tree';
import type { PeriodConventionId } from '../model/periods';
import type { CalculatorInputs } from '../model/scenarios';
import { scenarioLabel } from '../model/scenario-label';
import {
  joinedDependencyText,
  parseCostText,
  parseDurationText,
  parseFrequencyText,
  parseLeverChangeText,
  parseUsersAffectedText,
  type TextReading,
} from '../format/failure-text';
import type { FailureModeRow, FailureModesSession, LeverRow } from './session';

/*
 * Reads the failure modes and levers as typed (the session holds text) into the model's values, and
 * evaluates the catalogue, each target's error budget, each lever, and the plan. Loaded on demand:
 * by the failure-modes section, and by the result graph once the catalogue is used for today's
 * availability or a lever is in the plan.
 *
 * A field whose text cannot be read keeps its message beside it, and the figures keep the value the
 * field had before the edit began (never a prefix of what is being typed), or, for text that was
 * never readable (a link made so), wait for a value.
 */

/** A lever's text fields: the four "after" fields and the two costs. */
export type LeverField = FailureModeField | 'oneTimeCost' | 'annualRunCost';

/** What one field's text reads as, for beside the field. */
export interface FieldReading {
  /** Why the text is not used, naming what is accepted; null when it is read. */
  message: string | null;
  /** How a vague word was read ("Minutes: read as 1–15 min"), when it was. */
  note: string | null;
  /** When the text is not used: the earlier text whose value the figures use instead (null = none: they wait). */
  usedText: string | null;
}

export interface ModeReading {
  row: FailureModeRow;
  mode: FailureMode;
  fields: Record<FailureModeField, FieldReading>;
}

export interface LeverReading {
  row: LeverRow;
  lever: Lever;
  /** The costs as read, with their ranges when typed as ranges ("50,000-80,000"); `lever` has their best estimates. */
  costEstimates: Record<'oneTimeCost' | 'annualRunCost', Estimate | null>;
  fields: Record<LeverField, FieldReading>;
}

/** One target scenario's error budget against the catalogue. */
export interface TargetBudget {
  scenarioId: string;
  label: string;
  figures: BudgetFigures;
}

/** Everything the section shows and the comparison takes from the failure modes. */
export interface FailureModesReading {
  /** The name of the catalogue the rows started from ("Production failures (seed)"). */
  catalogueName: string;
  modes: ModeReading[];
  /**
   * The dependencies joined to the catalogue (read-only rows after the typed modes, in the
   * catalogue's and each budget's `modes` after the typed ones): only while the switch is on.
   */
  dependencyModes: readonly JoinedDependency[];
  /** True while the dependencies join but their code is still loading (they are left out meanwhile). */
  dependenciesPending: boolean;
  /** The dependencies that would join but have no figures yet (no availability…), by name: left out meanwhile. */
  dependenciesLeftOut: readonly string[];
  levers: LeverReading[];
  catalogue: CatalogueFigures;
  budgets: TargetBudget[];
  /** Each lever alone, ranked by NPV (levers without money figures last). */
  rankedLevers: LeverFigures[];
  /** The plan; null while no lever is in it. */
  plan: PlanFigures | null;
  /** What the comparison takes: today's availability (when the switch is on) and the Plan row. */
  levels: FailureModeLevels;
  /** Why the switch is on but today's availability is still the typed one; null otherwise. */
  baselineNote: string | null;
  /** Why levers are in the plan but there is no "Plan" row; null otherwise. */
  planNote: string | null;
}

/** The value each field had when its edit began (key `rowId.field`): what the figures use while the text is unreadable. */
const beforeEdit = new Map<string, { text: string; value: unknown } | null>();
/** The last value each field was read as outside an edit. */
const settled = new Map<string, { text: string; value: unknown }>();

/** A field gained focus: until it loses it, unreadable text falls back to the value it has now. */
export function fieldEditStarted(key: string): void {
  beforeEdit.set(key, settled.get(key) ?? null);
}

/** A field lost focus. */
export function fieldEditEnded(key: string): void {
  beforeEdit.delete(key);
}

/** The key of a row's field in the memory of readable values. */
export const fieldKey = (rowId: string, field: string) => `${rowId}.${field}`;

const OUT_OF_CONTROL =
  'The specification calls this “out of control”: set how long it takes in your experience, such as 1-4 hours.';

function readField<T>(key: string, text: string, read: (text: string) => TextReading<T>) {
  const reading = /^\s*out of control\s*$/i.test(text)
    ? ({ ok: false, message: OUT_OF_CONTROL } as const)
    : read(text);
  if (reading.ok) {
    if (!beforeEdit.has(key)) settled.set(key, { text, value: reading.value });
    return {
      value: reading.value as T | null,
      field: { message: null, note: reading.note, usedText: null } satisfies FieldReading,
    };
  }
  const fallback = beforeEdit.has(key) ? beforeEdit.get(key)! : (settled.get(key) ?? null);
  return {
    value: (fallback?.value ?? null) as T | null,
    field: { message: reading.message, note: null, usedText: fallback?.text ?? null } satisfies FieldReading,
  };
}

const MODE_READERS = {
  frequency: parseFrequencyText,
  timeToDetect: parseDurationText,
  timeToRecover: parseDurationText,
  usersAffected: parseUsersAffectedText,
} as const;

function readMode(row: FailureModeRow): ModeReading {
  // One field at a time, each with its own reader, so each value keeps its type.
  const read = <F extends FailureModeField, T>(field: F, reader: (text: string) => TextReading<T>) =>
    readField(fieldKey(row.id, field), row.text[field], reader);
  const frequency = read('frequency', MODE_READERS.frequency);
  const timeToDetect = read('timeToDetect', MODE_READERS.timeToDetect);
  const timeToRecover = read('timeToRecover', MODE_READERS.timeToRecover);
  const usersAffected = read('usersAffected', MODE_READERS.usersAffected);
  const mode: FailureMode = {
    id: row.id,
    name: row.name,
    frequency: frequency.value,
    timeToDetect: timeToDetect.value,
    timeToRecover: timeToRecover.value,
    usersAffected: usersAffected.value,
  };
  const fields: Record<FailureModeField, FieldReading> = {
    frequency: frequency.field,
    timeToDetect: timeToDetect.field,
    timeToRecover: timeToRecover.field,
    usersAffected: usersAffected.field,
  };
  return { row, mode, fields };
}

function readLever(row: LeverRow): LeverReading {
  const fields = {} as Record<LeverField, FieldReading>;
  const change = <F extends FailureModeField>(field: F) => {
    const read = readField(fieldKey(row.id, field), row.text[field], (text) =>
      parseLeverChangeText(text, field),
    );
    fields[field] = read.field;
    return read.value;
  };
  const after: LeverAfter = {
    frequency: change('frequency'),
    timeToDetect: change('timeToDetect'),
    timeToRecover: change('timeToRecover'),
    usersAffected: change('usersAffected'),
  };
  const costs = { oneTimeCost: null as number | null, annualRunCost: null as number | null };
  const costEstimates = { oneTimeCost: null as Estimate | null, annualRunCost: null as Estimate | null };
  for (const field of ['oneTimeCost', 'annualRunCost'] as const) {
    const read = readField(fieldKey(row.id, field), row.text[field], parseCostText);
    fields[field] = read.field;
    costs[field] = read.value?.best ?? null;
    costEstimates[field] = read.value;
  }
  return {
    row,
    lever: {
      id: row.id,
      name: row.name,
      modeId: row.modeId,
      after,
      ...costs,
    },
    costEstimates,
    fields,
  };
}

/** A percentage a comparison can take as a level: strictly between 0 and 100. */
const usableLevel = (percent: ReturnType<typeof dec> | null) =>
  percent !== null && percent.gt(0) && percent.lt(100) ? percent : null;

// ——— The dependencies' part: their engine and figures load (their own chunks) only once they join.

interface DependencyJoin {
  evaluateDependencies: (typeof import('../model/dependencies'))['evaluateDependencies'];
  dependencyModeRows: (typeof import('../model/dependency-figures'))['dependencyModeRows'];
}
let join: DependencyJoin | null = null;
let joining: Promise<void> | null = null;
const joinListeners = new Set<() => void>();

/**
 * Calls `listener` once the dependencies' code has loaded (see `loadDependencyJoin`); nothing once it
 * has (the readings taken from then on have the dependencies: nothing is left to say).
 */
export function onDependencyJoin(listener: () => void): void {
  if (join === null) joinListeners.add(listener);
}

/**
 * Loads the dependency engine and figures the join needs (once); the readings made meanwhile leave the
 * dependencies out and say so (`dependenciesPending`). Should the chunks fail to load, a later
 * reading tries again.
 */
export function loadDependencyJoin(): Promise<void> {
  joining ??= Promise.all([import('../model/dependencies'), import('../model/dependency-figures')]).then(
    ([{ evaluateDependencies }, { dependencyModeRows }]) => {
      join = { evaluateDependencies, dependencyModeRows };
      // Each is called once: the set is emptied, so that no listener is kept for the page's life.
      const listeners = [...joinListeners];
      joinListeners.clear();
      listeners.forEach((listener) => listener());
    },
    () => {
      joining = null;
    },
  );
  return joining;
}

/** Whether the dependencies join the catalogue: the switch is on and the tree has something in it. */
export const dependenciesJoin = (session: FailureModesSession, tree: DependencyTree | null) =>
  session.useForBaseline && tree !== null && tree.children.length > 0;

/** A dependency joined to the catalogue: its row's values, and the text its fields show (`joinedDependencyText`). */
export interface JoinedDependency extends FixedMode {
  text: Record<FailureModeField, string>;
}

let lastRows: {
  tree: DependencyTree;
  convention: PeriodConventionId;
  rows: readonly JoinedDependency[];
  /** The critical items without figures yet (no availability, an empty group…), by name: left out. */
  leftOut: readonly string[];
} | null = null;

/** The tree's rows for the catalogue (`dependencyModeRows`), the same array for the same tree; null while loading. */
function dependencyModesOf(
  tree: DependencyTree,
  convention: PeriodConventionId,
): readonly JoinedDependency[] | null {
  if (join === null) {
    void loadDependencyJoin();
    return null;
  }
  if (lastRows?.tree !== tree || lastRows.convention !== convention) {
    const evaluation = join.evaluateDependencies(tree);
    lastRows = {
      tree,
      convention,
      rows: join
        .dependencyModeRows(evaluation, convention)
        .map((row) => ({ ...row, text: joinedDependencyText(row.values) })),
      leftOut: evaluation.critical.filter((item) => !item.outcome.ok).map((item) => item.name),
    };
  }
  return lastRows.rows;
}

let last: {
  session: FailureModesSession;
  inputs: CalculatorInputs;
  dependencyModes: readonly JoinedDependency[] | null;
  reading: FailureModesReading;
} | null = null;

/**
 * The failure modes of a session read and evaluated under the page's inputs (period convention,
 * downtime cost per hour, horizon, discount rate, targets). While the switch "Use failure modes for
 * today's availability" is on, the critical items of the dependency `tree` (one row each, a redundant
 * group as one: dependency-figures.ts `dependencyModeRows`) join the catalogue: its total, its
 * availability, each budget, today's level and the plan's include them. Exact figures
 * (failure-modes.ts); the last reading is kept, so the section and the result graph share one
 * evaluation per change.
 */
export function readFailureModes(
  session: FailureModesSession,
  inputs: CalculatorInputs,
  tree: DependencyTree | null = null,
): FailureModesReading {
  const dependencyModes = dependenciesJoin(session, tree)
    ? dependencyModesOf(tree!, inputs.periodConvention)
    : null;
  if (last && last.session === session && last.inputs === inputs && last.dependencyModes === dependencyModes)
    return last.reading;
  const convention = inputs.periodConvention;
  const modes = session.modes.map(readMode);
  const levers = session.levers.map(readLever);
  const modeValues = modes.map((m) => m.mode);
  const joined = dependencyModes ?? [];
  const catalogue = evaluateCatalogue(modeValues, convention, joined);
  const cap = dec(session.capPercent).div(100);
  const budgets = inputs.scenarios.map((scenario) => ({
    scenarioId: scenario.id,
    label: scenarioLabel(scenario),
    figures: budgetFigures(catalogue, scenario.availabilityPercent, cap),
  }));
  const economics = {
    downtimeCostPerHour: inputs.downtimeCostPerHour,
    horizonYears: inputs.horizonYears,
    discountRatePercent: inputs.discountRatePercent,
  };
  const leverValues = levers.map((l) => l.lever);
  const rankedLevers = rankLeversByNpv(
    leverValues.map((lever) => evaluateLever(lever, modeValues, convention, economics)),
  );
  const planIds = session.levers.filter((l) => l.inPlan).map((l) => l.id);
  const plan =
    planIds.length === 0
      ? null
      : evaluatePlan(leverValues, planIds, modeValues, convention, economics, joined);

  const fromCatalogue = usableLevel(catalogue.availabilityPercent);
  let baselineNote: string | null = null;
  if (session.useForBaseline && fromCatalogue === null)
    baselineNote =
      catalogue.availabilityPercent === null
        ? 'The failure modes have no total yet (a value is missing), so today’s availability stays the one typed.'
        : catalogue.noDowntime
          ? 'The failure modes add up to no downtime at all (100 %), which is no baseline, so today’s availability stays the one typed.'
          : 'The failure modes add up to the whole year (0 %), so today’s availability stays the one typed.';

  let planLevel: FailureModeLevels['plan'] = null;
  let planNote: string | null = null;
  if (plan !== null) {
    const after = usableLevel(plan.catalogueAfter.availabilityPercent);
    if (plan.problems.length > 0) planNote = `No “Plan” row yet: ${plan.problems[0]}`;
    else if (plan.investment === null || plan.annualRunCost === null)
      planNote = 'No “Plan” row yet: a lever in the plan still needs its costs (cost needed).';
    else if (after === null)
      planNote =
        plan.catalogueAfter.availabilityPercent === null
          ? 'No “Plan” row yet: the failure modes have no total (a value is missing).'
          : 'No “Plan” row yet: the catalogue after the plan has no downtime at all (100 %) or fills the year.';
    else
      planLevel = {
        availabilityPercent: after,
        investment: plan.investment,
        annualRunCost: plan.annualRunCost,
      };
  }
  const reading: FailureModesReading = {
    catalogueName: FAILURE_CATALOGUE_NAMES[session.catalogueId],
    modes,
    dependencyModes: joined,
    dependenciesPending: dependenciesJoin(session, tree) && dependencyModes === null,
    dependenciesLeftOut: dependencyModes !== null && lastRows ? lastRows.leftOut : [],
    levers,
    catalogue,
    budgets,
    rankedLevers,
    plan,
    levels: {
      baselineAvailabilityPercent: session.useForBaseline ? fromCatalogue : null,
      plan: planLevel,
    },
    baselineNote,
    planNote,
  };
  last = { session, inputs, dependencyModes, reading };
  return reading;
}

/** The levels the comparison takes from a session's failure modes (see `readFailureModes`). */
export function failureModeLevels(
  session: FailureModesSession,
  inputs: CalculatorInputs,
  tree: DependencyTree | null = null,
): FailureModeLevels {
  return readFailureModes(session, inputs, tree).levels;
}
