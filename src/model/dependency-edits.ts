import {
  availabilityProblem,
  availabilityRangeProblem,
  DEPENDENCY_LIMITS,
  findNode,
  isGroup,
  isValidCommonCauseShare,
  isValidRegionCount,
  rangeBestEstimatePercent,
  treeNodes,
  type AvailabilityRange,
  type Dependency,
  type DependencyGroup,
  type DependencyGroupKind,
  type DependencyNode,
  type DependencyTree,
  type RegionsGroup,
} from './dependency-tree';

/*
 * Pure edits of a dependency tree, for the tree editor and the store's actions. Each takes a tree and
 * returns a new one (untouched branches are shared, never mutated), or a sentence saying why the edit
 * cannot be made, so the store never holds a tree the editor could not have produced: names unique
 * and non-empty, availabilities in (0, 100) % or not yet given, and the tree within DEPENDENCY_LIMITS.
 */

/** The outcome of an edit: the new tree and the node it made or changed (to move focus to), or why not. */
export type TreeEdit = { ok: true; tree: DependencyTree; nodeId: string } | { ok: false; message: string };

/** The top-level group of a new tree: "all of", empty, id `n0`. */
export function createDependencyTree(): DependencyTree {
  return { kind: 'all-of', id: 'n0', name: 'All dependencies', children: [] };
}

/**
 * The id the next new node gets: `n` and one more than the largest number in an id of that form
 * (`n0` → `n1`), so ids stay unique and short in a share link and are never reused while a node
 * holding a larger number remains.
 */
export function nextNodeId(tree: DependencyTree): string {
  const numbers = treeNodes(tree).map((node) => /^n(\d+)$/.exec(node.id)?.[1]);
  const largest = Math.max(-1, ...numbers.map((n) => (n === undefined ? -1 : Number(n))));
  return `n${largest + 1}`;
}

/** What people see a group kind called, and the base of its default names. */
const KIND_NAMES: Record<DependencyGroupKind, string> = {
  'all-of': 'All of',
  'any-of': 'Any of',
  regions: 'Regions',
};

const key = (name: string) => name.trim().toLowerCase();

/** `base 1`, `base 2`, …: the first that no node of the tree is called (names compare without case). */
function defaultName(tree: DependencyTree, base: string): string {
  const taken = new Set(treeNodes(tree).map((node) => key(node.name)));
  let n = 1;
  while (taken.has(key(`${base} ${n}`))) n += 1;
  return `${base} ${n}`;
}

/** Why a name cannot be used for `forId` (null when it can): empty, too long, or another node's. */
function nameProblem(tree: DependencyTree, name: string, forId: string | null): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'A name cannot be empty.';
  if (trimmed.length > DEPENDENCY_LIMITS.maxNameLength)
    return `A name can be at most ${DEPENDENCY_LIMITS.maxNameLength} characters long.`;
  const other = treeNodes(tree).find((node) => node.id !== forId && key(node.name) === key(trimmed));
  return other ? `${other.name} already has that name: pick another one.` : null;
}

function availabilityMessage(percent: number | null): string | null {
  return availabilityProblem(percent) === 'availability-out-of-range'
    ? 'Availability must be above 0 % and below 100 %.'
    : null;
}

/**
 * Nodes on the longest path from `node` down to a dependency, `node` included. An empty group counts
 * as holding one: a group is there to be filled, so it keeps a level free for its first dependency.
 */
function height(node: DependencyNode): number {
  if (!isGroup(node)) return 1;
  const below = [...node.children, ...(node.kind === 'regions' && node.router ? [node.router] : [])];
  return 1 + Math.max(1, ...below.map(height));
}

/** The edited tree if it keeps within the limits, else why not. */
function within(tree: DependencyTree, nodeId: string): TreeEdit {
  if (treeNodes(tree).length > DEPENDENCY_LIMITS.maxNodes)
    return { ok: false, message: `A tree can hold at most ${DEPENDENCY_LIMITS.maxNodes} parts.` };
  if (height(tree) > DEPENDENCY_LIMITS.maxDepth)
    return { ok: false, message: `Groups can nest at most ${DEPENDENCY_LIMITS.maxDepth - 1} deep.` };
  return { ok: true, tree, nodeId };
}

/**
 * The tree with the node `id` replaced by `replace(node)` (routers included), or null when no node has
 * that id. Only the path to the node is copied.
 */
