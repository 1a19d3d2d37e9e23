import { describe, expect, it } from 'vitest';
import { SEED_EXAMPLE } from '../model/presets';
import { simulate, type SimulationJob } from './simulate';
import { simulationStatusOf } from './simulation-status';

const job = (seed: string): SimulationJob => ({ inputs: SEED_EXAMPLE, ranges: {}, runs: 10, seed });
const shownJob = job('a');
const shown = { job: shownJob, summary: simulate(shownJob) };
// Equal to the shown job but another object: the page makes one object per set of inputs.
const newer = job('a');
const failed = (of: SimulationJob) => ({ job: of, message: 'The simulation could not run: x' });

describe('where the simulation stands for the inputs on screen', () => {
  it.each([
    ['switched off', false, shownJob, shown, null, 'off'],
    ['off, even with a failure', false, newer, shown, failed(newer), 'off'],
    ['before the first run ends', true, newer, null, null, 'pending'],
    ['a newer input than the summary', true, newer, shown, null, 'pending'],
    ['the summary of these inputs', true, shownJob, shown, null, 'done'],
    ['the newest run, of these inputs, failed', true, newer, shown, failed(newer), 'failed'],
    ['the first run failed', true, newer, null, failed(newer), 'failed'],
    // A run failed, then the user typed: the new inputs' run is still to come, not failed.
    ['a failure of the inputs before the last edit', true, job('b'), shown, failed(newer), 'pending'],
    ['the first run failed, then an edit', true, job('b'), null, failed(newer), 'pending'],
  ] as const)('%s: %s', (_, enabled, current, view, failure, kind) => {
    expect(simulationStatusOf(enabled, current, view, failure).kind).toBe(kind);
  });

  it('carries the summary only when it is of the inputs on screen, and the runs while pending', () => {
    expect(simulationStatusOf(true, shownJob, shown, null)).toEqual({ kind: 'done', summary: shown.summary });
    expect(simulationStatusOf(true, job('b'), shown, null)).toEqual({ kind: 'pending', runs: 10 });
  });
});
