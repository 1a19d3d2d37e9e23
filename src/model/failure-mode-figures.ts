import { Dec, dec, ZERO } from './decimal';
import {
  applyLever,
  availabilityFromBadMinutes,
  badMinutesPerYear,
  budgetOfTarget,
  combinedValue,
  failureModeProblems,
  FAILURE_MODE_FIELDS,
  leverProblems,
  minutesPerYear,
  modeValues,
  type FailureMode,
  type FailureModeField,
  type FixedMode,
  type Lever,
  type LeverEconomics,
  type ModeValues,
} from './failure-modes';
import { annuityInternalRateOfReturn } from './irr';
import { netPresentValue, simplePaybackYears } from './payback';
import { PERIOD_CONVENTIONS, type PeriodConventionId } from './periods';

/*
 * The failure modes' figures as a graph of their own, built the way the result graph and the
 * dependency graph are (id, label, unit, exact value, source: an input, a convention or a formula
 * over named terms), so the "explain this figure" dialog can show how each figure of the section is
 * computed. Each formula's words live here beside the function that computes it, and that function is
 * the engine's wherever the engine has one (failure-modes.ts: bad minutes, the levers' combined values,
 * the error budget, the availability; payback.ts and irr.ts), so the values equal those of
 * `evaluateCatalogue`, `budgetFigures`, `evaluateLever` and `evaluatePlan` exactly.
 */

/** A figure's id: `failureModes.` and a path, e.g. `failureModes.mode.m1.badMinutes`. */
export type FailureModeFigureId = `failureModes.${string}`;

/**
 * What a failure-mode figure measures: `share` is a fraction shown as a percentage (a share of a
 * budget, an IRR a year), `percent` a percentage (99.9 for 99.9 %), `count-per-year` incidents a year.
 */
export type FailureModeUnit =
  | 'percent'
  | 'share'
  | 'count-per-year'
  | 'minutes'
  | 'minutes-per-year'
  | 'hours-per-year'
  | 'money'
  | 'money-per-year'
  | 'money-per-hour'
  | 'years'
  | 'count';

/** A term of a formula: its name, the symbol its text uses, the figure it stands for. */
export interface FailureModeTerm {
  name: string;
  symbol: string;
  figure: FailureModeFigureId;
}

/** Where a figure comes from: a field as read (by its accessible name), the period convention, or a formula. */
export type FailureModeFigureSource =
  | { kind: 'input'; input: string }
  | { kind: 'convention'; detail: string }
  | { kind: 'formula'; formula: FailureModeFormulaId; terms: readonly FailureModeTerm[] };

/** One figure of the failure-mode graph. */
export interface FailureModeFigure {
  id: FailureModeFigureId;
  /** In words, with the mode's, lever's or target's own name: "Bad minutes a year of Network Partition". */
  label: string;
  unit: FailureModeUnit;
  /** Exact, never rounded; null when there is none, and then `never` says why. */
  value: Dec | null;
  never?: string;
  source: FailureModeFigureSource;
}

interface FailureModeFormula {
  readonly words: string;
  readonly symbols: string;
  readonly unit: FailureModeUnit;
  /** Computes from the terms' values in term order (variadic terms give several). Null = none. */
  readonly compute: (values: readonly Dec[], names: readonly string[]) => Dec | null;
  /** Why there is no value, when `compute` gives none. */
  readonly never?: string;
}

const named = (values: readonly Dec[], names: readonly string[], name: string) =>
  values.filter((_, i) => names[i] === name);
const sum = (values: readonly Dec[]) => values.reduce((total, v) => total.plus(v), ZERO);

/** A field's value after the plan's levers on one mode, from the terms `before` and `after` (`combinedValue`). */
const combined =
  (field: FailureModeField) =>
  (values: readonly Dec[], names: readonly string[]): Dec =>
    combinedValue(field, named(values, names, 'before')[0]!, named(values, names, 'after'));

/**
 * Every formula a failure-mode figure is computed with, in words and symbols (the words are what
 * the explanation shows; `compute` is what made the value, so the two cannot drift apart).
 */
