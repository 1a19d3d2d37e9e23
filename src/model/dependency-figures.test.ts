import { describe, expect, it } from 'vitest';
import { Dec } from './decimal';
import { ARTICLE_OWN_OUTAGES } from './dependencies';
import { type DependencyTree } from './dependency-tree';
import {
  DEPENDENCY_FORMULAS,
  dependencyModeRows,
  evaluateDependencyGraph,
  nodeFigureId,
  unreachableReason,
  type DependencyFormulaId,
} from './dependency-figures';
import { badMinutesPerYear } from './failure-modes';

/*
 * Sources: [TDRB] Treynor, Dahlin, Rau and Beyer, "The Calculus of Service Availability", ACM Queue
 * 15(2), 2017, https://queue.acm.org/detail.cfm?id=3096459 (a 99.99 % service has 52.56 minutes a
 * year; five 99.999 % dependencies take 5 × 5.256 = 26.28 of them; 1 full + 3 outages at 20 % = 1.6
 * full-outage equivalents). [MS] Microsoft's composite SLAs (99.95 % × 99.99 % = 99.940005 %; two
 * regions at 99.95 % behind a 99.99 % router = 0.999899750025).
 */

const dep = (id: string, name: string, availabilityPercent: number | null) =>
  ({ kind: 'dependency', id, name, availabilityPercent }) as const;

const fiveNinesTimesFive: DependencyTree = {
  kind: 'all-of',
  id: 'n0',
  name: 'All dependencies',
  children: [1, 2, 3, 4, 5].map((i) => dep(`n${i}`, `Dependency ${i}`, 99.999)),
};

const regionsBehindRouter: DependencyTree = {
  kind: 'all-of',
  id: 'n0',
  name: 'All dependencies',
  children: [
    {
      kind: 'regions',
      id: 'n1',
      name: 'Web tier',
      regionCount: 2,
      commonCauseSharePercent: 0,
      router: dep('n2', 'Traffic Manager', 99.99),
      children: [dep('n3', 'App Service', 99.95)],
    },
  ],
};

const target = (availabilityPercent: number) => ({
  id: 's1',
  label: `${availabilityPercent} %`,
  availabilityPercent,
});

describe('the dependency graph', () => {
  it('splits the article’s budget: 52.56 min, 26.2795… taken (26.28 added), the rest ÷ 1.6 [TDRB]', () => {
    const graph = evaluateDependencyGraph(
      fiveNinesTimesFive,
      [...ARTICLE_OWN_OUTAGES],
      [target(99.99)],
      'calendar',
    );
    const [t] = graph.targets;
    const value = (id: Parameters<typeof graph.figure>[0]) => graph.figure(id).value!;
    expect(value(t!.budget).toString()).toBe('52.56');
    expect(value(t!.dependenciesAdded).toString()).toBe('26.28');
    // The exact product, 1 − 0.99999⁵, of a 525,600-minute year.
    const taken = new Dec(1).minus(new Dec('0.99999').pow(5)).times(525_600);
    expect(value(t!.dependencies).eq(taken)).toBe(true);
    expect(value(t!.dependencies).toFixed(4)).toBe('26.2795');
    expect(value(graph.fullOutageEquivalents).toString()).toBe('1.6');
    expect(value(t!.perOutage).eq(new Dec('52.56').minus(taken).div('1.6'))).toBe(true);
    expect(t!.reachable).toBe(true);
    // The article's own figure, had the added budgets been used: (52.56 − 26.28) / 1.6.
    expect(value(t!.budget).minus(value(t!.dependenciesAdded)).div('1.6').toString()).toBe('16.425');
  });

  it('gives the ceiling of regions behind a router exactly [MS]', () => {
    const graph = evaluateDependencyGraph(regionsBehindRouter, [...ARTICLE_OWN_OUTAGES], [], 'calendar');
    expect(graph.figure(graph.ceiling.unavailability).value!.toString()).toBe('0.000100249975');
    expect(graph.figure(graph.ceiling.availability).value!.toString()).toBe('99.9899750025');
  });

  it('recomputes every formula figure from its terms to the same value', () => {
    const graph = evaluateDependencyGraph(
      regionsBehindRouter,
      [...ARTICLE_OWN_OUTAGES],
      [target(99.999)],
      'seed',
    );
    for (const figure of graph.figures.values()) {
      if (figure.source.kind !== 'formula' || figure.value === null) continue;
      const terms = figure.source.terms;
      const definition = DEPENDENCY_FORMULAS[figure.source.formula as DependencyFormulaId];
      const again = definition.compute(
        terms.map((t) => graph.figure(t.figure).value!),
        terms.map((t) => t.name),
      );
      expect(again?.eq(figure.value), figure.id).toBe(true);
    }
  });

  it('marks a target above the ceiling unreachable, with no minutes per outage, and says why', () => {
    const graph = evaluateDependencyGraph(
      fiveNinesTimesFive,
      [...ARTICLE_OWN_OUTAGES],
      [target(99.9999)],
      'calendar',
    );
    const [t] = graph.targets;
    expect(t!.reachable).toBe(false);
    expect(graph.figure(t!.left).value!.isNegative()).toBe(true);
    expect(graph.figure(t!.perOutage).value).toBeNull();
    expect(graph.figure(t!.perOutage).never).toBe('the dependencies alone take more than the error budget');
    expect(unreachableReason(t!, '99.995 %')).toBe(
      'unreachable: above the 99.995 % ceiling from dependencies',
    );
    // Every critical dependency has fewer than 6 + 1 nines.
    expect(t!.flags.map((f) => f.name)).toEqual(fiveNinesTimesFive.children.map((c) => c.name));
  });

  it('names the problem of a dependency without an availability, and cannot tell reachability', () => {
    const tree: DependencyTree = { ...fiveNinesTimesFive, children: [dep('n1', 'Database', null)] };
    const graph = evaluateDependencyGraph(tree, [...ARTICLE_OWN_OUTAGES], [target(99.9)], 'calendar');
    expect(graph.figure(graph.ceiling.availability).value).toBeNull();
    expect(graph.figure(graph.ceiling.unavailability).never).toBe('Database has no availability yet.');
    expect(graph.figure(nodeFigureId('n1', 'unavailability')).never).toBe(
      'Database has no availability yet.',
    );
    expect(graph.targets[0]!.reachable).toBeNull();
    // The figures that need it give the same reason, down to the minutes per outage.
    for (const id of [graph.targets[0]!.dependencies, graph.targets[0]!.left, graph.targets[0]!.perOutage])
      expect(graph.figure(id).never, id).toBe('Database has no availability yet.');
  });

  it('gives each critical dependency’s expected bad minutes as failure-mode rows that add up to the article’s sum', () => {
    const graph = evaluateDependencyGraph(regionsBehindRouter, [], [target(99.99)], 'calendar');
    const rows = dependencyModeRows(graph.evaluation, 'calendar');
    expect(rows.map((r) => r.name)).toEqual(['Traffic Manager', 'Web tier (every region down)']);
    // 0.0001 × 525,600 for the router; 0.0005² × 525,600 for both regions down.
    expect(rows.map((r) => r.badMinutesPerYear.toString())).toEqual(['52.56', '0.1314']);
    for (const row of rows) expect(badMinutesPerYear(row.values).eq(row.badMinutesPerYear)).toBe(true);
    const added = graph.figure(graph.targets[0]!.dependenciesAdded).value!;
    expect(rows.reduce((sum, r) => sum.plus(r.badMinutesPerYear), new Dec(0)).eq(added)).toBe(true);
  });
});
