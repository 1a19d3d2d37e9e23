import { describe, expect, it } from 'vitest';
import { Dec } from './decimal';
import { allowedDowntimeHours, annualDowntimeCost, unavailability } from './downtime';
import { PERIOD_CONVENTION_IDS, type PeriodConventionId } from './periods';

/*
 * Source: Google, "Site Reliability Engineering: How Google Runs Production Systems" (O'Reilly, 2016),
 * Appendix A, "Availability Table", Table A-1, https://sre.google/sre-book/availability-table/
 * ("Assuming no planned downtime, Table A-1 indicates how much downtime is permitted to reach a given
 * availability level."). The cells below are copied verbatim. The sre.google page itself is not in the
 * reference index available here; the table was read from three independent reproductions that agree
 * cell for cell (one of them clipped from sre.google/sre-book/availability-table/#tablea1):
 *   - github.com/gabrielpascua/gabrielpascua.com, _posts/2016-07-01-site-availability-table.markdown
 *   - github.com/hiniko/hiniko.github.io, content/knowledge/cheatsheets/ha-avalability-table.md
 *   - a Readwise clipping of the page ("Table 1-1. Availability table", links to #tablea1)
 * The book's table has no 99.8 % row; its rows are 90, 95, 99, 99.5, 99.9, 99.95, 99.99 and 99.999 %.
 * Its "per hour" column is not tested: the model has no hour period.
 *
 * Conventions. The table's own figures reveal its conventions: 90 % → 36.5 days a year means a
 * 365-day year, 3 days a month means a 30-day month, and 9 days a quarter means a 90-day quarter.
 * No single convention of the model has all three: `calendar` has the 365-day year (but a 30.42-day
 * month), `seed` has the 30-day month and 90-day quarter (but a 360-day year). So the honest reading
 * is to test the year column under `calendar` and the quarter and month columns under `seed`. Day
 * (24 h) and week (7 days) do not depend on the convention, so they are tested under all three.
 *
 * The table rounds; each model value is converted into the cell's unit and rounded (half up) to the
 * number of decimals the cell shows, then compared as text.
 */

type Column = 'year' | 'quarter' | 'month' | 'week' | 'day';
type SreRow = [availability: string, year: string, quarter: string, month: string, week: string, day: string];

// Table A-1, verbatim (per hour column omitted).
const SRE_TABLE_A1: SreRow[] = [
  ['90%', '36.5 days', '9 days', '3 days', '16.8 hours', '2.4 hours'],
  ['95%', '18.25 days', '4.5 days', '1.5 days', '8.4 hours', '1.2 hours'],
  ['99%', '3.65 days', '21.6 hours', '7.2 hours', '1.68 hours', '14.4 minutes'],
  ['99.5%', '1.83 days', '10.8 hours', '3.6 hours', '50.4 minutes', '7.20 minutes'],
  ['99.9%', '8.76 hours', '2.16 hours', '43.2 minutes', '10.1 minutes', '1.44 minutes'],
  ['99.95%', '4.38 hours', '1.08 hours', '21.6 minutes', '5.04 minutes', '43.2 seconds'],
  ['99.99%', '52.6 minutes', '12.96 minutes', '4.32 minutes', '60.5 seconds', '8.64 seconds'],
  ['99.999%', '5.26 minutes', '1.30 minutes', '25.9 seconds', '6.05 seconds', '0.87 seconds'],
];

const COLUMNS: Column[] = ['year', 'quarter', 'month', 'week', 'day'];

/** Which model convention reproduces each column of the table (see the comment at the top). */
const CONVENTIONS_FOR: Record<Column, PeriodConventionId[]> = {
  year: ['calendar'],
  quarter: ['seed'],
  month: ['seed'],
  week: PERIOD_CONVENTION_IDS,
  day: PERIOD_CONVENTION_IDS,
};

/** Hours in one unit the table uses. */
const UNIT_HOURS: Record<string, Dec> = {
  days: new Dec(24),
  hours: new Dec(1),
  minutes: new Dec(1).div(60),
  seconds: new Dec(1).div(3600),
};

/**
 * Errata: the one cell that cannot be reproduced by rounding. 0.001 % of a 24-hour day is
 * 0.00001 × 86,400 s = 0.864 s exactly, which rounds to 0.86 s, not the table's 0.87 s. The slip is
 * in the book's table, not in the model: a day is 24 h under every convention, and the same row's week
 * cell (6.05 s = 0.00001 × 604,800 s rounded) agrees with a 24-hour day.
 */
const ERRATA = new Set(['99.999%/day']);

function parseCell(cell: string): { value: string; decimals: number; unit: string } {
  const [value, unit] = cell.split(' ') as [string, string];
  const decimals = value.includes('.') ? value.split('.')[1]!.length : 0;
  return { value, decimals, unit };
}

const CASES = SRE_TABLE_A1.flatMap(([availability, ...cells]) =>
  COLUMNS.flatMap((column, i) =>
    CONVENTIONS_FOR[column].map(
      (convention) =>
        [availability, column, convention, cells[i]!] as [string, Column, PeriodConventionId, string],
    ),
  ),
).filter(([availability, column]) => !ERRATA.has(`${availability}/${column}`));

