import { useMemo } from 'react';
import { evaluateDependencyGraph, type DependencyGraph } from '../../model/dependency-figures';
import { scenarioLabel } from '../../model/scenario-label';
import { useCalculator, useInputs } from '../../state/calculator-store';

/** The dependency graph of the session on screen: the tree, the own outages, the scenarios as targets. */
export function useDependencyGraph(): DependencyGraph {
  const { tree, ownOutages } = useCalculator((s) => s.dependencies);
  const inputs = useInputs();
  return useMemo(
    () =>
      evaluateDependencyGraph(
        tree,
        ownOutages,
        inputs.scenarios.map((s) => ({
          id: s.id,
          label: scenarioLabel(s),
          availabilityPercent: s.availabilityPercent,
        })),
        inputs.periodConvention,
      ),
    [tree, ownOutages, inputs.scenarios, inputs.periodConvention],
  );
}
