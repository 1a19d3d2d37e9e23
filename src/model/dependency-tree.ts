import { Dec } from './decimal';
import { LIMITS } from './limits';

/*
 * A dependency tree as plain data: its nodes, the limits the editor and share links keep to, and the
 * checks of what a person can type, apart from the arithmetic (dependencies.ts) so that the session
 * schema and the first chunk need only this small module, not the engine.
 */

// ---------------------------------------------------------------- the tree, as plain data

/**
 * A dependency's availability as a 90 % range, in percent: `low` < `high`, both strictly between 0
 * and 100 ("99.9-99.99", "three to four nines"). Read as the 5th and 95th percentiles of the
 * dependency's availability; the simulation draws its unavailability (100 − a) from the lognormal
 * with that 90 % interval.
 */
export interface AvailabilityRange {
  low: number;
  high: number;
}

/**
 * A dependency: something the service needs, with its availability in percent (its SLA or its
 * measured figure), strictly between 0 and 100. `null` until one is given: the dependency's ancestors
 * then "cannot compute" and say so. Every exact figure uses `availabilityPercent`.
 *
 * `availabilityRange`, when the availability was given as a range, holds its ends; `availabilityPercent`
 * is then the range's best estimate, `rangeBestEstimatePercent(availabilityRange)` (the geometric mean
 * of the two unavailabilities), and the session schema refuses a node where the two disagree. Absent
 * (not undefined, not null) on a dependency given as one figure, so a session saved before ranges
 * keeps its exact meaning.
 */
export interface Dependency {
  kind: 'dependency';
  id: string;
  name: string;
  availabilityPercent: number | null;
  availabilityRange?: AvailabilityRange;
}

/** All of its children are needed (series): availability = the product of theirs. */
export interface AllOfGroup {
  kind: 'all-of';
  id: string;
  name: string;
  children: readonly DependencyNode[];
}

/**
 * Any one of its children is enough (redundant copies, or fallbacks such as "database or queue"):
 * availability = 1 − Π(1 − aᵢ) when failures are independent. `commonCauseSharePercent` (0–100) is
 * the share of each copy's downtime that is common to all copies (see `redundantUnavailability`).
 */
export interface AnyOfGroup {
  kind: 'any-of';
  id: string;
  name: string;
  commonCauseSharePercent: number;
  children: readonly DependencyNode[];
}

/**
 * `regionCount` copies of one region behind a router (a traffic manager, a global load balancer).
 * `children` are what one region holds, all needed (in series); the router, when there is one, is in
 * series with the copies: availability = (1 − (1 − a)ᴺ) × router. `commonCauseSharePercent` as for
 * `AnyOfGroup`.
 */
export interface RegionsGroup {
  kind: 'regions';
  id: string;
  name: string;
  regionCount: number;
  commonCauseSharePercent: number;
  router: Dependency | null;
  children: readonly DependencyNode[];
}

/** A node with children: series ("all of"), redundancy ("any of") or regions behind a router. */
export type DependencyGroup = AllOfGroup | AnyOfGroup | RegionsGroup;
/** Any node of a tree: a dependency or a group. */
export type DependencyNode = Dependency | DependencyGroup;
/** `'all-of' | 'any-of' | 'regions'`. */
export type DependencyGroupKind = DependencyGroup['kind'];

/**
 * A whole tree: its top-level group ("all of" by default). Plain, JSON-serialisable data with an id
 * on every node (routers included), so it can be saved in a session and edited by id.
 */
export type DependencyTree = DependencyGroup;

/** The domain of a tree. Share links and the tree editor keep to it; the figures hold beyond it. */
export const DEPENDENCY_LIMITS = {
  /** Nodes in a tree, routers and the top-level group included. */
  maxNodes: 50,
  /** Nodes on the longest path from the top-level group down to a dependency, both included. */
  maxDepth: 6,
  /** Copies of a region; 1 is allowed (one region behind a router). */
  maxRegions: 10,
  /** Characters in a name (the app's label limit). */
  maxNameLength: LIMITS.maxLabelLength,
} as const;

/** Whether a node is a group (has children). */
export function isGroup(node: DependencyNode): node is DependencyGroup {
  return node.kind !== 'dependency';
}

/** Every node of a tree in depth-first order (a node before its children; a router before them). */
export function treeNodes(tree: DependencyTree): DependencyNode[] {
  const out: DependencyNode[] = [];
  const visit = (node: DependencyNode) => {
    out.push(node);
    if (!isGroup(node)) return;
    if (node.kind === 'regions' && node.router) out.push(node.router);
    node.children.forEach(visit);
  };
  visit(tree);
  return out;
}

/** The node with this id, or null. */
export function findNode(tree: DependencyTree, id: string): DependencyNode | null {
  return treeNodes(tree).find((node) => node.id === id) ?? null;
}

/** The problem with an availability in percent, if any: it must be a finite number strictly in (0, 100). */
export function availabilityProblem(
  percent: number | null,
): 'no-availability' | 'availability-out-of-range' | null {
  if (percent === null) return 'no-availability';
  return Number.isFinite(percent) &&
    percent > LIMITS.minAvailabilityExclusive &&
    percent < LIMITS.maxAvailabilityExclusive
    ? null
    : 'availability-out-of-range';
}

/**
 * The best estimate of an availability range, in percent: the availability whose unavailability is
 * the geometric mean of the ends' unavailabilities,
 *
 *     a = 100 − √((100 − low) × (100 − high)),
 *
 * which is the median of the lognormal the simulation draws the unavailability from, and the middle
 * of the range counted in nines ("three to four nines" → 3.5 nines, 99.968… %). Computed in
 * decimal.js (40 significant digits) and returned as the number nearest it, as the parser returns
 * "3.5 nines": the figures then read that number exactly. A range of equal ends gives that end.
 * Assumes a valid range (see `availabilityRangeProblem`).
 */
export function rangeBestEstimatePercent(range: AvailabilityRange): number {
  const hundred = new Dec(100);
  return hundred.minus(hundred.minus(range.low).times(hundred.minus(range.high)).sqrt()).toNumber();
}

/**
 * The problem with an availability range, if any: an end that is not a valid availability (a finite
 * number strictly in (0, 100)), or a low end not below the high end.
 */
export function availabilityRangeProblem(
  range: AvailabilityRange,
): 'availability-out-of-range' | 'range-order' | null {
  if (availabilityProblem(range.low) || availabilityProblem(range.high)) return 'availability-out-of-range';
  return range.low < range.high ? null : 'range-order';
}

/** Whether a region count is a whole number from 1 to `DEPENDENCY_LIMITS.maxRegions`. */
export function isValidRegionCount(count: number): boolean {
  return Number.isInteger(count) && count >= 1 && count <= DEPENDENCY_LIMITS.maxRegions;
}

/** Whether a common-cause share is a finite percentage from 0 to 100. */
export function isValidCommonCauseShare(percent: number): boolean {
  return Number.isFinite(percent) && percent >= 0 && percent <= 100;
}

// ---------------------------------------------------------------- the service's own outages

/**
 * Outages of the service itself expected in a year, by scope: `count` outages a year (a fraction is
 * fine: 0.5 = one every two years), each affecting `scopePercent` of users or requests (100 = a full
 * outage; a single shard of five is 20).
 */
export interface OwnOutage {
  count: number;
  scopePercent: number;
}

/** The most outages a year one line of `OwnOutage` may hold: more than one an hour is beyond planning. */
export const MAX_OWN_OUTAGES_PER_YEAR = 10_000;
