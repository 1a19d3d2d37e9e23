import { Dec, dec, ZERO, type DecimalInput } from './decimal';
import { unavailability as unavailabilityOfPercent } from './downtime';
import {
  availabilityProblem,
  DEPENDENCY_LIMITS,
  isValidCommonCauseShare,
  isValidRegionCount,
  MAX_OWN_OUTAGES_PER_YEAR,
  type DependencyNode,
  type DependencyTree,
  type OwnOutage,
} from './dependency-tree';
import { periodHours, type PeriodConventionId } from './periods';

/*
 * Dependencies: the ceiling they put on a service's availability, and the share of its error budget
 * they take. Sources: Microsoft's composite-SLA guidance (series: the product; fallbacks: 1 − Π(1 − aᵢ);
 * N regions behind a router: (1 − (1 − a)ᴺ) × router) and Treynor, Dahlin, Rau and Beyer, "The
 * Calculus of Service Availability", ACM Queue 15(2), 2017 (the budget, the outages it leaves room
 * for, and the rule of the extra 9).
 *
 * Every redundancy figure assumes the copies fail independently unless a common-cause share is given,
 * and the article's warning holds: "correlation is never zero". The common-cause share is the one
 * lever the model offers against that optimism (see `redundantUnavailability`).
 *
 * Inside, every node carries its *unavailability* (a fraction of time down, 0.0005 for 99.95 %),
 * not its availability: redundancy multiplies unavailabilities, and four regions at 99.95 % are down
 * 6.25 × 10⁻¹⁴ of the time, a figure that 1 − availability would lose to cancellation. All exact in
 * decimal.js (`Dec`, 40 significant digits); nothing here rounds for display.
 */

// ---------------------------------------------------------------- the arithmetic

const ONE = new Dec(1);

/**
 * Unavailability of parts that are all needed (series), as a fraction: 1 − Π(1 − uᵢ). Exact to 40
 * significant digits, and never below the largest uᵢ (which it is in exact arithmetic): a series of
 * unavailabilities too small for 1 − uᵢ to hold keeps the largest one instead of rounding to 0. No
 * parts: 0. One part: that part's figure, unchanged.
 */
export function seriesUnavailability(parts: readonly Dec[]): Dec {
  if (parts.length === 0) return ZERO;
  if (parts.length === 1) return parts[0]!;
  const up = parts.reduce((product, u) => product.times(ONE.minus(u)), ONE);
  return Dec.max(ONE.minus(up), ...parts);
}

/**
 * Unavailability of redundant copies or fallbacks (any one is enough), as a fraction.
 *
 * Independent failures (share 0): Π uᵢ, Microsoft's 1 − Π(1 − aᵢ).
 *
 * With a common-cause share β (a fraction, 0–1), a common-shock reading of the beta-factor model: an
 * event that takes every copy down at once has probability c = β × min uᵢ (a share β of the downtime of
 * the most available copy, which no copy can have less of); otherwise the copies fail independently,
 * each with the probability that keeps its own unavailability as given, (uᵢ − c) / (1 − c). So
 *
 *     U = c + (1 − c) × Π (uᵢ − c) / (1 − c)
 *
 * β = 0 gives Π uᵢ; β = 1 gives min uᵢ (the copies fail together, and redundancy gives nothing beyond
 * the best copy); for n equal copies and small u it is the textbook β·u + ((1 − β)·u)ⁿ. It never falls
 * below Π uᵢ: a shared cause only takes away from what redundancy gives. No copies: 1 (nothing to fall
 * back on). Exact to 40 significant digits.
 */
export function redundantUnavailability(copies: readonly Dec[], commonCauseShare: DecimalInput = 0): Dec {
  if (copies.length === 0) return ONE;
  const beta = dec(commonCauseShare);
  const independent = copies.reduce((product, u) => product.times(u), ONE);
  if (beta.isZero()) return independent;
  const common = beta.times(Dec.min(...copies));
  if (common.gte(ONE)) return ONE;
  const rest = ONE.minus(common);
  const conditional = copies.reduce((product, u) => product.times(u.minus(common).div(rest)), ONE);
  return Dec.max(common.plus(rest.times(conditional)), independent);
}

