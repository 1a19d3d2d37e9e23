import { useEffect, useState } from 'react';
import { inThreadRunner, workerRunner, type SimulationRunner } from '../../simulation/simulation-runner';
import type { SimulationJob } from '../../simulation/simulate';
import { useCalculator } from '../../state/calculator-store';
import { simulationViewStore } from '../export/simulation-view-store';
import { currentSimulationJob } from './simulation-job';

/** How long the inputs must rest before a new run starts while they keep changing (a slider drag), ms. */
const SETTLE_MS = 150;

let sharedRunner: SimulationRunner | null = null;

/**
 * The page's runner: a Web Worker where there is one (started on the first run, its chunk loaded
 * only then), else this thread (jsdom in the component tests). One for the page, kept between runs.
 */
export function pageRunner(): SimulationRunner {
  sharedRunner ??= typeof Worker === 'function' ? workerRunner() : inThreadRunner();
  return sharedRunner;
}

/**
 * Runs the simulation whenever its inputs settle, latest wins, and keeps the outcome in the
 * simulation view store: a run superseded by a newer input is dropped (its reply never shown); a
 * failed run keeps the summary shown before it and says why in words. The deterministic page never
 * waits for it. Returns the job of the inputs on screen (a summary of another job is out of date).
 */
export function useSimulationRun(runner: SimulationRunner = pageRunner()): SimulationJob {
  // One job object per set of inputs, the one the table, the Answer and the exports compare with.
  const job = useCalculator(currentSimulationJob);
  // The job once the inputs have rested for SETTLE_MS (the first one at once): a drag starts one run, not one per step.
  const [settled, setSettled] = useState(job);
  useEffect(() => {
    if (job === settled) return;
    const timer = setTimeout(() => setSettled(job), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [job, settled]);
  useEffect(() => {
    let current = true;
    void runner.run(settled).then((outcome) => {
      if (!current) return;
      if (outcome.kind === 'done')
        simulationViewStore.setState({
          shown: { job: settled, summary: outcome.summary },
          failure: null,
        });
      else if (outcome.kind === 'failed') simulationViewStore.setState({ failure: outcome.message });
    });
    return () => {
      current = false;
    };
  }, [runner, settled]);
  return job;
}
