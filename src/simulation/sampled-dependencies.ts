import type { Dependency, DependencyNode } from '../model/dependency-tree';
import type { RangeInput } from './range-distribution';

/*
 * The dependencies joined to the failure-mode catalogue, in float64, for the simulation: the same
 * arithmetic as the exact engine (src/model/dependencies.ts) over columns of runs — series
 * 1 − Π(1 − uᵢ), redundant copies c + (1 − c) · Π((uᵢ − c) / (1 − c)) with c = β · min uᵢ, N regions
 * behind a router — so that a dependency whose availability is a range moves the catalogue's
 * minutes, and with them today's availability and its downtime cost, from run to run.
 *
 * What is drawn is each such dependency's unavailability (the share of time down, 0–1), from the
 * lognormal whose 90 % interval is the range's (its 5th percentile the unavailability of the range's
 * high end, its 95th that of the low end; issue 14's default for a positive quantity, and one that
 * cannot reach 0 % or 100 %). Its median is the geometric mean of the two, the best estimate every
 * exact figure uses (`rangeBestEstimatePercent`), so with the range collapsed to a point the twin is
 * the exact model. Every draw of one dependency is the same in all of a run's scenarios, steps and
 * levers (common random numbers): no lever changes a dependency.
 */

/** The path of a dependency's drawn unavailability: `dependencies.<node id>.availability`. */
export type DependencyInputKey = `dependencies.${string}.availability`;

/** The key of dependency (or router) `nodeId`. */
export function dependencyInputKey(nodeId: string): DependencyInputKey {
  return `dependencies.${nodeId}.availability`;
}

/** A column of a dependency's unavailability over the runs: the drawn one, or `best` in every run. */
export type DependencyColumnOf = (key: DependencyInputKey, best: number) => Float64Array;

/**
 * Every dependency in `item` (routers included), in tree order. Its own walk, not the tree module's:
 * the worker's chunk then carries no more of the model than its types.
 */
export function dependenciesIn(item: DependencyNode): Dependency[] {
  if (item.kind === 'dependency') return [item];
  const router = item.kind === 'regions' && item.router ? [item.router] : [];
  return [...router, ...item.children.flatMap(dependenciesIn)];
}

/** A dependency the simulation reads: its key, words, best estimate and range, as unavailabilities. */
export interface DependencyValueInput {
  key: DependencyInputKey;
  /** "Availability of Database", as its field is named. */
  label: string;
  unit: 'unavailability';
  /** Its share of time down at its point availability (the best estimate): (100 − a) / 100. */
  best: number;
  /** The range of its unavailability (lognormal); null for a dependency given as one figure. */
  range: RangeInput | null;
}

const downOf = (percent: number) => (100 - percent) / 100;

/** Every dependency given as a range in the items, once each, in order: the simulation's uncertain inputs. */
export function dependencyValueInputs(items: readonly DependencyNode[]): DependencyValueInput[] {
  const seen = new Set<string>();
  return items
    .flatMap(dependenciesIn)
    .filter((node) => node.availabilityRange !== undefined && !seen.has(node.id) && seen.add(node.id))
    .map((node) => ({
      key: dependencyInputKey(node.id),
      label: `Availability of ${node.name}`,
      unit: 'unavailability',
      best: downOf(node.availabilityPercent ?? 0),
      range: {
        low: downOf(node.availabilityRange!.high),
        high: downOf(node.availabilityRange!.low),
        shape: 'lognormal',
      },
    }));
}

/** 1 − Π(1 − uᵢ) without cancellation (−expm1(Σ log1p(−uᵢ))), never below the largest uᵢ. */
function series(parts: readonly number[]): number {
  if (parts.length === 0) return 0;
  let logUp = 0;
  let largest = 0;
  for (const u of parts) {
    logUp += Math.log1p(-u);
    largest = Math.max(largest, u);
  }
  return Math.max(-Math.expm1(logUp), largest);
}

/** Redundant copies with a common-cause share β (fraction), as the exact `redundantUnavailability`. */
function redundant(copies: readonly number[], beta: number): number {
  if (copies.length === 0) return 1;
  const independent = copies.reduce((product, u) => product * u, 1);
  if (beta === 0) return independent;
  const common = beta * Math.min(...copies);
  if (common >= 1) return 1;
  const rest = 1 - common;
  const conditional = copies.reduce((product, u) => product * ((u - common) / rest), 1);
  return Math.max(common + rest * conditional, independent);
}

/**
 * Bad minutes a year of the joined rows `items` in every run: Σ each item's unavailability × the
 * minutes in a year (`yearMinutes`), as the exact rows add them. Each dependency's unavailability in
 * run i is `columnOf`'s (the drawn column of one given as a range; its best estimate otherwise).
 */
export function sampledDependencyMinutes(
  items: readonly DependencyNode[],
  yearMinutes: number,
  runs: number,
  columnOf: DependencyColumnOf,
): Float64Array {
  const columns = new Map<string, Float64Array>();
  for (const node of items.flatMap(dependenciesIn))
    if (!columns.has(node.id))
      columns.set(node.id, columnOf(dependencyInputKey(node.id), downOf(node.availabilityPercent ?? 0)));
  const unavailability = (node: DependencyNode, i: number): number => {
    switch (node.kind) {
      case 'dependency':
        return columns.get(node.id)![i]!;
      case 'all-of':
        return series(node.children.map((child) => unavailability(child, i)));
      case 'any-of':
        return redundant(
          node.children.map((child) => unavailability(child, i)),
          node.commonCauseSharePercent / 100,
        );
      case 'regions': {
        const region = series(node.children.map((child) => unavailability(child, i)));
        const copies = redundant(
          Array.from({ length: node.regionCount }, () => region),
          node.commonCauseSharePercent / 100,
        );
        return node.router ? series([unavailability(node.router, i), copies]) : copies;
      }
    }
  };
  const minutes = new Float64Array(runs);
  for (let i = 0; i < runs; i += 1)
    for (const item of items) minutes[i] = minutes[i]! + unavailability(item, i) * yearMinutes;
  return minutes;
}
