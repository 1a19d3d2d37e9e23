import type { CalculatorInputs } from './scenarios';

export type IndustryId = 'financial' | 'ecommerce' | 'social' | 'saas' | 'gaming';
export type Impact = 'Low' | 'Moderate' | 'Severe';
export type Risk = 'Low' | 'Medium' | 'High';

/** A row of the seed's "Cost of Downtime by Industry" table. Costs in US dollars per hour. */
export interface Industry {
  id: IndustryId;
  name: string;
  costPerHourLow: number;
  costPerHourHigh: number;
  reputationImpact: Impact;
  regulatoryRisk: Risk;
}

/** The seed's table, verbatim. */
export const INDUSTRIES: Industry[] = [
  {
    id: 'financial',
    name: 'Financial Services',
    costPerHourLow: 5_000_000,
    costPerHourHigh: 15_000_000,
    reputationImpact: 'Severe',
    regulatoryRisk: 'High',
  },
  {
    id: 'ecommerce',
    name: 'E-commerce',
    costPerHourLow: 1_000_000,
    costPerHourHigh: 5_000_000,
    reputationImpact: 'Moderate',
    regulatoryRisk: 'Low',
  },
  {
    id: 'social',
    name: 'Social Media',
    costPerHourLow: 500_000,
    costPerHourHigh: 2_000_000,
    reputationImpact: 'Moderate',
    regulatoryRisk: 'Low',
  },
  {
    id: 'saas',
    name: 'Enterprise SaaS',
    costPerHourLow: 100_000,
    costPerHourHigh: 1_000_000,
    reputationImpact: 'Severe',
    regulatoryRisk: 'Medium',
  },
  {
    id: 'gaming',
    name: 'Gaming',
    costPerHourLow: 50_000,
    costPerHourHigh: 500_000,
    reputationImpact: 'Low',
    regulatoryRisk: 'Low',
  },
];

/**
 * Midpoint of a cost-per-hour range, in the same units: (low + high) / 2. The inputs are whole
 * dollars whose sum is even or ends in 5 × 10ᵏ, so the plain-number result is exact.
 */
export function rangeMidpoint(industry: Pick<Industry, 'costPerHourLow' | 'costPerHourHigh'>): number {
  return (industry.costPerHourLow + industry.costPerHourHigh) / 2;
}

/** Defaults of the inputs that no preset sets. */
export const DEFAULT_ASSUMPTIONS = {
  growthPerNine: 10,
  calibrationMultiple: 2,
  horizonYears: 3,
  discountRatePercent: 8,
} as const;

/**
 * What the page calls the specification's example: "seed" is our word, not the user's. `name` is the
 * preset's name in files and footers (where the inputs may since have changed, so no figures);
 * `choice` is its entry in the preset picker, which says what it starts from.
 */
export const WORKED_EXAMPLE_NAMES = {
  name: 'Worked example',
  choice: 'Worked example (e-commerce, $2M an hour)',
} as const;

/**
 * The seed's `calculate_reliability_roi` example: e-commerce at $2,000,000/h, 99.5 % today,
 * $500,000/month of infrastructure, compared at 99.5 %, 99.9 % and 99.99 % under the seed's 30-day
 * month. The default session.
 */
export const SEED_EXAMPLE: CalculatorInputs = {
  downtimeCostPerHour: 2_000_000,
  baselineAvailabilityPercent: 99.5,
  monthlyInfraCost: 500_000,
  periodConvention: 'seed',
  ...DEFAULT_ASSUMPTIONS,
  // Labels follow the targets: "99.5 %", "99.9 %", "99.99 %".
  scenarios: [
    { id: 's1', label: null, availabilityPercent: 99.5, investmentOverride: null, annualRunCost: 0 },
    { id: 's2', label: null, availabilityPercent: 99.9, investmentOverride: null, annualRunCost: 0 },
    { id: 's3', label: null, availabilityPercent: 99.99, investmentOverride: null, annualRunCost: 0 },
  ],
};

/**
 * Where an input's value comes from when it is not the user's own: `preset` when it is the value the
 * chosen industry preset set (the midpoint of its cost range, currency units an hour), `worked-example`
 * when it is the worked example's and nothing the user chose has set it (the preset leaves the monthly
 * infrastructure cost as the worked example had it). Null when the value differs: the user typed it.
 * Exact comparison of plain numbers, as stored.
 */
export function inputOrigin(
  presetId: IndustryId | 'seed',
  key: 'downtimeCostPerHour' | 'baselineAvailabilityPercent' | 'monthlyInfraCost',
  value: number,
): 'preset' | 'worked-example' | null {
  const industry = INDUSTRIES.find((i) => i.id === presetId);
  if (industry && key === 'downtimeCostPerHour') return value === rangeMidpoint(industry) ? 'preset' : null;
  return value === SEED_EXAMPLE[key] ? 'worked-example' : null;
}
