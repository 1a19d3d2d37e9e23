import { breakEvenPoints, paybackMonths, type BreakEvenSeries } from './break-even';
import type { CostRange } from './cost-range';
import { Dec, dec } from './decimal';
import type {
  ConventionId,
  CostEnd,
  CostEndFigureName,
  FigureId,
  InputPath,
  LateFormulaId,
  LevelFigureName,
  StepFigureName,
  Unit,
} from './figure';
import { FORMULAS, type FormulaId, type TermDefinition } from './formulas';
import { CALIBRATION_FROM_PERCENT, CALIBRATION_TO_PERCENT, costCurve, nines } from './investment';
import { PERIOD_CONVENTIONS, periodHours, type PeriodConventionId } from './periods';
import { scenarioLabel } from './scenario-label';
import { stepKind, type CalculatorInputs, type StepKind } from './scenarios';
import { curvePoints, TOTAL_COST_MAX_AVAILABILITY_PERCENT } from './total-cost-curve';
import { totalCostPoint, type TotalCostPoint } from './total-cost-point';

/** One named term of a figure's formula, in the formula's order. */
export interface FigureTerm {
  /** The term's name in the formula's definition (`before`, `after`). */
  name: string;
  /** The symbol the formula's text uses for it (`D₀`): replace it with the term's value to substitute. */
  symbol: string;
  /** The figure the term stands for (several figures for a variadic term, each a term of its own). */
  figure: FigureId;
}

/**
 * Where a figure comes from: an input (and where to edit it), a convention of the model (with the
 * text of the chosen variant, such as the period convention's description), or a formula of
 * `FORMULAS` (or a late formula, such as the IRR of irr-figures.ts) over other figures. Terms are ids, never text, so the graph costs little to build; text
 * is made only where a surface renders it.
 */
export type FigureSource =
  | { kind: 'input'; input: InputPath }
  | { kind: 'convention'; convention: ConventionId; detail?: string; chosenBy?: InputPath }
  | { kind: 'formula'; formula: FormulaId | LateFormulaId; terms: readonly FigureTerm[] };

/** One figure of the result graph. */
export interface Figure {
  id: FigureId;
  /** In words, with the scenario's own label: "Annual savings at 99.9 %". */
  label: string;
  unit: Unit;
  /** Exact, never rounded; null when there is no such figure (a payback that never comes), see `never`. */
  value: Dec | null;
  /** Why `value` is null ("the savings do not cover the extra run cost"); absent when it is not. */
  never?: string;
  source: FigureSource;
}

/** What a scenario is, besides its figures. */
export interface ScenarioInfo {
  id: string;
  label: string;
  /** Whether its investment is the rule's estimate or the user's own figure (a quote). */
  investmentSource: 'rule' | 'override';
  /** The level its marginal figures step from: the next-lower scenario, or today (scenarioId null). */
  stepFrom: { scenarioId: string | null; label: string };
  /** What kind of move the step from today is, and the marginal step (see `StepKind`), for its words. */
  kind: { vsBaseline: StepKind; marginal: StepKind };
  /**
   * Another scenario at least as available, no dearer to reach and no dearer to run, and strictly better
   * on one of those (the first in input order): this one should not be chosen. Null when none is.
   */
  dominatedBy: { id: string; label: string } | null;
}

/** Break-even lines of every scenario (input order) at the cost per hour and at the ends of its range. */
export interface BreakEvenLines {
  mid: BreakEvenSeries[];
  low: BreakEvenSeries[];
  high: BreakEvenSeries[];
}

/**
 * Every figure of one evaluation, each with its label, unit, exact value and source. Figures are
 * evaluated eagerly; the lines the charts draw (break-even, total-cost curve) on first read, so the
 * table's path pays only for the figures.
 */