/** Availability in percent of an unavailability fraction: 100 × (1 − u). Exact to 40 significant digits. */
export function availabilityPercentOf(unavailability: Dec): Dec {
  return ONE.minus(unavailability).times(100);
}

/**
 * Number of nines of an unavailability fraction: −log₁₀(u), so 0.0001 (99.99 %) has 4 and 0.0005
 * (99.95 %) has 3.30. Correct to about 38 significant digits; exact for powers of ten.
 */
export function ninesOf(unavailability: Dec): Dec {
  return unavailability.log(10).neg();
}

/** Minutes in a year under a period convention: 525,600 for a 365-day year, 518,400 for the seed's 360. */
export function minutesPerYear(conventionId: PeriodConventionId): Dec {
  return periodHours(conventionId).year.times(60);
}

/** Downtime in minutes a year of an unavailability fraction: u × minutes in a year. Exact, no rounding. */
export function downtimeMinutesPerYear(unavailability: Dec, conventionId: PeriodConventionId): Dec {
  return unavailability.times(minutesPerYear(conventionId));
}

// ---------------------------------------------------------------- evaluating a tree

/** Why a part of the tree cannot be computed. */
export type DependencyProblemCode =
  'no-availability' | 'availability-out-of-range' | 'empty-group' | 'region-count' | 'common-cause-share';

/** A problem of one node, with that node's id and name and a sentence for the page. */
export interface DependencyProblem {
  nodeId: string;
  name: string;
  code: DependencyProblemCode;
  message: string;
}

/**
 * What a node comes to: its unavailability (fraction of time down) and availability (percent), or the
 * problems, in tree order, of the nodes below it (or of itself) that keep it from being computed.
 * Show availability from `unavailability` (format's `formatAvailabilityFromUnavailability`): below
 * ~10⁻³⁸ of downtime, `availabilityPercent` rounds to 100 at 40 digits, while `unavailability` never
 * reaches 0.
 */
export type NodeOutcome =
  | { ok: true; unavailability: Dec; availabilityPercent: Dec }
  | { ok: false; problems: readonly DependencyProblem[] };

/**
 * One item on the critical path: something whose failure alone takes the service down. The tree's
 * dependencies reached through "all of" groups only, each redundant group as a whole (its copies are
 * not critical one by one), and for regions the router and the region copies as two items (the
 * copies' outcome excludes the router). When the top-level group is "all of", the product of the
 * items' availabilities is the ceiling.
 */
export interface CriticalItem {
  nodeId: string;
  name: string;
  part: 'dependency' | 'redundant-group' | 'region-copies';
  outcome: NodeOutcome;
}

/** A tree's figures: the ceiling (the top-level outcome), each node's outcome by id, the critical items. */
export interface DependencyEvaluation {
  /** The availability ceiling from dependencies, or why it cannot be computed. */
  root: NodeOutcome;
  /** Every node's outcome, routers included, keyed by node id. */
  nodes: ReadonlyMap<string, NodeOutcome>;
  critical: readonly CriticalItem[];
}

function succeeded(unavailability: Dec): NodeOutcome {
  return { ok: true, unavailability, availabilityPercent: availabilityPercentOf(unavailability) };
}

function problem(node: DependencyNode, code: DependencyProblemCode, isRoot: boolean): DependencyProblem {
  const { id: nodeId, name } = node;
  const messages: Record<DependencyProblemCode, string> = {
    'no-availability': `${name} has no availability yet.`,
    'availability-out-of-range': `The availability of ${name} must be above 0 % and below 100 %.`,
    'empty-group': isRoot
      ? 'There are no dependencies yet: add one to see the ceiling.'
      : `${name} has nothing in it yet.`,
    'region-count': `${name} needs a whole number of regions from 1 to ${DEPENDENCY_LIMITS.maxRegions}.`,
    'common-cause-share': `The common-cause share of ${name} must be from 0 % to 100 %.`,
  };
  return { nodeId, name, code, message: messages[code] };
}

