import { useMemo } from 'react';
import { simulationStatusOf, type SimulationStatus } from '../../simulation/simulation-status';
import { calculatorStore, useCalculator } from '../../state/calculator-store';
import { simulationViewStore, useSimulationView } from '../export/simulation-view-store';
import { currentSimulationJob } from './simulation-job';

/** Where the simulation stands for the inputs on screen (simulation-status.ts), as they change. */
export function useSimulationStatus(): SimulationStatus {
  const enabled = useCalculator((s) => s.simulation.enabled);
  const job = useCalculator(currentSimulationJob);
  const shown = useSimulationView((view) => view.shown);
  const failure = useSimulationView((view) => view.failure);
  return useMemo(() => simulationStatusOf(enabled, job, shown, failure), [enabled, job, shown, failure]);
}

/** The same at this moment (an export's click), read from the stores. */
export function simulationStatusNow(): SimulationStatus {
  const state = calculatorStore.getState();
  const { shown, failure } = simulationViewStore.getState();
  return simulationStatusOf(state.simulation.enabled, currentSimulationJob(state), shown, failure);
}
