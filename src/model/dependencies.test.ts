import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from './decimal';
import {
  ARTICLE_OWN_OUTAGES,
  downtimeMinutesPerYear,
  evaluateDependencies,
  extraNineFlags,
  fullOutageEquivalents,
  minutesPerOutage,
  minutesPerYear,
  ninesOf,
  redundantUnavailability,
  seriesUnavailability,
  targetBudget,
  type NodeOutcome,
} from './dependencies';
import {
  treeNodes,
  type AllOfGroup,
  type AnyOfGroup,
  type Dependency,
  type DependencyGroup,
  type DependencyNode,
  type DependencyTree,
  type RegionsGroup,
} from './dependency-tree';
import { addDependency, setCommonCauseShare, setRegionCount } from './dependency-edits';

/*
 * Sources of the vectors:
 *
 * [MS] Microsoft, composite SLAs: Azure Architecture Center, "Designing resilient applications for
 *      Azure" / Microsoft Learn, "Understand service-level agreements" (the App Service + SQL Database
 *      example: "99.95% × 99.99% = 99.94%"; "Database or queue = 1.0 − (0.0001 × 0.001) = 99.99999%";
 *      "Web app and (database or queue) = 99.95% × 99.99999% = ~99.95%"), and the Well-Architected
 *      Framework's multi-region formula, "Composite SLA combining N regions = 1 − (1 − N)^R", times the
 *      Traffic Manager's SLA (99.99 %). The vectors (13) give the exact products.
 * [TDRB] Ben Treynor, Mike Dahlin, Vivek Rau, Betsy Beyer, "The Calculus of Service Availability",
 *      ACM Queue 15(2), 2017, https://queue.acm.org/detail.cfm?id=3096459: a 99.99 % service has
 *      52.56 minutes a year; five critical dependencies at 99.999 % take 5 × 5.256 = 26.28 of them;
 *      with 1 full outage and 3 single-shard outages at 20 % (1.6 full-outage equivalents) each may
 *      last (52.56 − 26.28) / 1.6 minutes (the article rounds to 53 − 26 = 27 and 17); redundant
 *      copies multiply unavailabilities (three at 99.9 % give 99.9999999 %); "correlation is never zero".
 */

// ---------------------------------------------------------------- builders for readable trees

let counter = 0;
const id = () => `t${(counter += 1)}`;

const dep = (name: string, availabilityPercent: number | null): Dependency => ({
  kind: 'dependency',
  id: id(),
  name,
  availabilityPercent,
});
const allOf = (name: string, ...children: DependencyNode[]): AllOfGroup => ({
  kind: 'all-of',
  id: id(),
  name,
  children,
});
const anyOf = (name: string, children: DependencyNode[], commonCauseSharePercent = 0): AnyOfGroup => ({
  kind: 'any-of',
  id: id(),
  name,
  commonCauseSharePercent,
  children,
});
const regions = (
  name: string,
  regionCount: number,
  children: DependencyNode[],
  router: Dependency | null = null,
  commonCauseSharePercent = 0,
): RegionsGroup => ({
  kind: 'regions',
  id: id(),
  name,
  regionCount,
  commonCauseSharePercent,
  router,
  children,
});

function ceiling(tree: DependencyTree): Dec {
  const { root } = evaluateDependencies(tree);
  if (!root.ok) throw new Error(root.problems.map((p) => p.message).join(' '));
  return root.availabilityPercent;
}

const unavailabilityOf = (outcome: NodeOutcome | undefined): Dec => {
  if (!outcome?.ok) throw new Error('expected a computed outcome');
  return outcome.unavailability;
};

// ---------------------------------------------------------------- published vectors

