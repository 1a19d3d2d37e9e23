import { describe, expect, it } from 'vitest';
import { Dec } from './decimal';
import { evaluateDependencies, targetBudget } from './dependencies';
import { DEPENDENCY_FORMULAS, evaluateDependencyGraph, nodeFigureId } from './dependency-figures';
import {
  availabilityRangeProblem,
  findNode,
  rangeBestEstimatePercent,
  type AvailabilityRange,
  type DependencyTree,
} from './dependency-tree';
import {
  addDependency,
  createDependencyTree,
  setAvailability,
  setAvailabilityRange,
  type TreeEdit,
} from './dependency-edits';

/*
 * A dependency's availability as a 90 % range (issue 13 §1: "a point or a range"; issue 14 §1:
 * "dependency availabilities"). Its best estimate, which every exact figure uses, is the availability
 * whose unavailability is the geometric mean of the ends' unavailabilities: 100 − √((100 − lo)(100 − hi)).
 * The expected figures below are that formula worked by hand (√(1 × 0.01) = 0.1, √(10 × 0.001) = 0.1…).
 *
 * [TDRB] Treynor, Dahlin, Rau and Beyer, "The Calculus of Service Availability", ACM Queue 15(2), 2017:
 * five critical dependencies at 99.999 % take 26.28 minutes of a 99.99 % service's 52.56 (the exact
 * product: 26.2795…).
 */

function done(edit: TreeEdit): DependencyTree {
  if (!edit.ok) throw new Error(edit.message);
  return edit.tree;
}

describe('rangeBestEstimatePercent: the geometric mean of the unavailabilities', () => {
  it.each<[string, AvailabilityRange, string]>([
    // √(1 % × 0.01 %) = 0.1 %: two nines to four nines is three nines.
    ['99 %–99.99 % (two to four nines)', { low: 99, high: 99.99 }, '99.9'],
    // √(10 % × 0.001 %) = 0.1 %.
    ['90 %–99.999 % (one to five nines)', { low: 90, high: 99.999 }, '99.9'],
    // √(0.01 % × 0.0001 %) = 0.001 %: [TDRB]'s 99.999 % dependency, given as four to six nines.
    ['99.99 %–99.9999 % (four to six nines)', { low: 99.99, high: 99.9999 }, '99.999'],
    // √(0.1 % × 0.01 %) = √0.001 % = 10^−1.5 %: 3.5 nines.
    [
      '99.9 %–99.99 % (three to four nines)',
      { low: 99.9, high: 99.99 },
      new Dec(100).minus(new Dec(10).pow(-1.5)).toString(),
    ],
    // Ends equal: that end.
    ['99.95 %–99.95 %', { low: 99.95, high: 99.95 }, '99.95'],
  ])('%s → %s %%', (_words, range, percent) => {
    expect(rangeBestEstimatePercent(range)).toBe(new Dec(percent).toNumber());
  });

  it('lies inside its range, nearer the low end than the arithmetic mean of the availabilities', () => {
    const range = { low: 99.9, high: 99.99 };
    const best = rangeBestEstimatePercent(range);
    expect(best).toBeGreaterThan(range.low);
    expect(best).toBeLessThan(range.high);
    expect(best).toBeGreaterThan((range.low + range.high) / 2);
  });
});

describe('availabilityRangeProblem', () => {
  it.each<[AvailabilityRange, ReturnType<typeof availabilityRangeProblem>]>([
    [{ low: 99.9, high: 99.99 }, null],
    [{ low: 99.99, high: 99.9 }, 'range-order'],
    [{ low: 99.9, high: 99.9 }, 'range-order'],
    [{ low: 99.9, high: 100 }, 'availability-out-of-range'],
    [{ low: 0, high: 99 }, 'availability-out-of-range'],
    [{ low: Number.NaN, high: 99 }, 'availability-out-of-range'],
  ])('%j → %s', (range, problem) => {
    expect(availabilityRangeProblem(range)).toBe(problem);
  });
});

