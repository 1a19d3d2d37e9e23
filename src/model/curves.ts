import { Dec, dec, ZERO } from './decimal';
import { unavailability } from './downtime';
import { costCurve, investmentScale, nines } from './investment';
import { memoizeDecimal } from './memo';
import { periodHours } from './periods';
import { scenarioLabel } from './scenario-label';
import type { CalculatorInputs, CalculatorResults } from './scenarios';

/** One month of a break-even line. */
export interface BreakEvenPoint {
  /** Whole months since the investment, 0 … 12 × horizon. */
  month: number;
  /** −investment + net benefit accrued so far, currency units. */
  cumulativeNetBenefit: Dec;
}

/** A scenario's cumulative net benefit against today, month by month. */
export interface BreakEvenSeries {
  id: string;
  label: string;
  /** One-time investment against today, currency units. */
  investment: Dec;
  /** Annual savings − extra annual run cost against today, currency units a year. */
  netAnnualBenefit: Dec;
  /** Simple payback in months (payback years × 12); null = never; may lie beyond the horizon. */
  paybackMonths: Dec | null;
  points: BreakEvenPoint[];
}

/**
 * Cumulative net benefit of each scenario against today, in currency units, for every month
 * m = 0 … 12 × horizonYears: −investment + (netAnnualBenefit / 12) × m. Convention: the investment is
 * paid at month 0 and the net benefit (savings − extra run cost) accrues evenly by month, undiscounted,
 * so each line crosses zero at the simple payback, investment ÷ net annual benefit (years; × 12 for
 * months). `results` must be `evaluate(inputs)` or the same inputs at another cost per hour (only the
 * horizon is read from `inputs`). Input order; exact, not rounded.
 */
export function breakEvenSeries(inputs: CalculatorInputs, results: CalculatorResults): BreakEvenSeries[] {
  const months = 12 * inputs.horizonYears;
  return results.scenarios.map((scenario) => {
    const { investment, netAnnualBenefit, paybackYears } = scenario.vsBaseline;
    const perMonth = netAnnualBenefit.div(12);
    return {
      id: scenario.id,
      label: scenario.label,
      investment,
      netAnnualBenefit,
      paybackMonths: paybackYears === null ? null : paybackYears.times(12),
      points: Array.from({ length: months + 1 }, (_, month) => ({
        month,
        cumulativeNetBenefit: perMonth.times(month).minus(investment),
      })),
    };
  });
}

/** The total annual cost of reliability at one availability. All amounts in currency units a year. */
export interface TotalCostPoint {
  availabilityPercent: Dec;
  /** n = −log10(1 − a): 3 for 99.9 %. */
  nines: Dec;
  annualDowntimeCost: Dec;
  /** One-time investment against today ÷ horizon years (straight-line, undiscounted). */
  annualisedInvestment: Dec;
  /** Extra annual run cost: 0 on the curve, a scenario's own figure on its marker. */
  annualRunCost: Dec;
  /** annualDowntimeCost + annualisedInvestment + annualRunCost. */
  totalAnnualCost: Dec;
}

/** A scenario placed on the total-cost chart, with its own investment (override or rule) and run cost. */
export interface TotalCostScenarioPoint extends TotalCostPoint {
  id: string;
  label: string;
  investmentSource: 'rule' | 'override';
}

export interface TotalCostCurve {
  /** The rule's curve, ascending in availability: even samples in nines plus the exact special points. */
  points: TotalCostPoint[];
  /** Today's availability (no investment). */
  baseline: TotalCostPoint;
  /** One marker per scenario, input order. */
  scenarios: TotalCostScenarioPoint[];
  /** The cheapest availability on the rule's curve (exact minimum, not just the cheapest sample). */
  costOptimal: TotalCostPoint;
}

export interface TotalCostCurveOptions {
  /** About how many samples, evenly spaced in nines, the curve gets (default 64: smooth on a 600 px chart, and cheap enough to redraw per input). */
  samples?: number;
  /** Upper end of the curve in percent (default 99.999); the curve also reaches any higher scenario. */
  maxAvailabilityPercent?: number;
}

/** Default upper end of the total-cost curve: five nines. */
export const TOTAL_COST_MAX_AVAILABILITY_PERCENT = 99.999;

/** Default number of curve samples (see `TotalCostCurveOptions.samples`). */
export const TOTAL_COST_SAMPLES = 64;

/** The grid's steps for `perNine` samples a nine: u × 10^(−1/perNine) and g^n × g^(1/perNine). */
const gridSteps = memoizeDecimal((perNine: number, g: Dec) => ({
  uStep: new Dec(10).pow(new Dec(-1).div(perNine)),
  gStep: g.pow(new Dec(1).div(perNine)),
}));

/**
 * The total annual cost of reliability across availability a, in currency units a year:
 * total(a) = annual downtime cost(a) + rule investment(today → a) ÷ horizonYears (straight-line,
 * undiscounted; zero at or below today). The curve spans from the lowest of today and the scenarios
 * to the highest of 99.999 % (or `maxAvailabilityPercent`), today and the scenarios, sampled evenly
 * in nines n = −log10(1 − a) (whole nines such as 99.9 % are exact samples), plus today, every
 * scenario's availability and the optimum exactly. The curve carries no run cost; each scenario's
 * marker adds its run cost and uses its own investment (override or rule), so a marker may lie off
 * the curve.
 *
 * `costOptimal` is the exact minimum of the rule's curve, in closed form: with u = 1 − a,
 * p = log10(g), hours a year Y, cost per hour C, scale k and horizon T,
 * total(u) = C·Y·u + k·(u^−p − u₀^−p)/T is convex and smallest at u* = (k·p / (T·C·Y))^(1/(p+1)),
 * clamped to [today, top of the curve]. Values exact to the configured precision, not rounded.
 */