export interface ResultGraph {
  /** Every figure by id, each after the figures its formula uses (inputs and conventions first). */
  readonly figures: ReadonlyMap<FigureId, Figure>;
  /** The scenarios' ids, input order. */
  readonly scenarioIds: readonly string[];
  /** The period convention the figures use (its hours are `convention.hoursPerYear` and `…PerMonth`). */
  readonly periodConvention: PeriodConventionId;
  /** The figure with this id; throws on an id the graph does not have (a programming error). */
  figure(id: FigureId): Figure;
  /** A figure's exact value (null = none, e.g. a payback that never comes). */
  value(id: FigureId): Dec | null;
  /** A scenario's label, investment source and marginal step; throws on an unknown id. */
  scenario(id: string): ScenarioInfo;
  /** The break-even lines (cumulative net benefit by month), computed on first call. */
  breakEven(): BreakEvenLines;
  /**
   * The rule's total-cost curve, ascending in nines: even samples plus today, every target's
   * availability (on the rule), the top and the optimum exactly, computed on first call.
   */
  totalCostCurve(): TotalCostPoint[];
}

/** The id of the scenario the plan of levers adds to the comparison (user scenarios are `s<n>`). */
export const PLAN_SCENARIO_ID = 'plan';

/**
 * What the failure modes give the comparison, worked out by failure-modes.ts (`evaluateCatalogue`,
 * `evaluatePlan`) from what the page chose. Exact figures; the graph takes them as given inputs.
 */
export interface FailureModeLevels {
  /** Today's availability from the catalogue, percent, 0 < a < 100; null = the typed one stays. */
  baselineAvailabilityPercent: Dec | null;
  /**
   * The plan of levers as a scenario "Plan": the catalogue's availability after the plan (percent,
   * 0 < a < 100), the sum of its levers' one-time costs and of their annual run costs; null = no row.
   */
  plan: { availabilityPercent: Dec; investment: Dec; annualRunCost: Dec } | null;
}

/** A scenario as the graph evaluates it: the user's, or the plan (exact values, its own input paths). */
interface GraphScenario {
  id: string;
  label: string;
  availabilityPercent: Dec;
  /** The user's or the plan's figure; null = the rule's estimate. */
  investment: Dec | null;
  annualRunCost: Dec;
  paths: { availabilityPercent: InputPath; investment: InputPath; annualRunCost: InputPath };
  /** How the investment's label says it is not the rule's. */
  investmentWords: string;
}

/** `baseline.<name>` for today (scenarioId null), else `scenario.<id>.<name>`. */
export function levelFigureId(scenarioId: string | null, name: LevelFigureName): FigureId {
  return scenarioId === null ? `baseline.${name}` : `scenario.${scenarioId}.${name}`;
}

/** A scenario's figure against today: `scenario.<id>.<name>`. */
export function scenarioFigureId(scenarioId: string, name: LevelFigureName | StepFigureName): FigureId {
  return `scenario.${scenarioId}.${name}`;
}

/** A scenario's figure against the next-lower level: `scenario.<id>.marginal.<name>`. */
export function marginalFigureId(scenarioId: string, name: StepFigureName): FigureId {
  return `scenario.${scenarioId}.marginal.${name}`;
}

/** A figure at an end of the cost-per-hour range: today's (scenarioId null) or a scenario's. */
export function costEndFigureId(scenarioId: string | null, end: CostEnd, name: CostEndFigureName): FigureId {
  return scenarioId === null ? `baseline.${end}.annualDowntimeCost` : `scenario.${scenarioId}.${end}.${name}`;
}

/** The figures `FORMULAS[F]` takes, by term name: one id each, a list for a variadic term. */
type TermIds<T extends readonly TermDefinition[]> = {
  [D in T[number] as D['name']]: D extends { variadic: true } ? readonly FigureId[] : FigureId;
};

const NEEDS_NEVER = 'it depends on a figure that has no value';

/** Collects figures; each formula figure is computed from the figures already added. */
class GraphBuilder {
  readonly figures = new Map<FigureId, Figure>();

  private add(figure: Figure): Figure {
    if (this.figures.has(figure.id)) throw new Error(`result graph: ${figure.id} twice`);
    this.figures.set(figure.id, figure);
    return figure;
  }

  input(id: FigureId, label: string, unit: Unit, input: InputPath, value: Dec): Figure {
    return this.add({ id, label, unit, value, source: { kind: 'input', input } });
  }

  convention(
    id: FigureId,
    label: string,
    unit: Unit,
    value: Dec,
    source: { convention: ConventionId; detail?: string; chosenBy?: InputPath },
  ): Figure {
    return this.add({ id, label, unit, value, source: { kind: 'convention', ...source } });
  }

