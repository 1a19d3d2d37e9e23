import { Dec, dec, ZERO } from './decimal';
import {
  availabilityPercentOf,
  evaluateDependencies,
  extraNineFlags,
  minutesPerYear,
  ninesOf,
  redundantUnavailability,
  seriesUnavailability,
  targetBudget,
  type DependencyEvaluation,
  type ExtraNineFlag,
  type TargetBudget,
} from './dependencies';
import {
  rangeBestEstimatePercent,
  type AvailabilityRange,
  type DependencyNode,
  type DependencyTree,
  type OwnOutage,
} from './dependency-tree';
import { unavailability as unavailabilityOfPercent } from './downtime';
import type { ModeValues } from './failure-modes';
import { PERIOD_CONVENTIONS, type PeriodConventionId } from './periods';

/*
 * The dependencies' figures as a graph of their own, built the way the result graph is (id, label,
 * unit, exact value, source: an input, a convention or a formula over named terms), so the page, the
 * exports and the "explain this figure" dialog read one set of figures. Kept apart from
 * result-graph.ts because the result graph is in the first chunk and the dependency engine loads
 * only with the Dependencies section; every value here equals the engine's (dependencies.ts) exactly
 * (a part's availability is 1 − its share of time down, as the engine's: see `nodeAvailability`).
 */

/** A figure's id: `dependencies.` and a path, e.g. `dependencies.ceiling.availabilityPercent`. */
export type DependencyFigureId = `dependencies.${string}`;

/** What a dependency figure measures (the result graph's units, plus minutes and counts). */
export type DependencyUnit = 'percent' | 'fraction' | 'nines' | 'minutes' | 'minutes-per-year' | 'count';

/** A term of a dependency formula: its name, the symbol its text uses, the figure it stands for. */
export interface DependencyTerm {
  name: string;
  symbol: string;
  figure: DependencyFigureId;
}

/**
 * Where a dependency figure comes from (the shape of the result graph's `FigureSource`). An input may
 * name the field it is typed in (`field`: "Availability of Database"); a formula may spell its symbols
 * out for the figure's own terms (`symbols`: "a₁ × a₂" for a group of two parts, where the formula's
 * own symbols say "Π aᵢ" for any number of them).
 */
export type DependencyFigureSource =
  | { kind: 'input'; input: string; field?: string }
  | { kind: 'convention'; convention: 'periodLengths'; detail: string; chosenBy: 'periodConvention' }
  | { kind: 'formula'; formula: DependencyFormulaId; terms: readonly DependencyTerm[]; symbols?: string };

/** One figure of the dependency graph. */
export interface DependencyFigure {
  id: DependencyFigureId;
  /** In words, with the dependency's or target's own name: "Availability of Database". */
  label: string;
  unit: DependencyUnit;
  /** Exact, never rounded; null when there is none, and then `never` says why. */
  value: Dec | null;
  never?: string;
  source: DependencyFigureSource;
}

/** A formula of the dependency graph: its words, its symbols, and how its value follows from its terms. */
interface DependencyFormula {
  readonly words: string;
  readonly symbols: string;
  readonly unit: DependencyUnit;
  /**
   * Computes from the terms' values in term order (a variadic term gives several). Null = none. A
   * group's availability (`allOf`, `anyOf`, `regionsAvailability`) is read over its parts'
   * availabilities as its explanation reads it, while its value is 1 − its share of time down (see
   * `nodeAvailability`): the two agree to 40 significant digits (exactly at every cited vector).
   */
  readonly compute: (values: readonly Dec[], names: readonly string[]) => Dec | null;
}

const ONE = new Dec(1);
/** A part's share of time down from its availability in percent: 1 − a / 100, exact. */
const downOf = (availabilityPercent: Dec) => unavailabilityOfPercent(availabilityPercent);
const termsNamed = (values: readonly Dec[], names: readonly string[], name: string) =>
  values.filter((_, i) => names[i] === name);
const one = (values: readonly Dec[], names: readonly string[], name: string) =>
  termsNamed(values, names, name)[0]!;

/**
 * Every formula a dependency figure is computed with, in words and symbols (the words are what the
 * explanation shows; `compute` is what made the value, so the two cannot drift apart).
 */
