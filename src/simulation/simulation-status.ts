import type { SimulationJob, SimulationSummary } from './simulate';

/**
 * Where the simulation stands for the inputs on screen, for the surfaces that quote it beside the
 * exact figures (the comparison's percentile columns, the Answer's chances, Copy as Markdown):
 * - `off`: the switch "Simulate the ranges" is off;
 * - `pending`: no summary of these inputs yet (the first run, or a newer input than the summary's);
 * - `failed`: the newest run, of exactly these inputs, failed (`message` says why, in words);
 * - `done`: `summary` is of exactly these inputs, runs and seed.
 * A summary of other inputs is never `done`: a surface never shows it as current.
 */
export type SimulationStatus =
  | { kind: 'off' }
  | { kind: 'pending'; runs: number }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; summary: SimulationSummary };

/**
 * The status from the switch, the job of the inputs on screen (`current`), the summary last shown and
 * the job it came from, and the newest run's failure with its job. Jobs compare by identity: the page makes one job
 * object per set of inputs (simulation-job.ts), so another object is other inputs.
 */
export function simulationStatusOf(
  enabled: boolean,
  current: SimulationJob,
  shown: { job: SimulationJob; summary: SimulationSummary } | null,
  failure: { job: SimulationJob; message: string } | null,
): SimulationStatus {
  if (!enabled) return { kind: 'off' };
  if (shown !== null && shown.job === current) return { kind: 'done', summary: shown.summary };
  // A failure of other inputs says nothing of these: their run is still to come.
  if (failure !== null && failure.job === current) return { kind: 'failed', message: failure.message };
  return { kind: 'pending', runs: current.runs };
}
