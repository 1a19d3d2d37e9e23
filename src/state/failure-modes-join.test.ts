import { beforeAll, describe, expect, it } from 'vitest';
import { Dec } from '../model/decimal';
import { evaluateDependencies } from '../model/dependencies';
import { dependencyModeRows } from '../model/dependency-figures';
import type { Dependency, DependencyNode, DependencyTree } from '../model/dependency-tree';
import { SEED_EXAMPLE } from '../model/presets';
import type { CalculatorInputs } from '../model/scenarios';
import { baselineSwitchToggled, modeAdded, modeTextChanged } from './failure-modes-edits';
import { loadDependencyJoin, readFailureModes } from './failure-modes-reading';
import { defaultFailureModes } from './session';

/*
 * The dependencies joining the failure-mode catalogue (issue 13 §3), on a 365-day year (525,600
 * minutes). Vectors:
 * - Google CRE risk sheet: deployment downtime every 7 days, 0 + 3 min, 100 % → 365 / 7 × 3 =
 *   156.43 bad minutes a year.
 * - Treynor, Dahlin, Rau and Beyer, "The Calculus of Service Availability" (ACM Queue 15(2), 2017):
 *   five critical dependencies at 99.999 % take 26.28 of a 99.99 % service's 52.56 minutes, their
 *   budgets added; three copies at 99.9 % give 99.9999999 % (one redundant group: its 0.0005256 min).
 * - Microsoft's composite-SLA guidance: two regions at 99.95 % are 99.999975 %; behind a 99.99 %
 *   router the router and the copies are two critical items (52.56 and 0.1314 min a year).
 */

const YEAR = new Dec(525_600);
const inputs: CalculatorInputs = { ...SEED_EXAMPLE, periodConvention: 'calendar' };

const dep = (id: string, name: string, availabilityPercent: number | null): Dependency => ({
  kind: 'dependency',
  id,
  name,
  availabilityPercent,
});
const top = (...children: DependencyNode[]): DependencyTree => ({
  kind: 'all-of',
  id: 'n0',
  name: 'All dependencies',
  children,
});

/** The CRE sheet's deployment row typed as a person would, with the switch as given. */
function deploymentCatalogue(switchOn: boolean) {
  let session = modeAdded(defaultFailureModes());
  const id = session.modes[0]!.id;
  for (const [field, text] of [
    ['frequency', 'every 7 days'],
    ['timeToDetect', '0 min'],
    ['timeToRecover', '3 min'],
    ['usersAffected', '100 %'],
  ] as const)
    session = modeTextChanged(id, field, text)(session);
  return baselineSwitchToggled(switchOn)(session);
}

const rowsOf = (tree: DependencyTree) => dependencyModeRows(evaluateDependencies(tree), 'calendar');

beforeAll(() => loadDependencyJoin());

describe('dependencies in the failure-mode catalogue', () => {
  const deployment = new Dec(365).div(7).times(3);

  it.each([
    {
      source: 'one dependency at 99.9 % (its budget, 525.6 min)',
      tree: top(dep('d1', 'Database', 99.9)),
      rows: [['Database', new Dec('525.6')]],
    },
    {
      source: 'Treynor et al.: five at 99.999 %, 5.256 min each, 26.28 min added',
      tree: top(...[1, 2, 3, 4, 5].map((i) => dep(`d${i}`, `Dependency ${i}`, 99.999))),
      rows: [1, 2, 3, 4, 5].map((i): [string, Dec] => [`Dependency ${i}`, new Dec('5.256')]),
    },
    {
      source: 'Treynor et al.: three copies at 99.9 % are one row, the group’s 10⁻⁹ × Y',
      tree: top({
        kind: 'any-of',
        id: 'g1',
        name: 'Storage copies',
        commonCauseSharePercent: 0,
        children: [dep('c1', 'Copy 1', 99.9), dep('c2', 'Copy 2', 99.9), dep('c3', 'Copy 3', 99.9)],
      }),
      rows: [['Storage copies', new Dec('0.0005256')]],
    },
    {
      source: 'Microsoft: two regions at 99.95 % behind a 99.99 % router: the router and the copies',
      tree: top({
        kind: 'regions',
        id: 'g1',
        name: 'Web app',
        regionCount: 2,
        commonCauseSharePercent: 0,
        router: dep('r1', 'Traffic manager', 99.99),
        children: [dep('w1', 'Region', 99.95)],
      }),
      rows: [
        ['Traffic manager', new Dec('52.56')],
        ['Web app (every region down)', new Dec('0.1314')],
      ],
    },
  ] satisfies ReadonlyArray<{ source: string; tree: DependencyTree; rows: Array<[string, Dec]> }>)(
    '$source',
    ({ tree, rows }) => {
      const reading = readFailureModes(deploymentCatalogue(true), inputs, tree);
      expect(reading.dependenciesPending).toBe(false);
      expect(reading.dependencyModes.map((m) => m.name)).toEqual(rows.map(([name]) => name));
      const minutes = reading.catalogue.modes.slice(1).map((m) => m.badMinutesPerYear!.toString());
      expect(minutes).toEqual(rows.map(([, m]) => m.toString()));
      const total = rows.reduce((sum, [, m]) => sum.plus(m), deployment);
      expect(reading.catalogue.badMinutesPerYear!.toString()).toBe(total.toString());
      const availability = new Dec(1).minus(total.div(YEAR)).times(100);
      expect(reading.catalogue.availabilityPercent!.toString()).toBe(availability.toString());
      // Today's level in the comparison is the joined catalogue's.
      expect(reading.levels.baselineAvailabilityPercent!.toString()).toBe(availability.toString());
      // Each row's share of each target's budget: its minutes ÷ (1 − target) × Y.
      for (const budget of reading.budgets) {
        const minutesOfBudget = new Dec(1)
          .minus(budget.figures.targetAvailabilityPercent.div(100))
          .times(YEAR);
        rows.forEach(([, m], i) =>
          expect(budget.figures.modes[i + 1]!.shareOfBudget!.toString()).toBe(
            m.div(minutesOfBudget).toString(),
          ),
        );
      }
    },
  );

  it('leaves the catalogue as typed while the switch is off, and leaves out a dependency with no availability', () => {
    const tree = top(dep('d1', 'Database', 99.9), dep('d2', 'Queue', null));
    expect(rowsOf(tree).map((r) => r.name)).toEqual(['Database']);
    const off = readFailureModes(deploymentCatalogue(false), inputs, tree);
    expect(off.dependencyModes).toEqual([]);
    expect(off.catalogue.badMinutesPerYear!.toString()).toBe(deployment.toString());
    const on = readFailureModes(deploymentCatalogue(true), inputs, tree);
    expect(on.catalogue.badMinutesPerYear!.toString()).toBe(deployment.plus('525.6').toString());
    expect(on.dependenciesLeftOut).toEqual(['Queue']);
    expect(off.dependenciesLeftOut).toEqual([]);
  });
});
