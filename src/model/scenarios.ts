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

/**
 * What kind of move a step is, so that words never mislead ("immediate" for a step that is cheaper
 * but worse, "no savings" for one that adds downtime):
 * - `pays-back`: costs money now and returns more each year (payback is a number of years);
 * - `free`: needs no investment and returns more each year (pays back at once);
 * - `dominates`: costs less than where it starts from and returns at least as much each year: better
 *   on both counts (only between scenarios, when a quote undercuts a lower target's figure);
 * - `trade-off`: costs less now and returns less each year;
 * - `never`: the net annual benefit is zero or negative while the step costs something or nothing;
 * - `no-change`: nothing changes, now or each year.
 */
export type StepKind = 'pays-back' | 'free' | 'dominates' | 'trade-off' | 'never' | 'no-change';

/** The kind of a step from its investment and net annual benefit (see `StepKind`). Exact comparisons. */
export function stepKind({
  investment,
  netAnnualBenefit,
}: {
  investment: Dec;
  netAnnualBenefit: Dec;
}): StepKind {
  const net = netAnnualBenefit.comparedTo(0);
  const cost = investment.comparedTo(0);
  if (cost < 0) return net >= 0 ? 'dominates' : 'trade-off';
  if (net > 0) return cost > 0 ? 'pays-back' : 'free';
  if (net === 0 && cost === 0) return 'no-change';
  return 'never';
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
  /** What kind of move this is, for the words that describe it. */
  kind: StepKind;
}

export interface ScenarioResult extends AvailabilityFigures {
  id: string;
  /** The label shown: the user's own, or the target's when the scenario follows it. */
  label: string;
  /** `rule`: estimated by the investment rule of thumb; `override`: the user's own quote. */
  investmentSource: 'rule' | 'override';
  /** Against today's availability. */
  vsBaseline: StepFigures;
  /** Against the next-lower scenario (or the baseline if none is lower): what this step buys on its own. */
  marginal: StepFigures & {
    fromLabel: string;
    fromAvailabilityPercent: Dec;
    /** Where the investment of the level the step starts from comes from (`baseline`: today, nothing). */
    fromInvestmentSource: 'rule' | 'override' | 'baseline';
  };
  /**
   * Another scenario that is at least as available, costs no more to reach and no more to run, and is
   * strictly better on one of those: nobody should choose this one. The first such in input order.
   */
  dominatedBy: { id: string; label: string } | null;
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
    kind: stepKind({ investment, netAnnualBenefit }),
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
    investmentSource: 'baseline' as const,
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
      investmentSource: scenario.investmentOverride === null ? ('rule' as const) : ('override' as const),
      annualRunCost: dec(scenario.annualRunCost),
    };
  });
  const dominatorOf = (level: (typeof levels)[number]) => {
    const other = levels.find(
      (o) =>
        o !== level &&
        o.availabilityPercent.gte(level.availabilityPercent) &&
        o.investment.lte(level.investment) &&
        o.annualRunCost.lte(level.annualRunCost) &&
        (o.availabilityPercent.gt(level.availabilityPercent) ||
          o.investment.lt(level.investment) ||
          o.annualRunCost.lt(level.annualRunCost)),
    );
    return other ? { id: other.scenario.id, label: other.label } : null;
  };
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
        investmentSource: level.investmentSource,
        vsBaseline: stepFigures(baselineLevel, level, horizonYears, discountRatePercent),
        marginal: {
          ...stepFigures(previous, level, horizonYears, discountRatePercent),
          fromLabel: previous.label,
          fromAvailabilityPercent: previous.availabilityPercent,
          fromInvestmentSource: previous.investmentSource,
        },
        dominatedBy: dominatorOf(level),
      };
    }),
  };
}
