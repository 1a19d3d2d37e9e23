import { simulate, type SimulationJob, type SimulationSummary } from './simulate';

/** A message to the simulation (worker or in-thread): run this job; `runId` names the run in its reply. */
export interface SimulationRequest {
  type: 'run';
  runId: number;
  job: SimulationJob;
}

/** The reply to a request: its summary, or why it failed, in words. */
export type SimulationResponse =
  | { type: 'result'; runId: number; summary: SimulationSummary }
  | { type: 'failed'; runId: number; message: string };

/** Runs one request and replies; never throws (a bad job or range becomes a `failed` reply in words). */
export function respond(request: SimulationRequest): SimulationResponse {
  try {
    return { type: 'result', runId: request.runId, summary: simulate(request.job) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { type: 'failed', runId: request.runId, message: `The simulation could not run: ${reason}` };
  }
}

/**
 * The worker's side of latest-wins: requests are kept, not queued; once the worker is free (the next
 * task), only the newest one runs and the ones it replaced are never computed. The runner drops any
 * reply that is not for its newest run anyway; this spares the work. `post` sends a reply.
 */
export function latestRequestLoop(
  post: (response: SimulationResponse) => void,
): (request: SimulationRequest) => void {
  let waiting: SimulationRequest | null = null;
  return (request) => {
    const scheduled = waiting !== null;
    waiting = request;
    if (scheduled) return;
    setTimeout(() => {
      const next = waiting;
      waiting = null;
      if (next !== null) post(respond(next));
    }, 0);
  };
}