export function totalCostCurve(
  inputs: CalculatorInputs,
  options: TotalCostCurveOptions = {},
): TotalCostCurve {
  const samples = options.samples ?? TOTAL_COST_SAMPLES;
  const maxPercent = options.maxAvailabilityPercent ?? TOTAL_COST_MAX_AVAILABILITY_PERCENT;
  const costPerHour = dec(inputs.downtimeCostPerHour);
  const horizon = dec(inputs.horizonYears);
  const hoursPerYear = periodHours(inputs.periodConvention).year;
  const g = dec(inputs.growthPerNine);
  const p = g.log(10);
  const k = investmentScale(inputs);
  // The rule's g^n(a) = (1 − a)^(−p), as in investment.ts (exact 1 / (1 − a) for g = 10).
  const curveAt = (u: Dec) => u.pow(p.neg());
  const baselineCurve = costCurve(inputs.baselineAvailabilityPercent, g);

  /** A curve point from u = 1 − a, its nines and g^n (so samples avoid one power each). */
  function point(u: Dec, n: Dec, gPowN: Dec, availabilityPercent?: Dec): TotalCostPoint {
    const investment = Dec.max(ZERO, k.times(gPowN.minus(baselineCurve)));
    const annualDowntime = hoursPerYear.times(u).times(costPerHour);
    const annualisedInvestment = investment.div(horizon);
    return {
      availabilityPercent: availabilityPercent ?? new Dec(1).minus(u).times(100),
      nines: n,
      annualDowntimeCost: annualDowntime,
      annualisedInvestment,
      annualRunCost: ZERO,
      totalAnnualCost: annualDowntime.plus(annualisedInvestment),
    };
  }
  const exactPoint = (percent: Dec) =>
    point(unavailability(percent), nines(percent), costCurve(percent, g), percent);

  const baselinePercent = dec(inputs.baselineAvailabilityPercent);
  const scenarioPercents = inputs.scenarios.map((s) => dec(s.availabilityPercent));
  const allPercents = [baselinePercent, ...scenarioPercents];
  const lowPercent = Dec.min(...allPercents);
  const topPercent = Dec.max(dec(maxPercent), ...allPercents);

  const baseline = exactPoint(baselinePercent);
  const scenarioRulePoints = scenarioPercents.map(exactPoint);
  const special = [baseline, ...scenarioRulePoints, exactPoint(topPercent)];

  // The optimum: closed form, clamped to [today, top]; no cost per hour means no reason to invest.
  const uBaseline = unavailability(baselinePercent);
  const uTop = unavailability(topPercent);
  let costOptimal: TotalCostPoint;
  const denominator = horizon.times(costPerHour).times(hoursPerYear);
  if (denominator.lte(0) || uTop.gte(uBaseline)) {
    costOptimal = baseline;
  } else {
    const uStar = k
      .times(p)
      .div(denominator)
      .pow(new Dec(1).div(p.plus(1)));
    if (uStar.gte(uBaseline)) costOptimal = baseline;
    else if (uStar.lte(uTop)) costOptimal = exactPoint(topPercent);
    else costOptimal = point(uStar, uStar.log(10).neg(), curveAt(uStar));
  }
  special.push(costOptimal);

  // Even samples in nines: n = i / K for whole i, stepping u by 10^(−1/K) and g^n by g^(1/K).
  const grid: TotalCostPoint[] = [];
  const nLow = nines(lowPercent);
  const nHigh = nines(topPercent);
  const span = nHigh.minus(nLow);
  if (span.gt(0) && samples > 0) {
    const perNine = Math.max(1, Math.round(samples / span.toNumber()));
    const first = nLow.times(perNine).ceil().toNumber();
    const last = nHigh.times(perNine).floor().toNumber();
    const { uStep, gStep } = gridSteps(perNine, g);
    let u = ZERO;
    let gPowN = ZERO;
    for (let i = first; i <= last; i += 1) {
      const n = new Dec(i).div(perNine);
      if (i === first || i % perNine === 0) {
        // Whole nines exactly (10^−d), and a fresh start for the stepping.
        u = new Dec(10).pow(n.neg());
        gPowN = g.pow(n);
      } else {
        u = u.times(uStep);
        gPowN = gPowN.times(gStep);
      }
      grid.push(point(u, n, gPowN));
    }
  }

  const points = [...special, ...grid]
    .sort((a, b) => a.nines.comparedTo(b.nines))
    .filter(
      (pt, index, sorted) =>
        index === 0 || !pt.availabilityPercent.eq(sorted[index - 1]!.availabilityPercent),
    );

  // Markers start from the rule's point at their availability (same figures as `scenarioInvestment`).
  const scenarios = inputs.scenarios.map((scenario, index): TotalCostScenarioPoint => {
    const rulePoint = scenarioRulePoints[index]!;
    const annualisedInvestment =
      scenario.investmentOverride === null
        ? rulePoint.annualisedInvestment
        : dec(scenario.investmentOverride).div(horizon);
    const annualRunCost = dec(scenario.annualRunCost);
    return {
      ...rulePoint,
      id: scenario.id,
      label: scenarioLabel(scenario),
      investmentSource: scenario.investmentOverride === null ? 'rule' : 'override',
      annualisedInvestment,
      annualRunCost,
      totalAnnualCost: rulePoint.annualDowntimeCost.plus(annualisedInvestment).plus(annualRunCost),
    };
  });

  return { points, baseline, scenarios, costOptimal };
}
