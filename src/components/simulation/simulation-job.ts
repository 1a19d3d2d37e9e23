import type { CalculatorInputs } from '../../model/scenarios';
import type { SimulationJob } from '../../simulation/simulate';
import type { InputRanges } from '../../simulation/uncertain-inputs';
import type { SessionRanges, SimulationSettings } from '../../state/session';

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