export const DEPENDENCY_FORMULAS = {
  rangeBestEstimate: {
    words:
      'the best estimate of a 90 % range: the availability whose share of time down is the geometric mean of the two ends’ (the middle of the range in nines), as the nearest 64-bit number, the figure the results use',
    symbols: '100 − √((100 − lo) · (100 − hi))',
    unit: 'percent',
    compute: (v, n) =>
      dec(
        rangeBestEstimatePercent({
          low: one(v, n, 'low').toNumber(),
          high: one(v, n, 'high').toNumber(),
        }),
      ),
  },
  unavailability: {
    words: 'the share of time down: 1 − availability',
    symbols: '1 − a',
    unit: 'fraction',
    compute: (v) => unavailabilityOfPercent(v[0]!),
  },
  availability: {
    words: 'availability: 1 − the share of time down',
    symbols: '1 − u',
    unit: 'percent',
    compute: (v) => availabilityPercentOf(v[0]!),
  },
  series: {
    words:
      'all parts are needed: 1 − the product of each part’s availability (never below the largest part’s share of time down)',
    symbols: '1 − Π(1 − uᵢ)',
    unit: 'fraction',
    compute: (v) => seriesUnavailability(v),
  },
  redundant: {
    words:
      'any one copy is enough: the product of the copies’ shares of time down, with a share β of the best copy’s downtime common to all copies (β = 0: independent failures)',
    symbols: 'c + (1 − c) · Π((uᵢ − c) / (1 − c)), c = β · min uᵢ',
    unit: 'fraction',
    compute: (v, n) => redundantUnavailability(termsNamed(v, n, 'copy'), one(v, n, 'commonCause').div(100)),
  },
  regions: {
    words:
      'N copies of one region, any one enough, with a common-cause share β as for redundant copies; a router in series with them',
    symbols: '1 − (1 − U(N copies of uᵣ, β)) · (1 − u_router)',
    unit: 'fraction',
    compute: (v, n) => {
      const region = one(v, n, 'region');
      const count = one(v, n, 'regionCount').toNumber();
      const copies = redundantUnavailability(
        Array.from({ length: count }, () => region),
        one(v, n, 'commonCause').div(100),
      );
      const router = termsNamed(v, n, 'router');
      return router.length === 0 ? copies : seriesUnavailability([router[0]!, copies]);
    },
  },
  asTyped: {
    words: 'the availability given for it: its SLA or measured figure, as typed',
    symbols: 'a',
    unit: 'percent',
    compute: (v) => v[0]!,
  },
  allOf: {
    words:
      'all of: every part is needed, so it is up only while all of them are: the product of the parts’ availabilities (Microsoft’s composite SLA for parts in series)',
    symbols: 'Π aᵢ',
    unit: 'percent',
    compute: (v) => availabilityPercentOf(seriesUnavailability(v.map(downOf))),
  },
  anyOf: {
    words:
      'any of: one part is enough, so it is down only while every part is down at once: 1 − the product of the parts’ shares of time down (Microsoft’s composite SLA for redundant copies; it assumes they fail independently, and “correlation is never zero”)',
    symbols: '1 − Π(1 − aᵢ)',
    unit: 'percent',
    compute: (v) => availabilityPercentOf(redundantUnavailability(v.map(downOf))),
  },
  regionsAvailability: {
    words:
      'N regions, any one enough: they are all down at once only (1 − a)^N of the time, a being one region’s availability; a router in front of them is needed too, so its availability multiplies (Microsoft’s composite SLA for regions behind a router; it assumes the regions fail independently)',
    symbols: '(1 − (1 − a)^N) × a_router',
    unit: 'percent',
    compute: (v, n) => {
      const region = downOf(one(v, n, 'region'));
      const count = one(v, n, 'regionCount').toNumber();
      const copies = redundantUnavailability(Array.from({ length: count }, () => region));
      const router = termsNamed(v, n, 'router');
      return availabilityPercentOf(
        router.length === 0 ? copies : seriesUnavailability([downOf(router[0]!), copies]),
      );
    },
  },
  commonCauseAvailability: {
    words:
      'one copy is enough, but a common-cause share β of the best copy’s downtime takes every copy down at once (a router, if any, in series): 1 − its share of time down, which counts that shared downtime and so limits what redundancy gives',
    symbols: '1 − u',
    unit: 'percent',
    compute: (v) => availabilityPercentOf(v[0]!),
  },
  nines: {
    words: 'nines: −log₁₀ of the share of time down',
    symbols: '−log₁₀ u',
    unit: 'nines',
    compute: (v) => ninesOf(v[0]!),
  },
  downtimeMinutes: {
    words: 'downtime a year: the share of time down × the minutes in a year',
    symbols: 'u · Y',
    unit: 'minutes-per-year',
    compute: (v) => v[0]!.times(v[1]!),
  },
  addedBudgets: {
    words:
      'the article’s figure: the sum of each critical dependency’s downtime a year (it counts twice the minutes when two are down at once)',
    symbols: 'Σ uᵢ · Y',
    unit: 'minutes-per-year',
    compute: (v, n) =>
      termsNamed(v, n, 'critical')
        .reduce((sum, u) => sum.plus(u), ZERO)
        .times(one(v, n, 'minutesPerYear')),
  },
  errorBudget: {
    words: 'the error budget: (1 − target) × the minutes in a year',
    symbols: '(1 − T) · Y',
    unit: 'minutes-per-year',
    compute: (v) => unavailabilityOfPercent(v[0]!).times(v[1]!),
  },
  leftForService: {
    words: 'left for the service’s own outages: the error budget − the minutes taken by dependencies',
    symbols: 'B − D',
    unit: 'minutes-per-year',
    compute: (v) => v[0]!.minus(v[1]!),
  },
  fullOutageEquivalents: {
    words: 'full-outage equivalents: the sum of each kind of outage’s count a year × its scope',
    symbols: 'Σ nᵢ · sᵢ',
    unit: 'count',
    compute: (v, n) => {
      const counts = termsNamed(v, n, 'count');
      const scopes = termsNamed(v, n, 'scope');
      return counts.reduce((sum, c, i) => sum.plus(c.times(scopes[i]!).div(100)), ZERO);
    },
  },
  minutesPerOutage: {
    words: 'minutes each outage may last, start to recovery: the minutes left ÷ the full-outage equivalents',
    symbols: 'L / E',
    unit: 'minutes',
    compute: (v) => (v[0]!.lt(0) || v[1]!.isZero() ? null : v[0]!.div(v[1]!)),
  },
} as const satisfies Record<string, DependencyFormula>;

