import { Dec, dec } from './decimal';
import { allowedDowntimeHours, annualDowntimeCost } from './downtime';
import { ruleInvestment } from './investment';
import { discountedPaybackYears, netPresentValue, simplePaybackYears } from './payback';
import type { PeriodConventionId, PeriodHours } from './periods';
import { scenarioLabel } from './scenario-label';

/** One target the user compares against today's availability. Plain values, as stored. */
export interface ScenarioInput {
  id: string;
  /** The user's own label, or null: the scenario follows its target ("99.9 %", see `scenarioLabel`). */
  label: string | null;
  /** Target availability in percent, 0 < a < 100. */
  availabilityPercent: number;
  /** The user's own one-time investment figure (a vendor quote), replacing the rule; null = use the rule. */
  investmentOverride: number | null;
  /** Extra yearly cost of running at this target (on-call, redundancy), currency units; default 0. */
  annualRunCost: number;
}

/** Everything the model needs. Plain numbers in; every figure is computed in decimal.js. */
export interface CalculatorInputs {
  /** Currency units lost per hour of full downtime. */
  downtimeCostPerHour: number;
  /** Today's availability in percent. */
  baselineAvailabilityPercent: number;
  /** Today's infrastructure cost per month, currency units. */
  monthlyInfraCost: number;
  periodConvention: PeriodConventionId;
  /** Investment rule: cost growth per extra nine (default 10). */
  growthPerNine: number;
  /** Investment rule: 99.5 % → 99.9 % costs this × annual infra (default 2). */
  calibrationMultiple: number;
  /** NPV horizon in whole years (default 3). */
  horizonYears: number;
  /** Discount rate in percent per year (default 8). */
  discountRatePercent: number;
  scenarios: ScenarioInput[];
}

/** Figures of one availability level, independent of any comparison. */
export interface AvailabilityFigures {
  availabilityPercent: Dec;
  /** Allowed (expected) downtime in hours per day, week, month, quarter and year. */
  downtimeHours: PeriodHours;
  /** Downtime hours per year × cost per hour. */
  annualDowntimeCost: Dec;
}

/** What a move between two levels buys: used both against the baseline and against the previous scenario. */
export interface StepFigures {
  /** Reduction of annual downtime cost (negative when the step lowers availability). */
  annualSavings: Dec;
  /** One-time investment of the step. */
  investment: Dec;
  /** Extra annual run cost of the step. */
  annualRunCost: Dec;
  /** annualSavings − annualRunCost. */
  netAnnualBenefit: Dec;
  /** Simple payback in years; null = never. */
  paybackYears: Dec | null;
  /** NPV over the horizon at the discount rate: −investment now, net benefit at each year end. */
  npv: Dec;
  /** Discounted payback in years; null = never (within 100 years). */
  discountedPaybackYears: Dec | null;
}

export interface ScenarioResult extends AvailabilityFigures {
  id: string;
  /** The label shown: the user's own, or the target's when the scenario follows it. */
  label: string;
  investmentSource: 'rule' | 'override';
  /** Against today's availability. */
  vsBaseline: StepFigures;
  /** Against the next-lower scenario (or the baseline if none is lower): what this step buys on its own. */
  marginal: StepFigures & { fromLabel: string; fromAvailabilityPercent: Dec };
}

export interface CalculatorResults {
  baseline: AvailabilityFigures;
  scenarios: ScenarioResult[];
}

/** Availability figures for one level: downtime per period (hours) and annual downtime cost. Exact. */
export function availabilityFigures(
  availabilityPercent: number | Dec,
  downtimeCostPerHour: number,
  periodConvention: PeriodConventionId,
): AvailabilityFigures {
  return {
    availabilityPercent: dec(availabilityPercent),
    downtimeHours: allowedDowntimeHours(availabilityPercent, periodConvention),
    annualDowntimeCost: annualDowntimeCost(availabilityPercent, downtimeCostPerHour, periodConvention),
  };
}

