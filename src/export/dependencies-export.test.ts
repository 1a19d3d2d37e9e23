import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { Dec } from '../model/decimal';
import { ARTICLE_OWN_OUTAGES } from '../model/dependencies';
import type { DependencyTree } from '../model/dependency-tree';
import { evaluateDependencyGraph } from '../model/dependency-figures';
import { formatMinutes } from '../format/dependency-text';
import { csvSection } from './csv';
import { dependenciesCsvRows, dependenciesMarkdown } from './dependencies-export';

/*
 * Microsoft's composite SLAs: a 99.95 % web app in series with "database or queue" (99.99 %, 99.9 %)
 * is exactly 0.99949990005; Treynor et al. (2017): budget (1 − T) × minutes a year, split by the
 * product of the dependencies, the rest ÷ 1.6 full-outage equivalents.
 */
const tree: DependencyTree = {
  kind: 'all-of',
  id: 'n0',
  name: 'All dependencies',
  children: [
    { kind: 'dependency', id: 'n1', name: 'Web | app', availabilityPercent: 99.95 },
    {
      kind: 'any-of',
      id: 'n2',
      name: 'Data store',
      commonCauseSharePercent: 0,
      children: [
        { kind: 'dependency', id: 'n3', name: 'Database', availabilityPercent: 99.99 },
        { kind: 'dependency', id: 'n4', name: 'Queue, "EU"', availabilityPercent: 99.9 },
      ],
    },
  ],
};
const graph = evaluateDependencyGraph(
  tree,
  [...ARTICLE_OWN_OUTAGES],
  [
    { id: 's1', label: '99.9 %', availabilityPercent: 99.9 },
    { id: 's2', label: '99.99 %', availabilityPercent: 99.99 },
  ],
  'calendar',
);

describe('the Dependencies section of the CSV', () => {
  const rows = Papa.parse<string[]>(csvSection(dependenciesCsvRows(graph))).data;
  const byId = new Map(rows.slice(1).map((row) => [row[0], row]));

  it('gives every figure its id, label, unit, exact value, what the page shows and its source', () => {
    expect(rows[0]).toEqual(['figure id', 'label', 'unit', 'value', 'shown', 'source']);
    expect(rows).toHaveLength(graph.figures.size + 1);
    expect(byId.get('dependencies.ceiling.availabilityPercent')).toEqual([
      'dependencies.ceiling.availabilityPercent',
      'Availability ceiling from dependencies',
      'percent',
      '99.949990005',
      '99.94999 %',
      'availability: 1 − the share of time down: 1 − u, with u = dependencies.ceiling.unavailability',
    ]);
    const budget = byId.get('dependencies.target.s2.budgetMinutes')!;
    expect(budget[3]).toBe(new Dec('0.0001').times(525_600).toFixed());
    expect(budget[5]).toMatch(/^the error budget: \(1 − target\) × the minutes in a year/);
  });

  it('says why a figure has no value: minutes per outage of a target above the ceiling', () => {
    const perOutage = byId.get('dependencies.target.s2.minutesPerOutage')!;
    expect(perOutage[3]).toBe('');
    expect(perOutage[4]).toBe('none (the dependencies alone take more than the error budget)');
  });

  it('keeps a name with commas and quotes as typed', () => {
    expect(byId.get('dependencies.node.n4.availabilityPercent')![1]).toBe('Availability of Queue, "EU"');
  });
});

describe('the Dependencies section in Markdown', () => {
  const md = dependenciesMarkdown(graph);
  const lines = md.split('\n');

  it('gives the ceiling, the tree and the Error budget table as the page shows them', () => {
    const year = new Dec(525_600);
    const taken = new Dec(1).minus('0.99949990005').times(year);
    const left = new Dec('0.001').times(year).minus(taken);
    expect(lines[0]).toBe('## Dependencies');
    expect(md).toContain(
      `Availability ceiling from dependencies: 99.94999 %, ${formatMinutes(taken)} of downtime a year`,
    );
    expect(md).toContain(
      '- Web \\| app: 99.95 %\n- Data store (any of, common-cause share 0 %): 99.99999 %\n  - Database: 99.99 %',
    );
    expect(md).toContain(
      `| 99.9 % | ${formatMinutes(new Dec('0.001').times(year))} | ${formatMinutes(taken)} | ${formatMinutes(left)} | ${formatMinutes(left.div('1.6'))} |`,
    );
    expect(md).toMatch(
      /\| 99\.99 % \(unreachable: above the ceiling\) \|.*\| none \(the dependencies alone take more than the error budget\) \|/,
    );
  });

  it('lists the extra-nine flags and the note on independence', () => {
    expect(md).toContain(
      '- Web \\| app has 3.3 nines (99.95 %), fewer than the 4 the rule of the extra 9 asks for 99.9 %.',
    );
    expect(md).toContain('“correlation is never zero”');
  });
});

// A dependency given as a 90 % range (issue 13 §1): the exports show the typed range beside the best
// estimate the figures use, 100 − √((100 − 99)(100 − 99.99)) = 100 − √0.01 = 99.9 % (worked by hand).
describe('a dependency given as a range, in the exports', () => {
  const ranged: DependencyTree = {
    kind: 'all-of',
    id: 'n0',
    name: 'All dependencies',
    children: [
      {
        kind: 'dependency',
        id: 'n1',
        name: 'Database',
        availabilityPercent: 99.9,
        availabilityRange: { low: 99, high: 99.99 },
      },
    ],
  };
  const rangedGraph = evaluateDependencyGraph(ranged, [...ARTICLE_OWN_OUTAGES], [], 'calendar');

  it('CSV: the ends as inputs, then the best estimate with the range beside it', () => {
    const rows = Papa.parse<string[]>(csvSection(dependenciesCsvRows(rangedGraph))).data;
    const byId = new Map(rows.slice(1).map((row) => [row[0], row]));
    expect(byId.get('dependencies.node.n1.availabilityLow')!.slice(1, 5)).toEqual([
      'Low end of the availability of Database',
      'percent',
      '99',
      '99 %',
    ]);
    expect(byId.get('dependencies.node.n1.availabilityHigh')![3]).toBe('99.99');
    const best = byId.get('dependencies.node.n1.availabilityPercent')!;
    expect(best.slice(3, 5)).toEqual(['99.9', '99.9 % (best estimate of the range 99–99.99 %)']);
    expect(best[5]).toMatch(/^the best estimate of a 90 % range: .*100 − √\(\(100 − lo\) · \(100 − hi\)\)/);
  });

  it('Markdown: the tree line gives the best estimate and the typed range', () => {
    expect(dependenciesMarkdown(rangedGraph)).toContain(
      '- Database: 99.9 % (best estimate of the range 99–99.99 %)',
    );
  });
});