/**
 * Evaluates a dependency tree: every node's unavailability and availability, the ceiling, and the
 * critical items. Never throws on what a person can type: a dependency without a valid availability,
 * an empty group, a bad region count or common-cause share makes that node and each of its ancestors
 * `{ ok: false }`, with the problems named; the rest of the tree is still computed. Exact (40
 * significant digits), no rounding.
 */
export function evaluateDependencies(tree: DependencyTree): DependencyEvaluation {
  const nodes = new Map<string, NodeOutcome>();
  const copies = new Map<string, NodeOutcome>();

  const combine = (
    outcomes: readonly NodeOutcome[],
    own: DependencyProblem[],
    compute: (parts: Dec[]) => Dec,
  ): NodeOutcome => {
    const problems = [...own, ...outcomes.flatMap((o) => (o.ok ? [] : o.problems))];
    if (problems.length > 0) return { ok: false, problems };
    return succeeded(compute(outcomes.map((o) => (o.ok ? o.unavailability : ONE))));
  };

  const visit = (node: DependencyNode, isRoot: boolean): NodeOutcome => {
    const outcome = evaluateNode(node, isRoot);
    nodes.set(node.id, outcome);
    return outcome;
  };

  const evaluateNode = (node: DependencyNode, isRoot: boolean): NodeOutcome => {
    if (node.kind === 'dependency') {
      const code = availabilityProblem(node.availabilityPercent);
      if (code) return { ok: false, problems: [problem(node, code, isRoot)] };
      return succeeded(unavailabilityOfPercent(node.availabilityPercent!));
    }
    const own: DependencyProblem[] = [];
    if (node.kind === 'regions' && !isValidRegionCount(node.regionCount))
      own.push(problem(node, 'region-count', isRoot));
    if (node.kind !== 'all-of' && !isValidCommonCauseShare(node.commonCauseSharePercent))
      own.push(problem(node, 'common-cause-share', isRoot));
    if (node.children.length === 0) own.push(problem(node, 'empty-group', isRoot));
    const router = node.kind === 'regions' && node.router ? visit(node.router, false) : null;
    const children = node.children.map((child) => visit(child, false));
    switch (node.kind) {
      case 'all-of':
        return combine(children, own, seriesUnavailability);
      case 'any-of':
        return combine(children, own, (parts) =>
          redundantUnavailability(parts, dec(node.commonCauseSharePercent).div(100)),
        );
      case 'regions': {
        const regionCopies = combine(children, own, (parts) => {
          const region = seriesUnavailability(parts);
          return redundantUnavailability(
            Array.from({ length: node.regionCount }, () => region),
            dec(node.commonCauseSharePercent).div(100),
          );
        });
        copies.set(node.id, regionCopies);
        if (!router) return regionCopies;
        // Problems in tree order: the group's own, then the router's, then the region's.
        const routerProblems = router.ok ? [] : router.problems;
        if (!regionCopies.ok || !router.ok)
          return {
            ok: false,
            problems: [...own, ...routerProblems, ...children.flatMap((o) => (o.ok ? [] : o.problems))],
          };
        return succeeded(seriesUnavailability([router.unavailability, regionCopies.unavailability]));
      }
    }
  };

  const root = visit(tree, true);

  const critical: CriticalItem[] = [];
  const collect = (node: DependencyNode) => {
    const item = (id: string, part: CriticalItem['part'], outcome: NodeOutcome) =>
      critical.push({ nodeId: id, name: node.name, part, outcome });
    switch (node.kind) {
      case 'dependency':
        return item(node.id, 'dependency', nodes.get(node.id)!);
      case 'all-of':
        return node.children.forEach(collect);
      case 'any-of':
        return item(node.id, 'redundant-group', nodes.get(node.id)!);
      case 'regions':
        if (node.router) collect(node.router);
        return item(node.id, 'region-copies', copies.get(node.id)!);
    }
  };
  collect(tree);

  return { root, nodes, critical };
}

