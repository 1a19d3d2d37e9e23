import type { CurrencyCode } from '../format/format';
import type { DependencyTree, OwnOutage } from '../model/dependency-tree';
import type { FailureCatalogueId, FailureModeTexts, LeverTexts } from '../model/failure-catalogues';
import { INDUSTRIES, SEED_EXAMPLE, type IndustryId } from '../model/presets';
import type { RangeInput, RangedInputId } from '../model/ranges';
import type { CalculatorInputs } from '../model/scenarios';

/**
 * The session: everything the user chose, as the store holds it, the browser saves it and a share
 * link carries it. A leaf module (it imports nothing from src/state), so that the store, the schema,
 * the storage adapter and the share-link codec can all depend on it without an import circle.
 */

export type PresetId = 'seed' | IndustryId;

/**
 * The paths of the inputs a range can belong to besides the cost per hour: each scenario's one-time
 * investment and extra annual run cost, by scenario id (the simulation's `UncertainInputKey`).
 */
export type ScenarioRangeKey = `scenarios.${string}.investment` | `scenarios.${string}.annualRunCost`;

/** The ranges of a session: the cost per hour's always, each scenario's when the user gives one. */
export type SessionRanges = Record<RangedInputId, RangeInput> & Partial<Record<ScenarioRangeKey, RangeInput>>;

/** A failure mode as the user typed it: each field's text is the source, its value is read from it. */
export interface FailureModeRow {
  /** `m` + a counter (`FailureModesSession.nextId`). */
  id: string;
  name: string;
  text: FailureModeTexts;
}

/** A lever as typed: the mode it changes, its "after" texts (blank = unchanged), its two costs (blank = cost needed). */
export interface LeverRow {
  /** `l` + a counter (`FailureModesSession.nextId`). */
  id: string;
  name: string;
  /** The id of the failure mode it changes. */
  modeId: string;
  text: LeverTexts;
  /** Whether the lever is in the plan. */
  inPlan: boolean;
}

/** The failure-mode catalogue, its levers and the plan. */
export interface FailureModesSession {
  /** The catalogue the rows started from (the "Failure catalogue" picker). */
  catalogueId: FailureCatalogueId;
  /** "Use failure modes for today's availability": the current availability follows the catalogue. */
  useForBaseline: boolean;
  /** The cap on one mode's share of a target's error budget, percent (25 = a quarter). */
  capPercent: number;
  /** "Root causes (seed)": incidents a year, which its frequencies follow; null for other catalogues. */
  incidentsPerYear: number | null;
  modes: FailureModeRow[];
  levers: LeverRow[];
  /** Counter for new mode and lever ids, so ids never repeat within a session. */
  nextId: number;
}

/** The dependency tree and the service's own expected outages, which the error budget divides by. */
export interface DependenciesSession {
  tree: DependencyTree;
  ownOutages: OwnOutage[];
}

/** The seeded simulation's settings ("Runs", "Random seed") and whether it is on. */
export interface SimulationSettings {
  enabled: boolean;
  runs: number;
  seed: string;
}

/** Everything the user chose. Results are never stored: they are derived from this by the model. */
export interface CalculatorState {
  /** The point inputs (best estimates): every exact figure uses these. */
  inputs: CalculatorInputs;
  presetId: PresetId;
  /**
   * Ranges beside the point inputs, keyed by the input they belong to: today the downtime cost per
   * hour's (the seed's industry table gives ranges), which the low / high figures use.
   */
  ranges: SessionRanges;
  currency: CurrencyCode;
  /** Compact money in the table ($69.1M instead of $69,120,000). */
  compact: boolean;
  /** Counter for new scenario ids, so ids never repeat within a session. */
  nextScenarioNumber: number;
  /** "Case name", used in file names and report titles; null = the preset's name. */
  caseName: string | null;
  /** "Show all columns" of the comparison table (else the columns a decision needs). */
  showAllColumns: boolean;
  failureModes: FailureModesSession;
  dependencies: DependenciesSession;
  simulation: SimulationSettings;
}

/** A session's failure modes before the user picks a catalogue: none, and off. */
export function defaultFailureModes(): FailureModesSession {
  return {
    catalogueId: 'empty',
    useForBaseline: false,
    capPercent: 25,
    incidentsPerYear: null,
    modes: [],
    levers: [],
    nextId: 1,
  };
}

/**
 * A session's dependencies before the user adds one: an empty "all of" group (the tree editor's
 * `createDependencyTree`, written out here so the first chunk does not carry the editor), and the
 * article's own outages (1 full + 3 single-shard outages at 20 % a year).
 */
export function defaultDependencies(): DependenciesSession {
  return {
    tree: { kind: 'all-of', id: 'n0', name: 'All dependencies', children: [] },
    ownOutages: [
      { count: 1, scopePercent: 100 },
      { count: 3, scopePercent: 20 },
    ],
  };
}

/** The simulation's defaults: off, 10,000 runs, seed "nines" (the engine's DEFAULT_RUNS and DEFAULT_SEED). */
export function defaultSimulation(): SimulationSettings {
  return { enabled: false, runs: 10_000, seed: 'nines' };
}

export function defaultState(): CalculatorState {
  const ecommerce = INDUSTRIES.find((i) => i.id === 'ecommerce')!;
  return {
    inputs: structuredClone(SEED_EXAMPLE),
    presetId: 'seed',
    ranges: {
      downtimeCostPerHour: {
        low: ecommerce.costPerHourLow,
        high: ecommerce.costPerHourHigh,
        shape: 'lognormal',
      },
    },
    currency: 'USD',
    compact: false,
    nextScenarioNumber: SEED_EXAMPLE.scenarios.length + 1,
    caseName: null,
    showAllColumns: false,
    failureModes: defaultFailureModes(),
    dependencies: defaultDependencies(),
    simulation: defaultSimulation(),
  };
}

/** The inputs part of a store's state, without the actions: what is saved and shared. */
export function sessionOf(state: CalculatorState): CalculatorState {
  const {
    inputs,
    presetId,
    ranges,
    currency,
    compact,
    nextScenarioNumber,
    caseName,
    showAllColumns,
    failureModes,
    dependencies,
    simulation,
  } = state;
  return {
    inputs,
    presetId,
    ranges,
    currency,
    compact,
    nextScenarioNumber,
    caseName,
    showAllColumns,
    failureModes,
    dependencies,
    simulation,
  };
}

/**
 * A change that replaces several inputs at once or removes one, so the page offers to undo it:
 * picking a preset, Reset, removing a scenario. `before` and `after` are the sessions around it.
 */
export interface UndoableChange {
  kind: 'preset' | 'reset' | 'scenario-removed';
  before: CalculatorState;
  after: CalculatorState;
}
