import { evaluateFailureModeGraph, type FailureModeGraph } from '../model/failure-mode-figures';
import type { CalculatorInputs } from '../model/scenarios';
import { scenarioLabel } from '../model/scenario-label';
import type { FailureModesReading } from './failure-modes-reading';
import type { FailureModesSession } from './session';

/*
 * The failure modes' figure graph of a reading, for the section's figure buttons and their
 * explanations. Apart from the reader, which the result graph loads and which stays small.
 */

const graphs = new WeakMap<FailureModesReading, FailureModeGraph>();

/**
 * Every figure of a reading with its formula and terms (failure-mode-figures.ts), built once per
 * reading: the same rows (the joined dependencies included), levers, plan, targets and money inputs.
 */
export function failureModeGraphOf(
  reading: FailureModesReading,
  session: FailureModesSession,
  inputs: CalculatorInputs,
): FailureModeGraph {
  const known = graphs.get(reading);
  if (known) return known;
  const graph = evaluateFailureModeGraph({
    conventionId: inputs.periodConvention,
    modes: reading.modes.map((m) => m.mode),
    fixed: reading.dependencyModes,
    levers: reading.levers.map((l) => l.lever),
    planLeverIds: session.levers.filter((l) => l.inPlan).map((l) => l.id),
    targets: inputs.scenarios.map((scenario) => ({
      id: scenario.id,
      label: scenarioLabel(scenario),
      availabilityPercent: scenario.availabilityPercent,
    })),
    economics: {
      downtimeCostPerHour: inputs.downtimeCostPerHour,
      horizonYears: inputs.horizonYears,
      discountRatePercent: inputs.discountRatePercent,
    },
  });
  graphs.set(reading, graph);
  return graph;
}
