import { Dec } from './decimal';
import { unavailability } from './downtime';
import type { ConventionId, Unit } from './figure';
import { costCurveAtUnavailability, growthExponent, ruleInvestmentFromCurve } from './investment';
import { memoizeDecimal } from './memo';
import {
  discountedPaybackYears,
  DISCOUNTED_PAYBACK_MAX_YEARS,
  netPresentValue,
  simplePaybackYears,
} from './payback';
import { costOptimalUnavailability } from './total-cost-optimum';

/**
 * The words of every formula and convention of the model, written once: the result graph computes
 * each figure with its formula's `compute` over exactly the terms named here, so the words shown
 * beside a figure are the formula that made it. Surfaces (conventions, explanations, reports) read
 * these; none restates them.
 */

/** A term of a formula: its name (the key its figure is passed under) and the symbol the formula's text uses. */
export interface TermDefinition {
  readonly name: string;
  readonly symbol: string;
  /** What the term is, in words ("annual downtime cost before the step"). */
  readonly meaning: string;
  /** The term takes any number of figures (`max` over every target); its symbol then stands for the list. */
  readonly variadic?: true;
}

/** The values of a formula's terms, by name: a Dec, or a list of them for a variadic term. */
export type TermValues<T extends readonly TermDefinition[]> = {
  [D in T[number] as D['name']]: D extends { variadic: true } ? Dec[] : Dec;
};

export interface FormulaDefinition<T extends readonly TermDefinition[] = readonly TermDefinition[]> {
  /** The formula in words, with no scenario's values or names in it. */
  readonly words: string;
  /** The right-hand side in symbols; every term's symbol occurs in it as a whole token. */
  readonly symbols: string;
  readonly unit: Unit;
  /** In the order a reader meets them in `symbols`. */
  readonly terms: T;
  /** The conventions the formula rests on, beyond those of its terms. */
  readonly conventions?: readonly ConventionId[];
  /** The exact value from the terms' values (never rounded); null when there is none. */
  readonly compute: (values: TermValues<T>) => Dec | null;
  /** Why `compute` gave null, in words. */
  readonly never?: string | ((values: TermValues<T>) => string);
}

/** Infers the terms' names, so `compute` is typed by them. */
function formula<const T extends readonly TermDefinition[]>(
  definition: FormulaDefinition<T>,
): FormulaDefinition<T> {
  return definition;
}

// Logs and fractional powers at 40 digits cost ~0.1 ms each; levels and g rarely change while a slider moves.
const ninesAt = memoizeDecimal((u: Dec) => u.log(10).neg());
const ruleCurveAt = memoizeDecimal((u: Dec, g: Dec) => costCurveAtUnavailability(u, g));

const NOT_COVERED = 'the savings do not cover the extra run cost';