/** The name of a formula of `DEPENDENCY_FORMULAS`. */
export type DependencyFormulaId = keyof typeof DEPENDENCY_FORMULAS;

/** A target the budget is split for: a scenario of the comparison, by id, with its label and availability. */
export interface DependencyTarget {
  id: string;
  label: string;
  availabilityPercent: number;
}

/** One target's budget figures' ids, and whether the ceiling reaches it (null: it cannot be told). */
export interface TargetFigures {
  target: DependencyTarget;
  budget: DependencyFigureId;
  dependencies: DependencyFigureId;
  dependenciesAdded: DependencyFigureId;
  left: DependencyFigureId;
  perOutage: DependencyFigureId;
  /** The engine's split of the budget (dependencies.ts `targetBudget`), or null when it cannot be computed. */
  split: TargetBudget | null;
  /** Whether the ceiling is at or above the target; null when the ceiling or the target cannot be computed. */
  reachable: boolean | null;
  /** The extra-nine flags for this target: critical parts with fewer nines than the target plus one. */
  flags: readonly ExtraNineFlag[];
}

/** Every figure of the dependencies, with the engine's evaluation and the per-target splits. */
export interface DependencyGraph {
  readonly figures: ReadonlyMap<DependencyFigureId, DependencyFigure>;
  /** The tree the figures are of. */
  readonly tree: DependencyTree;
  readonly evaluation: DependencyEvaluation;
  /** The ceiling's figures. */
  readonly ceiling: { availability: DependencyFigureId; unavailability: DependencyFigureId };
  readonly minutesPerYear: DependencyFigureId;
  readonly fullOutageEquivalents: DependencyFigureId;
  /** Per target, in the order given. */
  readonly targets: readonly TargetFigures[];
  /** The figure with this id; throws on an id the graph does not have (a programming error). */
  figure(id: DependencyFigureId): DependencyFigure;
}

