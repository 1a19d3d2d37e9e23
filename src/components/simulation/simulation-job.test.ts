import { beforeAll, describe, expect, it } from 'vitest';
import { rangeBestEstimatePercent, type DependencyTree } from '../../model/dependency-tree';
import { SEED_EXAMPLE } from '../../model/presets';
import { baselineSwitchToggled, modeAdded, modeTextChanged } from '../../state/failure-modes-edits';
import { loadDependencyJoin, readFailureModes } from '../../state/failure-modes-reading';
import { defaultFailureModes, defaultState } from '../../state/session';
import { currentSimulationJob, simulationFailureModesOf } from './simulation-job';

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

  it('is the same object after an edit of failure modes or dependencies the comparison does not take, another once it takes them', () => {
    const state = defaultState();
    const job = currentSimulationJob(state);
    // Switched off, no lever in the plan: a typed row and another tree change nothing the runs read.
    const typed = { ...state, failureModes: modeAdded(state.failureModes) };
    expect(currentSimulationJob(typed)).toBe(job);
    expect(
      currentSimulationJob({
        ...typed,
        dependencies: { ...state.dependencies, tree: { ...state.dependencies.tree } },
      }),
    ).toBe(job);
    // Switched on: the catalogue gives today's availability, so its edits are a new job.
    const on = { ...typed, failureModes: baselineSwitchToggled(true)(typed.failureModes) };
    const onJob = currentSimulationJob(on);
    expect(onJob).not.toBe(job);
    const id = on.failureModes.modes[0]!.id;
    const edited = { ...on, failureModes: modeTextChanged(id, 'frequency', 'twice a year')(on.failureModes) };
    expect(currentSimulationJob(edited)).not.toBe(onJob);
  });
});

describe('the failure modes the simulation takes, with dependencies joined', () => {
  beforeAll(() => loadDependencyJoin());

  // The CRE sheet's deployment row (every 7 days, 0 + 3 min, all users) with the switch on, and a
  // tree of a database typed as "99.9-99.99" and a queue typed as "99.9".
  let session = modeAdded(defaultFailureModes());
  const id = session.modes[0]!.id;
  for (const [field, text] of [
    ['frequency', 'every 7 days'],
    ['timeToDetect', '0 min'],
    ['timeToRecover', '3 min'],
    ['usersAffected', '100 %'],
  ] as const)
    session = modeTextChanged(id, field, text)(session);
  session = baselineSwitchToggled(true)(session);
  const tree: DependencyTree = {
    kind: 'all-of',
    id: 'n0',
    name: 'All dependencies',
    children: [
      {
        kind: 'dependency',
        id: 'n1',
        name: 'Database',
        availabilityPercent: rangeBestEstimatePercent({ low: 99.9, high: 99.99 }),
        availabilityRange: { low: 99.9, high: 99.99 },
      },
      { kind: 'dependency', id: 'n2', name: 'Queue', availabilityPercent: 99.9 },
    ],
  };
  const inputs = { ...SEED_EXAMPLE, periodConvention: 'calendar' as const };

  it('hands the row given as a range over to be drawn, and the queue’s minutes as fixed', () => {
    const failureModes = simulationFailureModesOf(readFailureModes(session, inputs, tree), tree);
    expect(failureModes?.uncertainDependencies).toEqual([tree.children[0]]);
    // The queue: 0.001 of a 525,600-minute year.
    expect(failureModes?.fixedMinutesPerYear).toBeCloseTo(525.6, 9);
  });

  it('without the tree, takes every joined row as fixed minutes, as before ranges', () => {
    const failureModes = simulationFailureModesOf(readFailureModes(session, inputs, tree));
    expect(failureModes).not.toHaveProperty('uncertainDependencies');
    expect(failureModes?.fixedMinutesPerYear).toBeCloseTo(525.6 + Math.sqrt(1e-7) * 525_600, 6);
  });
});
