import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { evaluateResultGraph, type FailureModeLevels, type ResultGraph } from '../model/result-graph';
import type { CostRange } from '../model/cost-range';
import type { CalculatorInputs } from '../model/scenarios';
import type { DependencyTree } from '../model/dependency-tree';
import type { FixedMode } from '../model/failure-modes';
import type { PeriodConventionId } from '../model/periods';
import { useCalculator, useCostRange, useFailureModes, useInputs } from './calculator-store';
import type { FailureModesSession } from './session';

/** The graphs of the latest inputs, newest first: the table's and, a moment later, the charts' settled ones. */
const recent: Array<{
  inputs: CalculatorInputs;
  costRange: CostRange;
  levels: FailureModeLevels | null;
  graph: ResultGraph;
}> = [];
const RECENT = 2;

/**
 * The result graph of `inputs` and `costRange` (and the failure modes' levels, when they take part),
 * evaluated once per set of session objects: the results panel, the assumptions footer, the charts
 * (once their inputs have settled on the same session) and the exports all read the same graph
 * instead of evaluating the model each. The store replaces its objects on every change, so identity
 * is the key.
 */
export function resultGraphOf(
  inputs: CalculatorInputs,
  costRange: CostRange,
  failureModes: FailureModesSession | null = null,
  reader: Reader | null = readerStore.getState().reader,
  tree: DependencyTree | null = null,
  join: DependencyJoin | null = readerStore.getState().join,
): ResultGraph {
  const levels =
    failureModes === null
      ? null
      : levelsOf(failureModes, inputs, reader, dependencyModesOf(failureModes, tree, inputs, join));
  const hit = recent.find(
    (entry) => entry.inputs === inputs && entry.costRange === costRange && entry.levels === levels,
  );
  if (hit) return hit.graph;
  const graph = evaluateResultGraph(inputs, costRange, levels);
  recent.unshift({ inputs, costRange, levels, graph });
  recent.length = Math.min(recent.length, RECENT);
  return graph;
}

// ——— The failure modes' part: read by a chunk of its own, loaded only when the comparison needs it.

export type Reader = typeof import('./failure-modes-reading');
/** What joins the dependencies to the catalogue: the dependency engine and its figures, loaded on demand. */
export interface DependencyJoin {
  evaluateDependencies: (typeof import('../model/dependencies'))['evaluateDependencies'];
  dependencyModeRows: (typeof import('../model/dependency-figures'))['dependencyModeRows'];
}
/** The reader and the join once loaded; the graph hooks render again when they come. */
const readerStore = createStore<{ reader: Reader | null; join: DependencyJoin | null }>(() => ({
  reader: null,
  join: null,
}));

/** Loads the reader of the failure modes (once). */
export const loadFailureModesReader = () =>
  import('./failure-modes-reading').then((reader) => readerStore.setState({ reader }));

/** Loads the dependency engine and figures the join needs (once; the Dependencies section shares them). */
export const loadDependencyJoin = () =>
  Promise.all([import('../model/dependencies'), import('../model/dependency-figures')]).then(
    ([{ evaluateDependencies }, { dependencyModeRows }]) =>
      readerStore.setState({ join: { evaluateDependencies, dependencyModeRows } }),
  );

/**
 * Whether the dependencies join the catalogue: the switch "Use failure modes for today's
 * availability" is on and the tree has something in it. Only then does the join's code load.
 */
export const dependenciesJoin = (failureModes: FailureModesSession, tree: DependencyTree | null) =>
  failureModes.useForBaseline && tree !== null && tree.children.length > 0;

let lastRows: { tree: DependencyTree; convention: PeriodConventionId; rows: readonly FixedMode[] } | null =
  null;

/**
 * The dependencies' rows for the catalogue (one per critical item: a redundant group as one, see
 * `dependencyModeRows`), the same array for the same tree and convention so the reader's memo holds;
 * null when they do not join, or while their code loads.
 */
function dependencyModesOf(
  failureModes: FailureModesSession,
  tree: DependencyTree | null,
  inputs: CalculatorInputs,
  join: DependencyJoin | null,
): readonly FixedMode[] | null {
  if (!dependenciesJoin(failureModes, tree) || join === null) return null;
  const convention = inputs.periodConvention;
  if (lastRows?.tree !== tree || lastRows.convention !== convention)
    lastRows = {
      tree: tree!,
      convention,
      rows: join.dependencyModeRows(join.evaluateDependencies(tree!), convention),
    };
  return lastRows.rows;
}

