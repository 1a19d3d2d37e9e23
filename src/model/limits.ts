/**
 * The valid domain of every input, shared by the form, the share-link decoder and saved state.
 * Amounts are capped so that every figure stays far below decimal.js's and Intl's exact ranges and
 * fits its table cell: $1,000,000,000,000 an hour is more than any business loses.
 */
export const LIMITS = {
  maxAmount: 1_000_000_000_000,
  /** Availability bounds, percent, exclusive: 0 < a < 100. */
  minAvailabilityExclusive: 0,
  maxAvailabilityExclusive: 100,
  minHorizonYears: 1,
  maxHorizonYears: 30,
  minDiscountRatePercent: 0,
  maxDiscountRatePercent: 100,
  /** The rule needs growth > 1 (each nine costs more than the last); 1000× is beyond any use. */
  minGrowthPerNineExclusive: 1,
  maxGrowthPerNine: 1000,
  maxCalibrationMultiple: 1000,
  maxScenarios: 12,
  maxLabelLength: 60,
} as const;