  formula<F extends FormulaId>(
    id: FigureId,
    label: string,
    formulaId: F,
    ids: TermIds<(typeof FORMULAS)[F]['terms']>,
  ): Figure {
    const definition = FORMULAS[formulaId] as unknown as {
      unit: Unit;
      terms: readonly TermDefinition[];
      compute: (values: Record<string, Dec | Dec[]>) => Dec | null;
      never?: string | ((values: Record<string, Dec | Dec[]>) => string);
    };
    const given = ids as unknown as Record<string, FigureId | readonly FigureId[]>;
    const terms: FigureTerm[] = [];
    const values: Record<string, Dec | Dec[]> = {};
    let missing = false;
    const valueOf = (figure: FigureId) => {
      const value = this.figure(figure).value;
      if (value === null) missing = true;
      return value ?? new Dec(0);
    };
    for (const term of definition.terms) {
      const figure = given[term.name]!;
      if (typeof figure === 'string') {
        terms.push({ name: term.name, symbol: term.symbol, figure });
        values[term.name] = valueOf(figure);
      } else {
        for (const each of figure) terms.push({ name: term.name, symbol: term.symbol, figure: each });
        values[term.name] = figure.map(valueOf);
      }
    }
    const value = missing ? null : definition.compute(values);
    const figure: Figure = {
      id,
      label,
      unit: definition.unit,
      value,
      source: { kind: 'formula', formula: formulaId, terms },
    };
    if (value === null) {
      const never = definition.never;
      figure.never = missing
        ? NEEDS_NEVER
        : typeof never === 'function'
          ? never(values)
          : (never ?? NEEDS_NEVER);
    }
    return this.add(figure);
  }

  figure(id: FigureId): Figure {
    const figure = this.figures.get(id);
    if (!figure) throw new Error(`result graph: no figure ${id}`);
    return figure;
  }
}

/** Ids of one level's figures: today's or a scenario's, or a point of the total-cost curve. */
function levelIds(prefix: 'baseline' | `scenario.${string}` | 'totalCost.optimum') {
  return (name: LevelFigureName): FigureId => `${prefix}.${name}`;
}

/** Computed once when first asked for. */
function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

/**
 * Evaluates the model into one result graph: every figure the page and the exports show, as a node
 * with an id, a label, a unit, its exact value and its source. Inputs are plain numbers (currency
 * units, percent, years); `costRange` gives the low and high cost per hour (currency units an hour)
 * at which the cost-dependent figures are evaluated again. Conventions and formulas are those of
 * `evaluate` (scenarios.ts) and `totalCostCurve` (total-cost-curve.ts), and every value equals theirs
 * exactly; nothing is rounded.
 *
 * The graph holds: the inputs; the period lengths; the investment rule (annual infrastructure cost,
 * calibration, scale k); today's level; each scenario's level, its figures against today (savings,
 * investment by rule or the user's figure, run cost, net benefit, payback, NPV, discounted payback,
 * annualised investment and total annual cost), its marginal figures against the next-lower level,
 * and its cost-dependent figures at the low and high cost per hour; and the optimum of the rule's
 * total-cost curve. With `failureModes`, today's availability may come from the catalogue and the
 * plan of levers is one more scenario, "Plan" (id `PLAN_SCENARIO_ID`, after the user's), with every
 * figure a scenario has.
 */