/**
 * `dependencies.node.<id>.<name>`: a node's figure: `availability` (percent, every node), `unavailability`
 * (fraction), `nines`, `downtimeMinutes` (a year); a dependency's typed `availabilityPercent` (for one
 * given as a range, the range's best estimate, over its typed `availabilityLow` and `availabilityHigh`).
 */
export function nodeFigureId(nodeId: string, name: string): DependencyFigureId {
  return `dependencies.node.${nodeId}.${name}`;
}

/** `dependencies.target.<scenario id>.<name>`: a target's budget figure. */
export function targetFigureId(scenarioId: string, name: string): DependencyFigureId {
  return `dependencies.target.${scenarioId}.${name}`;
}

const NEEDS = 'it depends on a figure that has no value';

/** A whole number as subscript digits: 12 → "₁₂" (a₁₂ is the twelfth part's availability). */
function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]!);
}

/**
 * Builds the dependency graph of a tree under a period convention, for the given targets and own
 * outages. Each node has its availability (percent, an input for a dependency), unavailability
 * (fraction), nines and downtime minutes a year; the ceiling is the top-level group's; each target has
 * its error budget, the minutes taken by dependencies (the exact product, as `targetBudget` shows), the
 * article's added budgets, the minutes left, and the minutes each own outage may last. A node that
 * cannot be computed has null figures, with the engine's problem as the reason. Exact (40 significant
 * digits), no rounding.
 */