/** Every formula a figure of the result graph is computed with. */
export const FORMULAS = {
  unavailability: formula({
    words: 'the share of time down: 1 − availability',
    symbols: '1 − a',
    unit: 'fraction',
    terms: [{ name: 'availability', symbol: 'a', meaning: 'availability' }],
    compute: (v) => unavailability(v.availability),
  }),
  costOptimalAvailability: formula({
    words:
      'the cost-optimal availability: 1 − its share of time down, or exactly today’s or the top’s where it is held at either',
    symbols: 'a₀ if u* = u₀, aₜₒₚ if u* = uₜₒₚ, else 1 − u*',
    unit: 'percent',
    terms: [
      { name: 'unavailability', symbol: 'u*', meaning: 'the share of time down at the optimum' },
      { name: 'baselineUnavailability', symbol: 'u₀', meaning: 'the share of time down today' },
      { name: 'baselineAvailability', symbol: 'a₀', meaning: 'availability today' },
      {
        name: 'topUnavailability',
        symbol: 'uₜₒₚ',
        meaning: 'the share of time down at the top of the curve',
      },
      { name: 'topAvailability', symbol: 'aₜₒₚ', meaning: 'the top of the curve' },
    ],
    // Held at an end, the optimum is that end's own availability, not 1 − (1 − a) rounded to 40 digits.
    compute: (v) =>
      v.unavailability.eq(v.baselineUnavailability)
        ? v.baselineAvailability
        : v.unavailability.eq(v.topUnavailability)
          ? v.topAvailability
          : new Dec(1).minus(v.unavailability).times(100),
  }),
  nines: formula({
    words: 'the number of nines: −log₁₀ of the share of time down',
    symbols: '−log₁₀ u',
    unit: 'nines',
    terms: [{ name: 'unavailability', symbol: 'u', meaning: 'the share of time down' }],
    compute: (v) => ninesAt(v.unavailability),
  }),
  downtimeHoursPerYear: formula({
    words: 'the share of time down × hours in a year',
    symbols: 'u × Y',
    unit: 'hours-per-year',
    terms: [
      { name: 'unavailability', symbol: 'u', meaning: 'the share of time down' },
      { name: 'hoursPerYear', symbol: 'Y', meaning: 'hours in a year' },
    ],
    compute: (v) => v.hoursPerYear.times(v.unavailability),
  }),
  downtimeHoursPerMonth: formula({
    words: 'the share of time down × hours in a month',
    symbols: 'u × Hₘ',
    unit: 'hours-per-month',
    terms: [
      { name: 'unavailability', symbol: 'u', meaning: 'the share of time down' },
      { name: 'hoursPerMonth', symbol: 'Hₘ', meaning: 'hours in a month' },
    ],
    compute: (v) => v.hoursPerMonth.times(v.unavailability),
  }),
  annualDowntimeCost: formula({
    words: 'downtime hours a year × downtime cost per hour',
    symbols: 'H × C',
    unit: 'money-per-year',
    terms: [
      { name: 'downtimeHours', symbol: 'H', meaning: 'downtime hours a year' },
      { name: 'costPerHour', symbol: 'C', meaning: 'downtime cost per hour' },
    ],
    compute: (v) => v.downtimeHours.times(v.costPerHour),
  }),
  annualInfraCost: formula({
    words: '12 × monthly infrastructure cost',
    symbols: '12 × M',
    unit: 'money-per-year',
    terms: [{ name: 'monthlyInfraCost', symbol: 'M', meaning: 'monthly infrastructure cost' }],
    compute: (v) => v.monthlyInfraCost.times(12),
  }),
  ruleCurve: formula({
    words:
      'the rule’s cost curve gⁿ: g to the power of the number of nines, computed as (1 − availability)^(−log₁₀ g)',
    symbols: 'u^(−log₁₀ g)',
    unit: 'ratio',
    terms: [
      { name: 'unavailability', symbol: 'u', meaning: 'the share of time down' },
      { name: 'growthPerNine', symbol: 'g', meaning: 'cost growth per nine' },
    ],
    compute: (v) => ruleCurveAt(v.unavailability, v.growthPerNine),
  }),
  calibrationStep: formula({
    words: 'the rule’s cost curve at the calibration target − at the calibration start',
    symbols: 'G₁ − G₀',
    unit: 'ratio',
    terms: [
      { name: 'to', symbol: 'G₁', meaning: 'the cost curve at 99.9 %' },
      { name: 'from', symbol: 'G₀', meaning: 'the cost curve at 99.5 %' },
    ],
    conventions: ['calibrationPoints'],
    compute: (v) => v.to.minus(v.from),
  }),
  investmentScale: formula({
    words: 'the rule’s scale k: calibration multiple × annual infrastructure cost ÷ the calibration step',
    symbols: 'x × A ÷ Δ',
    unit: 'money',
    terms: [
      { name: 'calibrationMultiple', symbol: 'x', meaning: 'calibration multiple' },
      { name: 'annualInfraCost', symbol: 'A', meaning: 'annual infrastructure cost' },
      { name: 'calibrationStep', symbol: 'Δ', meaning: 'the calibration step of the cost curve' },
    ],
    conventions: ['calibrationPoints'],
    compute: (v) => v.calibrationMultiple.times(v.annualInfraCost).div(v.calibrationStep),
  }),
  ruleInvestment: formula({
    words: 'k × (the rule’s cost curve at the target − today), and nothing at or below today',
    symbols: 'max(0, k × (G − G₀))',
    unit: 'money',
    terms: [
      { name: 'scale', symbol: 'k', meaning: 'the rule’s scale' },
      { name: 'targetCurve', symbol: 'G', meaning: 'the cost curve at the target' },
      { name: 'baselineCurve', symbol: 'G₀', meaning: 'the cost curve today' },
    ],
    compute: (v) => ruleInvestmentFromCurve(v.scale, v.targetCurve, v.baselineCurve),
  }),
  investmentByRule: formula({
    words: 'the rule’s estimate, as no figure of your own is given',
    symbols: 'Iᵣ',
    unit: 'money',
    terms: [{ name: 'ruleInvestment', symbol: 'Iᵣ', meaning: 'the rule’s estimate' }],
    compute: (v) => v.ruleInvestment,
  }),
  annualSavings: formula({
    words: 'annual downtime cost before the step − annual downtime cost after it',
    symbols: 'D₀ − D₁',
    unit: 'money-per-year',
    terms: [
      { name: 'before', symbol: 'D₀', meaning: 'annual downtime cost before the step' },
      { name: 'after', symbol: 'D₁', meaning: 'annual downtime cost after the step' },
    ],
    compute: (v) => v.before.minus(v.after),
  }),
  stepInvestment: formula({
    words: 'investment at this level − investment at the level below',
    symbols: 'I₁ − I₀',
    unit: 'money',
    terms: [
      { name: 'to', symbol: 'I₁', meaning: 'investment at this level' },
      { name: 'from', symbol: 'I₀', meaning: 'investment at the level below' },
    ],
    conventions: ['marginalStep'],
    compute: (v) => v.to.minus(v.from),
  }),
  stepRunCost: formula({
    words: 'extra run cost a year at this level − at the level below',
    symbols: 'R₁ − R₀',
    unit: 'money-per-year',
    terms: [
      { name: 'to', symbol: 'R₁', meaning: 'extra run cost a year at this level' },
      { name: 'from', symbol: 'R₀', meaning: 'extra run cost a year at the level below' },
    ],
    conventions: ['marginalStep'],
    compute: (v) => v.to.minus(v.from),
  }),
  netAnnualBenefit: formula({
    words: 'annual savings − extra run cost a year',
    symbols: 'S − R',
    unit: 'money-per-year',
    terms: [
      { name: 'savings', symbol: 'S', meaning: 'annual savings' },
      { name: 'runCost', symbol: 'R', meaning: 'extra run cost a year' },
    ],
    compute: (v) => v.savings.minus(v.runCost),
  }),
  paybackYears: formula({
    words: 'investment ÷ (annual savings − extra run cost); never when the savings do not cover the run cost',
    symbols: 'I ÷ B',
    unit: 'years',
    terms: [
      { name: 'investment', symbol: 'I', meaning: 'investment' },
      { name: 'netAnnualBenefit', symbol: 'B', meaning: 'net annual benefit' },
    ],
    compute: (v) => simplePaybackYears(v.investment, v.netAnnualBenefit),
    never: NOT_COVERED,
  }),
  npv: formula({
    words:
      'the investment now, then the net annual benefit at the end of each year of the horizon, discounted at the discount rate',
    symbols: '−I + Σₜ₌₁…T B ÷ (1 + r)ᵗ',
    unit: 'money',
    terms: [
      { name: 'investment', symbol: 'I', meaning: 'investment' },
      { name: 'netAnnualBenefit', symbol: 'B', meaning: 'net annual benefit' },
      { name: 'horizonYears', symbol: 'T', meaning: 'horizon in years' },
      { name: 'discountRatePercent', symbol: 'r', meaning: 'discount rate a year' },
    ],
    conventions: ['endOfYearCashFlows'],
    compute: (v) =>
      netPresentValue(
        v.discountRatePercent.div(100),
        v.investment,
        Array.from({ length: v.horizonYears.toNumber() }, () => v.netAnnualBenefit),
      ),
  }),
  discountedPaybackYears: formula({
    words: `the years until the discounted net benefit covers the investment, interpolated within the year it does; never when it does not within ${DISCOUNTED_PAYBACK_MAX_YEARS} years`,
    symbols: 'first t where Σ B ÷ (1 + r)ᵗ ≥ I',
    unit: 'years',
    terms: [
      { name: 'netAnnualBenefit', symbol: 'B', meaning: 'net annual benefit' },
      { name: 'discountRatePercent', symbol: 'r', meaning: 'discount rate a year' },
      { name: 'investment', symbol: 'I', meaning: 'investment' },
    ],
    conventions: ['endOfYearCashFlows'],
    compute: (v) => discountedPaybackYears(v.discountRatePercent.div(100), v.investment, v.netAnnualBenefit),
    never: (v) =>
      v.netAnnualBenefit.lte(0)
        ? NOT_COVERED
        : `the discounted savings do not cover the investment within ${DISCOUNTED_PAYBACK_MAX_YEARS} years`,
  }),
  annualisedInvestment: formula({
    words: 'investment ÷ horizon years (straight-line, undiscounted)',
    symbols: 'I ÷ T',
    unit: 'money-per-year',
    terms: [
      { name: 'investment', symbol: 'I', meaning: 'investment' },
      { name: 'horizonYears', symbol: 'T', meaning: 'horizon in years' },
    ],
    conventions: ['straightLineInvestment'],
    compute: (v) => v.investment.div(v.horizonYears),
  }),
  totalAnnualCost: formula({
    words: 'annual downtime cost + annualised investment + extra run cost a year',
    symbols: 'D + A + R',
    unit: 'money-per-year',
    terms: [
      { name: 'annualDowntimeCost', symbol: 'D', meaning: 'annual downtime cost' },
      { name: 'annualisedInvestment', symbol: 'A', meaning: 'annualised investment' },
      { name: 'annualRunCost', symbol: 'R', meaning: 'extra run cost a year' },
    ],
    compute: (v) => v.annualDowntimeCost.plus(v.annualisedInvestment).plus(v.annualRunCost),
  }),
  curveTop: formula({
    words: 'the top of the total-cost curve: the highest of five nines, today and every target',
    symbols: 'max(aₘₐₓ, a₀, aᵢ)',
    unit: 'percent',
    terms: [
      { name: 'defaultTop', symbol: 'aₘₐₓ', meaning: 'five nines' },
      { name: 'today', symbol: 'a₀', meaning: 'availability today' },
      { name: 'targets', symbol: 'aᵢ', meaning: 'every target’s availability', variadic: true },
    ],
    conventions: ['curveTop'],
    compute: (v) => Dec.max(v.defaultTop, v.today, ...v.targets),
  }),
  costOptimalUnavailability: formula({
    words:
      'where the rule’s total annual cost is least: (k × log₁₀ g ÷ (T × C × Y))^(1 ÷ (log₁₀ g + 1)), kept between the top of the curve and today (today when downtime costs nothing)',
    symbols: 'clamp((k × log₁₀ g ÷ (T × C × Y))^(1 ÷ (log₁₀ g + 1)), uₜₒₚ, u₀)',
    unit: 'fraction',
    terms: [
      { name: 'scale', symbol: 'k', meaning: 'the rule’s scale' },
      { name: 'growthPerNine', symbol: 'g', meaning: 'cost growth per nine' },
      { name: 'horizonYears', symbol: 'T', meaning: 'horizon in years' },
      { name: 'costPerHour', symbol: 'C', meaning: 'downtime cost per hour' },
      { name: 'hoursPerYear', symbol: 'Y', meaning: 'hours in a year' },
      {
        name: 'topUnavailability',
        symbol: 'uₜₒₚ',
        meaning: 'the share of time down at the top of the curve',
      },
      { name: 'baselineUnavailability', symbol: 'u₀', meaning: 'the share of time down today' },
    ],
    conventions: ['straightLineInvestment', 'curveWithoutRunCost'],
    compute: (v) =>
      costOptimalUnavailability({
        scale: v.scale,
        growthExponent: growthExponent(v.growthPerNine),
        horizonYears: v.horizonYears,
        costPerHour: v.costPerHour,
        hoursPerYear: v.hoursPerYear,
        baselineUnavailability: v.baselineUnavailability,
        topUnavailability: v.topUnavailability,
      }).unavailability,
  }),
} as const;