export const FAILURE_MODE_FORMULAS = {
  badMinutes: {
    words:
      'bad minutes a year: incidents a year × (minutes to detect + minutes to recover) × the share of users affected (full-outage-equivalent minutes, as in Google’s risk-analysis sheet)',
    symbols: 'n · (d + r) · s',
    unit: 'minutes-per-year',
    compute: (v) =>
      badMinutesPerYear({
        incidentsPerYear: v[0]!,
        minutesToDetect: v[1]!,
        minutesToRecover: v[2]!,
        shareAffected: v[3]!,
      }),
  },
  dependencyMinutes: {
    words:
      'a dependency’s bad minutes a year, as one full outage a year found at once: its share of time down × the minutes in a year',
    symbols: 'u · Y',
    unit: 'minutes-per-year',
    compute: (v) => v[0]!.times(v[1]!),
  },
  total: {
    words: 'the catalogue’s bad minutes a year: the sum of every row’s',
    symbols: 'Σ bᵢ',
    unit: 'minutes-per-year',
    compute: (v) => sum(v),
  },
  availability: {
    words:
      'the availability the failure modes imply: 100 × (1 − their bad minutes a year ÷ the minutes in a year), 0 when they fill the year',
    symbols: '100 · (1 − min(1, M ÷ Y))',
    unit: 'percent',
    compute: (v) => availabilityFromBadMinutes(v[0]!, v[1]!),
  },
  downtimeHours: {
    words: 'downtime hours a year: the bad minutes a year ÷ 60',
    symbols: 'M ÷ 60',
    unit: 'hours-per-year',
    compute: (v) => v[0]!.div(60),
  },
  errorBudget: {
    words: 'the error budget: (1 − the target ÷ 100) × the minutes in a year',
    symbols: '(1 − T ÷ 100) · Y',
    unit: 'minutes-per-year',
    compute: (v) => budgetOfTarget(v[0]!, v[1]!),
  },
  shareOfBudget: {
    words: 'the share of the error budget a row takes: its bad minutes a year ÷ the budget',
    symbols: 'b ÷ B',
    unit: 'share',
    compute: (v) => v[0]!.div(v[1]!),
  },
  factorAfter: {
    words:
      'after the plan’s levers on this mode: each lever’s factor (its value after ÷ the value before) multiplies, so two halvings leave a quarter (from 0, the smallest value set wins)',
    symbols: 'x₀ · Π(xᵢ ÷ x₀)',
    unit: 'count-per-year',
    compute: combined('frequency'),
  },
  shareAfter: {
    words:
      'the share of users after the plan’s levers on this mode: each lever’s factor multiplies, never above 100 %',
    symbols: 'min(1, s₀ · Π(sᵢ ÷ s₀))',
    unit: 'share',
    compute: combined('usersAffected'),
  },
  shortestAfter: {
    words:
      'the time after the plan’s levers on this mode: the shortest any lever gives wins (two faster paths do not add up)',
    symbols: 'min(t₀ if no lever changes it, tᵢ)',
    unit: 'minutes',
    // Detect and recover share the rule: the shortest wins.
    compute: combined('timeToRecover'),
  },
  avoided: {
    words: 'bad minutes avoided a year: the bad minutes before − the bad minutes after',
    symbols: 'b₀ − b₁',
    unit: 'minutes-per-year',
    compute: (v, n) => sum(named(v, n, 'before')).minus(sum(named(v, n, 'after'))),
  },
  hoursAvoided: {
    words: 'downtime hours avoided a year: the bad minutes avoided ÷ 60',
    symbols: 'm ÷ 60',
    unit: 'hours-per-year',
    compute: (v) => v[0]!.div(60),
  },
  savings: {
    words: 'annual savings: the downtime hours avoided a year × the downtime cost per hour',
    symbols: 'h · c',
    unit: 'money-per-year',
    compute: (v) => v[0]!.times(v[1]!),
  },
  netBenefit: {
    words: 'net benefit a year: the annual savings − the annual run cost',
    symbols: 'S − R',
    unit: 'money-per-year',
    compute: (v) => v[0]!.minus(v[1]!),
  },
  payback: {
    words:
      'simple payback: the one-time cost ÷ the net benefit a year; never when the net benefit is not above 0',
    symbols: 'I ÷ N',
    unit: 'years',
    compute: (v) => simplePaybackYears(v[0]!, v[1]!),
    never: 'the savings do not cover the annual run cost',
  },
  npv: {
    words:
      'the NPV over the horizon: −the one-time cost now + the net benefit at the end of each year, discounted at the rate a year',
    symbols: '−I + Σₜ₌₁…T N ÷ (1 + ρ)ᵗ',
    unit: 'money',
    compute: (v) =>
      netPresentValue(
        v[2]!.div(100),
        v[0]!,
        Array.from({ length: v[3]!.toNumber() }, () => v[1]!),
      ),
  },
  irr: {
    words:
      'the internal rate of return: the yearly discount rate at which the NPV over the horizon is 0; none when no rate above −100 % and below 10,000 % makes it 0',
    symbols: 'ρ where −I + Σₜ₌₁…T N ÷ (1 + ρ)ᵗ = 0',
    unit: 'share',
    compute: (v) => annuityInternalRateOfReturn(v[0]!, v[1]!, v[2]!.toNumber()),
    never: 'no rate makes the NPV 0 (nothing invested, or the savings do not cover the run cost)',
  },
  sumOfSingles: {
    words:
      'the sum of what each lever in the plan would do alone (more than together when levers share a mode)',
    symbols: 'Σ mᵢ',
    unit: 'minutes-per-year',
    compute: (v) => sum(v),
  },
  sumOfSingleSavings: {
    words: 'the sum of each lever’s annual savings alone (more than together when levers share a mode)',
    symbols: 'Σ Sᵢ',
    unit: 'money-per-year',
    compute: (v) => sum(v),
  },
  sumOfCosts: {
    words: 'the plan’s one-time cost: the sum of its levers’ one-time costs',
    symbols: 'Σ Iᵢ',
    unit: 'money',
    compute: (v) => sum(v),
  },
  sumOfRunCosts: {
    words: 'the plan’s annual run cost: the sum of its levers’ annual run costs',
    symbols: 'Σ Rᵢ',
    unit: 'money-per-year',
    compute: (v) => sum(v),
  },
} as const satisfies Record<string, FailureModeFormula>;