export function evaluateResultGraph(
  inputs: CalculatorInputs,
  costRange: CostRange,
  failureModes: FailureModeLevels | null = null,
): ResultGraph {
  const b = new GraphBuilder();
  const convention = PERIOD_CONVENTIONS[inputs.periodConvention];
  const hours = periodHours(inputs.periodConvention);

  // ——— Inputs and conventions
  b.input(
    'input.downtimeCostPerHour',
    'Downtime cost per hour',
    'money-per-hour',
    'downtimeCostPerHour',
    dec(inputs.downtimeCostPerHour),
  );
  b.input(
    'input.downtimeCostPerHourLow',
    'Low cost per hour',
    'money-per-hour',
    'costRange.low',
    dec(costRange.low),
  );
  b.input(
    'input.downtimeCostPerHourHigh',
    'High cost per hour',
    'money-per-hour',
    'costRange.high',
    dec(costRange.high),
  );
  b.input(
    'input.monthlyInfraCost',
    'Monthly infrastructure cost',
    'money-per-month',
    'monthlyInfraCost',
    dec(inputs.monthlyInfraCost),
  );
  b.input('input.growthPerNine', 'Cost growth per nine', 'ratio', 'growthPerNine', dec(inputs.growthPerNine));
  b.input(
    'input.calibrationMultiple',
    'Cost from 99.5 % to 99.9 % (× annual infrastructure)',
    'ratio',
    'calibrationMultiple',
    dec(inputs.calibrationMultiple),
  );
  b.input('input.horizonYears', 'Horizon', 'years', 'horizonYears', dec(inputs.horizonYears));
  b.input(
    'input.discountRatePercent',
    'Discount rate',
    'percent-per-year',
    'discountRatePercent',
    dec(inputs.discountRatePercent),
  );
  const periods = {
    convention: 'periodLengths',
    detail: convention.description,
    chosenBy: 'periodConvention',
  } as const;
  b.convention('convention.hoursPerYear', 'Hours in a year', 'hours', hours.year, periods);
  b.convention('convention.hoursPerMonth', 'Hours in a month', 'hours', hours.month, periods);

  // ——— The investment rule
  b.formula('rule.annualInfraCost', 'Annual infrastructure cost', 'annualInfraCost', {
    monthlyInfraCost: 'input.monthlyInfraCost',
  });
  for (const [end, percent] of [
    ['calibrationFrom', CALIBRATION_FROM_PERCENT],
    ['calibrationTo', CALIBRATION_TO_PERCENT],
  ] as const) {
    const text = `${percent.toString()} %`;
    b.convention(`rule.${end}.availabilityPercent`, `Calibration point ${text}`, 'percent', percent, {
      convention: 'calibrationPoints',
    });
    b.formula(`rule.${end}.unavailability`, `Unavailability at ${text}`, 'unavailability', {
      availability: `rule.${end}.availabilityPercent`,
    });
    b.formula(`rule.${end}.ruleCurve`, `Rule’s cost curve at ${text}`, 'ruleCurve', {
      unavailability: `rule.${end}.unavailability`,
      growthPerNine: 'input.growthPerNine',
    });
  }
  b.formula('rule.calibrationStep', 'Calibration step of the cost curve', 'calibrationStep', {
    to: 'rule.calibrationTo.ruleCurve',
    from: 'rule.calibrationFrom.ruleCurve',
  });
  b.formula('rule.scale', 'Scale k of the investment rule', 'investmentScale', {
    calibrationMultiple: 'input.calibrationMultiple',
    annualInfraCost: 'rule.annualInfraCost',
    calibrationStep: 'rule.calibrationStep',
  });

  /** Availability-only figures of a level: unavailability, nines, downtime, annual downtime cost, rule curve. */
  function levelFigures(id: (name: LevelFigureName) => FigureId, where: string) {
    b.formula(id('unavailability'), `Unavailability ${where}`, 'unavailability', {
      availability: id('availabilityPercent'),
    });
    b.formula(id('nines'), `Nines ${where}`, 'nines', { unavailability: id('unavailability') });
    b.formula(id('downtimeHoursPerMonth'), `Downtime a month ${where}`, 'downtimeHoursPerMonth', {
      unavailability: id('unavailability'),
      hoursPerMonth: 'convention.hoursPerMonth',
    });
    b.formula(id('downtimeHoursPerYear'), `Downtime a year ${where}`, 'downtimeHoursPerYear', {
      unavailability: id('unavailability'),
      hoursPerYear: 'convention.hoursPerYear',
    });
    b.formula(id('annualDowntimeCost'), `Annual downtime cost ${where}`, 'annualDowntimeCost', {
      downtimeHours: id('downtimeHoursPerYear'),
      costPerHour: 'input.downtimeCostPerHour',
    });
    b.formula(id('ruleCurve'), `Rule’s cost curve ${where}`, 'ruleCurve', {
      unavailability: id('unavailability'),
      growthPerNine: 'input.growthPerNine',
    });
  }

  /** Annualised investment and total annual cost of a level (the total-cost chart's figures). */
  function totalCostFigures(id: (name: LevelFigureName) => FigureId, where: string) {
    b.formula(id('annualisedInvestment'), `Annualised investment ${where}`, 'annualisedInvestment', {
      investment: id('investment'),
      horizonYears: 'input.horizonYears',
    });
    b.formula(id('totalAnnualCost'), `Total annual cost ${where}`, 'totalAnnualCost', {
      annualDowntimeCost: id('annualDowntimeCost'),
      annualisedInvestment: id('annualisedInvestment'),
      annualRunCost: id('annualRunCost'),
    });
  }

  // ——— Today
  const today = levelIds('baseline');
  const fromModes = failureModes?.baselineAvailabilityPercent ?? null;
  if (fromModes === null)
    b.input(
      today('availabilityPercent'),
      'Availability today',
      'percent',
      'baselineAvailabilityPercent',
      dec(inputs.baselineAvailabilityPercent),
    );
  else
    b.input(
      today('availabilityPercent'),
      'Availability today (from the failure modes)',
      'percent',
      'failureModes.availabilityPercent',
      fromModes,
    );
  levelFigures(today, 'today');
  b.convention(today('investment'), 'Investment today', 'money', new Dec(0), {
    convention: 'todayNeedsNothing',
  });
  b.convention(today('annualRunCost'), 'Extra run cost a year today', 'money-per-year', new Dec(0), {
    convention: 'todayNeedsNothing',
  });
  totalCostFigures(today, 'today');
  for (const end of ['lowCost', 'highCost'] as const) {
    b.formula(
      costEndFigureId(null, end, 'annualDowntimeCost'),
      `Annual downtime cost today, at the ${end === 'lowCost' ? 'low' : 'high'} cost per hour`,
      'annualDowntimeCost',
      {
        downtimeHours: today('downtimeHoursPerYear'),
        costPerHour: end === 'lowCost' ? 'input.downtimeCostPerHourLow' : 'input.downtimeCostPerHourHigh',
      },
    );
  }

  // ——— Each scenario's level and its figures against today
  const plan = failureModes?.plan ?? null;
  const scenarioList: GraphScenario[] = [
    ...inputs.scenarios.map((scenario) => ({
      id: scenario.id,
      label: scenarioLabel(scenario),
      availabilityPercent: dec(scenario.availabilityPercent),
      investment: scenario.investmentOverride === null ? null : dec(scenario.investmentOverride),
      annualRunCost: dec(scenario.annualRunCost),
      paths: {
        availabilityPercent: `scenarios.${scenario.id}.availabilityPercent`,
        investment: `scenarios.${scenario.id}.investmentOverride`,
        annualRunCost: `scenarios.${scenario.id}.annualRunCost`,
      } as const,
      investmentWords: 'your figure',
    })),
    ...(plan === null
      ? []
      : [
          {
            id: PLAN_SCENARIO_ID,
            label: 'Plan',
            ...plan,
            paths: {
              availabilityPercent: 'failureModes.plan.availabilityPercent',
              investment: 'failureModes.plan.investment',
              annualRunCost: 'failureModes.plan.annualRunCost',
            } as const,
            investmentWords: 'the levers’ one-time costs',
          },
        ]),
  ];
  const scenarioIds = scenarioList.map((s) => s.id);
  for (const scenario of scenarioList) {
    const at = `at ${scenario.label}`;
    const s = levelIds(`scenario.${scenario.id}`);
    b.input(
      s('availabilityPercent'),
      `Availability ${at}`,
      'percent',
      scenario.paths.availabilityPercent,
      scenario.availabilityPercent,
    );
    levelFigures(s, at);
    b.formula(s('ruleInvestment'), `Rule’s investment estimate ${at}`, 'ruleInvestment', {
      scale: 'rule.scale',
      targetCurve: s('ruleCurve'),
      baselineCurve: today('ruleCurve'),
    });
    if (scenario.investment === null) {
      b.formula(s('investment'), `Investment ${at}`, 'investmentByRule', {
        ruleInvestment: s('ruleInvestment'),
      });
    } else {
      b.input(
        s('investment'),
        `Investment ${at} (${scenario.investmentWords})`,
        'money',
        scenario.paths.investment,
        scenario.investment,
      );
    }
    b.input(
      s('annualRunCost'),
      `Extra run cost a year ${at}`,
      'money-per-year',
      scenario.paths.annualRunCost,
      scenario.annualRunCost,
    );
    stepFigures(
      (name) => scenarioFigureId(scenario.id, name),
      at,
      { annualDowntimeCost: today('annualDowntimeCost'), investment: null, annualRunCost: null },
      s,
    );
    totalCostFigures(s, at);
    for (const end of ['lowCost', 'highCost'] as const) {
      const id = (name: CostEndFigureName) => costEndFigureId(scenario.id, end, name);
      const where = `${at}, at the ${end === 'lowCost' ? 'low' : 'high'} cost per hour`;
      b.formula(id('annualDowntimeCost'), `Annual downtime cost ${where}`, 'annualDowntimeCost', {
        downtimeHours: s('downtimeHoursPerYear'),
        costPerHour: end === 'lowCost' ? 'input.downtimeCostPerHourLow' : 'input.downtimeCostPerHourHigh',
      });
      b.formula(id('annualSavings'), `Annual savings ${where}`, 'annualSavings', {
        before: costEndFigureId(null, end, 'annualDowntimeCost'),
        after: id('annualDowntimeCost'),
      });
      b.formula(id('netAnnualBenefit'), `Net annual benefit ${where}`, 'netAnnualBenefit', {
        savings: id('annualSavings'),
        runCost: s('annualRunCost'),
      });
      b.formula(id('paybackYears'), `Payback ${where}`, 'paybackYears', {
        investment: s('investment'),
        netAnnualBenefit: id('netAnnualBenefit'),
      });
    }
  }

  /**
   * The figures of a step to level `to` from a level with the given figures. Against today the
   * investment and run cost are the level's own (today has none), so `from.investment` and
   * `from.annualRunCost` are null and no difference is taken; the marginal step takes them.
   */
  function stepFigures(
    id: (name: StepFigureName) => FigureId,
    at: string,
    from: { annualDowntimeCost: FigureId; investment: FigureId | null; annualRunCost: FigureId | null },
    to: (name: LevelFigureName) => FigureId,
  ) {
    b.formula(id('annualSavings'), `Annual savings ${at}`, 'annualSavings', {
      before: from.annualDowntimeCost,
      after: to('annualDowntimeCost'),
    });
    if (from.investment !== null) {
      b.formula(id('investment'), `Investment ${at}`, 'stepInvestment', {
        to: to('investment'),
        from: from.investment,
      });
    }
    if (from.annualRunCost !== null) {
      b.formula(id('annualRunCost'), `Extra run cost a year ${at}`, 'stepRunCost', {
        to: to('annualRunCost'),
        from: from.annualRunCost,
      });
    }
    b.formula(id('netAnnualBenefit'), `Net annual benefit ${at}`, 'netAnnualBenefit', {
      savings: id('annualSavings'),
      runCost: id('annualRunCost'),
    });
    b.formula(id('paybackYears'), `Payback ${at}`, 'paybackYears', {
      investment: id('investment'),
      netAnnualBenefit: id('netAnnualBenefit'),
    });
    b.formula(id('npv'), `NPV ${at}`, 'npv', {
      investment: id('investment'),
      netAnnualBenefit: id('netAnnualBenefit'),
      horizonYears: 'input.horizonYears',
      discountRatePercent: 'input.discountRatePercent',
    });
    b.formula(id('discountedPaybackYears'), `Discounted payback ${at}`, 'discountedPaybackYears', {
      netAnnualBenefit: id('netAnnualBenefit'),
      discountRatePercent: 'input.discountRatePercent',
      investment: id('investment'),
    });
  }

  // ——— Marginal steps: each scenario against the one ranked just below it by availability (ties by input order)
  const ranked = scenarioList
    .map((scenario, index) => ({ scenario, index, percent: scenario.availabilityPercent }))
    .sort((x, y) => x.percent.comparedTo(y.percent) || x.index - y.index);
  const stepFrom = new Map<string, ScenarioInfo['stepFrom']>();
  ranked.forEach(({ scenario }, rank) => {
    const previous = rank === 0 ? null : ranked[rank - 1]!.scenario;
    const from = levelIds(previous === null ? 'baseline' : `scenario.${previous.id}`);
    stepFrom.set(scenario.id, {
      scenarioId: previous?.id ?? null,
      label: previous ? previous.label : 'Today',
    });
    stepFigures(
      (name) => marginalFigureId(scenario.id, name),
      `of the step ${previous ? previous.label : 'today'} → ${scenario.label}`,
      {
        annualDowntimeCost: from('annualDowntimeCost'),
        investment: from('investment'),
        annualRunCost: from('annualRunCost'),
      },
      levelIds(`scenario.${scenario.id}`),
    );
  });

  // ——— The optimum of the rule's total-cost curve
  b.convention(
    'totalCost.top.defaultPercent',
    'Five nines',
    'percent',
    dec(TOTAL_COST_MAX_AVAILABILITY_PERCENT),
    {
      convention: 'curveTop',
    },
  );
  b.formula('totalCost.top.availabilityPercent', 'Top of the total-cost curve', 'curveTop', {
    defaultTop: 'totalCost.top.defaultPercent',
    today: today('availabilityPercent'),
    targets: scenarioIds.map((id) => scenarioFigureId(id, 'availabilityPercent')),
  });
  b.formula(
    'totalCost.top.unavailability',
    'Unavailability at the top of the total-cost curve',
    'unavailability',
    {
      availability: 'totalCost.top.availabilityPercent',
    },
  );
  const optimum = levelIds('totalCost.optimum');
  const cheapest = 'at the cost-optimal availability';
  b.formula(optimum('unavailability'), `Unavailability ${cheapest}`, 'costOptimalUnavailability', {
    scale: 'rule.scale',
    growthPerNine: 'input.growthPerNine',
    horizonYears: 'input.horizonYears',
    costPerHour: 'input.downtimeCostPerHour',
    hoursPerYear: 'convention.hoursPerYear',
    topUnavailability: 'totalCost.top.unavailability',
    baselineUnavailability: today('unavailability'),
  });
  b.formula(optimum('availabilityPercent'), 'Cost-optimal availability', 'costOptimalAvailability', {
    unavailability: optimum('unavailability'),
    baselineUnavailability: today('unavailability'),
    baselineAvailability: today('availabilityPercent'),
    topUnavailability: 'totalCost.top.unavailability',
    topAvailability: 'totalCost.top.availabilityPercent',
  });
  b.formula(optimum('nines'), `Nines ${cheapest}`, 'nines', { unavailability: optimum('unavailability') });
  b.formula(optimum('downtimeHoursPerYear'), `Downtime a year ${cheapest}`, 'downtimeHoursPerYear', {
    unavailability: optimum('unavailability'),
    hoursPerYear: 'convention.hoursPerYear',
  });
  b.formula(optimum('annualDowntimeCost'), `Annual downtime cost ${cheapest}`, 'annualDowntimeCost', {
    downtimeHours: optimum('downtimeHoursPerYear'),
    costPerHour: 'input.downtimeCostPerHour',
  });
  b.formula(optimum('ruleCurve'), `Rule’s cost curve ${cheapest}`, 'ruleCurve', {
    unavailability: optimum('unavailability'),
    growthPerNine: 'input.growthPerNine',
  });
  b.formula(optimum('investment'), `Rule’s investment ${cheapest}`, 'ruleInvestment', {
    scale: 'rule.scale',
    targetCurve: optimum('ruleCurve'),
    baselineCurve: today('ruleCurve'),
  });
  b.convention(optimum('annualRunCost'), `Extra run cost a year ${cheapest}`, 'money-per-year', new Dec(0), {
    convention: 'curveWithoutRunCost',
  });
  totalCostFigures(optimum, cheapest);

  const figures = b.figures;
  const valueOf = (id: FigureId) => b.figure(id).value!;
  const kindOf = (id: (name: StepFigureName) => FigureId) =>
    stepKind({ investment: valueOf(id('investment')), netAnnualBenefit: valueOf(id('netAnnualBenefit')) });
  const dominatorOf = (id: string) => {
    const own = (of: string, name: LevelFigureName) => valueOf(scenarioFigureId(of, name));
    const other = scenarioList.find((o) => {
      if (o.id === id) return false;
      const [a, i, r] = (['availabilityPercent', 'investment', 'annualRunCost'] as const).map((name) =>
        own(o.id, name).comparedTo(own(id, name)),
      ) as [number, number, number];
      return a >= 0 && i <= 0 && r <= 0 && (a > 0 || i < 0 || r < 0);
    });
    return other ? { id: other.id, label: other.label } : null;
  };
  const scenarios = new Map<string, ScenarioInfo>(
    scenarioList.map((scenario) => [
      scenario.id,
      {
        id: scenario.id,
        label: scenario.label,
        investmentSource: scenario.investment === null ? 'rule' : 'override',
        stepFrom: stepFrom.get(scenario.id)!,
        kind: {
          vsBaseline: kindOf((name) => scenarioFigureId(scenario.id, name)),
          marginal: kindOf((name) => marginalFigureId(scenario.id, name)),
        },
        dominatedBy: dominatorOf(scenario.id),
      },
    ]),
  );

  const breakEven = once((): BreakEvenLines => {
    const line = (id: string, netAnnualBenefit: FigureId, payback: FigureId): BreakEvenSeries => {
      const investment = valueOf(scenarioFigureId(id, 'investment'));
      const benefit = valueOf(netAnnualBenefit);
      return {
        id,
        label: scenarios.get(id)!.label,
        investment,
        netAnnualBenefit: benefit,
        paybackMonths: paybackMonths(b.figure(payback).value),
        points: breakEvenPoints(investment, benefit, inputs.horizonYears),
      };
    };
    const atEnd = (end: CostEnd) =>
      scenarioIds.map((id) =>
        line(id, costEndFigureId(id, end, 'netAnnualBenefit'), costEndFigureId(id, end, 'paybackYears')),
      );
    return {
      mid: scenarioIds.map((id) =>
        line(id, scenarioFigureId(id, 'netAnnualBenefit'), scenarioFigureId(id, 'paybackYears')),
      ),
      low: atEnd('lowCost'),
      high: atEnd('highCost'),
    };
  });

  const totalCostCurve = once((): TotalCostPoint[] => {
    const terms = {
      hoursPerYear: valueOf('convention.hoursPerYear'),
      costPerHour: valueOf('input.downtimeCostPerHour'),
      horizonYears: valueOf('input.horizonYears'),
      scale: valueOf('rule.scale'),
      baselineCurve: valueOf(today('ruleCurve')),
    };
    /** The rule's point at a level: its own investment and run cost play no part on the curve. */
    const rulePoint = (id: (name: LevelFigureName) => FigureId) =>
      totalCostPoint(
        terms,
        valueOf(id('unavailability')),
        valueOf(id('nines')),
        valueOf(id('ruleCurve')),
        valueOf(id('availabilityPercent')),
      );
    const levels = [today, ...scenarioIds.map((id) => levelIds(`scenario.${id}`))];
    const topPercent = valueOf('totalCost.top.availabilityPercent');
    const top = totalCostPoint(
      terms,
      valueOf('totalCost.top.unavailability'),
      nines(topPercent),
      costCurve(topPercent, valueOf('input.growthPerNine')),
      topPercent,
    );
    const special = [...levels.map(rulePoint), top, rulePoint(optimum)];
    const lowPercent = Dec.min(...levels.map((id) => valueOf(id('availabilityPercent'))));
    return curvePoints(terms, valueOf('input.growthPerNine'), lowPercent, topPercent, special);
  });

  return {
    figures,
    scenarioIds,
    periodConvention: inputs.periodConvention,
    figure: (id) => b.figure(id),
    value: (id) => b.figure(id).value,
    scenario: (id) => {
      const info = scenarios.get(id);
      if (!info) throw new Error(`result graph: no scenario ${id}`);
      return info;
    },
    breakEven,
    totalCostCurve,
  };
}