// ---------------------------------------------------------------- the rule of the extra 9

/** A critical item with fewer nines than the target plus one. */
export interface ExtraNineFlag {
  nodeId: string;
  name: string;
  part: CriticalItem['part'];
  /** The item's unavailability (fraction) and nines, −log₁₀ of it. */
  unavailability: Dec;
  nines: Dec;
  /** The target's nines plus one, and the unavailability that many nines allow: the target's ÷ 10. */
  neededNines: Dec;
  neededUnavailability: Dec;
}

/**
 * The rule of the extra 9 (Treynor et al.): each critical dependency should have one more nine than
 * the service's target, so that together they take a modest share of its error budget. Flags every
 * critical item (see `CriticalItem`) whose unavailability is above a tenth of the target's, i.e.
 * that has fewer nines than the target plus one (exactly one more is enough). Items that cannot be
 * computed are left out (the evaluation names their problems). The comparison is exact; the nines are
 * −log₁₀ to ~38 digits. A target outside (0, 100) % flags nothing.
 */
export function extraNineFlags(evaluation: DependencyEvaluation, targetPercent: number): ExtraNineFlag[] {
  if (availabilityProblem(targetPercent)) return [];
  const target = unavailabilityOfPercent(targetPercent);
  const neededUnavailability = target.div(10);
  const neededNines = ninesOf(target).plus(1);
  return evaluation.critical.flatMap(({ nodeId, name, part, outcome }) =>
    outcome.ok && outcome.unavailability.gt(neededUnavailability)
      ? [
          {
            nodeId,
            name,
            part,
            unavailability: outcome.unavailability,
            nines: ninesOf(outcome.unavailability),
            neededNines,
            neededUnavailability,
          },
        ]
      : [],
  );
}

// ---------------------------------------------------------------- the error budget per target

/** The article's example: one full outage and three single-shard outages at 20 % a year (1.6 full-outage equivalents). */
export const ARTICLE_OWN_OUTAGES: readonly OwnOutage[] = [
  { count: 1, scopePercent: 100 },
  { count: 3, scopePercent: 20 },
];

/**
 * Full-outage equivalents of a year's own outages: Σ count × scope ÷ 100, so 1 full + 3 at 20 % is
 * 1 + 0.6 = 1.6. Exact. A count outside 0–10,000 or a scope outside (0, 100] % gives a message instead.
 */
export function fullOutageEquivalents(
  outages: readonly OwnOutage[],
): { ok: true; value: Dec } | { ok: false; message: string } {
  let total = ZERO;
  for (const { count, scopePercent } of outages) {
    if (!Number.isFinite(count) || count < 0 || count > MAX_OWN_OUTAGES_PER_YEAR)
      return {
        ok: false,
        message: `The number of outages a year must be from 0 to ${MAX_OWN_OUTAGES_PER_YEAR.toLocaleString('en-US')}.`,
      };
    if (!Number.isFinite(scopePercent) || scopePercent <= 0 || scopePercent > 100)
      return { ok: false, message: 'The scope of an outage must be above 0 % and at most 100 %.' };
    total = total.plus(dec(count).times(scopePercent).div(100));
  }
  return { ok: true, value: total };
}

/** Minutes each own outage may last, start to recovery: minutes left ÷ full-outage equivalents. Exact. */
export function minutesPerOutage(leftMinutes: Dec, equivalents: Dec): Dec {
  return leftMinutes.div(equivalents);
}

/** How long each own outage may last, or why no length can be given. */
export type PerOutage =
  | { kind: 'minutes'; minutes: Dec }
  /** The dependencies alone take more than the budget: no outage of the service's own fits. */
  | { kind: 'target-above-ceiling' }
  /** No own outages are expected, so the budget left is not split. */
  | { kind: 'no-own-outages' };