/** The name of a formula of `FAILURE_MODE_FORMULAS`. */
export type FailureModeFormulaId = keyof typeof FAILURE_MODE_FORMULAS;

/** The names each row's fields and figures are called after: its name, or its number when blank or shared. */
export function uniqueRowNames(names: readonly string[], noun: string, rowWord: string): string[] {
  return names.map((name, index) => {
    const trimmed = name.trim();
    if (trimmed === '') return `${noun} ${index + 1}`;
    return names.some((other, i) => i !== index && other.trim() === trimmed)
      ? `${trimmed} (${rowWord} ${index + 1})`
      : trimmed;
  });
}

/** What the graph is built from: the catalogue as typed (model values), the joined dependencies, the levers. */
export interface FailureModeGraphInput {
  conventionId: PeriodConventionId;
  modes: readonly FailureMode[];
  /** The dependencies joined to the catalogue (each with its share of time down: `values.minutesToRecover` ÷ Y). */
  fixed: readonly FixedMode[];
  levers: readonly Lever[];
  planLeverIds: readonly string[];
  /** The target scenarios, in order. */
  targets: ReadonlyArray<{ id: string; label: string; availabilityPercent: number }>;
  economics: LeverEconomics;
}

/** Every figure of the failure modes. */
export interface FailureModeGraph {
  readonly figures: ReadonlyMap<FailureModeFigureId, FailureModeFigure>;
  /** The figure with this id; throws on an id the graph does not have (a programming error). */
  figure(id: FailureModeFigureId): FailureModeFigure;
}

/** `failureModes.mode.<id>.<name>`: a row's figure (`badMinutes`, `incidentsPerYear`, …). */
export const modeFigureId = (modeId: string, name: string): FailureModeFigureId =>
  `failureModes.mode.${modeId}.${name}`;
/** `failureModes.target.<scenario id>.mode.<id>.share`: a row's share of a target's budget. */
export const shareFigureId = (scenarioId: string, modeId: string): FailureModeFigureId =>
  `failureModes.target.${scenarioId}.mode.${modeId}.share`;
