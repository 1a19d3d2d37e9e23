import { describe, expect, it } from 'vitest';
import type { Dependency, DependencyTree } from '../model/dependency-tree';
import { SEED_EXAMPLE } from '../model/presets';
import { holdsRange, joinedDependencies, joinedDependencyItem } from './joined-dependencies';
import { dependencyValueInputs } from './sampled-dependencies';
import { normalQuantile } from './special-functions';
import { simulate, type SimulationJob } from './simulate';

/*
 * A dependency whose availability is a 90 % range (issue 13 §1, issue 14 §1: "dependency
 * availabilities") is an uncertain input of the simulation: its unavailability is drawn from the
 * lognormal with that 90 % interval (issue 14: μ = (ln lo + ln hi)/2, σ = (ln hi − ln lo)/(2 × 1.6449)),
 * 99.9 %–99.99 % being an unavailability of 0.0001–0.001. Joined to the catalogue, it moves today's
 * downtime: its annual cost is u × hours a year × the cost per hour, so its quantiles are u's.
 */

const Z95 = normalQuantile(0.95);
const lognormalQuantile = (low: number, high: number, p: number) =>
  Math.exp(
    (Math.log(low) + Math.log(high)) / 2 + ((Math.log(high) - Math.log(low)) / (2 * Z95)) * normalQuantile(p),
  );

const database: Dependency = {
  kind: 'dependency',
  id: 'n1',
  name: 'Database',
  // The range's best estimate, 100 − √(0.1 × 0.01) (rangeBestEstimatePercent).
  availabilityPercent: 100 - Math.sqrt(0.001),
  availabilityRange: { low: 99.9, high: 99.99 },
};
const queue: Dependency = { kind: 'dependency', id: 'n2', name: 'Queue', availabilityPercent: 99.9 };
const tree: DependencyTree = {
  kind: 'all-of',
  id: 'n0',
  name: 'All dependencies',
  children: [
    database,
    queue,
    {
      kind: 'regions',
      id: 'n3',
      name: 'Regions',
      regionCount: 2,
      commonCauseSharePercent: 0,
      router: { ...queue, id: 'n4', name: 'Router' },
      children: [{ ...database, id: 'n5', name: 'Web tier' }],
    },
  ],
};

describe('the joined dependency rows the simulation draws', () => {
  it('takes each row’s part of the tree: a regions row is its copies, without the router (a row of its own)', () => {
    expect(joinedDependencyItem(tree, 'dependency.n1')).toBe(database);
    expect(joinedDependencyItem(tree, 'dependency.n3')).toMatchObject({ kind: 'regions', router: null });
    expect(joinedDependencyItem(tree, 'dependency.n9')).toBeNull();
  });

  it('draws the rows that hold a range and adds up the others’ minutes', () => {
    const rows = [
      { id: 'dependency.n1', minutesPerYear: 10 },
      { id: 'dependency.n2', minutesPerYear: 100 },
      { id: 'dependency.n4', minutesPerYear: 1_000 },
      { id: 'dependency.n3', minutesPerYear: 10_000 },
    ];
    const { fixedMinutesPerYear, uncertainDependencies } = joinedDependencies(tree, rows);
    expect(fixedMinutesPerYear).toBe(1_100);
    expect(uncertainDependencies.map((item) => item.id)).toEqual(['n1', 'n3']);
    expect(uncertainDependencies.every(holdsRange)).toBe(true);
    // Without the tree (not read yet), every row is a point.
    expect(joinedDependencies(null, rows)).toEqual({
      fixedMinutesPerYear: 11_110,
      uncertainDependencies: [],
    });
  });

  it('reads a range of availability as a range of unavailability, named as its field is', () => {
    expect(dependencyValueInputs([database, queue])).toEqual([
      {
        key: 'dependencies.n1.availability',
        label: 'Availability of Database',
        unit: 'unavailability',
        best: (100 - database.availabilityPercent!) / 100,
        range: { low: (100 - 99.99) / 100, high: (100 - 99.9) / 100, shape: 'lognormal' },
      },
    ]);
  });
});

describe('a dependency range in the simulation', () => {
  // Today from the catalogue, which holds the database only; the cost per hour is one figure. 40,000
  // runs: a range of one decade in u has σ = 0.70, and P10 of 10,000 draws then strays by about
  // σ × √(0.1 × 0.9 / n) / φ(1.28) = 1.2 % (one standard error); at 40,000, 0.6 %, well inside 2 %.
  const job: SimulationJob = {
    inputs: SEED_EXAMPLE,
    ranges: {},
    runs: 40_000,
    seed: 'nines',
    failureModes: { modes: [], baselineFromModes: true, planLevers: null, uncertainDependencies: [database] },
  };
  const summary = simulate(job);
  // The seed example's year is the seed's 360 days: 8,640 hours.
  const costOf = (u: number) => u * 8_640 * SEED_EXAMPLE.downtimeCostPerHour;

  it('spreads today’s downtime cost, P10 < P50 < P90, by the unavailability’s lognormal quantiles', () => {
    expect(SEED_EXAMPLE.periodConvention).toBe('seed');
    const { p10, p50, p90 } = summary.baseline.annualDowntimeCost;
    expect(p10).toBeLessThan(p50);
    expect(p50).toBeLessThan(p90);
    for (const [shown, p] of [
      [p10, 0.1],
      [p50, 0.5],
      [p90, 0.9],
    ] as const) {
      const analytic = costOf(lognormalQuantile(0.0001, 0.001, p));
      expect(Math.abs(shown / analytic - 1), `P${p * 100}: ${shown} against ${analytic}`).toBeLessThan(0.02);
    }
  });

  it('lists the dependency in “What moves the answer” by its field’s name', () => {
    expect(summary.inputs.map((input) => [input.key, input.label, input.unit])).toEqual([
      ['dependencies.n1.availability', 'Availability of Database', 'unavailability'],
    ]);
    const bars = summary.scenarios[0]!.vsBaseline.tornado.bars;
    expect(bars.map((bar) => bar.label)).toEqual(['Availability of Database']);
    expect(bars[0]!.swing).toBeGreaterThan(0);
  });
});
