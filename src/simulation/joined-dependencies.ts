import type { DependencyNode, DependencyTree } from '../model/dependency-tree';

/*
 * Which of the dependency rows joined to the failure-mode catalogue the simulation draws: the main
 * thread's part (simulation-job.ts), apart from the engine's (sampled-dependencies.ts) so that the
 * simulation's status chunk carries only this. Its own walks of the tree, with type imports only,
 * so neither chunk pulls in the tree module (and its decimal.js import).
 */

/** Every node of `node` in depth-first order, a router before the region it fronts. */
function nodesIn(node: DependencyNode): DependencyNode[] {
  if (node.kind === 'dependency') return [node];
  const router = node.kind === 'regions' && node.router ? [node.router] : [];
  return [node, ...router, ...node.children.flatMap(nodesIn)];
}

/**
 * The part of the tree behind a joined row of the catalogue (dependency-figures.ts `dependencyModeRows`,
 * id `dependency.<node id>`): the dependency or router itself, a redundant group, or for the copies of
 * a regions group that group without its router (the router is a row of its own). Null when the tree
 * has no such node.
 */
export function joinedDependencyItem(tree: DependencyTree, rowId: string): DependencyNode | null {
  const id = rowId.replace(/^dependency\./, '');
  const node = nodesIn(tree).find((n) => n.id === id);
  if (node === undefined) return null;
  return node.kind === 'regions' ? { ...node, router: null } : node;
}

/** Whether any dependency in `item` (its router included) has its availability given as a range. */
export function holdsRange(item: DependencyNode): boolean {
  return nodesIn(item).some((node) => node.kind === 'dependency' && node.availabilityRange !== undefined);
}

/**
 * The joined dependency rows as the simulation takes them: the bad minutes a year of the rows that
 * hold no range, added up (the same in every run), and the part of the tree behind each row that
 * holds a dependency given as a range (drawn in every run). `rows` are the exact rows' ids
 * (`dependency.<node id>`) and minutes as plain numbers; `tree` the tree they were read from (null:
 * every row is a point).
 */
export function joinedDependencies(
  tree: DependencyTree | null,
  rows: ReadonlyArray<{ id: string; minutesPerYear: number }>,
): { fixedMinutesPerYear: number; uncertainDependencies: DependencyNode[] } {
  const uncertainDependencies: DependencyNode[] = [];
  let fixedMinutesPerYear = 0;
  for (const { id, minutesPerYear } of rows) {
    const item = tree === null ? null : joinedDependencyItem(tree, id);
    if (item !== null && holdsRange(item)) uncertainDependencies.push(item);
    else fixedMinutesPerYear += minutesPerYear;
  }
  return { fixedMinutesPerYear, uncertainDependencies };
}