/** `failureModes.lever.<id>.<name>`: a lever's figure alone (`badMinutesAvoided`, `npv`, …). */
export const leverFigureId = (leverId: string, name: string): FailureModeFigureId =>
  `failureModes.lever.${leverId}.${name}`;
/** `failureModes.plan.<name>`: the plan's figure (`badMinutesAvoided`, `annualSavings`, …). */
export const planFigureId = (name: string): FailureModeFigureId => `failureModes.plan.${name}`;
/** The catalogue's availability, percent. */
export const CATALOGUE_AVAILABILITY: FailureModeFigureId = 'failureModes.catalogue.availabilityPercent';

const VALUE_NAMES: Record<FailureModeField, { key: keyof ModeValues; words: string; unit: FailureModeUnit }> =
  {
    frequency: { key: 'incidentsPerYear', words: 'Incidents a year', unit: 'count-per-year' },
    timeToDetect: { key: 'minutesToDetect', words: 'Minutes to detect', unit: 'minutes' },
    timeToRecover: { key: 'minutesToRecover', words: 'Minutes to recover', unit: 'minutes' },
    usersAffected: { key: 'shareAffected', words: 'Share of users affected', unit: 'share' },
  };
/**
 * The words of each mode field: the tables' column headings ("Frequency", "Frequency after"), and
 * the start of each field's accessible name ("Frequency of Network Partition", "Frequency after
 * Canary deploys"), which an input figure names as its source.
 */
export const FIELD_LABELS: Record<FailureModeField, string> = {
  frequency: 'Frequency',
  timeToDetect: 'Time to detect',
  timeToRecover: 'Time to recover',
  usersAffected: 'Users affected',
};
const NEEDS = 'it depends on a figure that has no value';
const COST_NEEDED = 'cost needed: the lever’s cost is not given yet';

/**
 * Builds the failure modes' graph: per row, its values as read and its bad minutes a year; the
 * catalogue's total, availability and downtime hours; per target, its error budget and each row's
 * share; per lever alone, its mode's values after, the bad minutes and hours avoided, the savings
 * and — with its costs — net benefit, payback, NPV and IRR; for the plan, each changed mode's values
 * after (levers combined as `combineLevers` says), the combined saving, the sums of the single ones,
 * its costs and money figures. Exact, not rounded; a figure without a value says why.
 */