export function evaluateDependencyGraph(
  tree: DependencyTree,
  ownOutages: readonly OwnOutage[],
  targets: readonly DependencyTarget[],
  conventionId: PeriodConventionId,
): DependencyGraph {
  const evaluation = evaluateDependencies(tree);
  const figures = new Map<DependencyFigureId, DependencyFigure>();
  const add = (figure: DependencyFigure) => {
    if (figures.has(figure.id)) throw new Error(`dependency graph: ${figure.id} twice`);
    figures.set(figure.id, figure);
    return figure.id;
  };
  const figure = (id: DependencyFigureId) => {
    const found = figures.get(id);
    if (!found) throw new Error(`dependency graph: no figure ${id}`);
    return found;
  };
  const formula = (
    id: DependencyFigureId,
    label: string,
    formulaId: DependencyFormulaId,
    terms: readonly DependencyTerm[],
    never?: string,
    symbols?: string,
  ) => {
    const definition: DependencyFormula = DEPENDENCY_FORMULAS[formulaId];
    const values = terms.map((t) => figure(t.figure).value);
    const complete = values.every((v): v is Dec => v !== null);
    // A figure that lacks a term's value gives that term's reason (the dependency without an availability).
    const missing = terms.map((t) => figure(t.figure)).find((f) => f.value === null)?.never;
    const value = complete
      ? definition.compute(
          values,
          terms.map((t) => t.name),
        )
      : null;
    const reason = value === null ? (complete ? never : (missing ?? never ?? NEEDS)) : undefined;
    return add({
      id,
      label,
      unit: definition.unit,
      value,
      ...(reason ? { never: reason } : {}),
      source: { kind: 'formula', formula: formulaId, terms, ...(symbols ? { symbols } : {}) },
    });
  };
  const term = (name: string, symbol: string, figureId: DependencyFigureId): DependencyTerm => ({
    name,
    symbol,
    figure: figureId,
  });

  const year = add({
    id: 'dependencies.minutesPerYear',
    label: 'Minutes in a year',
    unit: 'minutes-per-year',
    value: minutesPerYear(conventionId),
    source: {
      kind: 'convention',
      convention: 'periodLengths',
      detail: PERIOD_CONVENTIONS[conventionId].description,
      chosenBy: 'periodConvention',
    },
  });

  /**
   * A dependency given as a range: its ends are inputs (`availabilityLow`, `availabilityHigh`) and its
   * availability the range's best estimate, a formula over them (the id a point availability has).
   */
  const rangeFigure = (
    name: string,
    id: (name: string) => DependencyFigureId,
    path: string,
    range: AvailabilityRange,
  ) => {
    const end = (which: 'low' | 'high') =>
      add({
        id: id(which === 'low' ? 'availabilityLow' : 'availabilityHigh'),
        label: `${which === 'low' ? 'Low' : 'High'} end of the availability of ${name}`,
        unit: 'percent',
        value: dec(range[which]),
        // Both ends are typed in the one field, as a range.
        source: {
          kind: 'input',
          input: `${path}.availabilityRange.${which}`,
          field: `Availability of ${name}`,
        },
      });
    return formula(id('availabilityPercent'), `Availability of ${name}`, 'rangeBestEstimate', [
      term('low', 'lo', end('low')),
      term('high', 'hi', end('high')),
    ]);
  };

  const problemOf = (node: DependencyNode) => {
    const outcome = evaluation.nodes.get(node.id);
    return outcome && !outcome.ok ? outcome.problems[0]?.message : undefined;
  };

  /**
   * A node's availability in percent, by the formula of its kind over its parts' availabilities, so
   * the explanation reads as Microsoft's composite SLAs do: a dependency's as typed; "all of" the
   * product a₁ × a₂; "any of" 1 − (1 − a₁) × (1 − a₂); regions (1 − (1 − a)^N) × a_router, with a
   * one region's availability (its parts in series). With a common-cause share above 0, 1 − its share
   * of time down (whose formula has β). Its parts' figures are added before it (children first).
   * A group's value is not computed again from its parts' availabilities (that agrees with the engine
   * to 40 significant digits, not exactly): it is 1 − its share of time down (`availabilityFrom`), the
   * engine's availability exactly; the page shows it from that share, which never rounds to 100 %.
   */
  const nodeAvailability = (node: DependencyNode, u: DependencyFigureId): DependencyFigureId => {
    /** The figure `id` by a formula over its parts, its value 1 − the share of time down `down`. */
    const availabilityFrom = (
      down: DependencyFigureId,
      id: DependencyFigureId,
      label: string,
      formulaId: DependencyFormulaId,
      terms: readonly DependencyTerm[],
      symbols: string | undefined,
    ) => {
      const { value, never } = figure(down);
      return add({
        id,
        label,
        unit: 'percent',
        value: value === null ? null : availabilityPercentOf(value),
        ...(value === null ? { never: never ?? NEEDS } : {}),
        source: { kind: 'formula', formula: formulaId, terms, ...(symbols ? { symbols } : {}) },
      });
    };
    const id = nodeFigureId(node.id, 'availability');
    const label = `Availability of ${node.name}`;
    const parts = (children: readonly DependencyNode[]) =>
      children.map((child, i) =>
        term('part', `a${subscript(i + 1)}`, nodeFigureId(child.id, 'availability')),
      );
    if (node.kind === 'dependency')
      return formula(id, label, 'asTyped', [
        term('availability', 'a', nodeFigureId(node.id, 'availabilityPercent')),
      ]);
    if (node.kind !== 'all-of' && node.commonCauseSharePercent !== 0)
      return formula(id, label, 'commonCauseAvailability', [term('unavailability', 'u', u)]);
    if (node.kind === 'all-of') {
      const terms = parts(node.children);
      return availabilityFrom(
        u,
        id,
        label,
        'allOf',
        terms,
        terms.map((t) => t.symbol).join(' × ') || undefined,
      );
    }
    if (node.kind === 'any-of') {
      const terms = parts(node.children);
      const symbols =
        terms.length > 0 ? `1 − ${terms.map((t) => `(1 − ${t.symbol})`).join(' × ')}` : undefined;
      return availabilityFrom(u, id, label, 'anyOf', terms, symbols);
    }
    const region = availabilityFrom(
      nodeFigureId(node.id, 'region.unavailability'),
      nodeFigureId(node.id, 'region.availability'),
      `Availability of one region of ${node.name}`,
      'allOf',
      parts(node.children),
      parts(node.children)
        .map((t) => t.symbol)
        .join(' × ') || undefined,
    );
    return availabilityFrom(
      u,
      id,
      label,
      'regionsAvailability',
      [
        term('region', 'a', region),
        term('regionCount', 'N', nodeFigureId(node.id, 'regionCount')),
        ...(node.router ? [term('router', 'a_router', nodeFigureId(node.router.id, 'availability'))] : []),
      ],
      node.router ? undefined : '1 − (1 − a)^N',
    );
  };
  /** Parts' shares of time down as terms u₁, u₂, … (a formula spelt out for them reads them one by one). */
  const indexed = (ids: readonly DependencyFigureId[], name: string) =>
    ids.map((c, i) => term(name, `u${subscript(i + 1)}`, c));
  /** A series spelt out: 1 − (1 − u₁) × (1 − u₂); one part is itself; none keeps the formula's symbols. */
  const seriesSymbols = (parts: readonly DependencyTerm[]) =>
    parts.length === 0
      ? undefined
      : parts.length === 1
        ? parts[0]!.symbol
        : `1 − ${parts.map((t) => `(1 − ${t.symbol})`).join(' × ')}`;
  /** Adds a node's figures (children first) and returns the id of its unavailability. */
  const visit = (node: DependencyNode, path: string): DependencyFigureId => {
    const id = (name: string) => nodeFigureId(node.id, name);
    let u: DependencyFigureId;
    if (node.kind === 'dependency') {
      const range = node.availabilityRange;
      const a = range
        ? rangeFigure(node.name, id, path, range)
        : add({
            id: id('availabilityPercent'),
            label: `Availability of ${node.name}`,
            unit: 'percent',
            value: node.availabilityPercent === null ? null : dec(node.availabilityPercent),
            ...(node.availabilityPercent === null ? { never: problemOf(node) ?? NEEDS } : {}),
            source: {
              kind: 'input',
              input: `${path}.availabilityPercent`,
              field: `Availability of ${node.name}`,
            },
          });
      u = formula(
        id('unavailability'),
        `Share of time ${node.name} is down`,
        'unavailability',
        [term('availability', 'a', a)],
        problemOf(node),
      );
    } else {
      const router = node.kind === 'regions' && node.router ? visit(node.router, `${path}.router`) : null;
      const children = node.children.map((child, i) => visit(child, `${path}.children.${i}`));
      const own = problemOf(node);
      const label = `Share of time ${node.name} is down`;
      if (node.kind === 'all-of') {
        const parts = indexed(children, 'part');
        u = formula(id('unavailability'), label, 'series', parts, own, seriesSymbols(parts));
      } else {
        const share = add({
          id: id('commonCauseSharePercent'),
          label: `Common-cause share of ${node.name}`,
          unit: 'percent',
          value: dec(node.commonCauseSharePercent),
          source: { kind: 'input', input: `${path}.commonCauseSharePercent` },
        });
        if (node.kind === 'any-of') {
          u = formula(
            id('unavailability'),
            label,
            'redundant',
            [
              // Independent copies: u₁ × u₂, spelt out; with a common cause the formula's own symbols.
              ...(node.commonCauseSharePercent === 0
                ? indexed(children, 'copy')
                : children.map((c) => term('copy', 'uᵢ', c))),
              term('commonCause', 'β', share),
            ],
            own,
            node.commonCauseSharePercent === 0 && children.length > 0
              ? indexed(children, 'copy')
                  .map((t) => t.symbol)
                  .join(' × ')
              : undefined,
          );
        } else {
          const region = formula(
            id('region.unavailability'),
            `Share of time one region of ${node.name} is down`,
            'series',
            indexed(children, 'part'),
            own,
            seriesSymbols(indexed(children, 'part')),
          );
          const count = add({
            id: id('regionCount'),
            label: `Regions of ${node.name}`,
            unit: 'count',
            value: dec(node.regionCount),
            source: { kind: 'input', input: `${path}.regionCount` },
          });
          u = formula(
            id('unavailability'),
            label,
            'regions',
            [
              term('region', 'uᵣ', region),
              term('regionCount', 'N', count),
              term('commonCause', 'β', share),
              ...(router ? [term('router', 'u_router', router)] : []),
            ],
            own,
          );
        }
      }
    }
    // A node the engine cannot compute (no availability, out of range, an empty group, a bad count or
    // share, or a part's problem) has no value, with the engine's first problem as the reason.
    const failed = evaluation.nodes.get(node.id)?.ok === false;
    if (failed) figures.set(u, { ...figure(u), value: null, never: problemOf(node) ?? NEEDS });
    const availability = nodeAvailability(node, u);
    if (failed)
      figures.set(availability, { ...figure(availability), value: null, never: problemOf(node) ?? NEEDS });
    formula(id('nines'), `Nines of ${node.name}`, 'nines', [term('unavailability', 'u', u)]);
    formula(id('downtimeMinutes'), `Downtime a year of ${node.name}`, 'downtimeMinutes', [
      term('unavailability', 'u', u),
      term('minutesPerYear', 'Y', year),
    ]);
    return u;
  };
  const rootU = visit(tree, 'dependencies.tree');
  const ceilingU = add({
    ...figure(rootU),
    id: 'dependencies.ceiling.unavailability',
    label: 'Share of time down from dependencies',
    ...(evaluation.root.ok ? {} : { value: null, never: evaluation.root.problems[0]!.message }),
  });
  const ceilingA = formula(
    'dependencies.ceiling.availabilityPercent',
    'Availability ceiling from dependencies',
    'availability',
    [term('unavailability', 'u', ceilingU)],
  );
  const dependenciesMinutes = formula(
    'dependencies.ceiling.downtimeMinutes',
    'Downtime a year from dependencies',
    'downtimeMinutes',
    [term('unavailability', 'u', ceilingU), term('minutesPerYear', 'Y', year)],
  );

  const outageTerms = ownOutages.flatMap((outage, i) => [
    term(
      'count',
      'nᵢ',
      add({
        id: `dependencies.ownOutages.${i}.count`,
        label: `Own outages a year, line ${i + 1}`,
        unit: 'count',
        value: Number.isFinite(outage.count) ? dec(outage.count) : null,
        source: { kind: 'input', input: `dependencies.ownOutages.${i}.count` },
      }),
    ),
    term(
      'scope',
      'sᵢ',
      add({
        id: `dependencies.ownOutages.${i}.scopePercent`,
        label: `Scope of own outages, line ${i + 1}`,
        unit: 'percent',
        value: Number.isFinite(outage.scopePercent) ? dec(outage.scopePercent) : null,
        source: { kind: 'input', input: `dependencies.ownOutages.${i}.scopePercent` },
      }),
    ),
  ]);
  const equivalents = formula(
    'dependencies.ownOutages.fullOutageEquivalents',
    'Full-outage equivalents a year',
    'fullOutageEquivalents',
    outageTerms,
  );

  const criticalTerms = evaluation.critical.map((item) =>
    term(
      'critical',
      'uᵢ',
      item.part === 'region-copies'
        ? // The copies without their router: the router is a critical item of its own.
          formula(
            nodeFigureId(item.nodeId, 'copies.unavailability'),
            `Share of time every region of ${item.name} is down`,
            'regions',
            [
              term('region', 'uᵣ', nodeFigureId(item.nodeId, 'region.unavailability')),
              term('regionCount', 'N', nodeFigureId(item.nodeId, 'regionCount')),
              term('commonCause', 'β', nodeFigureId(item.nodeId, 'commonCauseSharePercent')),
            ],
          )
        : nodeFigureId(item.nodeId, 'unavailability'),
    ),
  );

  // Copies the engine cannot compute (a bad region count or share) have no value, whatever the formula gives.
  for (const item of evaluation.critical)
    if (item.part === 'region-copies' && !item.outcome.ok) {
      const id = nodeFigureId(item.nodeId, 'copies.unavailability');
      figures.set(id, { ...figure(id), value: null, never: item.outcome.problems[0]!.message });
    }

  const targetFigures = targets.map((target): TargetFigures => {
    const id = (name: string) => targetFigureId(target.id, name);
    const at = `at ${target.label}`;
    const t = add({
      id: id('targetPercent'),
      label: `Target ${target.label}`,
      unit: 'percent',
      value: Number.isFinite(target.availabilityPercent) ? dec(target.availabilityPercent) : null,
      source: { kind: 'input', input: `scenarios.${target.id}.availabilityPercent` },
    });
    const budget = formula(id('budgetMinutes'), `Error budget a year ${at}`, 'errorBudget', [
      term('target', 'T', t),
      term('minutesPerYear', 'Y', year),
    ]);
    const taken = add({
      ...figure(dependenciesMinutes),
      id: id('dependenciesMinutes'),
      label: `Taken by dependencies ${at}`,
    });
    const added = formula(
      id('dependenciesAddedMinutes'),
      `Taken by dependencies ${at}, budgets added as the article does`,
      'addedBudgets',
      [...criticalTerms, term('minutesPerYear', 'Y', year)],
    );
    const left = formula(id('leftMinutes'), `Left for the service ${at}`, 'leftForService', [
      term('budget', 'B', budget),
      term('dependencies', 'D', taken),
    ]);
    const split = targetBudget(evaluation, target.availabilityPercent, conventionId, ownOutages);
    const perOutageNever = !split.ok
      ? undefined
      : split.perOutage.kind === 'target-above-ceiling'
        ? 'the dependencies alone take more than the error budget'
        : split.perOutage.kind === 'no-own-outages'
          ? 'no outages of the service’s own are expected'
          : undefined;
    const perOutage = formula(
      id('minutesPerOutage'),
      `Minutes per outage ${at}`,
      'minutesPerOutage',
      [term('left', 'L', left), term('equivalents', 'E', equivalents)],
      perOutageNever,
    );
    return {
      target,
      budget,
      dependencies: taken,
      dependenciesAdded: added,
      left,
      perOutage,
      split: split.ok ? split : null,
      reachable: split.ok ? split.reachable : null,
      flags: extraNineFlags(evaluation, target.availabilityPercent),
    };
  });

  return {
    figures,
    tree,
    evaluation,
    ceiling: { availability: ceilingA, unavailability: ceilingU },
    minutesPerYear: year,
    fullOutageEquivalents: equivalents,
    targets: targetFigures,
    figure,
  };
}