export type FormulaId = keyof typeof FORMULAS;

/** A formula of a line the charts draw: like a figure's, over a free variable instead of one value. */
export interface SeriesFormulaDefinition {
  readonly words: string;
  readonly symbols: string;
  readonly unit: Unit;
  /** The free variable along the line. */
  readonly over: { readonly symbol: string; readonly meaning: string };
  readonly terms: readonly TermDefinition[];
  readonly conventions?: readonly ConventionId[];
}

/** The lines of the charts, in words (their points are computed by break-even.ts and total-cost-curve.ts). */
export const SERIES_FORMULAS = {
  cumulativeNetBenefit: {
    words: '−investment + net annual benefit ÷ 12 × months since the investment',
    symbols: '−I + B ÷ 12 × m',
    unit: 'money',
    over: { symbol: 'm', meaning: 'months since the investment' },
    terms: [
      { name: 'investment', symbol: 'I', meaning: 'investment' },
      { name: 'netAnnualBenefit', symbol: 'B', meaning: 'net annual benefit' },
    ],
    conventions: ['evenMonthlyBenefit'],
  },
  totalCostCurve: {
    words:
      'at each availability: annual downtime cost + the rule’s investment from today ÷ horizon years, with no extra run cost',
    symbols: '(1 − a) × Y × C + max(0, k × (g^n(a) − G₀)) ÷ T',
    unit: 'money-per-year',
    over: { symbol: 'a', meaning: 'availability' },
    terms: [
      { name: 'hoursPerYear', symbol: 'Y', meaning: 'hours in a year' },
      { name: 'costPerHour', symbol: 'C', meaning: 'downtime cost per hour' },
      { name: 'scale', symbol: 'k', meaning: 'the rule’s scale' },
      { name: 'growthPerNine', symbol: 'g', meaning: 'cost growth per nine' },
      { name: 'baselineCurve', symbol: 'G₀', meaning: 'the cost curve today' },
      { name: 'horizonYears', symbol: 'T', meaning: 'horizon in years' },
    ],
    conventions: ['straightLineInvestment', 'curveWithoutRunCost'],
  },
} as const satisfies Record<string, SeriesFormulaDefinition>;

