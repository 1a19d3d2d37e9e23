import { Dec, dec, type DecimalInput } from './decimal';
import { periodHours, type PeriodConventionId, type PeriodHours } from './periods';

/**
 * Converts an availability in percent (e.g. 99.9) into the fraction of time *down* (0.001).
 * Exact decimal arithmetic, no rounding.
 */
export function unavailability(availabilityPercent: DecimalInput): Dec {
  return new Dec(1).minus(dec(availabilityPercent).div(100));
}

/**
 * Allowed downtime, in hours, in each reporting period for an availability in percent:
 * unavailability × period length. Exact, no rounding (format for display elsewhere).
 */
export function allowedDowntimeHours(
  availabilityPercent: DecimalInput,
  conventionId: PeriodConventionId,
): PeriodHours {
  const u = unavailability(availabilityPercent);
  const p = periodHours(conventionId);
  return {
    day: p.day.times(u),
    week: p.week.times(u),
    month: p.month.times(u),
    quarter: p.quarter.times(u),
    year: p.year.times(u),
  };
}

/**
 * Annual downtime cost in currency units: expected downtime hours per year × cost per hour.
 * Exact, no rounding. With the seed convention, 99.5 % at $2,000,000/h gives $86,400,000.
 */
export function annualDowntimeCost(
  availabilityPercent: DecimalInput,
  downtimeCostPerHour: DecimalInput,
  conventionId: PeriodConventionId,
): Dec {
  return allowedDowntimeHours(availabilityPercent, conventionId).year.times(dec(downtimeCostPerHour));
}

/** The highest availability a proposed scenario reaches, percent (seven nines). */
export const PROPOSAL_CAP_PERCENT = '99.99999';

/**
 * The availability one nine above `availabilityPercent`, in percent: unavailability ÷ 10
 * (99.9 → 99.99, 99.5 → 99.95), capped at 99.99999 %. Exact; returned as a plain number for the store.
 */
export function oneMoreNine(availabilityPercent: DecimalInput): number {
  const next = new Dec(100).minus(unavailability(availabilityPercent).times(10));
  return Dec.min(next, PROPOSAL_CAP_PERCENT).toNumber();
}
