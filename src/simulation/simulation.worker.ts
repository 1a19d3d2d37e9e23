// The simulation's worker entry: its own chunk, loaded only when a runner first starts it
// (`workerRunner` in simulation-runner.ts). Replies carry the run id of their request.
import { latestRequestLoop, type SimulationRequest, type SimulationResponse } from './simulation-protocol';

/** What this file uses of a dedicated worker's global scope (the app's TypeScript lib is DOM, not WebWorker). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<SimulationRequest>) => void): void;
  postMessage(message: SimulationResponse): void;
}

const scope = self as unknown as WorkerScope;
const receive = latestRequestLoop((response) => scope.postMessage(response));
scope.addEventListener('message', (event) => receive(event.data));