export type SeriesFormulaId = keyof typeof SERIES_FORMULAS;

/** The conventions of the model in words. */
export const CONVENTIONS: Record<ConventionId, { readonly words: string }> = {
  periodLengths: {
    words: 'A day is 24 hours; a year and a month are as long as the chosen period convention says.',
  },
  calibrationPoints: {
    words:
      'The investment rule is calibrated on the step from 99.5 % to 99.9 %, which costs the calibration multiple × the annual infrastructure cost.',
  },
  todayNeedsNothing: { words: 'Staying at today’s availability needs no investment and no extra run cost.' },
  endOfYearCashFlows: {
    words:
      'The investment is paid now; the net benefit comes at the end of each year and is discounted from there.',
  },
  straightLineInvestment: {
    words: 'The total annual cost spreads the one-time investment evenly over the horizon, undiscounted.',
  },
  marginalStep: {
    words: 'A marginal figure compares a target with the next-lower one (or with today, for the lowest).',
  },
  curveTop: {
    words: 'The total-cost curve runs from today to five nines (99.999 %), or further to the highest target.',
  },
  curveWithoutRunCost: {
    words: 'The rule’s curve carries no extra run cost; a target’s own run cost is added only to its marker.',
  },
  evenMonthlyBenefit: {
    words:
      'Break-even: the investment is paid at month 0 and the net benefit accrues evenly by month, undiscounted.',
  },
  exactDecimals: {
    words: 'Amounts are computed exactly (40 significant digits) and rounded only for display.',
  },
};
