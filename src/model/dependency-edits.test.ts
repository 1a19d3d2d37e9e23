import { describe, expect, it } from 'vitest';
import { evaluateDependencies } from './dependencies';
import { findNode, treeNodes, type DependencyTree } from './dependency-tree';
import {
  addDependency,
  addGroup,
  addRouter,
  createDependencyTree,
  moveNode,
  nextNodeId,
  removeNode,
  renameNode,
  setAvailability,
  setCommonCauseShare,
  setGroupKind,
  setRegionCount,
  wrapInGroup,
  type TreeEdit,
} from './dependency-edits';

/** The tree an edit made; fails the test with the edit's message when it was refused. */
function done(edit: TreeEdit): DependencyTree {
  if (!edit.ok) throw new Error(edit.message);
  return edit.tree;
}

function refused(edit: TreeEdit): string {
  if (edit.ok) throw new Error('expected the edit to be refused');
  return edit.message;
}

/** The shape of a tree as names, nested: ['All dependencies', ['Web app', ['Any of 1', [...]]]]. */
function outline(tree: DependencyTree): unknown {
  const walk = (node: DependencyTree['children'][number] | DependencyTree): unknown =>
    node.kind === 'dependency'
      ? node.name
      : [
          node.name,
          ...(node.kind === 'regions' && node.router ? [`router: ${node.router.name}`] : []),
          ...node.children.map(walk),
        ];
  return walk(tree);
}