describe('composite availability: the published vectors', () => {
  const webApp = () => dep('Web app', 99.95);
  const databaseOrQueue = () => anyOf('Database or queue', [dep('SQL Database', 99.99), dep('Queue', 99.9)]);

  it.each<{ name: string; percent: string; tree: () => DependencyTree }>([
    // [MS] 0.9995 × 0.9999 = 0.99940005 (the page rounds to 99.94 %).
    {
      name: '[MS] web app and SQL Database in series',
      percent: '99.940005',
      tree: () => allOf('App', webApp(), dep('SQL Database', 99.99)),
    },
    // [MS] 1 − 0.0001 × 0.001 = 0.9999999.
    { name: '[MS] database or queue', percent: '99.99999', tree: () => allOf('App', databaseOrQueue()) },
    // [MS] 0.9995 × 0.9999999 = 0.99949990005 (the page: "~99.95%"; the issue: 99.94999 %).
    {
      name: '[MS] web app and (database or queue)',
      percent: '99.949990005',
      tree: () => allOf('App', webApp(), databaseOrQueue()),
    },
    // [MS] 1 − (1 − 0.9995)² = 0.99999975.
    {
      name: '[MS] two regions at 99.95 %',
      percent: '99.999975',
      tree: () => regions('Regions', 2, [dep('Region', 99.95)]),
    },
    // [MS] 0.99999975 × 0.9999 = 0.999899750025.
    {
      name: '[MS] two regions at 99.95 % behind a 99.99 % Traffic Manager',
      percent: '99.9899750025',
      tree: () => regions('Regions', 2, [dep('Region', 99.95)], dep('Traffic Manager', 99.99)),
    },
    // [MS] 1 − 0.0005⁴ = 1 − 6.25 × 10⁻¹⁴.
    {
      name: '[MS] four regions at 99.95 %',
      percent: '99.99999999999375',
      tree: () => regions('Regions', 4, [dep('Region', 99.95)]),
    },
    // [TDRB] 1 − 0.001³ = 1 − 10⁻⁹.
    {
      name: '[TDRB] three copies at 99.9 %',
      percent: '99.9999999',
      tree: () => allOf('App', anyOf('Copies', [dep('A', 99.9), dep('B', 99.9), dep('C', 99.9)])),
    },
  ])('$name = $percent %', ({ percent, tree }) => {
    expect(ceiling(tree()).toFixed()).toBe(percent);
  });

  it('[MS] the web app in series with its fallback truncates to the issue’s 99.94999 %', () => {
    const percent = ceiling(allOf('App', webApp(), databaseOrQueue()));
    expect(percent.toDecimalPlaces(5, Dec.ROUND_DOWN).toFixed()).toBe('99.94999');
    expect(percent.div(100).toFixed()).toBe('0.99949990005');
  });

  it('[MS] a region made of a web app and a database is one copy: its series availability, squared away', () => {
    const tree = regions('Regions', 2, [dep('App Service', 99.95), dep('SQL Database', 99.99)]);
    // One region: 0.99940005; two: 1 − 0.00059995² = 1 − 0.0000003599400025.
    expect(ceiling(tree).toFixed()).toBe('99.99996400599975');
  });
});

