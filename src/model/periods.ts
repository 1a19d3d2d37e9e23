import { Dec } from './decimal';

/** How long a "month" and a "year" are. Every downtime and annual figure depends on this choice. */
export type PeriodConventionId = 'seed' | 'calendar' | 'gregorian';

export interface PeriodConvention {
  id: PeriodConventionId;
  /** What the convention is, in the words the page and exports use: "30-day months (360-day year)". */
  label: string;
  /** One-line statement of the convention, shown beside the results. */
  description: string;
  /** Days in one year under this convention. */
  yearDays: Dec;
}

/**
 * The supported conventions. `seed` is the specification's own (`* 24 * 30` per month, `* 12` per
 * year) and is the default because it reproduces the seed's ROI function exactly. The other two
 * take a true year and define month = year / 12 and quarter = year / 4.
 */
export const PERIOD_CONVENTIONS: Record<PeriodConventionId, PeriodConvention> = {
  seed: {
    id: 'seed',
    label: '30-day months (360-day year)',
    description: 'Month = 30 days; year = 12 months = 360 days; quarter = 90 days.',
    yearDays: new Dec(360),
  },
  calendar: {
    id: 'calendar',
    label: '365-day year',
    description: 'Year = 365 days; month = year / 12 (30.42 days); quarter = year / 4.',
    yearDays: new Dec(365),
  },
  gregorian: {
    id: 'gregorian',
    label: 'Gregorian year (365.2425 days)',
    description: 'Year = 365.2425 days; month = year / 12 (30.44 days); quarter = year / 4.',
    yearDays: new Dec('365.2425'),
  },
};

export const PERIOD_CONVENTION_IDS = Object.keys(PERIOD_CONVENTIONS) as PeriodConventionId[];

export interface PeriodHours {
  day: Dec;
  week: Dec;
  month: Dec;
  quarter: Dec;
  year: Dec;
}

/**
 * Length of each reporting period in hours under a convention. Day = 24 h, week = 7 days,
 * month = year / 12, quarter = year / 4 (under the seed's convention that is 30 and 90 days).
 * Exact, no rounding: the year in hours is divided last, so 8,760 h / 12 is exactly 730 h.
 */
export function periodHours(conventionId: PeriodConventionId): PeriodHours {
  const c = PERIOD_CONVENTIONS[conventionId];
  const day = new Dec(24);
  const year = c.yearDays.times(day);
  return {
    day,
    week: day.times(7),
    month: year.div(12),
    quarter: year.div(4),
    year,
  };
}