/**
 * Figures of a step from one level to another, given each level's annual downtime cost, investment
 * and run cost. NPV uses `horizonYears` end-of-year flows at `discountRatePercent`. Exact, not rounded.
 */
export function stepFigures(
  from: { annualDowntimeCost: Dec; investment: Dec; annualRunCost: Dec },
  to: { annualDowntimeCost: Dec; investment: Dec; annualRunCost: Dec },
  horizonYears: number,
  discountRatePercent: number,
): StepFigures {
  const annualSavings = from.annualDowntimeCost.minus(to.annualDowntimeCost);
  const investment = to.investment.minus(from.investment);
  const annualRunCost = to.annualRunCost.minus(from.annualRunCost);
  const netAnnualBenefit = annualSavings.minus(annualRunCost);
  const rate = dec(discountRatePercent).div(100);
  return {
    annualSavings,
    investment,
    annualRunCost,
    netAnnualBenefit,
    paybackYears: simplePaybackYears(investment, netAnnualBenefit),
    npv: netPresentValue(
      rate,
      investment,
      Array.from({ length: horizonYears }, () => netAnnualBenefit),
    ),
    discountedPaybackYears: discountedPaybackYears(rate, investment, netAnnualBenefit),
  };
}

/** The investment a scenario carries: the user's override when given, else the rule (never negative). */
export function scenarioInvestment(inputs: CalculatorInputs, scenario: ScenarioInput): Dec {
  if (scenario.investmentOverride !== null) return dec(scenario.investmentOverride);
  return ruleInvestment(inputs.baselineAvailabilityPercent, scenario.availabilityPercent, inputs);
}

/**
 * Evaluates every scenario against the baseline and against the next-lower scenario. Results keep
 * the input order; for the marginal step, scenarios are ranked by availability (ties by input order)
 * and each is compared with the one ranked just below it, the first with the baseline. Exact values;
 * rounding happens only when formatting.
 */
export function evaluate(inputs: CalculatorInputs): CalculatorResults {
  const { downtimeCostPerHour, periodConvention, horizonYears, discountRatePercent } = inputs;
  const baselineFigures = availabilityFigures(
    inputs.baselineAvailabilityPercent,
    downtimeCostPerHour,
    periodConvention,
  );
  const baselineLevel = {
    label: 'Today',
    availabilityPercent: baselineFigures.availabilityPercent,
    annualDowntimeCost: baselineFigures.annualDowntimeCost,
    investment: new Dec(0),
    annualRunCost: new Dec(0),
  };
  const levels = inputs.scenarios.map((scenario) => {
    const figures = availabilityFigures(scenario.availabilityPercent, downtimeCostPerHour, periodConvention);
    return {
      scenario,
      figures,
      label: scenarioLabel(scenario),
      availabilityPercent: figures.availabilityPercent,
      annualDowntimeCost: figures.annualDowntimeCost,
      investment: scenarioInvestment(inputs, scenario),
      annualRunCost: dec(scenario.annualRunCost),
    };
  });
  const ranked = levels
    .map((level, index) => ({ level, index }))
    .sort((a, b) => a.level.availabilityPercent.comparedTo(b.level.availabilityPercent) || a.index - b.index);
  const previousOf = new Map<number, (typeof levels)[number] | typeof baselineLevel>();
  ranked.forEach((entry, rank) => {
    previousOf.set(entry.index, rank === 0 ? baselineLevel : ranked[rank - 1]!.level);
  });

  return {
    baseline: baselineFigures,
    scenarios: levels.map((level, index) => {
      const previous = previousOf.get(index) ?? baselineLevel;
      return {
        ...level.figures,
        id: level.scenario.id,
        label: level.label,
        investmentSource: level.scenario.investmentOverride === null ? 'rule' : 'override',
        vsBaseline: stepFigures(baselineLevel, level, horizonYears, discountRatePercent),
        marginal: {
          ...stepFigures(previous, level, horizonYears, discountRatePercent),
          fromLabel: previous.label,
          fromAvailabilityPercent: previous.availabilityPercent,
        },
      };
    }),
  };
}