describe('the error budget: Treynor et al.', () => {
  const fiveDependencies = () =>
    allOf('Service', ...['A', 'B', 'C', 'D', 'E'].map((name) => dep(`Dependency ${name}`, 99.999)));

  it('[TDRB] 99.99 % on a 365-day year is 52.56 minutes', () => {
    expect(minutesPerYear('calendar').toFixed()).toBe('525600');
    const budget = targetBudget(
      evaluateDependencies(fiveDependencies()),
      99.99,
      'calendar',
      ARTICLE_OWN_OUTAGES,
    );
    expect(budget.ok && budget.budgetMinutes.toFixed()).toBe('52.56');
  });

  it('[TDRB] five 99.999 % dependencies take 26.28 minutes added, 26.2795 exactly; the figure shown is the exact one', () => {
    const budget = targetBudget(
      evaluateDependencies(fiveDependencies()),
      99.99,
      'calendar',
      ARTICLE_OWN_OUTAGES,
    );
    if (!budget.ok) throw new Error('expected a budget');
    // The article: 5 × 0.00001 × 525,600 = 26.28.
    expect(budget.dependenciesAddedMinutes.toFixed()).toBe('26.28');
    // Exact: (1 − 0.99999⁵) × 525,600 = 0.0000499990000099999500001 × 525,600.
    expect(budget.dependenciesMinutes.toFixed()).toBe('26.27947440525597372005256');
    expect(budget.dependenciesMinutes.toSignificantDigits(6).toFixed()).toBe('26.2795');
    expect(budget.leftMinutes.toFixed()).toBe(new Dec('52.56').minus(budget.dependenciesMinutes).toFixed());
  });

  it('[TDRB] 1 full + 3 outages at 20 % are 1.6 full-outage equivalents; each may last (52.56 − 26.28) / 1.6 = 16.425 minutes', () => {
    const equivalents = fullOutageEquivalents(ARTICLE_OWN_OUTAGES);
    expect(equivalents.ok && equivalents.value.toFixed()).toBe('1.6');
    // The article's own arithmetic, with its added figure:
    expect(minutesPerOutage(new Dec('52.56').minus('26.28'), new Dec('1.6')).toFixed()).toBe('16.425');
    // and rounded as the article rounds it: (53 − 26) / 1.6 = 16.875, "17 minutes".
    expect(minutesPerOutage(new Dec(53).minus(26), new Dec('1.6')).toDecimalPlaces(0).toFixed()).toBe('17');
    // The page's figure, from the exact 26.2795: (52.56 − 26.279474…) / 1.6.
    const budget = targetBudget(
      evaluateDependencies(fiveDependencies()),
      99.99,
      'calendar',
      ARTICLE_OWN_OUTAGES,
    );
    if (!budget.ok || budget.perOutage.kind !== 'minutes') throw new Error('expected minutes per outage');
    expect(budget.perOutage.minutes.toFixed()).toBe('16.42532849671501642496715');
    expect(budget.perOutage.minutes.toDecimalPlaces(3).toFixed()).toBe('16.425');
  });

  it('the added figure overstates: ten dependencies at 99 % sum to 10 % of the year but take 9.56 %', () => {
    const tree = allOf('Service', ...Array.from({ length: 10 }, (_, i) => dep(`D${i}`, 99)));
    const budget = targetBudget(evaluateDependencies(tree), 50, 'calendar', []);
    if (!budget.ok) throw new Error('expected a budget');
    expect(budget.dependenciesAddedMinutes.div(budget.minutesPerYear).toFixed()).toBe('0.1');
    // 1 − 0.99¹⁰ = 0.09561792499119550999
    expect(budget.dependenciesMinutes.div(budget.minutesPerYear).toFixed()).toBe('0.09561792499119550999');
  });

  it('the year follows the period convention: the seed’s 360 days give 51.84 minutes for 99.99 %', () => {
    const budget = targetBudget(evaluateDependencies(fiveDependencies()), 99.99, 'seed', ARTICLE_OWN_OUTAGES);
    expect(budget.ok && budget.budgetMinutes.toFixed()).toBe('51.84');
    expect(downtimeMinutesPerYear(new Dec('0.0001'), 'gregorian').toFixed()).toBe('52.59492');
  });

  it('a target above the ceiling is unreachable, and no outage length is given', () => {
    const tree = allOf('Service', dep('Database', 99.95));
    const budget = targetBudget(evaluateDependencies(tree), 99.99, 'calendar', ARTICLE_OWN_OUTAGES);
    if (!budget.ok) throw new Error('expected a budget');
    expect(budget.reachable).toBe(false);
    expect(budget.perOutage).toEqual({ kind: 'target-above-ceiling' });
    // 52.56 − 262.8 = −210.24 minutes.
    expect(budget.leftMinutes.toFixed()).toBe('-210.24');
  });

  it('a target equal to the ceiling is reachable with outages of 0 minutes', () => {
    const budget = targetBudget(
      evaluateDependencies(allOf('Service', dep('Database', 99.9))),
      99.9,
      'calendar',
      ARTICLE_OWN_OUTAGES,
    );
    expect(budget.ok && budget.reachable).toBe(true);
    expect(budget.ok && budget.perOutage.kind === 'minutes' && budget.perOutage.minutes.isZero()).toBe(true);
  });

  it('without own outages the budget left is not split', () => {
    const budget = targetBudget(evaluateDependencies(fiveDependencies()), 99.99, 'calendar', [
      { count: 0, scopePercent: 100 },
    ]);
    expect(budget.ok && budget.perOutage).toEqual({ kind: 'no-own-outages' });
  });

  it.each<[string, { count: number; scopePercent: number }, RegExp]>([
    ['a negative count', { count: -1, scopePercent: 100 }, /from 0 to 10,000/],
    ['a count that is not a number', { count: Number.NaN, scopePercent: 100 }, /from 0 to 10,000/],
    ['a scope of 0 %', { count: 1, scopePercent: 0 }, /above 0 % and at most 100 %/],
    ['a scope above 100 %', { count: 1, scopePercent: 120 }, /above 0 % and at most 100 %/],
  ])('own outages with %s are refused in words', (_name, outage, message) => {
    const result = fullOutageEquivalents([outage]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    const budget = targetBudget(evaluateDependencies(fiveDependencies()), 99.99, 'calendar', [outage]);
    expect(!budget.ok && budget.problem.source).toBe('own-outages');
  });

  it('a target outside (0, 100) % and a tree that cannot compute give problems, not figures', () => {
    expect(targetBudget(evaluateDependencies(fiveDependencies()), 100, 'calendar', [])).toEqual({
      ok: false,
      problem: { source: 'target', message: 'A target must be above 0 % and below 100 %.' },
    });
    const broken = targetBudget(
      evaluateDependencies(allOf('Service', dep('Database', null))),
      99.9,
      'calendar',
      [],
    );
    expect(!broken.ok && broken.problem.source === 'dependencies' && broken.problem.problems[0]!.name).toBe(
      'Database',
    );
  });
});

describe('the rule of the extra 9 [TDRB]', () => {
  it('five dependencies at 99.999 % have the extra nine a 99.99 % target needs (exactly one more is enough)', () => {
    const tree = allOf('Service', ...['A', 'B', 'C', 'D', 'E'].map((name) => dep(name, 99.999)));
    expect(extraNineFlags(evaluateDependencies(tree), 99.99)).toEqual([]);
  });

  it('flags each critical item with fewer nines, and not the copies inside a redundant group', () => {
    const tree = allOf(
      'Service',
      dep('Auth', 99.99),
      anyOf('Database or replica', [dep('Primary', 99.9), dep('Replica', 99.9)]),
      regions('Front ends', 2, [dep('Front end', 99.95)], dep('Traffic Manager', 99.99)),
      dep('Storage', 99.9995),
    );
    const flags = extraNineFlags(evaluateDependencies(tree), 99.99);
    // Auth and Traffic Manager have 4 nines, the target 4 + 1 = 5. The database pair is down
    // 0.001² = 10⁻⁶ (6 nines); the front ends 0.0005² = 2.5 × 10⁻⁷ (6.6 nines); Storage 5.3 nines.
    expect(flags.map((f) => [f.name, f.part])).toEqual([
      ['Auth', 'dependency'],
      ['Traffic Manager', 'dependency'],
    ]);
    expect(flags[0]!.nines.toFixed()).toBe('4');
    expect(flags[0]!.neededNines.toFixed()).toBe('5');
    expect(flags[0]!.neededUnavailability.toFixed()).toBe('0.00001');
  });

  it('a redundant group short of the extra nine is flagged as a whole', () => {
    const tree = allOf('Service', anyOf('Caches', [dep('Cache A', 99), dep('Cache B', 99)]));
    // 0.01² = 10⁻⁴: 4 nines, one short for a 99.99 % target.
    const flags = extraNineFlags(evaluateDependencies(tree), 99.99);
    expect(flags.map((f) => [f.name, f.part, f.nines.toFixed()])).toEqual([
      ['Caches', 'redundant-group', '4'],
    ]);
  });

  it('nines are −log₁₀ of the unavailability: 99.95 % has 3.30103', () => {
    expect(ninesOf(new Dec('0.0005')).toSignificantDigits(6).toFixed()).toBe('3.30103');
    expect(ninesOf(new Dec('0.00001')).toFixed()).toBe('5');
  });

  it('flags nothing for a target outside (0, 100) %', () => {
    expect(extraNineFlags(evaluateDependencies(allOf('S', dep('A', 90))), 100)).toEqual([]);
  });
});

describe('common-cause share: redundancy assumes independent failures, and correlation is never zero', () => {
  it('0 % is the independent product; 100 % leaves only the best copy', () => {
    const copies = [new Dec('0.001'), new Dec('0.0001')];
    expect(redundantUnavailability(copies, 0).toFixed()).toBe('0.0000001');
    expect(redundantUnavailability(copies, 1).toFixed()).toBe('0.0001');
  });

  it('10 % of two 99.9 % copies: c = 0.0001, then c + (1 − c) × ((0.001 − c) / (1 − c))², near the textbook β·u + ((1 − β)·u)²', () => {
    const u = redundantUnavailability([new Dec('0.001'), new Dec('0.001')], '0.1');
    const c = new Dec('0.0001');
    const byHand = c.plus(new Dec(1).minus(c).times(new Dec('0.0009').div(new Dec(1).minus(c)).pow(2)));
    expect(u.toFixed()).toBe(byHand.toFixed());
    // 0.0001 + 0.00000081 = 0.00010081, the beta-factor approximation, to 5 digits.
    expect(u.toSignificantDigits(5).toFixed()).toBe('0.00010081');
  });

  it('limits what regions give: two regions at 99.95 % with a 20 % shared share are down about 0.0001 of the time', () => {
    const independent = ceiling(regions('Regions', 2, [dep('Region', 99.95)]));
    const shared = ceiling(regions('Regions', 2, [dep('Region', 99.95)], null, 20));
    expect(independent.toFixed()).toBe('99.999975');
    // c = 0.2 × 0.0005 = 0.0001; U = 0.0001 + 0.0004² / 0.9999.
    const c = new Dec('0.0001');
    const byHand = c.plus(new Dec('0.0004').pow(2).div(new Dec(1).minus(c)));
    expect(shared.toFixed()).toBe(new Dec(1).minus(byHand).times(100).toFixed());
  });
});

describe('trees that cannot compute say which part, as data', () => {
  it('a dependency without an availability makes each of its ancestors "cannot compute", naming it', () => {
    const database = dep('Database', null);
    const fallback = anyOf('Database or queue', [database, dep('Queue', 99.9)]);
    const web = dep('Web app', 99.95);
    const tree = allOf('Service', web, fallback);
    const evaluation = evaluateDependencies(tree);
    const expected = [
      {
        nodeId: database.id,
        name: 'Database',
        code: 'no-availability',
        message: 'Database has no availability yet.',
      },
    ];
    expect(evaluation.root).toEqual({ ok: false, problems: expected });
    expect(evaluation.nodes.get(fallback.id)).toEqual({ ok: false, problems: expected });
    // The rest of the tree is still computed.
    expect(unavailabilityOf(evaluation.nodes.get(web.id)).toFixed()).toBe('0.0005');
  });

  it.each<[string, () => DependencyTree, string[]]>([
    [
      'an empty top-level group',
      () => allOf('Service'),
      ['There are no dependencies yet: add one to see the ceiling.'],
    ],
    [
      'an empty group inside',
      () => allOf('Service', anyOf('Fallbacks', [])),
      ['Fallbacks has nothing in it yet.'],
    ],
    [
      'an availability of 100 %',
      () => allOf('Service', dep('Vendor', 100)),
      ['The availability of Vendor must be above 0 % and below 100 %.'],
    ],
    [
      'an availability that is not a number',
      () => allOf('S', dep('Vendor', Number.NaN)),
      ['The availability of Vendor must be above 0 % and below 100 %.'],
    ],
    [
      'a region count of 0',
      () => allOf('S', regions('Regions', 0, [dep('Region', 99.9)])),
      ['Regions needs a whole number of regions from 1 to 10.'],
    ],
    [
      'a common-cause share of 150 %',
      () => allOf('S', anyOf('Pair', [dep('A', 99), dep('B', 99)], 150)),
      ['The common-cause share of Pair must be from 0 % to 100 %.'],
    ],
    [
      'several problems, in tree order, router before the region',
      () => allOf('S', dep('First', null), regions('Regions', 2, [dep('Region', 0)], dep('Router', null))),
      [
        'First has no availability yet.',
        'Router has no availability yet.',
        'The availability of Region must be above 0 % and below 100 %.',
      ],
    ],
  ])('%s', (_name, tree, messages) => {
    const { root } = evaluateDependencies(tree());
    expect(root.ok).toBe(false);
    if (!root.ok) expect(root.problems.map((p) => p.message)).toEqual(messages);
  });

  it('critical items: dependencies in series, redundant groups whole, a router apart from its region copies', () => {
    const router = dep('Traffic Manager', 99.99);
    const front = regions('Front ends', 2, [dep('Front end', 99.95)], router);
    const pair = anyOf('Pair', [dep('A', 99), allOf('B', dep('B1', 99), dep('B2', 99))]);
    const tree = allOf('Service', dep('Auth', 99.99), allOf('Data', pair), front);
    const { critical } = evaluateDependencies(tree);
    expect(critical.map((c) => [c.name, c.part])).toEqual([
      ['Auth', 'dependency'],
      ['Pair', 'redundant-group'],
      ['Traffic Manager', 'dependency'],
      ['Front ends', 'region-copies'],
    ]);
    expect(unavailabilityOf(critical[3]!.outcome).toFixed()).toBe('0.00000025');
  });

  it('a tree survives a JSON round trip (as in a saved session) with the same figures', () => {
    const tree = allOf(
      'Service',
      dep('Web app', 99.95),
      regions(
        'Regions',
        3,
        [anyOf('Store', [dep('SQL', 99.99), dep('Queue', 99.9)], 5)],
        dep('Router', 99.99),
      ),
    );
    const copy = JSON.parse(JSON.stringify(tree)) as DependencyTree;
    expect(ceiling(copy).toFixed()).toBe(ceiling(tree).toFixed());
  });
});

describe('series and redundancy arithmetic', () => {
  it('series never reports less downtime than its worst part, even below what 40 digits hold', () => {
    const tiny = new Dec('1e-50');
    expect(seriesUnavailability([tiny, tiny]).gte(tiny)).toBe(true);
    expect(seriesUnavailability([]).toFixed()).toBe('0');
    expect(redundantUnavailability([]).toFixed()).toBe('1');
  });
});

// ---------------------------------------------------------------- properties

/** Availabilities as typed (99.9, 99.95, …) and any double in (0, 100). */
const availability = fc.oneof(
  fc.constantFrom(90, 99, 99.5, 99.9, 99.95, 99.99, 99.999, 99.9999),
  fc.integer({ min: 1, max: 9_999_999 }).map((n) => n / 100_000),
  fc.double({ min: 0, max: 100, minExcluded: true, maxExcluded: true, noNaN: true }),
);
const share = fc.oneof(fc.constantFrom(0, 10, 50, 100), fc.double({ min: 0, max: 100, noNaN: true }));

/** Random valid trees (ids and names filled in by `numbered`), up to 4 levels and ~50 nodes. */
const { node: nodeArbitrary } = fc.letrec<{ node: DependencyNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    availability.map((a): DependencyNode => dep('', a)),
    fc
      .array(tie('node'), { minLength: 1, maxLength: 3 })
      .map((children): DependencyNode => allOf('', ...children)),
    fc
      .tuple(fc.array(tie('node'), { minLength: 1, maxLength: 3 }), share)
      .map(([children, beta]): DependencyNode => anyOf('', children, beta)),
    fc
      .tuple(
        fc.array(tie('node'), { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 1, max: 4 }),
        fc.option(availability),
        share,
      )
      .map(([children, count, router, beta]): DependencyNode =>
        regions('', count, children, router === null ? null : dep('', router), beta),
      ),
  ),
}));

