import { scenarioLabel } from './scenario-label';
import { Dec, dec } from './decimal';
import { unavailability } from './downtime';
import { costCurve, costCurveAtUnavailability, growthExponent, investmentScale, nines } from './investment';
import { memoizeDecimal } from './memo';
import { periodHours } from './periods';
import { scenarioInvestment, type CalculatorInputs } from './scenarios';
import { costOptimalUnavailability } from './total-cost-optimum';
import { totalCostPoint, type TotalCostPoint, type TotalCostTerms } from './total-cost-point';

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
 * Points of the rule's curve evenly spaced in nines between `lowPercent` and `topPercent`: n = i / K
 * for whole i, with K = round(samples / span in nines) a nine, stepping u by 10^(−1/K) and g^n by
 * g^(1/K) and starting afresh (exactly, 10^−d) at every whole nine. Ascending; exact to the
 * configured precision.
 */
export function totalCostGrid(
  terms: TotalCostTerms,
  growthPerNine: Dec,
  lowPercent: Dec,
  topPercent: Dec,
  samples: number,
): TotalCostPoint[] {
  const grid: TotalCostPoint[] = [];
  const nLow = nines(lowPercent);
  const nHigh = nines(topPercent);
  const span = nHigh.minus(nLow);
  if (span.lte(0) || samples <= 0) return grid;
  const perNine = Math.max(1, Math.round(samples / span.toNumber()));
  const first = nLow.times(perNine).ceil().toNumber();
  const last = nHigh.times(perNine).floor().toNumber();
  const { uStep, gStep } = gridSteps(perNine, growthPerNine);
  let u = new Dec(0);
  let gPowN = new Dec(0);
  for (let i = first; i <= last; i += 1) {
    const n = new Dec(i).div(perNine);
    if (i === first || i % perNine === 0) {
      // Whole nines exactly (10^−d), and a fresh start for the stepping.
      u = new Dec(10).pow(n.neg());
      gPowN = growthPerNine.pow(n);
    } else {
      u = u.times(uStep);
      gPowN = gPowN.times(gStep);
    }
    grid.push(totalCostPoint(terms, u, n, gPowN));
  }
  return grid;
}

/**
 * The points of the rule's curve from `lowPercent` to `topPercent`: the `special` points (exact ones:
 * today, the targets, the top, the optimum) and the even grid of `totalCostGrid`, ascending in
 * nines, one point per availability (the first given wins). Currency units a year; exact.
 */
export function curvePoints(
  terms: TotalCostTerms,
  growthPerNine: Dec,
  lowPercent: Dec,
  topPercent: Dec,
  special: TotalCostPoint[],
  samples = TOTAL_COST_SAMPLES,
): TotalCostPoint[] {
  return [...special, ...totalCostGrid(terms, growthPerNine, lowPercent, topPercent, samples)]
    .sort((a, b) => a.nines.comparedTo(b.nines))
    .filter(
      (pt, index, sorted) =>
        index === 0 || !pt.availabilityPercent.eq(sorted[index - 1]!.availabilityPercent),
    );
}

/**
 * The total annual cost of reliability across availability a, in currency units a year:
 * total(a) = annual downtime cost(a) + rule investment(today → a) ÷ horizonYears (straight-line,
 * undiscounted; zero at or below today). The curve spans from the lowest of today and the scenarios
 * to the highest of 99.999 % (or `maxAvailabilityPercent`), today and the scenarios, sampled evenly
 * in nines n = −log10(1 − a) (whole nines such as 99.9 % are exact samples), plus today, every
 * scenario's availability and the optimum exactly. The curve carries no run cost; each scenario's
 * marker adds its run cost and uses its own investment (`scenarioInvestment`: override or rule), so a
 * marker may lie off the curve.
 *
 * `costOptimal` is the exact minimum of the rule's curve (`costOptimalUnavailability`), clamped to
 * [today, top of the curve]. Values exact to the configured precision, not rounded.
 */
export function totalCostCurve(
  inputs: CalculatorInputs,
  options: TotalCostCurveOptions = {},
): TotalCostCurve {
  const samples = options.samples ?? TOTAL_COST_SAMPLES;
  const maxPercent = options.maxAvailabilityPercent ?? TOTAL_COST_MAX_AVAILABILITY_PERCENT;
  const g = dec(inputs.growthPerNine);
  const baselinePercent = dec(inputs.baselineAvailabilityPercent);
  const terms: TotalCostTerms = {
    hoursPerYear: periodHours(inputs.periodConvention).year,
    costPerHour: dec(inputs.downtimeCostPerHour),
    horizonYears: dec(inputs.horizonYears),
    scale: investmentScale(inputs),
    baselineCurve: costCurve(baselinePercent, g),
  };
  const exactPoint = (percent: Dec) =>
    totalCostPoint(terms, unavailability(percent), nines(percent), costCurve(percent, g), percent);

  const scenarioPercents = inputs.scenarios.map((s) => dec(s.availabilityPercent));
  const allPercents = [baselinePercent, ...scenarioPercents];
  const lowPercent = Dec.min(...allPercents);
  const topPercent = Dec.max(dec(maxPercent), ...allPercents);

  const baseline = exactPoint(baselinePercent);
  const scenarioRulePoints = scenarioPercents.map(exactPoint);
  const optimum = costOptimalUnavailability({
    scale: terms.scale,
    growthExponent: growthExponent(g),
    horizonYears: terms.horizonYears,
    costPerHour: terms.costPerHour,
    hoursPerYear: terms.hoursPerYear,
    baselineUnavailability: unavailability(baselinePercent),
    topUnavailability: unavailability(topPercent),
  });
  const costOptimal =
    optimum.place === 'today'
      ? baseline
      : optimum.place === 'top'
        ? exactPoint(topPercent)
        : totalCostPoint(
            terms,
            optimum.unavailability,
            optimum.unavailability.log(10).neg(),
            costCurveAtUnavailability(optimum.unavailability, g),
          );
  const special = [baseline, ...scenarioRulePoints, exactPoint(topPercent), costOptimal];

  const points = curvePoints(terms, g, lowPercent, topPercent, special, samples);

  // Markers start from the rule's point at their availability, with the table's own investment.
  const scenarios = inputs.scenarios.map((scenario, index): TotalCostScenarioPoint => {
    const rulePoint = scenarioRulePoints[index]!;
    const annualisedInvestment = scenarioInvestment(inputs, scenario).div(terms.horizonYears);
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
