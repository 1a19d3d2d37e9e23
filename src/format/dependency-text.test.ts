import { describe, expect, it } from 'vitest';
import { Dec } from '../model/decimal';
import { ARTICLE_OWN_OUTAGES } from '../model/dependencies';
import { evaluateDependencyGraph } from '../model/dependency-figures';
import type { DependencyTree } from '../model/dependency-tree';
import { dependencyFigureText, formatMinutes } from './dependency-text';
import { formatAvailabilityFromUnavailability } from './format';

describe('minutes in the Error budget table', () => {
  it.each([
    ['52.56', '52.56 min'],
    // Treynor et al.: 1 − 0.99999⁵ of a 525,600-minute year is 26.2795… min.
    [new Dec(1).minus(new Dec('0.99999').pow(5)).times(525_600).toString(), '26.28 min'],
    ['16.425', '16.43 min'],
    ['0.1314', '0.131 min'],
    ['0.0000032850000001', '0.00000329 min'],
    ['-3.2', '−3.2 min'],
    ['0', '0 min'],
    ['0.0000000000000000000001', 'under 0.00000000000000000001 min'],
    ['-0', '0 min'],
  ])('shows %s minutes as %s', (minutes, shown) => {
    expect(formatMinutes(new Dec(minutes))).toBe(shown);
  });
});

describe('availability from dependencies never reads 100 %', () => {
  // Microsoft's multi-region formula: four regions at 99.95 % leave 0.0005⁴ = 6.25 × 10⁻¹⁴ of downtime.
  it('shows four regions at 99.95 % as 99.99999999999375 %', () => {
    expect(formatAvailabilityFromUnavailability(new Dec('0.0005').pow(4))).toBe('99.99999999999375 %');
  });
});

/*
 * Every dependency figure as the page, its explanation and the exports show it. Microsoft's composite
 * SLAs: a 99.95 % web app in series with "database or queue" (99.99 %, 99.9 %) is 0.99949990005, down
 * 0.00050009995 of the time, shown with six significant digits of that share (rounded up, so the
 * availability never reads higher than it is): 0.0005001, 99.94999 %; the group alone is
 * 1 − 0.0001 × 0.001 = 99.99999 %. Treynor et al. (2017): 99.9 % leaves 525.6 minutes a year, 1 full
 * + 3 outages at 20 % are 1.6 full-outage equivalents; −log₁₀ 0.0005 = 3.30103 nines.
 */
describe('a dependency figure in words', () => {
  const dep = (id: string, name: string, availabilityPercent: number) =>
    ({ kind: 'dependency', id, name, availabilityPercent }) as const;
  const tree: DependencyTree = {
    kind: 'all-of',
    id: 'n0',
    name: 'All dependencies',
    children: [
      dep('w', 'Web app', 99.95),
      {
        kind: 'any-of',
        id: 'd',
        name: 'Data store',
        commonCauseSharePercent: 0,
        children: [dep('db', 'Database', 99.99), dep('q', 'Queue', 99.9)],
      },
    ],
  };
  const targets = [
    { id: 's1', label: '99.9 %', availabilityPercent: 99.9 },
    { id: 's2', label: '99.99 %', availabilityPercent: 99.99 },
  ];
  const graph = evaluateDependencyGraph(tree, [...ARTICLE_OWN_OUTAGES], targets, 'calendar');

  it.each([
    ['a typed availability, as typed', 'dependencies.node.w.availabilityPercent', '99.95 %'],
    ['a typed common-cause share', 'dependencies.node.d.commonCauseSharePercent', '0 %'],
    ['a target', 'dependencies.target.s1.targetPercent', '99.9 %'],
    ['a typed scope', 'dependencies.ownOutages.1.scopePercent', '20 %'],
    ['the ceiling', 'dependencies.ceiling.availabilityPercent', '99.94999 %'],
    ['a group’s availability', 'dependencies.node.d.availability', '99.99999 %'],
    ['a share of time down', 'dependencies.ceiling.unavailability', '0.0005001'],
    ['nines', 'dependencies.node.w.nines', '3.3'],
    ['an error budget', 'dependencies.target.s1.budgetMinutes', '525.6 min a year'],
    ['full-outage equivalents', 'dependencies.ownOutages.fullOutageEquivalents', '1.6'],
    [
      'a figure without a value',
      'dependencies.target.s2.minutesPerOutage',
      'none (the dependencies alone take more than the error budget)',
    ],
  ] as const)('shows %s (%s) as %s', (_what, id, shown) => {
    expect(dependencyFigureText(graph, graph.figure(id))).toBe(shown);
  });

  it('leaves "a year" to a table column or a sentence that says it already', () => {
    const budget = graph.figure('dependencies.target.s1.budgetMinutes');
    expect(dependencyFigureText(graph, budget, true)).toBe('525.6 min');
    // Minutes per outage are not a yearly figure: the same either way.
    const perOutage = graph.figure('dependencies.target.s1.minutesPerOutage');
    expect(dependencyFigureText(graph, perOutage, true)).toBe(dependencyFigureText(graph, perOutage));
    expect(dependencyFigureText(graph, perOutage)).toMatch(/^[\d.]+ min$/);
  });

  it('never shows 100 % for copies down 10⁻⁵⁰ of the time, which 40 digits of availability round to 100', () => {
    // Five copies at 99.99999999 % (each down 10⁻¹⁰ of the time), any one enough: down 10⁻⁵⁰.
    const copies: DependencyTree = {
      kind: 'any-of',
      id: 'g',
      name: 'Copies',
      commonCauseSharePercent: 0,
      children: [1, 2, 3, 4, 5].map((i) => dep(`c${i}`, `Copy ${i}`, 99.99999999)),
    };
    const tiny = evaluateDependencyGraph({ ...tree, children: [copies] }, [], [], 'calendar');
    const ceiling = tiny.figure('dependencies.ceiling.availabilityPercent');
    expect(ceiling.value!.toString()).toBe('100');
    expect(dependencyFigureText(tiny, ceiling)).toBe(formatAvailabilityFromUnavailability(new Dec('1e-50')));
    expect(dependencyFigureText(tiny, ceiling)).not.toBe('100 %');
  });
});