/** Gives every node a unique id `n…` and name `p…`, as the tree editor would. */
function numbered(node: DependencyNode, next = { n: 0 }): DependencyNode {
  const stamp = () => {
    const n = next.n++;
    return { id: `n${n}`, name: `p${n}` };
  };
  if (node.kind === 'dependency') return { ...node, ...stamp() };
  const own = stamp();
  if (node.kind === 'regions') {
    const router = node.router ? ({ ...node.router, ...stamp() } as Dependency) : null;
    return { ...node, ...own, router, children: node.children.map((c) => numbered(c, next)) };
  }
  return { ...node, ...own, children: node.children.map((c) => numbered(c, next)) } as DependencyGroup;
}

const treeArbitrary = fc
  .array(nodeArbitrary, { minLength: 1, maxLength: 3 })
  .map((children) => numbered(allOf('', ...children)) as DependencyTree)
  .filter((tree) => treeNodes(tree).length < 50);

const rootUnavailability = (tree: DependencyTree) => unavailabilityOf(evaluateDependencies(tree).root);

const groupsOf = (tree: DependencyTree, kinds: DependencyGroup['kind'][]) =>
  treeNodes(tree).filter((n): n is DependencyGroup => n.kind !== 'dependency' && kinds.includes(n.kind));

const RUNS = { numRuns: 300 };

