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
    terms: [{ name: 'availability', symbol: 'a' }],
    compute: (v) => unavailability(v.availability),
  }),
  costOptimalAvailability: formula({
    words:
      'the cost-optimal availability: 1 − its share of time down, or exactly today’s or the top’s where it is held at either',
    symbols: 'a₀ if u* = u₀, aₜₒₚ if u* = uₜₒₚ, else 1 − u*',
    unit: 'percent',
    terms: [
      { name: 'unavailability', symbol: 'u*' },
      { name: 'baselineUnavailability', symbol: 'u₀' },
      { name: 'baselineAvailability', symbol: 'a₀' },
      { name: 'topUnavailability', symbol: 'uₜₒₚ' },
      { name: 'topAvailability', symbol: 'aₜₒₚ' },
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
    terms: [{ name: 'unavailability', symbol: 'u' }],
    compute: (v) => ninesAt(v.unavailability),
  }),
  downtimeHoursPerYear: formula({
    words: 'the share of time down × hours in a year',
    symbols: 'u × Y',
    unit: 'hours-per-year',
    terms: [
      { name: 'unavailability', symbol: 'u' },
      { name: 'hoursPerYear', symbol: 'Y' },
    ],
    compute: (v) => v.hoursPerYear.times(v.unavailability),
  }),
  downtimeHoursPerMonth: formula({
    words: 'the share of time down × hours in a month',
    symbols: 'u × Hₘ',
    unit: 'hours-per-month',
    terms: [
      { name: 'unavailability', symbol: 'u' },
      { name: 'hoursPerMonth', symbol: 'Hₘ' },
    ],
    compute: (v) => v.hoursPerMonth.times(v.unavailability),
  }),
  annualDowntimeCost: formula({
    words: 'downtime hours a year × downtime cost per hour',
    symbols: 'H × C',
    unit: 'money-per-year',
    terms: [
      { name: 'downtimeHours', symbol: 'H' },
      { name: 'costPerHour', symbol: 'C' },
    ],
    compute: (v) => v.downtimeHours.times(v.costPerHour),
  }),
  annualInfraCost: formula({
    words: '12 × monthly infrastructure cost',
    symbols: '12 × M',
    unit: 'money-per-year',
    terms: [{ name: 'monthlyInfraCost', symbol: 'M' }],
    compute: (v) => v.monthlyInfraCost.times(12),
  }),
  ruleCurve: formula({
    words:
      'the rule’s cost curve gⁿ: g to the power of the number of nines, computed as (1 − availability)^(−log₁₀ g)',
    symbols: 'u^(−log₁₀ g)',
    unit: 'ratio',
    terms: [
      { name: 'unavailability', symbol: 'u' },
      { name: 'growthPerNine', symbol: 'g' },
    ],
    compute: (v) => ruleCurveAt(v.unavailability, v.growthPerNine),
  }),
  calibrationStep: formula({
    words: 'the rule’s cost curve at the calibration target − at the calibration start',
    symbols: 'G₁ − G₀',
    unit: 'ratio',
    terms: [
      { name: 'to', symbol: 'G₁' },
      { name: 'from', symbol: 'G₀' },
    ],
    conventions: ['calibrationPoints'],
    compute: (v) => v.to.minus(v.from),
  }),
  investmentScale: formula({
    words: 'the rule’s scale k: calibration multiple × annual infrastructure cost ÷ the calibration step',
    symbols: 'x × A ÷ Δ',
    unit: 'money',
    terms: [
      { name: 'calibrationMultiple', symbol: 'x' },
      { name: 'annualInfraCost', symbol: 'A' },
      { name: 'calibrationStep', symbol: 'Δ' },
    ],
    conventions: ['calibrationPoints'],
    compute: (v) => v.calibrationMultiple.times(v.annualInfraCost).div(v.calibrationStep),
  }),
  ruleInvestment: formula({
    words: 'k × (the rule’s cost curve at the target − today), and nothing at or below today',
    symbols: 'max(0, k × (G − G₀))',
    unit: 'money',
    terms: [
      { name: 'scale', symbol: 'k' },
      { name: 'targetCurve', symbol: 'G' },
      { name: 'baselineCurve', symbol: 'G₀' },
    ],
    compute: (v) => ruleInvestmentFromCurve(v.scale, v.targetCurve, v.baselineCurve),
  }),
  investmentByRule: formula({
    words: 'the rule’s estimate, as no figure of your own is given',
    symbols: 'Iᵣ',
    unit: 'money',
    terms: [{ name: 'ruleInvestment', symbol: 'Iᵣ' }],
    compute: (v) => v.ruleInvestment,
  }),
  annualSavings: formula({
    words: 'annual downtime cost before the step − annual downtime cost after it',
    symbols: 'D₀ − D₁',
    unit: 'money-per-year',
    terms: [
      { name: 'before', symbol: 'D₀' },
      { name: 'after', symbol: 'D₁' },
    ],
    compute: (v) => v.before.minus(v.after),
  }),
  stepInvestment: formula({
    words: 'investment at this level − investment at the level below',
    symbols: 'I₁ − I₀',
    unit: 'money',
    terms: [
      { name: 'to', symbol: 'I₁' },
      { name: 'from', symbol: 'I₀' },
    ],
    conventions: ['marginalStep'],
    compute: (v) => v.to.minus(v.from),
  }),
  stepRunCost: formula({
    words: 'extra run cost a year at this level − at the level below',
    symbols: 'R₁ − R₀',
    unit: 'money-per-year',
    terms: [
      { name: 'to', symbol: 'R₁' },
      { name: 'from', symbol: 'R₀' },
    ],
    conventions: ['marginalStep'],
    compute: (v) => v.to.minus(v.from),
  }),
  netAnnualBenefit: formula({
    words: 'annual savings − extra run cost a year',
    symbols: 'S − R',
    unit: 'money-per-year',
    terms: [
      { name: 'savings', symbol: 'S' },
      { name: 'runCost', symbol: 'R' },
    ],
    compute: (v) => v.savings.minus(v.runCost),
  }),
  paybackYears: formula({
    words: 'investment ÷ (annual savings − extra run cost); never when the savings do not cover the run cost',
    symbols: 'I ÷ B',
    unit: 'years',
    terms: [
      { name: 'investment', symbol: 'I' },
      { name: 'netAnnualBenefit', symbol: 'B' },
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
      { name: 'investment', symbol: 'I' },
      { name: 'netAnnualBenefit', symbol: 'B' },
      { name: 'horizonYears', symbol: 'T' },
      { name: 'discountRatePercent', symbol: 'r' },
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
      { name: 'netAnnualBenefit', symbol: 'B' },
      { name: 'discountRatePercent', symbol: 'r' },
      { name: 'investment', symbol: 'I' },
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
      { name: 'investment', symbol: 'I' },
      { name: 'horizonYears', symbol: 'T' },
    ],
    conventions: ['straightLineInvestment'],
    compute: (v) => v.investment.div(v.horizonYears),
  }),
  totalAnnualCost: formula({
    words: 'annual downtime cost + annualised investment + extra run cost a year',
    symbols: 'D + A + R',
    unit: 'money-per-year',
    terms: [
      { name: 'annualDowntimeCost', symbol: 'D' },
      { name: 'annualisedInvestment', symbol: 'A' },
      { name: 'annualRunCost', symbol: 'R' },
    ],
    compute: (v) => v.annualDowntimeCost.plus(v.annualisedInvestment).plus(v.annualRunCost),
  }),
  curveTop: formula({
    words: 'the top of the total-cost curve: the highest of five nines, today and every target',
    symbols: 'max(aₘₐₓ, a₀, aᵢ)',
    unit: 'percent',
    terms: [
      { name: 'defaultTop', symbol: 'aₘₐₓ' },
      { name: 'today', symbol: 'a₀' },
      { name: 'targets', symbol: 'aᵢ', variadic: true },
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
      { name: 'scale', symbol: 'k' },
      { name: 'growthPerNine', symbol: 'g' },
      { name: 'horizonYears', symbol: 'T' },
      { name: 'costPerHour', symbol: 'C' },
      { name: 'hoursPerYear', symbol: 'Y' },
      { name: 'topUnavailability', symbol: 'uₜₒₚ' },
      { name: 'baselineUnavailability', symbol: 'u₀' },
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
  /** The free variable along the line, and what it is. */
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
      { name: 'investment', symbol: 'I' },
      { name: 'netAnnualBenefit', symbol: 'B' },
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
      { name: 'hoursPerYear', symbol: 'Y' },
      { name: 'costPerHour', symbol: 'C' },
      { name: 'scale', symbol: 'k' },
      { name: 'growthPerNine', symbol: 'g' },
      { name: 'baselineCurve', symbol: 'G₀' },
      { name: 'horizonYears', symbol: 'T' },
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