/** One target's error budget, all in minutes a year under the period convention. */
export interface TargetBudget {
  ok: true;
  targetPercent: Dec;
  /** Minutes in the year of the convention. */
  minutesPerYear: Dec;
  /** The error budget: (1 − target) × minutes a year. 52.56 min for 99.99 % on a 365-day year. */
  budgetMinutes: Dec;
  /** Taken by dependencies, the figure shown: the ceiling's downtime, (1 − ceiling) × minutes a year. */
  dependenciesMinutes: Dec;
  /** The article's figure, for comparison: the sum of the critical items' own budgets. */
  dependenciesAddedMinutes: Dec;
  /** Left for the service's own outages: budget − taken by dependencies. Negative when unreachable. */
  leftMinutes: Dec;
  /** Whether the ceiling is at or above the target (left ≥ 0). */
  reachable: boolean;
  fullOutageEquivalents: Dec;
  perOutage: PerOutage;
}

/** Why a target's budget cannot be computed: the tree's problems, or a bad target or outage line. */
export type BudgetProblem =
  | { source: 'dependencies'; problems: readonly DependencyProblem[] }
  | { source: 'target' | 'own-outages'; message: string };

/**
 * A target's error budget, split between the dependencies and the service's own outages (Treynor et
 * al.). With the dependencies' ceiling d, a target T and a year of Y minutes:
 *
 * - budget = (1 − T) × Y;
 * - taken by dependencies = (1 − d) × Y;
 * - left for the service = budget − taken (the split is additive, which is conservative: it counts
 *   the service's own outages as never overlapping a dependency's);
 * - each own outage may last left ÷ full-outage equivalents.
 *
 * Taken by dependencies is the exact product, (1 − Π aᵢ) × Y: 26.2795 min for five 99.999 %
 * dependencies under a 99.99 % target, where the article adds their budgets, 5 × 5.256 = 26.28 min
 * (kept as `dependenciesAddedMinutes`). The product is the figure shown because it is the downtime of
 * the ceiling shown beside it, so the page never gives two figures for one thing; because the sum
 * counts twice the minutes when two dependencies are down at once, so it always overstates (ten
 * dependencies at 99 % sum to 10 % but take 9.56 %); and because a sum of budgets means nothing inside
 * redundant groups, which only the product form handles. At the article's figures the two differ in
 * the fifth significant digit.
 *
 * Exact to 40 significant digits; no rounding (format for display elsewhere).
 */
export function targetBudget(
  evaluation: DependencyEvaluation,
  targetPercent: number,
  conventionId: PeriodConventionId,
  ownOutages: readonly OwnOutage[],
): TargetBudget | { ok: false; problem: BudgetProblem } {
  if (!evaluation.root.ok)
    return { ok: false, problem: { source: 'dependencies', problems: evaluation.root.problems } };
  if (availabilityProblem(targetPercent))
    return {
      ok: false,
      problem: { source: 'target', message: 'A target must be above 0 % and below 100 %.' },
    };
  const equivalents = fullOutageEquivalents(ownOutages);
  if (!equivalents.ok) return { ok: false, problem: { source: 'own-outages', message: equivalents.message } };

  const year = minutesPerYear(conventionId);
  const budgetMinutes = unavailabilityOfPercent(targetPercent).times(year);
  const dependenciesMinutes = evaluation.root.unavailability.times(year);
  const added = evaluation.critical.reduce(
    (sum, { outcome }) => (outcome.ok ? sum.plus(outcome.unavailability) : sum),
    ZERO,
  );
  const leftMinutes = budgetMinutes.minus(dependenciesMinutes);
  const reachable = !leftMinutes.lt(0);
  const perOutage: PerOutage = !reachable
    ? { kind: 'target-above-ceiling' }
    : equivalents.value.isZero()
      ? { kind: 'no-own-outages' }
      : { kind: 'minutes', minutes: minutesPerOutage(leftMinutes, equivalents.value) };
  return {
    ok: true,
    targetPercent: dec(targetPercent),
    minutesPerYear: year,
    budgetMinutes,
    dependenciesMinutes,
    dependenciesAddedMinutes: added.times(year),
    leftMinutes,
    reachable,
    fullOutageEquivalents: equivalents.value,
    perOutage,
  };
}
