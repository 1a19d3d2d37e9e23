import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { SimulationJob, SimulationSummary } from '../../simulation/simulate';

/**
 * The simulation as the page last ran it: its summary and the job it is of (a job other than the
 * inputs on screen means the figures are out of date), and why the newest run failed (in words). A store of its own, beside the calculator's:
 * results are never saved, and the Uncertainty section, the CSV export and the samples export all
 * read the same run. Types only from the engine, so this module stays a few hundred bytes; it sits
 * with the export toolbar (its chunk loads after the first paint), not in the first results.
 */
export interface SimulationView {
  /**
   * The summary shown and the job of the inputs it is of (simulation-job.ts `currentSimulationJob`:
   * compare with it by identity), with the job the engine ran for it (`ran`: the same, with the
   * failure modes when they take part; Export samples runs it again); null before the first run ends.
   */
  shown: { job: SimulationJob; ran?: SimulationJob; summary: SimulationSummary } | null;
  /**
   * Why the newest run failed, in words, and the inputs' job it was run for (a failure of other
   * inputs than those on screen is not theirs: they are pending); null when it did not fail.
   */
  failure: { job: SimulationJob; message: string } | null;
}

export const simulationViewStore = createStore<SimulationView>(() => ({
  shown: null,
  failure: null,
}));

/** Reads the simulation view (a selector that returns parts of it, never a new object). */
export function useSimulationView<T>(selector: (view: SimulationView) => T): T {
  return useStore(simulationViewStore, selector);
}