describe('a dependency given as a range', () => {
  const withOne = () => done(addDependency(createDependencyTree(), 'n0', { name: 'Database' }));

  it('holds its range and the best estimate, and the exact figures use the best estimate', () => {
    const tree = done(setAvailabilityRange(withOne(), 'n1', { low: 99, high: 99.99 }));
    expect(findNode(tree, 'n1')).toMatchObject({
      availabilityPercent: 99.9,
      availabilityRange: { low: 99, high: 99.99 },
    });
    const root = evaluateDependencies(tree).root;
    expect(root.ok && root.unavailability.toString()).toBe('0.001');
  });

  it('gives the same figures as its best estimate typed as one figure', () => {
    const ranged = done(setAvailabilityRange(withOne(), 'n1', { low: 99.9, high: 99.99 }));
    const point = done(
      setAvailability(withOne(), 'n1', rangeBestEstimatePercent({ low: 99.9, high: 99.99 })),
    );
    const a = evaluateDependencies(ranged).root;
    const b = evaluateDependencies(point).root;
    expect(a.ok && b.ok && a.unavailability.eq(b.unavailability)).toBe(true);
  });

  it('[TDRB] five dependencies each at four to six nines take what five at 99.999 % take: 26.2795… of 52.56 minutes', () => {
    let tree = createDependencyTree();
    for (let i = 1; i <= 5; i += 1) {
      tree = done(addDependency(tree, 'n0', { name: `Dependency ${i}` }));
      tree = done(setAvailabilityRange(tree, `n${i}`, { low: 99.99, high: 99.9999 }));
    }
    const split = targetBudget(evaluateDependencies(tree), 99.99, 'calendar', [
      { count: 1, scopePercent: 100 },
    ]);
    if (!split.ok) throw new Error('no split');
    expect(split.budgetMinutes.toString()).toBe('52.56');
    // (1 − 0.99999⁵) × 525,600, worked in the test.
    const exact = new Dec(1).minus(new Dec(0.99999).pow(5)).times(525_600);
    expect(split.dependenciesMinutes.eq(exact)).toBe(true);
    expect(split.dependenciesMinutes.toDecimalPlaces(4).toString()).toBe('26.2795');
  });

  it('goes back to one figure when one figure is typed', () => {
    const ranged = done(setAvailabilityRange(withOne(), 'n1', { low: 99, high: 99.99 }));
    const point = findNode(done(setAvailability(ranged, 'n1', 99.95)), 'n1');
    expect(point).toEqual({ kind: 'dependency', id: 'n1', name: 'Database', availabilityPercent: 99.95 });
  });

  it.each<[AvailabilityRange, RegExp]>([
    [{ low: 99.99, high: 99.9 }, /low end of a range must be below its high end/],
    [{ low: 99.9, high: 100 }, /above 0 % and below 100 %/],
  ])('refuses %j', (range, message) => {
    const edit = setAvailabilityRange(withOne(), 'n1', range);
    expect(edit.ok).toBe(false);
    if (!edit.ok) expect(edit.message).toMatch(message);
  });
});

describe('the figures of a dependency given as a range', () => {
  it('has its ends as inputs and its availability as their best estimate, the value the engine uses', () => {
    const tree = done(
      setAvailabilityRange(done(addDependency(createDependencyTree(), 'n0', { name: 'Database' })), 'n1', {
        low: 99.9,
        high: 99.99,
      }),
    );
    const graph = evaluateDependencyGraph(tree, [{ count: 1, scopePercent: 100 }], [], 'calendar');
    const low = graph.figure(nodeFigureId('n1', 'availabilityLow'));
    const high = graph.figure(nodeFigureId('n1', 'availabilityHigh'));
    expect([low.value?.toString(), low.source]).toEqual([
      '99.9',
      {
        kind: 'input',
        input: 'dependencies.tree.children.0.availabilityRange.low',
        // Both ends are typed in the one field.
        field: 'Availability of Database',
      },
    ]);
    expect(high.value?.toString()).toBe('99.99');
    const best = graph.figure(nodeFigureId('n1', 'availabilityPercent'));
    expect(best.label).toBe('Availability of Database');
    expect(best.source).toMatchObject({ kind: 'formula', formula: 'rangeBestEstimate' });
    const point = findNode(tree, 'n1');
    expect(point?.kind === 'dependency' && best.value?.eq(point.availabilityPercent!)).toBe(true);
    expect(
      DEPENDENCY_FORMULAS.rangeBestEstimate
        .compute([low.value!, high.value!], ['low', 'high'])
        .eq(best.value!),
    ).toBe(true);
    // 100 − 10^(−1.5), to the 64-bit number nearest it.
    expect(best.value?.toNumber()).toBe(new Dec(100).minus(new Dec(10).pow(-1.5)).toNumber());
  });
});
