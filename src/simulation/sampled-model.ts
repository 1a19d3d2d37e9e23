import { plainScenarioLabel } from './plain-label';
import type { PeriodConventionId } from '../model/periods';
import type { CalculatorInputs, ScenarioInput } from '../model/scenarios';

/**
 * The float64 twin of the exact model (src/model/scenarios.ts `evaluate`): the same formulas over
 * columns of runs, so that ten thousand runs cost milliseconds. decimal.js stays the source of every
 * deterministic figure; a test pins this twin to it (equal within 1e-9 relative with every range
 * collapsed to a point). Money in currency units, time in years, availabilities in percent.
 * "Never" (a payback that never comes) is +Infinity inside the columns only; summaries turn it into null.
 */

/** Hours in a year under each period convention (model/periods.ts: 360, 365 and 365.2425 days × 24). */
export const YEAR_HOURS: Record<PeriodConventionId, number> = {
  seed: 8640,
  calendar: 8760,
  gregorian: 8765.82,
};

/** The two calibration points of the investment rule (model/investment.ts), percent. */
const CALIBRATION_FROM_PERCENT = 99.5;
const CALIBRATION_TO_PERCENT = 99.9;

/** Decimal places of a number as the exact model reads it (decimal.js takes its shortest text); null in exponent form. */
function decimalPlaces(value: number): number | null {
  const text = String(value);
  if (/e/i.test(text)) return null;
  return text.split('.')[1]?.length ?? 0;
}

/**
 * a − b for two numbers the exact model reads as decimals, rounded back to their decimal places so
 * that 100 − 99.9 is 0.1 (as decimal.js has it) and not 0.09999999999999432: the cancellation
 * would otherwise cost 1e-12 relative at three nines and 1e-9 at seven.
 */
function decimalDifference(a: number, b: number): number {
  const raw = a - b;
  const placesA = decimalPlaces(a);
  const placesB = decimalPlaces(b);
  if (placesA === null || placesB === null) return raw;
  const places = Math.max(placesA, placesB);
  return places <= 12 ? Number(raw.toFixed(places)) : raw;
}

/** Downtime as a fraction of the time, (100 − a) / 100, for an availability in percent. */
export function unavailabilityOf(availabilityPercent: number): number {
  return decimalDifference(100, availabilityPercent) / 100;
}

/** The rule's cost curve g^n(a) = (1 − a)^(−log10 g), dimensionless (model/investment.ts `costCurve`), of an unavailability (fraction). */
function costCurve(unavailability: number, growthPerNine: number): number {
  return unavailability ** -Math.log10(growthPerNine);
}

/** The id of the plan of levers as a scenario (model/result-graph.ts `PLAN_SCENARIO_ID`; a test pins them equal). */
export const PLAN_ID = 'plan';

/**
 * The investment rule in float64 (model/investment.ts `ruleInvestment`), currency units:
 * k · (g^n(target) − g^n(today)) with k set so that 99.5 % → 99.9 % costs calibrationMultiple ×
 * 12 × monthlyInfraCost; 0 when the target is not above today.
 */
export function ruleInvestmentOf(
  inputs: Pick<
    CalculatorInputs,
    'baselineAvailabilityPercent' | 'monthlyInfraCost' | 'growthPerNine' | 'calibrationMultiple'
  >,
  targetPercent: number,
): number {
  return ruleInvestmentFromUnavailability(
    inputs,
    unavailabilityOf(targetPercent),
    unavailabilityOf(inputs.baselineAvailabilityPercent),
  );
}

/** `ruleInvestmentOf` from the target's and today's unavailability (fractions), currency units. */
export function ruleInvestmentFromUnavailability(
  inputs: Pick<CalculatorInputs, 'monthlyInfraCost' | 'growthPerNine' | 'calibrationMultiple'>,
  targetUnavailability: number,
  todayUnavailability: number,
): number {
  const g = inputs.growthPerNine;
  const diff = costCurve(targetUnavailability, g) - costCurve(todayUnavailability, g);
  if (!(diff > 0)) return 0;
  const step =
    costCurve(unavailabilityOf(CALIBRATION_TO_PERCENT), g) -
    costCurve(unavailabilityOf(CALIBRATION_FROM_PERCENT), g);
  return ((inputs.calibrationMultiple * inputs.monthlyInfraCost * 12) / step) * diff;
}

/** The investment a scenario carries as a point: its quote when given, else the rule (model `scenarioInvestment`). */
export function scenarioInvestmentOf(inputs: CalculatorInputs, scenario: ScenarioInput): number {
  return scenario.investmentOverride ?? ruleInvestmentOf(inputs, scenario.availabilityPercent);
}

/** Σₜ (1 + r)^−t for t = 1…horizon: NPV = −investment + net annual benefit × this. r in percent. */
export function annuityFactor(horizonYears: number, discountRatePercent: number): number {
  const discount = 1 / (1 + discountRatePercent / 100);
  let factor = 0;
  let weight = 1;
  for (let year = 1; year <= horizonYears; year += 1) {
    weight *= discount;
    factor += weight;
  }
  return factor;
}

