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
import { evaluateDependencies } from './dependencies';

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

  /*
   * Each part's availability, as the tree editor shows and explains it: by the formula of its kind
   * over its parts' availabilities, spelt out for its own terms. [MS] 99.95 % × 99.99 % = 99.940005 %;
   * database or queue (99.99 %, 99.9 %) = 99.99999 %, in series with a 99.95 % web app 99.94999 %
   * (0.99949990005); two regions at 99.95 % = 99.999975 %, behind a 99.99 % router 99.9899750025 %;
   * four regions at 99.95 % = 99.99999999999375 %. [TDRB] three copies at 99.9 % = 99.9999999 %;
   * five 99.999 % dependencies in series = 0.99999⁵.
   */
  /** "all of" at the top (its id `g`), or an "any of" group `g` as the top level's one part. */
  const group = (
    kind: 'all-of' | 'any-of',
    children: DependencyTree['children'],
    commonCauseSharePercent = 0,
  ): DependencyTree =>
    kind === 'all-of'
      ? { kind, id: 'g', name: 'Group', children }
      : {
          kind: 'all-of',
          id: 'top',
          name: 'All dependencies',
          children: [{ kind, id: 'g', name: 'Group', commonCauseSharePercent, children }],
        };
  const regions = (count: number, router: boolean): DependencyTree => ({
    kind: 'all-of',
    id: 'top',
    name: 'All dependencies',
    children: [
      {
        kind: 'regions',
        id: 'g',
        name: 'Group',
        regionCount: count,
        commonCauseSharePercent: 0,
        router: router ? dep('r', 'Router', 99.99) : null,
        children: [dep('p', 'App Service', 99.95)],
      },
    ],
  });
  const webAndDataStore: DependencyTree = {
    kind: 'all-of',
    id: 'g',
    name: 'Group',
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
  it.each([
    {
      vector: '[MS] 99.95 % × 99.99 %',
      tree: group('all-of', [dep('a', 'Web app', 99.95), dep('b', 'Database', 99.99)]),
      formula: 'allOf',
      symbols: 'a₁ × a₂',
      percent: '99.940005',
    },
    {
      vector: '[MS] database or queue',
      tree: group('any-of', [dep('a', 'Database', 99.99), dep('b', 'Queue', 99.9)]),
      formula: 'anyOf',
      symbols: '1 − (1 − a₁) × (1 − a₂)',
      percent: '99.99999',
    },
    {
      vector: '[MS] a web app in series with database or queue',
      tree: webAndDataStore,
      formula: 'allOf',
      symbols: 'a₁ × a₂',
      percent: '99.949990005',
    },
    {
      vector: '[MS] two regions at 99.95 %',
      tree: regions(2, false),
      formula: 'regionsAvailability',
      symbols: '1 − (1 − a)^N',
      percent: '99.999975',
    },
    {
      vector: '[MS] two regions at 99.95 % behind a 99.99 % router',
      tree: regions(2, true),
      formula: 'regionsAvailability',
      symbols: undefined,
      percent: '99.9899750025',
    },
    {
      vector: '[MS] four regions at 99.95 %',
      tree: regions(4, false),
      formula: 'regionsAvailability',
      symbols: '1 − (1 − a)^N',
      percent: '99.99999999999375',
    },
    {
      vector: '[TDRB] three copies at 99.9 %',
      tree: group(
        'any-of',
        [1, 2, 3].map((i) => dep(`c${i}`, `Copy ${i}`, 99.9)),
      ),
      formula: 'anyOf',
      symbols: '1 − (1 − a₁) × (1 − a₂) × (1 − a₃)',
      percent: '99.9999999',
    },
    {
      vector: '[TDRB] five 99.999 % dependencies in series',
      tree: { ...fiveNinesTimesFive, id: 'g' },
      formula: 'allOf',
      symbols: 'a₁ × a₂ × a₃ × a₄ × a₅',
      percent: new Dec('0.99999').pow(5).times(100).toString(),
    },
    {
      // β = 1: every copy fails with the best one, so redundancy gives nothing beyond it.
      vector: 'database or queue with a common-cause share of 100 %',
      tree: group('any-of', [dep('a', 'Database', 99.99), dep('b', 'Queue', 99.9)], 100),
      formula: 'commonCauseAvailability',
      symbols: undefined,
      percent: '99.99',
    },
  ])('explains the availability of $vector by its kind’s formula', ({ tree, formula, symbols, percent }) => {
    const graph = evaluateDependencyGraph(tree, [], [], 'calendar');
    const figure = graph.figure(nodeFigureId('g', 'availability'));
    expect(figure.value!.toString()).toBe(percent);
    // The engine's figure, exactly.
    const engine = evaluateDependencies(tree).nodes.get('g')!;
    expect(engine.ok && engine.availabilityPercent.eq(figure.value!)).toBe(true);
    expect(figure.source.kind === 'formula' && figure.source.formula).toBe(formula);
    expect(figure.source.kind === 'formula' ? figure.source.symbols : null).toBe(symbols);
    // The formula recomputes the value from its terms' values.
    if (figure.source.kind !== 'formula') throw new Error('a formula');
    const terms = figure.source.terms;
    const again = DEPENDENCY_FORMULAS[figure.source.formula].compute(
      terms.map((t) => graph.figure(t.figure).value!),
      terms.map((t) => t.name),
    );
    expect(again!.eq(figure.value!)).toBe(true);
  });

  it('spells a group’s share of time down out for its parts: 1 − (1 − u₁) × (1 − u₂) in series, u₁ × u₂ for copies [MS]', () => {
    const graph = evaluateDependencyGraph(webAndDataStore, [], [], 'calendar');
    const symbolsOf = (id: string) => {
      const { source } = graph.figure(nodeFigureId(id, 'unavailability'));
      return source.kind === 'formula' ? source.symbols : null;
    };
    expect(symbolsOf('g')).toBe('1 − (1 − u₁) × (1 − u₂)');
    expect(symbolsOf('d')).toBe('u₁ × u₂');
    // 1 − 0.9995 × (1 − 0.0001 × 0.001) = 0.00050009995 (= 1 − 0.99949990005).
    expect(graph.figure(nodeFigureId('g', 'unavailability')).value!.toString()).toBe('0.00050009995');
  });

  it('gives a dependency its availability as typed, from the field it is typed in, and none while it has none', () => {
    const graph = evaluateDependencyGraph(webAndDataStore, [], [], 'calendar');
    const web = graph.figure(nodeFigureId('w', 'availability'));
    expect(web.source).toMatchObject({ kind: 'formula', formula: 'asTyped' });
    expect(graph.figure(nodeFigureId('w', 'availabilityPercent')).source).toMatchObject({
      kind: 'input',
      field: 'Availability of Web app',
    });
    expect(web.value!.toString()).toBe('99.95');
    const empty = evaluateDependencyGraph(
      {
        ...webAndDataStore,
        children: [{ kind: 'any-of', id: 'e', name: 'Empty', commonCauseSharePercent: 0, children: [] }],
      },
      [],
      [],
      'calendar',
    );
    expect(empty.figure(nodeFigureId('e', 'availability')).never).toBe('Empty has nothing in it yet.');
    expect(empty.figure(nodeFigureId('g', 'availability')).value).toBeNull();
  });
});