function replaceNode(
  node: DependencyNode,
  id: string,
  replace: (node: DependencyNode) => DependencyNode,
): DependencyNode | null {
  if (node.id === id) return replace(node);
  if (!isGroup(node)) return null;
  if (node.kind === 'regions' && node.router?.id === id) {
    const router = replace(node.router);
    return router.kind === 'dependency' ? { ...node, router } : null;
  }
  for (const [index, child] of node.children.entries()) {
    const replaced = replaceNode(child, id, replace);
    if (replaced) return { ...node, children: node.children.map((c, i) => (i === index ? replaced : c)) };
  }
  return null;
}

function replaced(
  tree: DependencyTree,
  id: string,
  replace: (node: DependencyNode) => DependencyNode,
): DependencyTree | null {
  const result = replaceNode(tree, id, replace);
  return result && isGroup(result) ? result : null;
}

const notFound: TreeEdit = { ok: false, message: 'That part is no longer in the tree.' };
const notAGroup: TreeEdit = { ok: false, message: 'Only a group can hold other parts.' };

function findGroup(tree: DependencyTree, id: string): DependencyGroup | null {
  const node = findNode(tree, id);
  return node && isGroup(node) ? node : null;
}

/** The group whose children include `id` (not a router's regions group), or null. */
function parentOf(tree: DependencyTree, id: string): DependencyGroup | null {
  for (const node of treeNodes(tree))
    if (isGroup(node) && node.children.some((child) => child.id === id)) return node;
  return null;
}

/** The tree without node `id`, which must be a child of some group (not the top level, not a router). */
function withoutChild(tree: DependencyTree, id: string): DependencyTree {
  const parent = parentOf(tree, id)!;
  return replaced(tree, parent.id, () => ({
    ...parent,
    children: parent.children.filter((child) => child.id !== id),
  }))!;
}

/** Whether `id` is a router (which stays with its regions group). */
function isRouter(tree: DependencyTree, id: string): boolean {
  return treeNodes(tree).some((node) => node.kind === 'regions' && node.router?.id === id);
}

/**
 * Adds a dependency at the end of group `groupId`, named `Dependency n` (the first free n) unless a
 * name is given, without an availability unless one is given.
 */
export function addDependency(
  tree: DependencyTree,
  groupId: string,
  init: { name?: string; availabilityPercent?: number | null } = {},
): TreeEdit {
  const group = findGroup(tree, groupId);
  if (!group) return findNode(tree, groupId) ? notAGroup : notFound;
  const name = init.name?.trim() ?? defaultName(tree, 'Dependency');
  const problem = nameProblem(tree, name, null) ?? availabilityMessage(init.availabilityPercent ?? null);
  if (problem) return { ok: false, message: problem };
  const dependency: Dependency = {
    kind: 'dependency',
    id: nextNodeId(tree),
    name,
    availabilityPercent: init.availabilityPercent ?? null,
  };
  return within(
    replaced(tree, groupId, () => ({ ...group, children: [...group.children, dependency] }))!,
    dependency.id,
  );
}

/** A new group of `kind`: two regions, no router and no common-cause share to begin with. */
function newGroup(
  kind: DependencyGroupKind,
  id: string,
  name: string,
  children: readonly DependencyNode[],
): DependencyGroup {
  switch (kind) {
    case 'all-of':
      return { kind, id, name, children };
    case 'any-of':
      return { kind, id, name, commonCauseSharePercent: 0, children };
    case 'regions':
      return { kind, id, name, regionCount: 2, commonCauseSharePercent: 0, router: null, children };
  }
}

/** Adds an empty group of `kind` at the end of group `parentId`, named `All of n`, `Any of n` or `Regions n` unless a name is given. */
export function addGroup(
  tree: DependencyTree,
  parentId: string,
  kind: DependencyGroupKind,
  init: { name?: string } = {},
): TreeEdit {
  const parent = findGroup(tree, parentId);
  if (!parent) return findNode(tree, parentId) ? notAGroup : notFound;
  const name = init.name?.trim() ?? defaultName(tree, KIND_NAMES[kind]);
  const problem = nameProblem(tree, name, null);
  if (problem) return { ok: false, message: problem };
  const group = newGroup(kind, nextNodeId(tree), name, []);
  return within(
    replaced(tree, parentId, () => ({ ...parent, children: [...parent.children, group] }))!,
    group.id,
  );
}

