import type { SimulationJob, SimulationSummary } from './simulate';
import type { SimulationRequest, SimulationResponse } from './simulation-protocol';

/**
 * The engine in this thread, loaded on first use: the Uncertainty section's chunk then carries no
 * engine of its own (the page runs it in the worker, which bundles its own copy).
 */
const engine = () => import('./simulation-protocol');

/**
 * How a run ended: `done` with its summary; `failed` with a message in words; `dropped` when a
 * newer run superseded it, its signal aborted it or the runner was disposed (nothing to show).
 */
export type SimulationOutcome =
  | { kind: 'done'; runId: number; summary: SimulationSummary }
  | { kind: 'failed'; runId: number; message: string }
  | { kind: 'dropped'; runId: number };

/**
 * Runs simulations, latest wins: starting a run drops the one before it (its promise settles at
 * once as `dropped`, and a late reply for it is ignored). Run ids count up from 1 per runner.
 */
export interface SimulationRunner {
  run(job: SimulationJob, signal?: AbortSignal): Promise<SimulationOutcome>;
  dispose(): void;
}

/** Carries a request to an engine and its reply back; null = skipped (the run was no longer current). */
interface Transport {
  send(request: SimulationRequest, isCurrent: () => boolean): Promise<SimulationResponse | null>;
  dispose(): void;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function latestWins(transport: Transport): SimulationRunner {
  let nextRunId = 1;
  let disposed = false;
  let current: { runId: number; settle: (outcome: SimulationOutcome) => void } | null = null;
  const finish = (runId: number, outcome: SimulationOutcome) => {
    if (current === null || current.runId !== runId) return;
    const { settle } = current;
    current = null;
    settle(outcome);
  };
  return {
    run(job, signal) {
      const runId = nextRunId;
      nextRunId += 1;
      if (current !== null) finish(current.runId, { kind: 'dropped', runId: current.runId });
      return new Promise<SimulationOutcome>((settle) => {
        current = { runId, settle };
        if (disposed || signal?.aborted) return finish(runId, { kind: 'dropped', runId });
        signal?.addEventListener('abort', () => finish(runId, { kind: 'dropped', runId }), { once: true });
        transport
          .send({ type: 'run', runId, job }, () => current?.runId === runId)
          .then(
            (response) => {
              if (response === null || response.runId !== runId) return;
              finish(
                runId,
                response.type === 'result'
                  ? { kind: 'done', runId, summary: response.summary }
                  : { kind: 'failed', runId, message: response.message },
              );
            },
            (error: unknown) =>
              finish(runId, { kind: 'failed', runId, message: `The simulation stopped: ${reason(error)}` }),
          );
      });
    },
    dispose() {
      disposed = true;
      if (current !== null) finish(current.runId, { kind: 'dropped', runId: current.runId });
      transport.dispose();
    },
  };
}

/** The next task (not a microtask): a run superseded before then is never computed. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs in this thread, on the next task: for tests in node, and where no Worker is available. */
export function inThreadRunner(): SimulationRunner {
  return latestWins({
    async send(request, isCurrent) {
      const { respond } = await engine();
      await nextTask();
      return isCurrent() ? respond(request) : null;
    },
    dispose() {},
  });
}

/**
 * Runs in this thread, but passes the request and the reply through `structuredClone` as a worker's
 * messages are: tests the worker boundary (what survives cloning) without a browser.
 */
export function cloningRunner(): SimulationRunner {
  return latestWins({
    async send(request, isCurrent) {
      const { respond } = await engine();
      await nextTask();
      return isCurrent() ? structuredClone(respond(structuredClone(request))) : null;
    },
    dispose() {},
  });
}

/** What the runner needs of a Worker (a test can pass a stand-in). */
export interface WorkerLike {
  postMessage(message: SimulationRequest): void;
  /** `message` events are MessageEvents whose data is a SimulationResponse. */
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

/** The simulation's own module worker: Vite makes it a chunk of its own, fetched from the app's origin on first use. */
function startSimulationWorker(): WorkerLike {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs in a Web Worker, started on the first run (its chunk loads only then) and kept for the next
 * ones. If the worker fails (its script does not load, or it throws), the pending run fails with a
 * message in words and the next run starts a new worker.
 */
export function workerRunner(startWorker: () => WorkerLike = startSimulationWorker): SimulationRunner {
  let worker: WorkerLike | null = null;
  const waiting = new Map<number, (response: SimulationResponse) => void>();
  const failAll = (message: string) => {
    for (const [runId, settle] of waiting) settle({ type: 'failed', runId, message });
    waiting.clear();
  };
  const started = () => {
    if (worker !== null) return worker;
    const fresh = startWorker();
    fresh.addEventListener('message', (event) => {
      const response = (event as MessageEvent<SimulationResponse>).data;
      const settle = waiting.get(response.runId);
      waiting.delete(response.runId);
      settle?.(response);
    });
    fresh.addEventListener('error', (event) => {
      // ErrorEvent is a browser global (not node's): read its message without naming the class.
      const message = (event as Partial<ErrorEvent>).message;
      const detail = typeof message === 'string' && message !== '' ? ` (${message})` : '';
      failAll(`The simulation stopped: its worker failed${detail}. The figures above do not depend on it.`);
      fresh.terminate();
      if (worker === fresh) worker = null;
    });
    fresh.addEventListener('messageerror', () =>
      failAll('The simulation stopped: its reply could not be read. The figures above do not depend on it.'),
    );
    worker = fresh;
    return fresh;
  };
  return latestWins({
    send(request) {
      return new Promise<SimulationResponse>((settle, refuse) => {
        // A superseded run's reply is not awaited: the newer run replaces it here as in the worker.
        waiting.clear();
        waiting.set(request.runId, settle);
        try {
          started().postMessage(request);
        } catch (error) {
          waiting.delete(request.runId);
          refuse(error);
        }
      });
    },
    dispose() {
      failAll('The simulation was stopped.');
      worker?.terminate();
      worker = null;
    },
  });
}
