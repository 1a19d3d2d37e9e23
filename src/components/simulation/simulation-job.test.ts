import { describe, expect, it } from 'vitest';
import { defaultState } from '../../state/session';
import { currentSimulationJob } from './simulation-job';

describe('the job of the inputs on screen', () => {
  it('is the same object for the same inputs, ranges, runs and seed, and another one when any changes', () => {
    const state = defaultState();
    const job = currentSimulationJob(state);
    expect(currentSimulationJob({ ...state })).toBe(job);
    const seeded = currentSimulationJob({ ...state, simulation: { ...state.simulation, seed: 'other' } });
    expect(seeded).not.toBe(job);
    expect(seeded.seed).toBe('other');
    const moreRuns = currentSimulationJob({ ...state, simulation: { ...state.simulation, runs: 20 } });
    expect(moreRuns.runs).toBe(20);
    expect(currentSimulationJob({ ...state, inputs: { ...state.inputs } })).not.toBe(moreRuns);
  });
});