export function evaluateFailureModeGraph(input: FailureModeGraphInput): FailureModeGraph {
  const { conventionId, economics } = input;
  const figures = new Map<FailureModeFigureId, FailureModeFigure>();
  const figure = (id: FailureModeFigureId) => {
    const found = figures.get(id);
    if (!found) throw new Error(`failure-mode graph: no figure ${id}`);
    return found;
  };
  const add = (f: FailureModeFigure) => {
    if (figures.has(f.id)) throw new Error(`failure-mode graph: ${f.id} twice`);
    figures.set(f.id, f);
    return f.id;
  };
  const value = (
    id: FailureModeFigureId,
    label: string,
    unit: FailureModeUnit,
    v: Dec | null,
    input: string,
    never?: string,
  ) =>
    add({
      id,
      label,
      unit,
      value: v,
      ...(v === null ? { never: never ?? NEEDS } : {}),
      source: { kind: 'input', input },
    });
  const formula = (
    id: FailureModeFigureId,
    label: string,
    formulaId: FailureModeFormulaId,
    terms: readonly FailureModeTerm[],
    never?: string,
  ) => {
    const definition: FailureModeFormula = FAILURE_MODE_FORMULAS[formulaId];
    const termFigures = terms.map((t) => figure(t.figure));
    const missing = termFigures.find((f) => f.value === null);
    const v = missing
      ? null
      : definition.compute(
          termFigures.map((f) => f.value!),
          terms.map((t) => t.name),
        );
    return add({
      id,
      label,
      unit: definition.unit,
      value: v,
      ...(v === null ? { never: missing?.never ?? never ?? definition.never ?? NEEDS } : {}),
      source: { kind: 'formula', formula: formulaId, terms },
    });
  };
  const term = (name: string, symbol: string, id: FailureModeFigureId): FailureModeTerm => ({
    name,
    symbol,
    figure: id,
  });

  const year = add({
    id: 'failureModes.minutesPerYear',
    label: 'Minutes in a year',
    unit: 'minutes-per-year',
    value: minutesPerYear(conventionId),
    source: { kind: 'convention', detail: PERIOD_CONVENTIONS[conventionId].description },
  });
  const costPerHour = value(
    'failureModes.downtimeCostPerHour',
    'Downtime cost per hour',
    'money-per-hour',
    dec(economics.downtimeCostPerHour),
    'Downtime cost per hour',
  );
  const rate = value(
    'failureModes.discountRatePercent',
    'Discount rate',
    'percent',
    dec(economics.discountRatePercent),
    'Discount rate',
  );
  const horizon = value(
    'failureModes.horizonYears',
    'Horizon in years',
    'count',
    dec(economics.horizonYears),
    'Horizon',
  );

  // The rows: the typed modes, then the dependencies.
  const modeNames = uniqueRowNames(
    input.modes.map((m) => m.name),
    'failure mode',
    'row',
  );
  const before = new Map<string, ModeValues | null>();
  const rowMinutes: FailureModeFigureId[] = [];
  input.modes.forEach((mode, index) => {
    const name = modeNames[index]!;
    const values = modeValues(mode, conventionId);
    before.set(mode.id, values);
    const problem = failureModeProblems(mode)[0];
    const ids = FAILURE_MODE_FIELDS.map((field) => {
      const { key, words, unit } = VALUE_NAMES[field];
      return value(
        modeFigureId(mode.id, key),
        `${words} of ${name}`,
        unit,
        values?.[key] ?? null,
        `${FIELD_LABELS[field]} of ${name}`,
        problem,
      );
    });
    rowMinutes.push(
      formula(modeFigureId(mode.id, 'badMinutes'), `Bad minutes a year of ${name}`, 'badMinutes', [
        term('incidents', 'n', ids[0]!),
        term('detect', 'd', ids[1]!),
        term('recover', 'r', ids[2]!),
        term('share', 's', ids[3]!),
      ]),
    );
  });
  for (const row of input.fixed) {
    const u = value(
      modeFigureId(row.id, 'unavailability'),
      `Share of time ${row.name} is down`,
      'share',
      row.values.minutesToRecover.div(minutesPerYear(conventionId)),
      `Availability of ${row.name}, under Dependencies`,
    );
    rowMinutes.push(
      formula(
        modeFigureId(row.id, 'badMinutes'),
        `Bad minutes a year of ${row.name} (from Dependencies)`,
        'dependencyMinutes',
        [term('unavailability', 'u', u), term('minutesPerYear', 'Y', year)],
      ),
    );
  }
  const total = formula(
    'failureModes.catalogue.badMinutes',
    'Bad minutes a year from failure modes',
    'total',
    rowMinutes.map((id) => term('row', 'bᵢ', id)),
  );
  formula(CATALOGUE_AVAILABILITY, 'Availability from failure modes', 'availability', [
    term('minutes', 'M', total),
    term('minutesPerYear', 'Y', year),
  ]);
  formula(
    'failureModes.catalogue.downtimeHours',
    'Downtime hours a year from failure modes',
    'downtimeHours',
    [term('minutes', 'M', total)],
  );

  const rowIds = [...input.modes.map((m) => m.id), ...input.fixed.map((f) => f.id)];
  for (const target of input.targets) {
    const t = value(
      `failureModes.target.${target.id}.targetPercent`,
      `Target ${target.label}`,
      'percent',
      Number.isFinite(target.availabilityPercent) ? dec(target.availabilityPercent) : null,
      `Availability of the target ${target.label}`,
    );
    const budget = formula(
      `failureModes.target.${target.id}.budgetMinutes`,
      `Error budget a year at ${target.label}`,
      'errorBudget',
      [term('target', 'T', t), term('minutesPerYear', 'Y', year)],
    );
    rowIds.forEach((rowId, i) => {
      const rowLabel = figure(rowMinutes[i]!).label.replace(/^Bad minutes a year of /, '');
      formula(
        shareFigureId(target.id, rowId),
        `Share of the budget at ${target.label} of ${rowLabel}`,
        'shareOfBudget',
        [term('minutes', 'b', rowMinutes[i]!), term('budget', 'B', budget)],
      );
    });
  }

  // Each lever alone, then the plan.
  const leverNames = uniqueRowNames(
    input.levers.map((l) => l.name),
    'lever',
    'lever',
  );
  const modeIndex = new Map(input.modes.map((m, i) => [m.id, i]));
  const money = (
    prefix: (name: string) => FailureModeFigureId,
    of: string,
    avoidedTerms: readonly FailureModeTerm[],
    investment: FailureModeFigureId,
    runCost: FailureModeFigureId,
  ) => {
    const avoided = formula(
      prefix('badMinutesAvoided'),
      `Bad minutes avoided a year ${of}`,
      'avoided',
      avoidedTerms,
    );
    const hours = formula(prefix('hoursAvoided'), `Downtime hours avoided a year ${of}`, 'hoursAvoided', [
      term('minutes', 'm', avoided),
    ]);
    const savings = formula(prefix('annualSavings'), `Annual savings ${of}`, 'savings', [
      term('hours', 'h', hours),
      term('costPerHour', 'c', costPerHour),
    ]);
    const net = formula(prefix('netAnnualBenefit'), `Net benefit a year ${of}`, 'netBenefit', [
      term('savings', 'S', savings),
      term('runCost', 'R', runCost),
    ]);
    formula(prefix('paybackYears'), `Payback ${of}`, 'payback', [
      term('investment', 'I', investment),
      term('net', 'N', net),
    ]);
    formula(prefix('npv'), `NPV ${of}`, 'npv', [
      term('investment', 'I', investment),
      term('net', 'N', net),
      term('rate', 'ρ', rate),
      term('horizon', 'T', horizon),
    ]);
    formula(prefix('irr'), `IRR ${of}`, 'irr', [
      term('investment', 'I', investment),
      term('net', 'N', net),
      term('horizon', 'T', horizon),
    ]);
    return avoided;
  };

  const leverAfter = new Map<string, Partial<Record<keyof ModeValues, FailureModeFigureId>>>();
  const singleAvoided: FailureModeFigureId[] = [];
  const singleSavings: FailureModeFigureId[] = [];
  input.levers.forEach((lever, index) => {
    const name = leverNames[index]!;
    const id = (n: string) => leverFigureId(lever.id, n);
    const i = modeIndex.get(lever.modeId);
    const values = i === undefined ? null : before.get(lever.modeId)!;
    const problem = [
      ...leverProblems(lever, input.modes),
      ...(i === undefined ? [] : failureModeProblems(input.modes[i]!)),
    ][0];
    const after =
      values === null || problem !== undefined ? null : applyLever(values, lever.after, conventionId);
    const afterIds: Partial<Record<keyof ModeValues, FailureModeFigureId>> = {};
    const afterTerms = FAILURE_MODE_FIELDS.map((field) => {
      const { key, words, unit } = VALUE_NAMES[field];
      const modeName = i === undefined ? 'its failure mode' : modeNames[i]!;
      const figureId =
        lever.after[field] === null && i !== undefined
          ? modeFigureId(lever.modeId, key)
          : value(
              id(`after.${key}`),
              `${words} of ${modeName} after ${name}`,
              unit,
              after?.[key] ?? null,
              `${FIELD_LABELS[field]} after ${name}`,
              problem,
            );
      if (lever.after[field] !== null) afterIds[key] = figureId;
      return figureId;
    });
    leverAfter.set(lever.id, afterIds);
    const badAfter = formula(id('badMinutesAfter'), `Bad minutes a year after ${name}`, 'badMinutes', [
      term('incidents', 'n', afterTerms[0]!),
      term('detect', 'd', afterTerms[1]!),
      term('recover', 'r', afterTerms[2]!),
      term('share', 's', afterTerms[3]!),
    ]);
    const cost = (key: 'oneTimeCost' | 'annualRunCost', words: string, unit: FailureModeUnit) =>
      value(
        id(key),
        `${words} of ${name}`,
        unit,
        lever[key] === null ? null : dec(lever[key]),
        `${words} of ${name}`,
        COST_NEEDED,
      );
    const investment = cost('oneTimeCost', 'One-time cost', 'money');
    const runCost = cost('annualRunCost', 'Annual run cost', 'money-per-year');
    const beforeTerm =
      i === undefined
        ? value(
            id('badMinutesBefore'),
            `Bad minutes a year before ${name}`,
            'minutes-per-year',
            null,
            `Failure mode ${name} changes`,
            problem,
          )
        : rowMinutes[i]!;
    singleAvoided.push(
      money(
        id,
        `of ${name}`,
        [term('before', 'b₀', beforeTerm), term('after', 'b₁', badAfter)],
        investment,
        runCost,
      ),
    );
    singleSavings.push(id('annualSavings'));
  });

  const planned = new Set(input.planLeverIds);
  const inPlan = input.levers.filter((l) => planned.has(l.id));
  if (inPlan.length > 0) {
    const usable = inPlan.filter(
      (l) => leverProblems(l, input.modes).length === 0 && modeIndex.has(l.modeId),
    );
    const touched = [...new Set(inPlan.map((l) => l.modeId))].filter((m) => modeIndex.has(m));
    const beforeTerms: FailureModeTerm[] = [];
    const afterTerms: FailureModeTerm[] = [];
    for (const modeId of touched) {
      const i = modeIndex.get(modeId)!;
      const name = modeNames[i]!;
      const onMode = usable.filter((l) => l.modeId === modeId);
      const fieldIds = FAILURE_MODE_FIELDS.map((field) => {
        const { key, words } = VALUE_NAMES[field];
        const changing = onMode.flatMap((l) => {
          const changed = leverAfter.get(l.id)![key];
          return changed === undefined ? [] : [changed];
        });
        const formulaId: FailureModeFormulaId =
          field === 'usersAffected' ? 'shareAfter' : field === 'frequency' ? 'factorAfter' : 'shortestAfter';
        const x = field === 'usersAffected' ? 's' : field === 'frequency' ? 'x' : 't';
        return formula(
          planFigureId(`mode.${modeId}.${key}`),
          `${words} of ${name} after the plan`,
          formulaId,
          [
            term('before', `${x}₀`, modeFigureId(modeId, key)),
            ...changing.map((c) => term('after', `${x}ᵢ`, c)),
          ],
        );
      });
      const after = formula(
        planFigureId(`mode.${modeId}.badMinutes`),
        `Bad minutes a year of ${name} after the plan`,
        'badMinutes',
        [
          term('incidents', 'n', fieldIds[0]!),
          term('detect', 'd', fieldIds[1]!),
          term('recover', 'r', fieldIds[2]!),
          term('share', 's', fieldIds[3]!),
        ],
      );
      beforeTerms.push(term('before', 'b₀', rowMinutes[i]!));
      afterTerms.push(term('after', 'b₁', after));
    }
    const planIndex = (l: Lever) => input.levers.indexOf(l);
    const costSum = (key: 'oneTimeCost' | 'annualRunCost', label: string) =>
      formula(
        planFigureId(key),
        label,
        key === 'oneTimeCost' ? 'sumOfCosts' : 'sumOfRunCosts',
        inPlan.map((l) => term('cost', key === 'oneTimeCost' ? 'Iᵢ' : 'Rᵢ', leverFigureId(l.id, key))),
      );
    const investment = costSum('oneTimeCost', 'One-time cost of the plan');
    const runCost = costSum('annualRunCost', 'Annual run cost of the plan');
    money(planFigureId, 'of the plan', [...beforeTerms, ...afterTerms], investment, runCost);
    formula(
      planFigureId('sumOfSingleBadMinutesAvoided'),
      'Bad minutes avoided a year by the plan’s levers one by one',
      'sumOfSingles',
      inPlan.map((l) => term('single', 'mᵢ', singleAvoided[planIndex(l)]!)),
    );
    formula(
      planFigureId('sumOfSingleAnnualSavings'),
      'Annual savings of the plan’s levers one by one',
      'sumOfSingleSavings',
      inPlan.map((l) => term('single', 'Sᵢ', singleSavings[planIndex(l)]!)),
    );
  }

  return { figures, figure };
}
