import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_EXAMPLE } from '../model/presets';
import { simulate, type SimulationJob } from './simulate';
import { latestRequestLoop, type SimulationRequest, type SimulationResponse } from './simulation-protocol';
import {
  cloningRunner,
  inThreadRunner,
  workerRunner,
  type SimulationRunner,
  type WorkerLike,
} from './simulation-runner';

const job: SimulationJob = {
  inputs: SEED_EXAMPLE,
  ranges: { downtimeCostPerHour: { low: 1_000_000, high: 5_000_000, shape: 'lognormal' } },
  runs: 500,
  seed: 'nines',
};
const badJob: SimulationJob = {
  ...job,
  ranges: { downtimeCostPerHour: { low: 0, high: 5, shape: 'lognormal' } },
};
const BAD_JOB_MESSAGE =
  'The simulation could not run: Downtime cost per hour: a lognormal range must stay above 0';

/**
 * A stand-in for a module worker in node: requests and replies cross by structuredClone on later
 * tasks, and the worker side is the real loop of simulation.worker.ts. `computed` counts the runs it
 * actually simulated.
 */
class FakeWorker extends EventTarget implements WorkerLike {
  computed = 0;
  terminated = false;
  private readonly receive = latestRequestLoop((response) => {
    this.computed += 1;
    const data = structuredClone(response);
    setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data })), 0);
  });
  postMessage(message: SimulationRequest) {
    const data = structuredClone(message);
    setTimeout(() => this.receive(data), 0);
  }
  terminate() {
    this.terminated = true;
  }
  fail(message: string) {
    const event = new Event('error');
    Object.assign(event, { message });
    this.dispatchEvent(event);
  }
}

describe.each<[string, () => SimulationRunner]>([
  ['in-thread', inThreadRunner],
  ['cloning', cloningRunner],
  ['worker (a stand-in worker)', () => workerRunner(() => new FakeWorker())],
])('the %s runner', (_, makeRunner) => {
  let runner: SimulationRunner;
  afterEach(() => runner.dispose());

  it('gives the summary the engine gives, across its boundary', async () => {
    runner = makeRunner();
    await expect(runner.run(job)).resolves.toEqual({ kind: 'done', runId: 1, summary: simulate(job) });
  });

  it('drops a run that a newer one supersedes, and answers the newer one', async () => {
    runner = makeRunner();
    const first = runner.run(job);
    const second = runner.run({ ...job, seed: 'newer' });
    await expect(first).resolves.toEqual({ kind: 'dropped', runId: 1 });
    const outcome = await second;
    expect(outcome).toMatchObject({ kind: 'done', runId: 2 });
    expect(outcome.kind === 'done' && outcome.summary.seed).toBe('newer');
  });

  it('says in words why a run failed', async () => {
    runner = makeRunner();
    await expect(runner.run(badJob)).resolves.toEqual({ kind: 'failed', runId: 1, message: BAD_JOB_MESSAGE });
  });

  it('drops an aborted run, and every run once disposed', async () => {
    runner = makeRunner();
    const controller = new AbortController();
    const aborted = runner.run(job, controller.signal);
    controller.abort();
    await expect(aborted).resolves.toEqual({ kind: 'dropped', runId: 1 });
    const pending = runner.run(job);
    runner.dispose();
    await expect(pending).resolves.toEqual({ kind: 'dropped', runId: 2 });
    await expect(runner.run(job)).resolves.toEqual({ kind: 'dropped', runId: 3 });
  });
});

describe('the worker runner', () => {
  it('starts its worker on the first run, keeps it, and computes only the newest of runs sent together', async () => {
    const workers: FakeWorker[] = [];
    const runner = workerRunner(() => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    });
    expect(workers).toHaveLength(0);
    const runs = [runner.run(job), runner.run(job), runner.run(job)];
    const outcomes = await Promise.all(runs);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['dropped', 'dropped', 'done']);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.computed).toBe(1);
    await runner.run(job);
    expect(workers).toHaveLength(1);
    runner.dispose();
    expect(workers[0]!.terminated).toBe(true);
  });

  it('fails the pending run in words when its worker fails, and starts a new worker for the next run', async () => {
    const workers: FakeWorker[] = [];
    const runner = workerRunner(() => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    });
    const pending = runner.run(job);
    workers[0]!.fail('Failed to fetch the script');
    await expect(pending).resolves.toEqual({
      kind: 'failed',
      runId: 1,
      message:
        'The simulation stopped: its worker failed (Failed to fetch the script). The figures above do not depend on it.',
    });
    expect(workers[0]!.terminated).toBe(true);
    await expect(runner.run(job)).resolves.toMatchObject({ kind: 'done', runId: 2 });
    expect(workers).toHaveLength(2);
    runner.dispose();
  });

  it('fails in words when the worker cannot even start', async () => {
    const runner = workerRunner(() => {
      throw new Error('Worker is not defined');
    });
    await expect(runner.run(job)).resolves.toEqual({
      kind: 'failed',
      runId: 1,
      message: 'The simulation stopped: Worker is not defined',
    });
  });
});

describe('the worker entry', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('answers each request on its own scope, with the run id it was sent', async () => {
    const scope = new EventTarget() as EventTarget & { postMessage: (message: SimulationResponse) => void };
    const replies: SimulationResponse[] = [];
    scope.postMessage = (message) => replies.push(message);
    vi.stubGlobal('self', scope);
    await import('./simulation.worker');
    scope.dispatchEvent(new MessageEvent('message', { data: { type: 'run', runId: 7, job } }));
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    expect(replies[0]).toEqual({ type: 'result', runId: 7, summary: simulate(job) });
  });
});