/**
 * Nests node `nodeId` in a new group of `kind` that takes its place (to make a database redundant:
 * wrap it in "any of", then add its fallback to the new group). Not the top-level group or a router.
 */
export function wrapInGroup(
  tree: DependencyTree,
  nodeId: string,
  kind: DependencyGroupKind,
  init: { name?: string } = {},
): TreeEdit {
  if (!findNode(tree, nodeId)) return notFound;
  if (nodeId === tree.id) return { ok: false, message: 'The top-level group cannot be nested.' };
  if (isRouter(tree, nodeId)) return { ok: false, message: 'A router stays with its regions.' };
  const name = init.name?.trim() ?? defaultName(tree, KIND_NAMES[kind]);
  const problem = nameProblem(tree, name, null);
  if (problem) return { ok: false, message: problem };
  const id = nextNodeId(tree);
  return within(
    replaced(tree, nodeId, (node) => newGroup(kind, id, name, [node]))!,
    id,
  );
}

/**
 * Moves node `nodeId` into group `targetGroupId` at `index` among its children once the node is taken
 * out (the end when omitted; clamped to the list): to reorder within a group, to nest in another, or
 * to take a node out of a group. Not the top-level group, not a router, and not into the node itself
 * or a group inside it.
 */
export function moveNode(
  tree: DependencyTree,
  nodeId: string,
  targetGroupId: string,
  index?: number,
): TreeEdit {
  const node = findNode(tree, nodeId);
  if (!node || !findNode(tree, targetGroupId)) return notFound;
  if (nodeId === tree.id) return { ok: false, message: 'The top-level group cannot be moved.' };
  if (isRouter(tree, nodeId)) return { ok: false, message: 'A router stays with its regions.' };
  if (!findGroup(tree, targetGroupId)) return notAGroup;
  if (isGroup(node) && findNode(node, targetGroupId))
    return { ok: false, message: 'A group cannot be moved into itself.' };
  const without = withoutChild(tree, nodeId);
  const target = findGroup(without, targetGroupId)!;
  const at = Math.max(0, Math.min(index ?? target.children.length, target.children.length));
  return within(
    replaced(without, targetGroupId, () => ({
      ...target,
      children: [...target.children.slice(0, at), node, ...target.children.slice(at)],
    }))!,
    nodeId,
  );
}

/** Renames node `nodeId` (trimmed): not empty, at most 60 characters, and no other node's name (without case). */
export function renameNode(tree: DependencyTree, nodeId: string, name: string): TreeEdit {
  if (!findNode(tree, nodeId)) return notFound;
  const problem = nameProblem(tree, name, nodeId);
  if (problem) return { ok: false, message: problem };
  return { ok: true, tree: replaced(tree, nodeId, (node) => ({ ...node, name: name.trim() }))!, nodeId };
}

/**
 * Removes node `nodeId` and everything in it; a router leaves its regions without one. Not the
 * top-level group. The result's `nodeId` is the group it was in (where focus can go).
 */
export function removeNode(tree: DependencyTree, nodeId: string): TreeEdit {
  if (!findNode(tree, nodeId)) return notFound;
  if (nodeId === tree.id) return { ok: false, message: 'The top-level group cannot be removed.' };
  const regions = treeNodes(tree).find(
    (node): node is RegionsGroup => node.kind === 'regions' && node.router?.id === nodeId,
  );
  if (regions)
    return {
      ok: true,
      tree: replaced(tree, regions.id, () => ({ ...regions, router: null }))!,
      nodeId: regions.id,
    };
  return { ok: true, tree: withoutChild(tree, nodeId), nodeId: parentOf(tree, nodeId)!.id };
}

/**
 * Sets the availability in percent of dependency (or router) `dependencyId`; null = not given yet.
 * A range it had goes: the availability is one figure again.
 */
export function setAvailability(
  tree: DependencyTree,
  dependencyId: string,
  availabilityPercent: number | null,
): TreeEdit {
  const node = findNode(tree, dependencyId);
  if (!node) return notFound;
  if (node.kind !== 'dependency')
    return { ok: false, message: 'Only a dependency has its own availability.' };
  const problem = availabilityMessage(availabilityPercent);
  if (problem) return { ok: false, message: problem };
  const point: Dependency = { ...node, availabilityPercent };
  delete point.availabilityRange;
  return {
    ok: true,
    tree: replaced(tree, dependencyId, () => point)!,
    nodeId: dependencyId,
  };
}

