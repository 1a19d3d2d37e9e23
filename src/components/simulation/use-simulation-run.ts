import { useEffect, useMemo, useState } from 'react';
import { inThreadRunner, workerRunner, type SimulationRunner } from '../../simulation/simulation-runner';
import type { SimulationJob } from '../../simulation/simulate';
import { useCalculator, useFailureModes, useInputs, useRanges } from '../../state/calculator-store';
import { simulationViewStore } from '../export/simulation-view-store';
import { simulationFailureModesOf, simulationJobOf } from './simulation-job';

/** How long the inputs must rest before a new run starts while they keep changing (a slider drag), ms. */
const SETTLE_MS = 150;

type Reader = typeof import('../../state/failure-modes-reading');

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
  const inputs = useInputs();
  const ranges = useRanges();
  const runs = useCalculator((s) => s.simulation.runs);
  const seed = useCalculator((s) => s.simulation.seed);
  const session = useFailureModes();
  // The failure modes take part as they do in the comparison (the switch, or a lever in the plan).
  // Their reader is loaded here, not through the result graph's hook, so that hook stays out of
  // this chunk (and the first results' chunk keeps its bytes); it is the same module either way.
  const takesPart = session.useForBaseline || session.levers.some((lever) => lever.inPlan);
  const [reader, setReader] = useState<Reader | null>(null);
  useEffect(() => {
    if (takesPart && reader === null) void import('../../state/failure-modes-reading').then(setReader);
  }, [takesPart, reader]);
  // The dependencies join the catalogue as they do in the comparison; their code loads apart, and the
  // reading taken meanwhile leaves them out (as the comparison's does). Once it has loaded, the reader
  // is handed over again (a copy of the module's exports), so that the reading below is taken anew.
  const tree = useCalculator((s) => s.dependencies.tree);
  useEffect(() => {
    reader?.onDependencyJoin(() => setReader((current) => (current === null ? null : { ...current })));
  }, [reader]);
  const failureModes = useMemo(
    () =>
      simulationFailureModesOf(
        reader !== null && takesPart ? reader.readFailureModes(session, inputs, tree) : null,
      ),
    [reader, takesPart, session, inputs, tree],
  );
  const job = useMemo(
    () => simulationJobOf(inputs, ranges, { runs, seed }, failureModes),
    [inputs, ranges, runs, seed, failureModes],
  );
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
