import type { CalculatorInputs } from '../../model/scenarios';
import type { SimulationJob } from '../../simulation/simulate';
import type { InputRanges } from '../../simulation/uncertain-inputs';
import type { CalculatorState, SessionRanges, SimulationSettings } from '../../state/session';

/**
 * The job the page simulates: the point inputs, every range of the session (the cost per hour's and
 * each scenario's investment and run cost; a range of a removed scenario is ignored by the engine),
 * and the user's "Runs" and "Random seed".
 */
export function simulationJobOf(
  inputs: CalculatorInputs,
  ranges: SessionRanges,
  settings: Pick<SimulationSettings, 'runs' | 'seed'>,
): SimulationJob {
  return { inputs, ranges: ranges as InputRanges, runs: settings.runs, seed: settings.seed };
}

let last: {
  inputs: CalculatorInputs;
  ranges: SessionRanges;
  runs: number;
  seed: string;
  job: SimulationJob;
} | null = null;

/**
 * The job of the session's inputs, one object per set of them: the same inputs, ranges, runs and seed
 * (the store's own objects) give the same job object, so every surface (the runner, the table, the
 * Answer, the exports) can tell by identity whether a summary is of the inputs on screen. A store
 * selector may return it (it is stable).
 */
export function currentSimulationJob(
  state: Pick<CalculatorState, 'inputs' | 'ranges' | 'simulation'>,
): SimulationJob {
  const { inputs, ranges } = state;
  const { runs, seed } = state.simulation;
  if (last && last.inputs === inputs && last.ranges === ranges && last.runs === runs && last.seed === seed)
    return last.job;
  const job = simulationJobOf(inputs, ranges, { runs, seed });
  last = { inputs, ranges, runs, seed, job };
  return job;
}