/**
 * The values of the uncertain inputs in every run (one entry per run), every scenario's in input
 * order. Common random numbers: every scenario and step of run i reads the same entry i of the
 * downtime cost per hour, and of today's unavailability when the failure modes give it.
 */
export interface ModelColumns {
  runs: number;
  /** Currency units an hour. */
  downtimeCostPerHour: Float64Array;
  /** Per scenario, in input order: one-time investment and extra annual run cost, currency units. */
  scenarios: ReadonlyArray<{ investment: Float64Array; annualRunCost: Float64Array }>;
  /**
   * Today from the failure modes: its unavailability (fraction) in every run, and at every best
   * estimate. Absent: today is the typed availability in every run.
   */
  baseline?: { unavailability: Float64Array; bestUnavailability: number };
  /**
   * The plan of levers, one more scenario "Plan" after the user's: its unavailability (fraction) in
   * every run and at every best estimate, its investment and run cost (currency units). Absent: no plan.
   */
  plan?: {
    unavailability: Float64Array;
    bestUnavailability: number;
    investment: Float64Array;
    annualRunCost: Float64Array;
  };
}

/** A step's figures in every run (model `StepFigures`): currency units, payback in years (+Infinity = never). */
export interface SampledStep {
  annualSavings: Float64Array;
  investment: Float64Array;
  annualRunCost: Float64Array;
  netAnnualBenefit: Float64Array;
  paybackYears: Float64Array;
  npv: Float64Array;
  /**
   * Hours a year: when neither level's unavailability varies, every run's savings are this many
   * hours × that run's downtime cost per hour (so they sort as the cost does); null when it varies.
   */
  savingsPerCostPerHour: number | null;
}

/** One scenario in every run: its annual downtime cost (currency units a year) and its two steps. */
export interface SampledScenario {
  id: string;
  label: string;
  /** Its unavailability (fraction, 1 − availability / 100) in every run. */
  unavailability: Float64Array;
  annualDowntimeCost: Float64Array;
  /** Hours of downtime a year when its unavailability is the same in every run (annual downtime cost = these × the cost per hour); null when it varies. */
  downtimeHoursPerYear: number | null;
  vsBaseline: SampledStep;
  /** Against the next-lower scenario (ranked by availability, ties by input order) or today. */
  marginal: SampledStep & { fromId: string | null; fromLabel: string };
}

/** The twin's figures in every run: today's annual downtime cost and each scenario's, in input order. */
export interface SampledResults {
  runs: number;
  /** The downtime cost per hour every scenario and step of each run read (currency units an hour). */
  downtimeCostPerHour: Float64Array;
  /** Today: its unavailability (fraction) and annual downtime cost (currency units a year) in every run. */
  baseline: {
    unavailability: Float64Array;
    annualDowntimeCost: Float64Array;
    /** As a scenario's `downtimeHoursPerYear`. */
    downtimeHoursPerYear: number | null;
  };
  scenarios: SampledScenario[];
}

/**
 * A level a step goes from or to: its availability (the best estimate, which ranks it), its
 * unavailability in every run when that varies (null = the availability in every run), and its
 * investment and run cost per run (null = none: today).
 */
interface Level {
  availabilityPercent: number;
  unavailability: Float64Array | null;
  investment: Float64Array | null;
  annualRunCost: Float64Array | null;
}

/** A level's unavailability in each of `runs` runs: its column, or its availability's in every run. */
function unavailabilityColumnOf(level: Level, runs: number): Float64Array {
  return level.unavailability ?? new Float64Array(runs).fill(unavailabilityOf(level.availabilityPercent));
}

function sampledStep(
  from: Level,
  to: Level,
  downtimeCostPerHour: Float64Array,
  yearHours: number,
  annuity: number,
): SampledStep {
  const runs = downtimeCostPerHour.length;
  // (a_to − a_from) / 100 × hours a year × cost: the difference of the two annual downtime costs, without their cancellation.
  const savingsPerCost =
    (decimalDifference(to.availabilityPercent, from.availabilityPercent) / 100) * yearHours;
  const varies = from.unavailability !== null || to.unavailability !== null;
  const step: SampledStep = {
    annualSavings: new Float64Array(runs),
    investment: new Float64Array(runs),
    annualRunCost: new Float64Array(runs),
    netAnnualBenefit: new Float64Array(runs),
    paybackYears: new Float64Array(runs),
    npv: new Float64Array(runs),
    savingsPerCostPerHour: varies ? null : savingsPerCost,
  };
  // Every loop below reads columns only, the same kinds in every step: a loop that met a missing
  // column (today has no investment) would be compiled again at the first step that has one.
  // Today's missing columns are zeros, and x − 0 is x to the bit.
  const missing = !to.investment || !from.investment || !to.annualRunCost || !from.annualRunCost;
  const zeros = missing ? new Float64Array(runs) : null;
  const savings = step.annualSavings;
  if (varies) {
    const fromDown = unavailabilityColumnOf(from, runs);
    const toDown = unavailabilityColumnOf(to, runs);
    for (let i = 0; i < runs; i += 1)
      savings[i] = (fromDown[i]! - toDown[i]!) * yearHours * downtimeCostPerHour[i]!;
  } else {
    for (let i = 0; i < runs; i += 1) savings[i] = savingsPerCost * downtimeCostPerHour[i]!;
  }
  const toInvestment = to.investment ?? zeros!;
  const fromInvestment = from.investment ?? zeros!;
  const toRunCost = to.annualRunCost ?? zeros!;
  const fromRunCost = from.annualRunCost ?? zeros!;
  for (let i = 0; i < runs; i += 1) {
    const investment = toInvestment[i]! - fromInvestment[i]!;
    const runCost = toRunCost[i]! - fromRunCost[i]!;
    const net = savings[i]! - runCost;
    step.investment[i] = investment;
    step.annualRunCost[i] = runCost;
    step.netAnnualBenefit[i] = net;
    step.paybackYears[i] = net <= 0 ? Infinity : investment <= 0 ? 0 : investment / net;
    step.npv[i] = net * annuity - investment;
  }
  return step;
}

