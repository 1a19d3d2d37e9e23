import { failureModesTakePart } from '../../state/use-result-graph';
import type { DependencyTree } from '../../model/dependency-tree';
import type { CalculatorInputs } from '../../model/scenarios';
import { joinedDependencies } from '../../simulation/joined-dependencies';
import type { PlannedLever, SimulationFailureModes } from '../../simulation/sampled-failure-modes';
import type { SimulationJob } from '../../simulation/simulate';
import type { InputRanges } from '../../simulation/uncertain-inputs';
import type { FailureModesReading } from '../../state/failure-modes-reading';
import type { CalculatorState, SessionRanges, SimulationSettings } from '../../state/session';

/**
 * The job the page simulates: the point inputs, every range of the session (the cost per hour's and
 * each scenario's investment and run cost; a range of a removed scenario is ignored by the engine),
 * the user's "Runs" and "Random seed", and the failure modes when the comparison takes them.
 */
export function simulationJobOf(
  inputs: CalculatorInputs,
  ranges: SessionRanges,
  settings: Pick<SimulationSettings, 'runs' | 'seed'>,
  failureModes: SimulationFailureModes | null = null,
): SimulationJob {
  return { inputs, ranges: ranges as InputRanges, runs: settings.runs, seed: settings.seed, failureModes };
}

/**
 * What the simulation takes from the failure modes as read: exactly what the comparison takes
 * (today from the catalogue when the switch is on and the catalogue gives a level; the plan's
 * levers when there is a "Plan" row), or null when it takes nothing. The fields' texts carry their
 * ranges ("1-2 per year"); the dependencies' ranges are on the nodes of `tree` (the tree the reading
 * was taken with), and a joined row that holds one is handed over as its part of the tree, to be drawn.
 */
export function simulationFailureModesOf(
  reading: FailureModesReading | null,
  tree: DependencyTree | null = null,
): SimulationFailureModes | null {
  if (reading === null) return null;
  const baselineFromModes = reading.levels.baselineAvailabilityPercent !== null;
  const planLevers =
    reading.levels.plan === null
      ? null
      : reading.levers
          .filter((lever) => lever.row.inPlan)
          .map(({ lever, costEstimates }) => {
            // A cost typed as a range ("50,000-80,000") is uncertain too; the lever holds its best estimate.
            const costRanges: NonNullable<PlannedLever['costRanges']> = {};
            for (const cost of ['oneTimeCost', 'annualRunCost'] as const) {
              const { low, high } = costEstimates[cost] ?? {};
              if (low !== undefined && high !== undefined && low < high) costRanges[cost] = { low, high };
            }
            return Object.keys(costRanges).length === 0 ? lever : { ...lever, costRanges };
          });
  if (!baselineFromModes && planLevers === null) return null;
  // The dependencies joined to the catalogue, as the exact reading has them: plain numbers from here
  // on. A row holding a dependency given as a range is drawn in every run instead (its part of `tree`).
  const { fixedMinutesPerYear, uncertainDependencies } = joinedDependencies(
    tree,
    reading.dependencyModes.map(({ id, values: v }) => ({
      id,
      minutesPerYear:
        v.incidentsPerYear.toNumber() *
        (v.minutesToDetect.toNumber() + v.minutesToRecover.toNumber()) *
        v.shareAffected.toNumber(),
    })),
  );
  return {
    modes: reading.modes.map((mode) => mode.mode),
    baselineFromModes,
    planLevers,
    ...(fixedMinutesPerYear > 0 ? { fixedMinutesPerYear } : {}),
    ...(uncertainDependencies.length > 0 ? { uncertainDependencies } : {}),
  };
}

let last: {
  inputs: CalculatorInputs;
  ranges: SessionRanges;
  runs: number;
  seed: string;
  failureModes: CalculatorState['failureModes'] | null;
  tree: CalculatorState['dependencies']['tree'] | null;
  job: SimulationJob;
} | null = null;

/**
 * The job of the session's inputs, one object per set of them: the same inputs, ranges, runs, seed,
 * and, while the comparison takes them, failure modes and dependency tree (the store's own objects)
 * give the same job object, so every
 * surface (the runner, the table, the Answer, the exports) can tell by identity whether a summary is
 * of the inputs on screen. A store selector may return it (it is stable). It holds no failure modes
 * itself: their reading needs its code loaded, so the runner adds them (useSimulationRun) to the job
 * it runs, and records the summary under this one.
 */
export function currentSimulationJob(
  state: Pick<CalculatorState, 'inputs' | 'ranges' | 'simulation' | 'failureModes' | 'dependencies'>,
): SimulationJob {
  const { inputs, ranges } = state;
  const { runs, seed } = state.simulation;
  // The failure modes and the tree count only while the comparison takes them: typing in a row of a
  // catalogue that is not switched on changes nothing the runs read, so it is not a new job.
  const takesPart = failureModesTakePart(state.failureModes);
  const failureModes = takesPart ? state.failureModes : null;
  const tree = takesPart ? state.dependencies.tree : null;
  if (
    last &&
    last.inputs === inputs &&
    last.ranges === ranges &&
    last.runs === runs &&
    last.seed === seed &&
    last.failureModes === failureModes &&
    last.tree === tree
  )
    return last.job;
  const job = simulationJobOf(inputs, ranges, { runs, seed });
  last = { inputs, ranges, runs, seed, failureModes, tree, job };
  return job;
}