describe('allowed downtime against the SRE book, Appendix A, Table A-1', () => {
  it('covers every row and column of the table except the one erratum', () => {
    // 8 rows × (year + quarter + month + 3 × week + 3 × day) − 3 erratum cases (day, three conventions).
    expect(CASES).toHaveLength(8 * (1 + 1 + 1 + 3 + 3) - 3);
  });

  it.each(CASES)('%s per %s (%s) is %s', (availability, column, convention, cell) => {
    const percent = availability.replace('%', '');
    const { value, decimals, unit } = parseCell(cell);
    const hours = allowedDowntimeHours(percent, convention)[column];
    const inUnit = hours.div(UNIT_HOURS[unit]!);
    expect(inUnit.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).toFixed(decimals)).toBe(value);
  });

  it.each(PERIOD_CONVENTION_IDS)(
    'erratum: 99.999 %% per day is exactly 0.864 s under %s, one unit of the last digit from the table’s 0.87 s',
    (convention) => {
      const seconds = allowedDowntimeHours('99.999', convention).day.times(3600);
      expect(seconds.eq('0.864')).toBe(true);
      expect(seconds.minus('0.87').abs().lte('0.01')).toBe(true);
    },
  );

  it('the columns really depend on the convention (the mapping above is not a free choice)', () => {
    // 99.9 %: a 360-day year gives 8.64 h, not the table's 8.76 h; a 365/12-day month gives 43.8 min,
    // not the table's 43.2 min.
    expect(allowedDowntimeHours('99.9', 'seed').year.toFixed(2)).toBe('8.64');
    expect(allowedDowntimeHours('99.9', 'calendar').month.times(60).toFixed(1)).toBe('43.8');
  });
});

describe('exact allowed downtime', () => {
  // Hand arithmetic: 1 − 99.9 / 100 = 0.001.
  //   seed month      = 30 d × 24 h = 720 h        → 0.001 × 720     = 0.72 h
  //   calendar year   = 365 d × 24 h = 8760 h      → 0.001 × 8760    = 8.76 h
  //   gregorian year  = 365.2425 d × 24 = 8765.82 h → 0.001 × 8765.82 = 8.76582 h
  it.each([
    ['seed', 'month', '0.72'],
    ['seed', 'year', '8.64'],
    ['calendar', 'year', '8.76'],
    ['gregorian', 'year', '8.76582'],
    ['gregorian', 'month', '0.730485'],
    ['gregorian', 'quarter', '2.191455'],
    ['calendar', 'quarter', '2.19'],
  ] as [PeriodConventionId, Column, string][])(
    '99.9 %% under %s: %s = %s h',
    (convention, column, expected) => {
      expect(allowedDowntimeHours('99.9', convention)[column].eq(expected)).toBe(true);
    },
  );

  it('gregorian year at 99.9 % to six decimals is 8.765820 h', () => {
    expect(allowedDowntimeHours(99.9, 'gregorian').year.toFixed(6)).toBe('8.765820');
  });

  it.each([
    ['99.9', '0.001'],
    ['99.5', '0.005'],
    ['99.999', '0.00001'],
    ['0.5', '0.995'],
    ['50', '0.5'],
  ])('unavailability(%s %%) = %s exactly', (percent, expected) => {
    expect(unavailability(percent).eq(expected)).toBe(true);
  });

  it('accepts plain numbers as well as strings, with the same exact result', () => {
    expect(allowedDowntimeHours(99.95, 'seed').month.eq(allowedDowntimeHours('99.95', 'seed').month)).toBe(
      true,
    );
    expect(allowedDowntimeHours(99.95, 'seed').month.eq('0.36')).toBe(true);
  });

  it('rejects non-finite availability instead of returning NaN', () => {
    expect(() => allowedDowntimeHours(Number.NaN, 'seed')).toThrow(RangeError);
    expect(() => annualDowntimeCost(99.9, Number.POSITIVE_INFINITY, 'seed')).toThrow(RangeError);
  });
});

describe('annual downtime cost', () => {
  // Hand arithmetic: hours per year × unavailability × cost per hour.
  it.each([
    // seed: 8640 h × 0.005 × 2,000,000 = 86,400,000 (the seed's own example)
    ['99.5', '2000000', 'seed', '86400000'],
    // calendar: 8760 h × 0.001 × 1,000,000 = 8,760,000
    ['99.9', '1000000', 'calendar', '8760000'],
    // gregorian: 8765.82 h × 0.0001 × 100,000 = 87,658.2
    ['99.99', '100000', 'gregorian', '87658.2'],
    // any convention: zero cost per hour costs nothing
    ['90', '0', 'calendar', '0'],
  ] as [string, string, PeriodConventionId, string][])(
    '%s %% at %s/h under %s costs %s a year',
    (percent, perHour, convention, expected) => {
      expect(annualDowntimeCost(percent, perHour, convention).eq(expected)).toBe(true);
    },
  );
});
