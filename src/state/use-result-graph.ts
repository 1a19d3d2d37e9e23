import { useMemo } from 'react';
import { evaluateResultGraph, type ResultGraph } from '../model/result-graph';
import { useCostRange, useInputs } from './calculator-store';

/**
 * The result graph of the inputs on screen (every figure, with its label, unit and source),
 * evaluated again only when the inputs or the cost-per-hour range change. Components read figures
 * from it with `graph.figure(id)` and never call the model themselves.
 */
export function useResultGraph(): ResultGraph {
  const inputs = useInputs();
  const costRange = useCostRange();
  return useMemo(() => evaluateResultGraph(inputs, costRange), [inputs, costRange]);
}
