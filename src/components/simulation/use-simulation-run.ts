import { useEffect, useMemo, useState } from 'react';
import { inThreadRunner, workerRunner, type SimulationRunner } from '../../simulation/simulation-runner';
import type { SimulationJob } from '../../simulation/simulate';
import { useCalculator, useFailureModes, useInputs } from '../../state/calculator-store';
import { failureModesTakePart } from '../../state/use-result-graph';
import { simulationViewStore } from '../export/simulation-view-store';
import { currentSimulationJob, simulationFailureModesOf } from './simulation-job';

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
  // One job object per set of inputs, the one the table, the Answer and the exports compare with.
  const current = useCalculator(currentSimulationJob);
  const session = useFailureModes();
  // The failure modes take part as they do in the comparison (the switch, or a lever in the plan).
  // Their reader is loaded here, not through the result graph's hook, so that hook stays out of
  // this chunk (and the first results' chunk keeps its bytes); it is the same module either way.
  const takesPart = failureModesTakePart(session);
  const [reader, setReader] = useState<Reader | null>(null);
  useEffect(() => {
    if (takesPart && reader === null) void import('../../state/failure-modes-reading').then(setReader);
  }, [takesPart, reader]);
  // The dependencies join the catalogue as they do in the comparison; their code loads apart, and the
  // reading taken meanwhile leaves them out (as the comparison's does). Once it has loaded, the reader
  // is handed over again (a copy of the module's exports), so that the reading below is taken anew.
  const tree = useCalculator((s) => s.dependencies.tree);
  useEffect(() => {
    reader?.onDependencyJoin(() => setReader((loaded) => (loaded === null ? null : { ...loaded })));
  }, [reader]);
  const failureModes = useMemo(
    () =>
      simulationFailureModesOf(
        reader !== null && takesPart ? reader.readFailureModes(session, inputs, tree) : null,
        tree,
      ),
    [reader, takesPart, session, inputs, tree],
  );
  // What runs: the current job with the failure modes as the comparison takes them. While they take
  // part and their reader is still loading, nothing runs: a run without them would be recorded as the
  // inputs' summary and shown as current, without the Plan row or today from the catalogue.
  const ready = !takesPart || reader !== null;
  const job = useMemo(
    () => ({ current, ready, run: failureModes === null ? current : { ...current, failureModes } }),
    [current, ready, failureModes],
  );
  // The job once the inputs have rested for SETTLE_MS (the first one at once): a drag starts one run, not one per step.
  const [settled, setSettled] = useState(job);
  useEffect(() => {
    if (job === settled) return;
    const timer = setTimeout(() => setSettled(job), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [job, settled]);
  useEffect(() => {
    if (!settled.ready) return;
    let latest = true;
    void runner.run(settled.run).then((outcome) => {
      if (!latest) return;
      if (outcome.kind === 'done')
        simulationViewStore.setState({
          // Recorded under the inputs' job (what surfaces compare with); `ran` is what the engine ran.
          shown: { job: settled.current, ran: settled.run, summary: outcome.summary },
          failure: null,
        });
      else if (outcome.kind === 'failed')
        simulationViewStore.setState({ failure: { job: settled.current, message: outcome.message } });
    });
    return () => {
      latest = false;
    };
  }, [runner, settled]);
  return current;
}