/** Whether the comparison takes anything from the failure modes: the switch, or a lever in the plan. */
export const failureModesTakePart = (failureModes: FailureModesSession) =>
  failureModes.useForBaseline || failureModes.levers.some((lever) => lever.inPlan);

/**
 * The levels the comparison takes from the failure modes; null when none (or while the reader is
 * still loading: `useFailureModesPending` says so meanwhile). The reader keeps its last result per
 * session object, so the same objects give the same levels object.
 */
function levelsOf(
  failureModes: FailureModesSession,
  inputs: CalculatorInputs,
  reader: Reader | null,
  dependencyModes: readonly FixedMode[] | null,
): FailureModeLevels | null {
  if (!failureModesTakePart(failureModes) || reader === null) return null;
  const levels = reader.failureModeLevels(failureModes, inputs, dependencyModes);
  return levels.baselineAvailabilityPercent === null && levels.plan === null ? null : levels;
}

/** The failure modes' reader once it has loaded, else null (a component renders again when it comes). */
export const useFailureModesReader = () => useStore(readerStore, (s) => s.reader);

/** The dependencies' join once it has loaded, else null (see `dependenciesJoin`). */
export const useDependencyJoin = () => useStore(readerStore, (s) => s.join);

/** The dependency tree on screen (the join's input). */
export const useDependencyTree = () => useCalculator((s) => s.dependencies.tree);

/**
 * True while the failure modes take part in the comparison but their reader (or, while the
 * dependencies join the catalogue, the join's code) has not loaded yet.
 */
export function useFailureModesPending(): boolean {
  const failureModes = useFailureModes();
  const takesPart = failureModesTakePart(failureModes);
  const joins = dependenciesJoin(failureModes, useDependencyTree());
  const loaded = useStore(readerStore, (s) => s.reader !== null);
  const joinLoaded = useStore(readerStore, (s) => s.join !== null);
  useEffect(() => {
    if (takesPart) void loadFailureModesReader();
  }, [takesPart]);
  useEffect(() => {
    if (joins) void loadDependencyJoin();
  }, [joins]);
  return (takesPart && !loaded) || (joins && !joinLoaded);
}

/**
 * The dependencies' rows that join the catalogue on screen (see `readFailureModes`), loading their
 * code when they join; null when they do not, and while it loads.
 */
export function useDependencyModes(): readonly FixedMode[] | null {
  const failureModes = useFailureModes();
  const tree = useDependencyTree();
  const inputs = useInputs();
  const join = useDependencyJoin();
  const joins = dependenciesJoin(failureModes, tree);
  useEffect(() => {
    if (joins) void loadDependencyJoin();
  }, [joins]);
  return dependencyModesOf(failureModes, tree, inputs, join);
}

/**
 * The result graph of the inputs on screen (every figure, with its label, unit and source),
 * evaluated again only when the inputs, the cost-per-hour range or the failure modes change.
 * Components read figures from it with `graph.figure(id)` and never call the model themselves.
 */
export function useResultGraph(): ResultGraph {
  const inputs = useInputs();
  const costRange = useCostRange();
  const failureModes = useFailureModes();
  // Loads the reader when the failure modes take part; the graph takes them in once it has come.
  useFailureModesPending();
  const reader = useFailureModesReader();
  const tree = useDependencyTree();
  const join = useDependencyJoin();
  return useMemo(
    () => resultGraphOf(inputs, costRange, failureModes, reader, tree, join),
    [inputs, costRange, failureModes, reader, tree, join],
  );
}

/** Whether the session has failure modes to show (rows, or the switch on): then their section loads at once. */
export function useHasFailureModes(): boolean {
  const failureModes = useFailureModes();
  return failureModes.modes.length > 0 || failureModes.useForBaseline;
}

/** The failure modes' reader when it has loaded (the section loads it), else null: for the exports' snapshot. */
export const loadedFailureModesReader = () => readerStore.getState().reader;

/**
 * The dependencies' rows that join the catalogue of a session, from the loaded join (null when they
 * do not join or it has not loaded): for the exports' snapshot, as `useDependencyModes` for the page.
 */
export const dependencyModesFor = (
  failureModes: FailureModesSession,
  tree: DependencyTree,
  inputs: CalculatorInputs,
) => dependencyModesOf(failureModes, tree, inputs, readerStore.getState().join);
