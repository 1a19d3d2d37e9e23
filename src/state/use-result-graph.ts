import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { evaluateResultGraph, type FailureModeLevels, type ResultGraph } from '../model/result-graph';
import type { CostRange } from '../model/cost-range';
import type { CalculatorInputs } from '../model/scenarios';
import type { DependencyTree } from '../model/dependency-tree';
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
): ResultGraph {
  const levels = failureModes === null ? null : levelsOf(failureModes, inputs, reader, tree);
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
/** The reader once loaded; the graph hooks render again when it comes. */
const readerStore = createStore<{ reader: Reader | null }>(() => ({ reader: null }));

/** Loads the reader of the failure modes (once). */
export const loadFailureModesReader = () =>
  import('./failure-modes-reading').then((reader) => {
    readerStore.setState({ reader });
    // The dependencies' code the reader loads once they join the catalogue: the graphs read again.
    reader.onDependencyJoin(() => readerStore.setState({ reader: { ...reader } }));
  });

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
  tree: DependencyTree | null,
): FailureModeLevels | null {
  if (!failureModesTakePart(failureModes) || reader === null) return null;
  const levels = reader.failureModeLevels(failureModes, inputs, tree);
  return levels.baselineAvailabilityPercent === null && levels.plan === null ? null : levels;
}

/** The failure modes' reader once it has loaded, else null (a component renders again when it comes). */
export const useFailureModesReader = () => useStore(readerStore, (s) => s.reader);

/** The dependency tree on screen: its critical items join the catalogue while the switch is on. */
export const useDependencyTree = () => useCalculator((s) => s.dependencies.tree);

/** True while the failure modes take part in the comparison but their reader has not loaded yet. */
export function useFailureModesPending(): boolean {
  const takesPart = failureModesTakePart(useFailureModes());
  const loaded = useStore(readerStore, (s) => s.reader !== null);
  useEffect(() => {
    if (takesPart) void loadFailureModesReader();
  }, [takesPart]);
  return takesPart && !loaded;
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
  return useMemo(
    () => resultGraphOf(inputs, costRange, failureModes, reader, tree),
    [inputs, costRange, failureModes, reader, tree],
  );
}

/** Whether the session has failure modes to show (rows, or the switch on): then their section loads at once. */
export function useHasFailureModes(): boolean {
  const failureModes = useFailureModes();
  return failureModes.modes.length > 0 || failureModes.useForBaseline;
}

/** The failure modes' reader when it has loaded (the section loads it), else null: for the exports' snapshot. */
export const loadedFailureModesReader = () => readerStore.getState().reader;