/**
 * Evaluates every run: each scenario's annual downtime cost, and its step against today and against
 * the next-lower scenario (the exact model's ranking), from the columns of the uncertain inputs.
 * Inputs not in the columns (availabilities, convention, horizon, discount rate) are points.
 */
export function sampledModel(inputs: CalculatorInputs, columns: ModelColumns): SampledResults {
  const yearHours = YEAR_HOURS[inputs.periodConvention];
  const annuity = annuityFactor(inputs.horizonYears, inputs.discountRatePercent);
  const cost = columns.downtimeCostPerHour;
  // A level's unavailability, annual downtime cost and (when its unavailability is a point) hours down a year.
  const downtimeOf = (level: Level) => {
    const annualDowntimeCost = new Float64Array(cost.length);
    const unavailable = level.unavailability;
    const downtimeHoursPerYear =
      unavailable === null ? unavailabilityOf(level.availabilityPercent) * yearHours : null;
    if (unavailable !== null) {
      for (let i = 0; i < cost.length; i += 1) annualDowntimeCost[i] = unavailable[i]! * yearHours * cost[i]!;
    } else {
      for (let i = 0; i < cost.length; i += 1) annualDowntimeCost[i] = downtimeHoursPerYear! * cost[i]!;
    }
    return {
      unavailability: unavailabilityColumnOf(level, columns.runs),
      annualDowntimeCost,
      downtimeHoursPerYear,
    };
  };
  const baseline: Level & { id: null; label: string } = {
    id: null,
    label: 'Today',
    availabilityPercent: columns.baseline
      ? 100 * (1 - columns.baseline.bestUnavailability)
      : inputs.baselineAvailabilityPercent,
    unavailability: columns.baseline?.unavailability ?? null,
    investment: null,
    annualRunCost: null,
  };
  const levels: Array<Level & { id: string; label: string }> = inputs.scenarios.map((scenario, index) => {
    const scenarioColumns = columns.scenarios[index];
    if (!scenarioColumns) throw new RangeError(`no columns for scenario ${scenario.id}`);
    return {
      id: scenario.id,
      label: plainScenarioLabel(scenario),
      availabilityPercent: scenario.availabilityPercent,
      unavailability: null,
      investment: scenarioColumns.investment,
      annualRunCost: scenarioColumns.annualRunCost,
    };
  });
  if (columns.plan)
    levels.push({
      id: PLAN_ID,
      label: 'Plan',
      availabilityPercent: 100 * (1 - columns.plan.bestUnavailability),
      unavailability: columns.plan.unavailability,
      investment: columns.plan.investment,
      annualRunCost: columns.plan.annualRunCost,
    });
  const ranked = levels
    .map((level, index) => ({ level, index }))
    .sort((a, b) => a.level.availabilityPercent - b.level.availabilityPercent || a.index - b.index);
  const previousOf = new Map<number, Level & { id: string | null; label: string }>();
  ranked.forEach((entry, rank) =>
    previousOf.set(entry.index, rank === 0 ? baseline : ranked[rank - 1]!.level),
  );

  return {
    runs: columns.runs,
    downtimeCostPerHour: cost,
    baseline: downtimeOf(baseline),
    scenarios: levels.map((level, index) => {
      const previous = previousOf.get(index) ?? baseline;
      const vsBaseline = sampledStep(baseline, level, cost, yearHours, annuity);
      // From today, the marginal step is the step against today: the same columns, not a copy.
      const marginal =
        previous === baseline ? vsBaseline : sampledStep(previous, level, cost, yearHours, annuity);
      return {
        id: level.id,
        label: level.label,
        ...downtimeOf(level),
        vsBaseline,
        marginal: { ...marginal, fromId: previous.id, fromLabel: previous.label },
      };
    }),
  };
}