/**
 * Sets the availability of dependency (or router) `dependencyId` as a 90 % range, in percent; its
 * point availability becomes the range's best estimate (`rangeBestEstimatePercent`), which every
 * exact figure uses. Refused unless low < high, both above 0 % and below 100 %.
 */
export function setAvailabilityRange(
  tree: DependencyTree,
  dependencyId: string,
  range: AvailabilityRange,
): TreeEdit {
  const node = findNode(tree, dependencyId);
  if (!node) return notFound;
  if (node.kind !== 'dependency')
    return { ok: false, message: 'Only a dependency has its own availability.' };
  const problem = availabilityRangeProblem(range);
  if (problem === 'availability-out-of-range')
    return { ok: false, message: 'Both ends of a range must be above 0 % and below 100 %.' };
  if (problem === 'range-order')
    return { ok: false, message: 'The low end of a range must be below its high end.' };
  const availabilityRange = { low: range.low, high: range.high };
  return {
    ok: true,
    tree: replaced(tree, dependencyId, () => ({
      ...node,
      availabilityPercent: rangeBestEstimatePercent(availabilityRange),
      availabilityRange,
    }))!,
    nodeId: dependencyId,
  };
}

/**
 * Changes group `groupId` to another kind, keeping its id, name and children (a regions group's
 * router goes when it stops being one; a new regions group starts with two regions and no router).
 */
export function setGroupKind(tree: DependencyTree, groupId: string, kind: DependencyGroupKind): TreeEdit {
  const group = findGroup(tree, groupId);
  if (!group) return findNode(tree, groupId) ? notAGroup : notFound;
  if (group.kind === kind) return { ok: true, tree, nodeId: groupId };
  const next = newGroup(kind, group.id, group.name, group.children);
  if (next.kind !== 'all-of' && group.kind !== 'all-of')
    next.commonCauseSharePercent = group.commonCauseSharePercent;
  return within(
    replaced(tree, groupId, () => next)!,
    groupId,
  );
}

/** Sets the number of regions of regions group `groupId`: a whole number from 1 to 10. */
export function setRegionCount(tree: DependencyTree, groupId: string, regionCount: number): TreeEdit {
  const group = findGroup(tree, groupId);
  if (!group) return notFound;
  if (group.kind !== 'regions')
    return { ok: false, message: 'Only a regions group has a number of regions.' };
  if (!isValidRegionCount(regionCount))
    return {
      ok: false,
      message: `The number of regions must be a whole number from 1 to ${DEPENDENCY_LIMITS.maxRegions}.`,
    };
  return { ok: true, tree: replaced(tree, groupId, () => ({ ...group, regionCount }))!, nodeId: groupId };
}

/** Sets the common-cause share, in percent (0–100), of an "any of" or regions group. */
export function setCommonCauseShare(
  tree: DependencyTree,
  groupId: string,
  commonCauseSharePercent: number,
): TreeEdit {
  const group = findGroup(tree, groupId);
  if (!group) return notFound;
  if (group.kind === 'all-of')
    return { ok: false, message: 'Only redundant parts ("any of" or regions) have a common-cause share.' };
  if (!isValidCommonCauseShare(commonCauseSharePercent))
    return { ok: false, message: 'The common-cause share must be from 0 % to 100 %.' };
  return {
    ok: true,
    tree: replaced(tree, groupId, () => ({ ...group, commonCauseSharePercent }))!,
    nodeId: groupId,
  };
}

/** Gives regions group `groupId` a router (it must have none), named `Router n` unless a name is given. */
export function addRouter(
  tree: DependencyTree,
  groupId: string,
  init: { name?: string; availabilityPercent?: number | null } = {},
): TreeEdit {
  const group = findGroup(tree, groupId);
  if (!group) return notFound;
  if (group.kind !== 'regions') return { ok: false, message: 'Only a regions group has a router.' };
  if (group.router) return { ok: false, message: `${group.name} already has a router.` };
  const name = init.name?.trim() ?? defaultName(tree, 'Router');
  const problem = nameProblem(tree, name, null) ?? availabilityMessage(init.availabilityPercent ?? null);
  if (problem) return { ok: false, message: problem };
  const router: Dependency = {
    kind: 'dependency',
    id: nextNodeId(tree),
    name,
    availabilityPercent: init.availabilityPercent ?? null,
  };
  return within(
    replaced(tree, groupId, () => ({ ...group, router }))!,
    router.id,
  );
}