/** A frozen copy, so an edit that mutates its input throws (ES modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const ceilingText = (tree: DependencyTree) => {
  const { root } = evaluateDependencies(tree);
  return root.ok ? root.availabilityPercent.toFixed() : root.problems.map((p) => p.message).join(' ');
};

describe('building a tree as the editor would', () => {
  it('starts as an empty "all of" and says it needs a dependency', () => {
    const tree = createDependencyTree();
    expect(tree).toEqual({ kind: 'all-of', id: 'n0', name: 'All dependencies', children: [] });
    expect(ceilingText(tree)).toBe('There are no dependencies yet: add one to see the ceiling.');
  });

  it('"Add dependency" adds one at the end of the top level, named and numbered, without an availability', () => {
    const first = addDependency(createDependencyTree(), 'n0');
    expect(first).toMatchObject({ ok: true, nodeId: 'n1' });
    const tree = done(addDependency(done(first), 'n0'));
    expect(tree.children).toEqual([
      { kind: 'dependency', id: 'n1', name: 'Dependency 1', availabilityPercent: null },
      { kind: 'dependency', id: 'n2', name: 'Dependency 2', availabilityPercent: null },
    ]);
    expect(ceilingText(tree)).toBe(
      'Dependency 1 has no availability yet. Dependency 2 has no availability yet.',
    );
  });

  it('builds Microsoft’s web app with a database that falls back to a queue: wrap, add, set (99.94999 %)', () => {
    let tree = createDependencyTree();
    tree = done(addDependency(tree, 'n0', { name: 'Web app', availabilityPercent: 99.95 }));
    tree = done(addDependency(tree, 'n0', { name: 'SQL Database', availabilityPercent: 99.99 }));
    const wrapped = wrapInGroup(tree, 'n2', 'any-of', { name: 'Database or queue' });
    expect(wrapped).toMatchObject({ ok: true, nodeId: 'n3' });
    tree = done(wrapped);
    tree = done(addDependency(tree, 'n3', { name: 'Queue' }));
    tree = done(setAvailability(tree, 'n4', 99.9));
    expect(outline(tree)).toEqual([
      'All dependencies',
      'Web app',
      ['Database or queue', 'SQL Database', 'Queue'],
    ]);
    // [MS] 99.95 % × (1 − 0.0001 × 0.001) = 99.949990005 %.
    expect(ceilingText(tree)).toBe('99.949990005');
  });

  it('builds two regions behind a Traffic Manager (99.9899750025 %)', () => {
    let tree = done(addGroup(createDependencyTree(), 'n0', 'regions'));
    expect(findNode(tree, 'n1')).toEqual({
      kind: 'regions',
      id: 'n1',
      name: 'Regions 1',
      regionCount: 2,
      commonCauseSharePercent: 0,
      router: null,
      children: [],
    });
    tree = done(addDependency(tree, 'n1', { name: 'App Service', availabilityPercent: 99.95 }));
    tree = done(addRouter(tree, 'n1', { name: 'Traffic Manager', availabilityPercent: 99.99 }));
    expect(outline(tree)).toEqual([
      'All dependencies',
      ['Regions 1', 'router: Traffic Manager', 'App Service'],
    ]);
    expect(ceilingText(tree)).toBe('99.9899750025');
    tree = done(setRegionCount(tree, 'n1', 4));
    // 0.9999 × (1 − 0.0005⁴) = 0.9999 − 0.9999 × 6.25 × 10⁻¹⁴ = 0.9999 − 0.00000000000006249375
    expect(ceilingText(tree)).toBe('99.989999999993750625');
  });

  it('groups get names by kind: All of 1, Any of 1, Regions 1, and routers Router 1', () => {
    let tree = createDependencyTree();
    tree = done(addGroup(tree, 'n0', 'all-of'));
    tree = done(addGroup(tree, 'n0', 'any-of'));
    tree = done(addGroup(tree, 'n1', 'any-of'));
    tree = done(addGroup(tree, 'n0', 'regions'));
    tree = done(addRouter(tree, 'n4'));
    expect(outline(tree)).toEqual([
      'All dependencies',
      ['All of 1', ['Any of 2']],
      ['Any of 1'],
      ['Regions 1', 'router: Router 1'],
    ]);
  });
});

describe('editing', () => {
  const sample = () => {
    let tree = createDependencyTree();
    tree = done(addDependency(tree, 'n0', { name: 'Web app', availabilityPercent: 99.95 })); // n1
    tree = done(addGroup(tree, 'n0', 'any-of', { name: 'Store' })); // n2
    tree = done(addDependency(tree, 'n2', { name: 'SQL', availabilityPercent: 99.99 })); // n3
    tree = done(addDependency(tree, 'n2', { name: 'Queue', availabilityPercent: 99.9 })); // n4
    tree = done(addGroup(tree, 'n0', 'regions', { name: 'Front' })); // n5
    tree = done(addRouter(tree, 'n5', { name: 'Router', availabilityPercent: 99.99 })); // n6
    tree = done(addDependency(tree, 'n5', { name: 'Region', availabilityPercent: 99.95 })); // n7
    return deepFreeze(tree);
  };

  it('edits return new trees and never change the one they were given', () => {
    const tree = sample();
    const before = JSON.stringify(tree);
    done(renameNode(tree, 'n3', 'Primary'));
    done(moveNode(tree, 'n3', 'n0'));
    done(removeNode(tree, 'n2'));
    done(setGroupKind(tree, 'n5', 'all-of'));
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('moves: reorder within a group, nest into another, take out to the top level', () => {
    const tree = sample();
    expect(outline(done(moveNode(tree, 'n4', 'n2', 0)))).toEqual([
      'All dependencies',
      'Web app',
      ['Store', 'Queue', 'SQL'],
      ['Front', 'router: Router', 'Region'],
    ]);
    expect(outline(done(moveNode(tree, 'n1', 'n5')))).toEqual([
      'All dependencies',
      ['Store', 'SQL', 'Queue'],
      ['Front', 'router: Router', 'Region', 'Web app'],
    ]);
    expect(outline(done(moveNode(tree, 'n3', 'n0', 1)))).toEqual([
      'All dependencies',
      'Web app',
      'SQL',
      ['Store', 'Queue'],
      ['Front', 'router: Router', 'Region'],
    ]);
  });

  it.each<[string, (tree: DependencyTree) => TreeEdit, string]>([
    ['moving a group into itself', (t) => moveNode(t, 'n2', 'n2'), 'A group cannot be moved into itself.'],
    ['moving the top-level group', (t) => moveNode(t, 'n0', 'n2'), 'The top-level group cannot be moved.'],
    ['moving a router', (t) => moveNode(t, 'n6', 'n0'), 'A router stays with its regions.'],
    ['moving into a dependency', (t) => moveNode(t, 'n3', 'n1'), 'Only a group can hold other parts.'],
    ['adding to a dependency', (t) => addDependency(t, 'n1'), 'Only a group can hold other parts.'],
    ['adding to a part that is gone', (t) => addDependency(t, 'n99'), 'That part is no longer in the tree.'],
    [
      'a name another part has (any case)',
      (t) => renameNode(t, 'n1', ' sql '),
      'SQL already has that name: pick another one.',
    ],
    ['an empty name', (t) => renameNode(t, 'n1', '   '), 'A name cannot be empty.'],
    [
      'a name of 61 characters',
      (t) => renameNode(t, 'n1', 'x'.repeat(61)),
      'A name can be at most 60 characters long.',
    ],
    [
      'adding a dependency under a taken name',
      (t) => addDependency(t, 'n0', { name: 'Queue' }),
      'Queue already has that name: pick another one.',
    ],
    [
      'an availability of 100 %',
      (t) => setAvailability(t, 'n1', 100),
      'Availability must be above 0 % and below 100 %.',
    ],
    [
      'an availability of 0 %',
      (t) => addDependency(t, 'n0', { availabilityPercent: 0 }),
      'Availability must be above 0 % and below 100 %.',
    ],
    [
      'an availability on a group',
      (t) => setAvailability(t, 'n2', 99),
      'Only a dependency has its own availability.',
    ],
    [
      '0 regions',
      (t) => setRegionCount(t, 'n5', 0),
      'The number of regions must be a whole number from 1 to 10.',
    ],
    [
      '2.5 regions',
      (t) => setRegionCount(t, 'n5', 2.5),
      'The number of regions must be a whole number from 1 to 10.',
    ],
    [
      '11 regions',
      (t) => setRegionCount(t, 'n5', 11),
      'The number of regions must be a whole number from 1 to 10.',
    ],
    [
      'regions on an "any of"',
      (t) => setRegionCount(t, 'n2', 2),
      'Only a regions group has a number of regions.',
    ],
    [
      'a common-cause share of 101 %',
      (t) => setCommonCauseShare(t, 'n2', 101),
      'The common-cause share must be from 0 % to 100 %.',
    ],
    [
      'a common-cause share on "all of"',
      (t) => setCommonCauseShare(t, 'n0', 5),
      'Only redundant parts ("any of" or regions) have a common-cause share.',
    ],
    ['a second router', (t) => addRouter(t, 'n5'), 'Front already has a router.'],
    ['a router on "any of"', (t) => addRouter(t, 'n2'), 'Only a regions group has a router.'],
    ['removing the top-level group', (t) => removeNode(t, 'n0'), 'The top-level group cannot be removed.'],
    [
      'nesting the top-level group',
      (t) => wrapInGroup(t, 'n0', 'any-of'),
      'The top-level group cannot be nested.',
    ],
    ['nesting a router', (t) => wrapInGroup(t, 'n6', 'any-of'), 'A router stays with its regions.'],
  ])('refuses %s, in words', (_name, edit, message) => {
    expect(refused(edit(sample()))).toBe(message);
  });

  it('moving a group into a group inside it is refused', () => {
    const tree = done(addGroup(sample(), 'n2', 'all-of', { name: 'Inner' })); // n8 inside n2
    expect(refused(moveNode(tree, 'n2', 'n8'))).toBe('A group cannot be moved into itself.');
  });

  it('renames (trimmed; the same name in another case is fine for the part itself)', () => {
    const edit = renameNode(sample(), 'n3', '  sql  ');
    expect(edit).toMatchObject({ ok: true, nodeId: 'n3' });
    expect(findNode(done(edit), 'n3')?.name).toBe('sql');
  });

  it('removes a part with everything in it, and says which group it was in', () => {
    const edit = removeNode(sample(), 'n2');
    expect(edit).toMatchObject({ ok: true, nodeId: 'n0' });
    expect(outline(done(edit))).toEqual([
      'All dependencies',
      'Web app',
      ['Front', 'router: Router', 'Region'],
    ]);
    expect(treeNodes(done(edit)).map((n) => n.id)).toEqual(['n0', 'n1', 'n5', 'n6', 'n7']);
  });

  it('removing a router leaves its regions without one', () => {
    const edit = removeNode(sample(), 'n6');
    expect(edit).toMatchObject({ ok: true, nodeId: 'n5' });
    expect(outline(done(edit))).toEqual([
      'All dependencies',
      'Web app',
      ['Store', 'SQL', 'Queue'],
      ['Front', 'Region'],
    ]);
  });

  it('clears an availability (null: not given yet) and sets it again', () => {
    const cleared = done(setAvailability(sample(), 'n1', null));
    expect(ceilingText(cleared)).toBe('Web app has no availability yet.');
    expect(ceilingText(done(setAvailability(cleared, 'n1', 99.95)))).toBe(ceilingText(sample()));
  });

  it('changes a group’s kind, keeping its id, name and parts', () => {
    const tree = done(setCommonCauseShare(sample(), 'n2', 10));
    const regions = done(setGroupKind(tree, 'n2', 'regions'));
    expect(findNode(regions, 'n2')).toMatchObject({
      kind: 'regions',
      name: 'Store',
      regionCount: 2,
      commonCauseSharePercent: 10,
      router: null,
    });
    const series = done(setGroupKind(tree, 'n5', 'all-of'));
    expect(findNode(series, 'n5')).toEqual({
      kind: 'all-of',
      id: 'n5',
      name: 'Front',
      children: [{ kind: 'dependency', id: 'n7', name: 'Region', availabilityPercent: 99.95 }],
    });
    // The top level too: "any of" the three parts.
    expect(done(setGroupKind(tree, 'n0', 'any-of')).kind).toBe('any-of');
  });
});

describe('ids and limits', () => {
  it('new ids follow the largest n-number in the tree, so none is reused while a larger one remains', () => {
    let tree = done(addDependency(createDependencyTree(), 'n0')); // n1
    tree = done(addDependency(tree, 'n0')); // n2
    tree = done(removeNode(tree, 'n1'));
    expect(nextNodeId(tree)).toBe('n3');
    const imported: DependencyTree = { kind: 'all-of', id: 'root', name: 'Imported', children: [] };
    expect(nextNodeId(imported)).toBe('n0');
  });

  it('a tree holds at most 50 parts', () => {
    let tree = createDependencyTree();
    for (let i = 0; i < 49; i += 1) tree = done(addDependency(tree, 'n0'));
    expect(treeNodes(tree)).toHaveLength(50);
    expect(refused(addDependency(tree, 'n0'))).toBe('A tree can hold at most 50 parts.');
  });

  it('groups nest at most 5 deep, the top level included', () => {
    let tree = createDependencyTree();
    let parent = 'n0';
    for (let i = 0; i < 4; i += 1) {
      const edit = addGroup(tree, parent, 'all-of');
      tree = done(edit);
      parent = edit.ok ? edit.nodeId : parent;
    }
    // Top level + 4 groups + a dependency: 6 levels, the most there can be.
    tree = done(addDependency(tree, parent));
    expect(refused(addGroup(tree, parent, 'all-of'))).toBe('Groups can nest at most 5 deep.');
    expect(refused(wrapInGroup(tree, treeNodes(tree).at(-1)!.id, 'any-of'))).toBe(
      'Groups can nest at most 5 deep.',
    );
  });
});
