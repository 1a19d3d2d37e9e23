/**
 * What a figure measures, so every surface formats it the same way: `money` is a one-time amount in
 * currency units, `money-per-year` an amount each year, `percent` a percentage (99.9 for 99.9 %),
 * `fraction` a share of time (0.001), `nines` the number of nines −log₁₀(1 − availability), `ratio` a
 * dimensionless multiple or curve value, `hours` a length of time in hours.
 */
export type Unit =
  | 'money'
  | 'money-per-year'
  | 'money-per-month'
  | 'money-per-hour'
  | 'hours'
  | 'hours-per-month'
  | 'hours-per-year'
  | 'years'
  | 'percent'
  | 'percent-per-year'
  | 'fraction'
  | 'nines'
  | 'ratio';

/** The inputs of the model that are not a scenario's own. */
export type InputName =
  | 'downtimeCostPerHour'
  | 'downtimeCostPerHourLow'
  | 'downtimeCostPerHourHigh'
  | 'monthlyInfraCost'
  | 'growthPerNine'
  | 'calibrationMultiple'
  | 'horizonYears'
  | 'discountRatePercent';

/**
 * Where an input is edited, as a path into the session's inputs: `downtimeCostPerHour`,
 * `costRange.low`, `scenarios.s2.annualRunCost` (by scenario id, not position).
 */
export type InputPath =
  | 'downtimeCostPerHour'
  | 'costRange.low'
  | 'costRange.high'
  | 'baselineAvailabilityPercent'
  | 'monthlyInfraCost'
  | 'periodConvention'
  | 'growthPerNine'
  | 'calibrationMultiple'
  | 'horizonYears'
  | 'discountRatePercent'
  | `scenarios.${string}.${'availabilityPercent' | 'investmentOverride' | 'annualRunCost'}`
  // The failure modes' figures the comparison takes (see `FailureModeLevels` in result-graph.ts).
  | 'failureModes.availabilityPercent'
  | `failureModes.plan.${'availabilityPercent' | 'investment' | 'annualRunCost'}`;

/** The figures every level (today, each scenario, points of the total-cost curve) can have. */
export type LevelFigureName =
  | 'availabilityPercent'
  | 'unavailability'
  | 'nines'
  | 'downtimeHoursPerMonth'
  | 'downtimeHoursPerYear'
  | 'annualDowntimeCost'
  | 'ruleCurve'
  | 'ruleInvestment'
  | 'investment'
  | 'annualRunCost'
  | 'annualisedInvestment'
  | 'totalAnnualCost';

/** What a step from one level to another buys: against today, or the marginal step. */
export type StepFigureName =
  | 'annualSavings'
  | 'investment'
  | 'annualRunCost'
  | 'netAnnualBenefit'
  | 'paybackYears'
  | 'npv'
  | 'discountedPaybackYears';

/** The figures computed again at each end of the cost-per-hour range. */
export type CostEndFigureName = 'annualDowntimeCost' | 'annualSavings' | 'netAnnualBenefit' | 'paybackYears';

/** An end of the cost-per-hour range. */
export type CostEnd = 'lowCost' | 'highCost';

/** The figures of the investment rule that do not depend on a level. */
export type RuleFigureName =
  | 'annualInfraCost'
  | 'calibrationStep'
  | 'scale'
  | `${'calibrationFrom' | 'calibrationTo'}.${'availabilityPercent' | 'unavailability' | 'ruleCurve'}`;

/** Figures set by a convention of the model rather than typed. */
export type ConventionFigureName = 'hoursPerYear' | 'hoursPerMonth';

/**
 * A figure's stable id, a dotted path: `input.downtimeCostPerHour`, `convention.hoursPerYear`,
 * `rule.scale`, `baseline.annualDowntimeCost`, `scenario.s2.annualSavings` (against today),
 * `scenario.s3.marginal.paybackYears` (against the next-lower level), `scenario.s2.lowCost.annualSavings`
 * (at the low end of the cost per hour), `totalCost.optimum.availabilityPercent`. Scenario ids are the
 * session's (`s1`, `s2`, …), so an id survives reordering.
 */
export type FigureId =
  | `input.${InputName}`
  | `convention.${ConventionFigureName}`
  | `rule.${RuleFigureName}`
  | `baseline.${LevelFigureName}`
  | `baseline.${CostEnd}.annualDowntimeCost`
  | `scenario.${string}.${LevelFigureName | StepFigureName}`
  | `scenario.${string}.marginal.${StepFigureName}`
  | `scenario.${string}.${CostEnd}.${CostEndFigureName}`
  | `totalCost.top.${'defaultPercent' | 'availabilityPercent' | 'unavailability'}`
  | `totalCost.optimum.${LevelFigureName}`
  | `scenario.${string}.${'irr' | 'marginal.irr'}`;

/**
 * Formulas kept apart from `FORMULAS` because their code is too big for the first results: their
 * figures are added to a result graph by a module loaded later (the IRR: irr-figures.ts).
 */
export type LateFormulaId = 'irr';

/** The model's conventions: choices of the model itself that a figure rests on. Their words are in `CONVENTIONS`. */
export type ConventionId =
  | 'periodLengths'
  | 'calibrationPoints'
  | 'todayNeedsNothing'
  | 'endOfYearCashFlows'
  | 'straightLineInvestment'
  | 'marginalStep'
  | 'curveTop'
  | 'curveWithoutRunCost'
  | 'evenMonthlyBenefit'
  | 'exactDecimals';