/**
 * Why a target cannot be reached, in words for the comparison table, or null when it can (or when
 * the ceiling cannot be computed yet): "above the 99.94 % ceiling from dependencies". `ceilingText`
 * is the ceiling as the page shows it (format's `formatAvailabilityFromUnavailability`).
 */
export function unreachableReason(
  figures: Pick<TargetFigures, 'reachable'>,
  ceilingText: string,
): string | null {
  return figures.reachable === false
    ? `unreachable: above the ${ceilingText} ceiling from dependencies`
    : null;
}

/**
 * Each critical dependency as a failure-mode-like row, for the failure-mode catalogue: its expected
 * bad minutes a year (its share of time down × the minutes in a year, full-outage equivalent) as
 * `ModeValues` of one incident a year, found at once, lasting those minutes, affecting everyone, so
 * that `badMinutesPerYear(values)` (failure-modes.ts) gives the same minutes. The critical items of
 * the evaluation (a redundant group as one row, a regions group as its router and its copies), in
 * tree order; items that cannot be computed are left out. Adding these rows to a catalogue adds the
 * dependencies' minutes, as the article adds their budgets: it counts twice the minutes two are down
 * at once, so it is conservative by at most the product's difference (see `targetBudget`). Exact.
 */
export function dependencyModeRows(
  evaluation: DependencyEvaluation,
  conventionId: PeriodConventionId,
): Array<{ id: string; name: string; badMinutesPerYear: Dec; values: ModeValues }> {
  const year = minutesPerYear(conventionId);
  return evaluation.critical.flatMap((item) => {
    if (!item.outcome.ok) return [];
    const minutes = item.outcome.unavailability.times(year);
    return [
      {
        id: `dependency.${item.nodeId}`,
        name: item.part === 'region-copies' ? `${item.name} (every region down)` : item.name,
        badMinutesPerYear: minutes,
        values: {
          incidentsPerYear: ONE,
          minutesToDetect: ZERO,
          minutesToRecover: minutes,
          shareAffected: ONE,
        },
      },
    ];
  });
}

/**
 * Why each target cannot be reached, by target id, for the comparison table: the targets above the
 * ceiling from dependencies (their error budget is smaller than the minutes the dependencies take),
 * each with `unreachableReason`'s words; `ceilingText` formats the ceiling's unavailability as the
 * page shows it. Empty while the ceiling cannot be computed. Exact comparisons (`targetBudget`).
 */
export function unreachableTargets(
  tree: DependencyTree,
  ownOutages: readonly OwnOutage[],
  targets: readonly DependencyTarget[],
  conventionId: PeriodConventionId,
  ceilingText: (unavailability: Dec) => string,
): Map<string, string> {
  const evaluation = evaluateDependencies(tree);
  if (!evaluation.root.ok) return new Map();
  const text = ceilingText(evaluation.root.unavailability);
  return new Map(
    targets.flatMap((target) => {
      const split = targetBudget(evaluation, target.availabilityPercent, conventionId, ownOutages);
      const reason = split.ok ? unreachableReason({ reachable: split.reachable }, text) : null;
      return reason === null ? [] : [[target.id, reason] as const];
    }),
  );
}