describe('properties', () => {
  it('adding a dependency in series never raises availability', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.nat(), availability, (tree, pick, a) => {
        // "All of" groups, and a region (its parts are in series).
        const series = groupsOf(tree, ['all-of', 'regions']);
        const group = series[pick % series.length]!;
        const edit = addDependency(tree, group.id, { availabilityPercent: a });
        if (!edit.ok) throw new Error(edit.message);
        expect(rootUnavailability(edit.tree).gte(rootUnavailability(tree))).toBe(true);
      }),
      RUNS,
    );
  });

  it('adding a redundant copy never lowers availability', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.nat(), availability, (tree, pick, a) => {
        const redundant = groupsOf(tree, ['any-of', 'regions']);
        fc.pre(redundant.length > 0);
        const group = redundant[pick % redundant.length]!;
        const edit =
          group.kind === 'regions'
            ? group.regionCount < 10
              ? setRegionCount(tree, group.id, group.regionCount + 1)
              : null
            : addDependency(tree, group.id, { availabilityPercent: a });
        fc.pre(edit !== null);
        if (!edit.ok) throw new Error(edit.message);
        expect(rootUnavailability(edit.tree).lte(rootUnavailability(tree))).toBe(true);
      }),
      RUNS,
    );
  });

  it('a larger common-cause share never raises availability', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.nat(), share, share, (tree, pick, s1, s2) => {
        const redundant = groupsOf(tree, ['any-of', 'regions']);
        fc.pre(redundant.length > 0);
        const group = redundant[pick % redundant.length]!;
        const [low, high] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const lower = setCommonCauseShare(tree, group.id, low);
        const higher = setCommonCauseShare(tree, group.id, high);
        if (!lower.ok || !higher.ok) throw new Error('share refused');
        // In exact arithmetic U grows with the share; at 40 significant digits two shares can round
        // 1e-40 apart the wrong way when every copy is almost always down (availability ≈ 1e-38 %).
        const roundingSlack = new Dec('1e-35');
        expect(rootUnavailability(higher.tree).plus(roundingSlack).gte(rootUnavailability(lower.tree))).toBe(
          true,
        );
      }),
      RUNS,
    );
  });

  it('the ceiling is the product of the critical items’ availabilities, and never above any of them', () => {
    fc.assert(
      fc.property(treeArbitrary, (tree) => {
        const { root, critical } = evaluateDependencies(tree);
        const parts = critical.map((c) => unavailabilityOf(c.outcome));
        const u = unavailabilityOf(root);
        const product = parts.reduce((p, ui) => p.times(new Dec(1).minus(ui)), new Dec(1));
        expect(new Dec(1).minus(u).minus(product).abs().lte('1e-35')).toBe(true);
        for (const ui of parts) expect(u.gte(ui)).toBe(true);
      }),
      RUNS,
    );
  });
});
