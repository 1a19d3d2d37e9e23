import { useMemo } from 'react';
import { evaluateResultGraph, type ResultGraph } from '../model/result-graph';
import type { CostRange } from '../model/cost-range';
import type { CalculatorInputs } from '../model/scenarios';
import { useCostRange, useInputs } from './calculator-store';

/** The graphs of the latest inputs, newest first: the table's and, a moment later, the charts' settled ones. */
const recent: Array<{ inputs: CalculatorInputs; costRange: CostRange; graph: ResultGraph }> = [];
const RECENT = 2;

/**
 * The result graph of `inputs` and `costRange`, evaluated once per pair of session objects: the
 * results panel, the assumptions footer, the charts (once their inputs have settled on the same
 * session) and the exports all read the same graph instead of evaluating the model each. The store
 * replaces its objects on every change, so identity is the key.
 */
export function resultGraphOf(inputs: CalculatorInputs, costRange: CostRange): ResultGraph {
  const hit = recent.find((entry) => entry.inputs === inputs && entry.costRange === costRange);
  if (hit) return hit.graph;
  const graph = evaluateResultGraph(inputs, costRange);
  recent.unshift({ inputs, costRange, graph });
  recent.length = Math.min(recent.length, RECENT);
  return graph;
}

/**
 * The result graph of the inputs on screen (every figure, with its label, unit and source),
 * evaluated again only when the inputs or the cost-per-hour range change. Components read figures
 * from it with `graph.figure(id)` and never call the model themselves.
 */
export function useResultGraph(): ResultGraph {
  const inputs = useInputs();
  const costRange = useCostRange();
  return useMemo(() => resultGraphOf(inputs, costRange), [inputs, costRange]);
}
