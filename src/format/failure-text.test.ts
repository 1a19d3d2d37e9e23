import { describe, expect, it } from 'vitest';
import { productionFailuresCatalogue, rootCausesCatalogue } from '../model/failure-catalogues';
import { PERIOD_CONVENTIONS } from '../model/periods';
import {
  FAILURE_MODE_FIELDS,
  modeBadMinutesPerYear,
  type Duration,
  type Estimate,
  type FailureMode,
  type FailureModeField,
  type Frequency,
} from '../model/failure-modes';
import { Dec } from '../model/decimal';
import { evaluateDependencies } from '../model/dependencies';
import { dependencyModeRows } from '../model/dependency-figures';
import type { DependencyTree } from '../model/dependency-tree';
import {
  frequencyConventionText,
  joinedDependencyText,
  minutesText,
  parseCostText,
  parseDurationText,
  parseFrequencyText,
  parseLeverChangeText,
  parseUsersAffectedText,
  type TextReading,
} from './failure-text';

function valueOf<T>(reading: TextReading<T>): T {
  if (!reading.ok) throw new Error(`expected a value, got: ${reading.message}`);
  return reading.value;
}

function messageOf<T>(reading: TextReading<T>): string {
  if (reading.ok) throw new Error(`expected a message, got: ${JSON.stringify(reading.value)}`);
  return reading.message;
}

const freq = (best: number, unit: Frequency['unit'], per = 1, low?: number, high?: number): Frequency => ({
  count: low === undefined ? { best } : { best, low, high },
  per,
  unit,
});
const dur = (best: number, unit: Duration['unit'], low?: number, high?: number): Duration => ({
  amount: low === undefined ? { best } : { best, low, high },
  unit,
});
const share = (best: number, low?: number, high?: number): Estimate =>
  low === undefined ? { best } : { best, low, high };

// The first texts of each table are the specification's own words ("What Actually Breaks"); the rest
// are the usual variants people type.
describe('parseFrequencyText', () => {
  it.each<[string, Frequency]>([
    ['1-2 per year', freq(1.5, 'year', 1, 1, 2)],
    ['2-3 per month', freq(2.5, 'month', 1, 2, 3)],
    ['1 per month', freq(1, 'month')],
    ['1 per week', freq(1, 'week')],
    ['2-3 per week', freq(2.5, 'week', 1, 2, 3)],
    ['Daily', freq(1, 'day')],
    ['Hourly', freq(1, 'hour')],
    ['every 7 days', freq(1, 'day', 7)],
    ['every 21 days', freq(1, 'day', 21)],
    ['52', freq(52, 'year')],
    ['weekly', freq(1, 'week')],
    ['monthly', freq(1, 'month')],
    ['quarterly', freq(1, 'quarter')],
    ['yearly', freq(1, 'year')],
    ['annually', freq(1, 'year')],
    ['every day', freq(1, 'day')],
    ['every other week', freq(1, 'week', 2)],
    ['every 2 years', freq(1, 'year', 2)],
    ['every 1,5 days', freq(1, 'day', 1.5)],
    ['2x a week', freq(2, 'week')],
    ['2-3x per week', freq(2.5, 'week', 1, 2, 3)],
    ['2 – 3 per month', freq(2.5, 'month', 1, 2, 3)],
    ['2 to 3 per month', freq(2.5, 'month', 1, 2, 3)],
    ['twice a month', freq(2, 'month')],
    ['once a year', freq(1, 'year')],
    ['1-2/yr', freq(1.5, 'year', 1, 1, 2)],
    ['3 per 2 weeks', freq(3, 'week', 2)],
    ['1,5 per month', freq(1.5, 'month')],
    ['4 incidents a year', freq(4, 'year')],
    ['~2 per month', freq(2, 'month')],
    ['about 2 per month', freq(2, 'month')],
    ['never', freq(0, 'year')],
    ['0', freq(0, 'year')],
    ['1-2', freq(1.5, 'year', 1, 1, 2)],
  ])('%j → %j', (text, expected) => {
    expect(valueOf(parseFrequencyText(text))).toEqual(expected);
  });

  it('says that a number alone counts incidents a year', () => {
    expect(parseFrequencyText('52')).toMatchObject({
      ok: true,
      note: 'A number alone counts incidents a year.',
    });
    expect(parseFrequencyText('Daily')).toMatchObject({ ok: true, note: null });
  });

  it.each([
    ['', /^Enter how often it happens\. Write it like 52 \(a year\), 1-2 per year/],
    [
      'often',
      /^Nines cannot read “often” as a frequency\. Write it like 52 \(a year\), 1-2 per year, 2-3 per month, 1 per week, daily, hourly or every 7 days\.$/,
    ],
    ['2 per fortnight', /cannot read “2 per fortnight”/],
    ['-1 per year', /cannot read/],
    ['constructor', /cannot read/],
    ['3-1 per year', /first figure is above the second/],
    ['every 0 days', /period must be above 0/],
    ['1.000 per year', /could mean 1 or 1,000/],
  ])('refuses %j with a message naming what is accepted', (text, message) => {
    expect(messageOf(parseFrequencyText(text))).toMatch(message);
  });

  it('states the conversion through the period convention’s year', () => {
    expect(frequencyConventionText('seed')).toBe(
      `Incidents a year: per month × 12, per week × 360 ÷ 7 (51.43), per day × 360, per hour × 8,640 (${PERIOD_CONVENTIONS.seed.label}).`,
    );
    expect(frequencyConventionText('calendar')).toContain(
      'per week × 365 ÷ 7 (52.14), per day × 365, per hour × 8,760',
    );
  });
});

describe('parseDurationText', () => {
  it.each<[string, Duration]>([
    ['<30s', dur(15, 'second', 0, 30)],
    ['<15s', dur(7.5, 'second', 0, 15)],
    ['Immediate', dur(0.5, 'minute', 0, 1)],
    ['5-30min', dur(17.5, 'minute', 5, 30)],
    ['30-60s', dur(45, 'second', 30, 60)],
    ['1-4 hours', dur(2.5, 'hour', 1, 4)],
    ['5min (restart)', dur(5, 'minute')],
    ['Self-healing', dur(0.5, 'minute', 0, 1)],
    ['Hours', dur(4.5, 'hour', 1, 8)],
    ['Minutes', dur(8, 'minute', 1, 15)],
    ['Seconds', dur(30.5, 'second', 1, 60)],
    ['30min-hours', dur(255, 'minute', 30, 480)],
    ['30-60min', dur(45, 'minute', 30, 60)],
    ['2-8 hours', dur(5, 'hour', 2, 8)],
    ['15-30min', dur(22.5, 'minute', 15, 30)],
    ['self healing', dur(0.5, 'minute', 0, 1)],
    ['immediately', dur(0.5, 'minute', 0, 1)],
    ['30s-2min', dur(75, 'second', 30, 120)],
    ['1 to 4 hours', dur(2.5, 'hour', 1, 4)],
    ['1–4 h', dur(2.5, 'hour', 1, 4)],
    ['2.5h', dur(2.5, 'hour')],
    ['1,5 h', dur(1.5, 'hour')],
    ['90 seconds', dur(90, 'second')],
    ['3 min', dur(3, 'minute')],
    ['1 hour', dur(1, 'hour')],
    ['2 days', dur(2, 'day')],
    ['under 2 min', dur(1, 'minute', 0, 2)],
    ['≤ 10 s', dur(5, 'second', 0, 10)],
    ['~5 min', dur(5, 'minute')],
    ['0', dur(0, 'minute')],
    ['5', dur(5, 'minute')],
    ['5-5 min', dur(5, 'minute')],
  ])('%j → %j', (text, expected) => {
    expect(valueOf(parseDurationText(text))).toEqual(expected);
  });

  it.each([
    [
      'Hours',
      '“Hours” is read as 1–8 hours (more than an hour, within a working shift); best estimate 4.5 hours.',
    ],
    ['Minutes', '“Minutes” is read as 1–15 minutes (a few minutes); best estimate 8 minutes.'],
    [
      'Immediate',
      '“Immediate” is read as 0–1 minute (at once, acted on within a minute); best estimate 0.5 minutes.',
    ],
    [
      'Self-healing',
      '“Self-healing” is read as 0–1 minute (it recovers on its own within a minute, with no one acting); best estimate 0.5 minutes.',
    ],
    [
      '30min-hours',
      '“Hours” is read as 1–8 hours (more than an hour, within a working shift); best estimate 4.5 hours.',
    ],
    ['5', 'A number alone is minutes.'],
    ['5-30min', null],
  ])('states how %j is read', (text, note) => {
    expect(parseDurationText(text)).toMatchObject({ ok: true, note });
  });

  it.each([
    ['', /^Enter a time\. Write it like 30s, 5min, 1-4 hours/],
    [
      'soon',
      /^Nines cannot read “soon” as a time\. Write it like 30s, 5min, 1-4 hours, 5-30min, <30s, immediate, minutes, hours or self-healing \(a number alone is minutes\)\.$/,
    ],
    ['>30min', /“>30min” has no upper end: write a range such as 30-60min/],
    ['Out of control', /“Out of control” is not a time: set how long it takes to recover/],
    ['30-5min', /first figure is above the second/],
    ['5 parsecs', /cannot read/],
    ['5min-', /cannot read/],
    ['-5 min', /cannot read/],
    ['<hours', /cannot read/],
  ])('refuses %j with a message naming what is accepted', (text, message) => {
    expect(messageOf(parseDurationText(text))).toMatch(message);
  });
});

describe('parseUsersAffectedText', () => {
  it.each<[string, Estimate]>([
    ['25 %', share(0.25)],
    ['25%', share(0.25)],
    ['25', share(0.25)],
    ['0 %', share(0)],
    ['100 %', share(1)],
    ['7.5 %', share(0.075)],
    ['7,5 %', share(0.075)],
    ['50 %', share(0.5)],
    ['10-20 %', share(0.15, 0.1, 0.2)],
    ['10 %–20 %', share(0.15, 0.1, 0.2)],
    ['<10 %', share(0.05, 0, 0.1)],
    ['under 10%', share(0.05, 0, 0.1)],
    ['>50 %', share(0.75, 0.5, 1)],
    ['SEV1', share(1)],
    ['SEV2', share(0.75, 0.5, 1)],
    ['SEV3', share(0.05, 0, 0.1)],
    ['sev 2', share(0.75, 0.5, 1)],
    ['Sev-3', share(0.05, 0, 0.1)],
    ['all users', share(1)],
    ['all', share(1)],
    ['none', share(0)],
    ['25 % of users', share(0.25)],
  ])('%j → %j', (text, expected) => {
    expect(valueOf(parseUsersAffectedText(text))).toEqual(expected);
  });

  it.each([
    ['SEV1', 'SEV1 (“All users affected”) is read as 100 %.'],
    ['SEV2', 'SEV2 (“>50% users affected”) is read as 50–100 %; best estimate 75 %.'],
    ['SEV3', 'SEV3 (“<10% users affected”) is read as 0–10 %; best estimate 5 %.'],
    ['25', 'A number alone is a percentage of users.'],
    ['25 %', null],
  ])('states how %j is read', (text, note) => {
    expect(parseUsersAffectedText(text)).toMatchObject({ ok: true, note });
  });

  it.each([
    ['', /^Enter the share of users affected\./],
    ['150 %', /between 0 % and 100 %/],
    [
      'SEV4',
      /^Nines cannot read “SEV4” as a share of users\. Write it like 25 %, 10-20 %, <10 %, all, SEV1, SEV2 or SEV3/,
    ],
    ['many', /cannot read “many”/],
    ['20-10 %', /first figure is above the second/],
  ])('refuses %j with a message naming what is accepted', (text, message) => {
    expect(messageOf(parseUsersAffectedText(text))).toMatch(message);
  });
});

describe('parseLeverChangeText', () => {
  it.each<[string, FailureModeField, unknown]>([
    ['', 'frequency', null],
    ['  ', 'timeToDetect', null],
    ['unchanged', 'timeToRecover', null],
    ['−50 %', 'frequency', { kind: 'relative', percent: { best: -50 } }],
    ['-50%', 'timeToRecover', { kind: 'relative', percent: { best: -50 } }],
    ['+20 %', 'usersAffected', { kind: 'relative', percent: { best: 20 } }],
    ['-100 %', 'frequency', { kind: 'relative', percent: { best: -100 } }],
    ['every 14 days', 'frequency', { kind: 'set', value: freq(1, 'day', 14) }],
    ['1 min', 'timeToRecover', { kind: 'set', value: dur(1, 'minute') }],
    ['Immediate', 'timeToDetect', { kind: 'set', value: dur(0.5, 'minute', 0, 1) }],
    ['10 %', 'usersAffected', { kind: 'set', value: share(0.1) }],
    ['SEV3', 'usersAffected', { kind: 'set', value: share(0.05, 0, 0.1) }],
  ])('%j in %s → %j', (text, field, expected) => {
    expect(valueOf(parseLeverChangeText(text, field))).toEqual(expected);
  });

  it.each<[string, FailureModeField, RegExp]>([
    ['50 %', 'frequency', /For a change write a sign, such as −50 % or \+20 %/],
    ['-150 %', 'timeToRecover', /cannot fall by more than 100 %/],
    ['soon', 'timeToDetect', /cannot read “soon” as a time\..*Leave it blank to keep the value/],
    ['often', 'frequency', /as a frequency\..*Leave it blank/],
  ])('refuses %j in %s', (text, field, message) => {
    expect(messageOf(parseLeverChangeText(text, field))).toMatch(message);
  });
});

describe('a lever’s relative change typed as a range', () => {
  // Best estimate = the arithmetic midpoint, as every range of the failure modes (model `midpoint`):
  // (−60 + −30) / 2 = −45, (10 + 20) / 2 = 15, (−20 + 10) / 2 = −5, (−100 + −50) / 2 = −75.
  const cut = { kind: 'relative', percent: { best: -45, low: -60, high: -30 } };
  const cutNote = 'Read as −60 % to −30 %; best estimate −45 %.';
  it.each<[string, FailureModeField, unknown, string | null]>([
    ['−30 % to −60 %', 'frequency', cut, cutNote],
    ['−60 % to −30 %', 'timeToRecover', cut, cutNote],
    ['-30% - -60%', 'timeToDetect', cut, cutNote],
    ['−30 to −60 %', 'frequency', cut, cutNote],
    ['-30..-60%', 'frequency', cut, cutNote],
    ['−30–60 %', 'timeToRecover', cut, cutNote],
    ['-30-60 %', 'timeToRecover', cut, cutNote],
    ['30-60 % less', 'frequency', cut, cutNote],
    ['30 to 60 % fewer', 'frequency', cut, cutNote],
    ['30-60 % shorter', 'timeToDetect', cut, cutNote],
    ['30-60 % less', 'usersAffected', cut, cutNote],
    [
      '+10 % to +20 %',
      'timeToRecover',
      { kind: 'relative', percent: { best: 15, low: 10, high: 20 } },
      'Read as +10 % to +20 %; best estimate +15 %.',
    ],
    [
      '10-20 % more',
      'frequency',
      { kind: 'relative', percent: { best: 15, low: 10, high: 20 } },
      'Read as +10 % to +20 %; best estimate +15 %.',
    ],
    [
      '−20 % to +10 %',
      'frequency',
      { kind: 'relative', percent: { best: -5, low: -20, high: 10 } },
      'Read as −20 % to +10 %; best estimate −5 %.',
    ],
    [
      '−50 % to −100 %',
      'frequency',
      { kind: 'relative', percent: { best: -75, low: -100, high: -50 } },
      'Read as −100 % to −50 %; best estimate −75 %.',
    ],
    [
      '-0 % to -12,5 %',
      'timeToDetect',
      { kind: 'relative', percent: { best: -6.25, low: -12.5, high: 0 } },
      'Read as −12.5 % to 0 %; best estimate −6.25 %.',
    ],
    ['50 % less', 'timeToRecover', { kind: 'relative', percent: { best: -50 } }, null],
    ['20 % more', 'usersAffected', { kind: 'relative', percent: { best: 20 } }, null],
    ['−30 % to −30 %', 'frequency', { kind: 'relative', percent: { best: -30 } }, null],
  ])('%j in %s → %j, %j', (text, field, expected, note) => {
    expect(parseLeverChangeText(text, field)).toEqual({ ok: true, value: expected, note });
  });

  it.each<[string, FailureModeField, RegExp]>([
    ['−150 %', 'frequency', /^A value cannot fall by more than 100 %\.$/],
    ['−50 % to −150 %', 'timeToRecover', /^A value cannot fall by more than 100 %\.$/],
    ['50-150 % less', 'frequency', /^A value cannot fall by more than 100 %\.$/],
    [
      '+10 % to −20 %',
      'frequency',
      /In “\+10 % to −20 %” the first figure is above the second: write the lower one first/,
    ],
    [
      '−60–30 %',
      'timeToDetect',
      /In “−60–30 %” the first figure is above the second: write the smaller one first/,
    ],
    ['60-30 % less', 'frequency', /write the smaller one first/],
    [
      '−30 % to 60 %',
      'frequency',
      /the second figure has no sign: write both, such as −30 % to −60 % or −30 % to \+60 %/,
    ],
    ['−%', 'timeToRecover', /^Nines cannot read “−%” as a change\. Leave it blank to keep the value/],
    ['−30 % to', 'timeToRecover', /^Nines cannot read “−30 % to” as a change\./],
    ['to', 'frequency', /cannot read “to” as a frequency\..*a range of changes such as −30 % to −60 %/],
    ['30-60 %', 'timeToRecover', /For a change write a sign/],
    // A word it does not take as a direction is no change: the field's own reader says what it accepts.
    ['30-60 % quicker', 'timeToRecover', /^Nines cannot read “30-60 % quicker” as a time\..*30-60 % less/],
  ])('refuses %j in %s', (text, field, message) => {
    expect(messageOf(parseLeverChangeText(text, field))).toMatch(message);
  });
});

describe('the specification’s words, typed into a row, give the CRE sheet’s bad minutes', () => {
  it('deployment downtime: "every 7 days", "0", "3 min", "100 %" → 156.43 on a 365-day year', () => {
    const mode: FailureMode = {
      id: 'deploy',
      name: 'Deployment downtime',
      frequency: valueOf(parseFrequencyText('every 7 days')),
      timeToDetect: valueOf(parseDurationText('0')),
      timeToRecover: valueOf(parseDurationText('3 min')),
      usersAffected: valueOf(parseUsersAffectedText('100 %')),
    };
    expect(modeBadMinutesPerYear(mode, 'calendar')!.toFixed(2)).toBe('156.43');
  });

  it('minor defect: "every 21 days", "60 min", "1 hour", "2 %" → 41.71', () => {
    const mode: FailureMode = {
      id: 'defect',
      name: 'Minor defect',
      frequency: valueOf(parseFrequencyText('every 21 days')),
      timeToDetect: valueOf(parseDurationText('60 min')),
      timeToRecover: valueOf(parseDurationText('1 hour')),
      usersAffected: valueOf(parseUsersAffectedText('2 %')),
    };
    expect(modeBadMinutesPerYear(mode, 'calendar')!.toFixed(2)).toBe('41.71');
  });
});

describe('every preset text reads as the value the preset gives it', () => {
  const readers: Record<FailureModeField, (text: string) => TextReading<unknown>> = {
    frequency: parseFrequencyText,
    timeToDetect: parseDurationText,
    timeToRecover: parseDurationText,
    usersAffected: parseUsersAffectedText,
  };
  const catalogues = [productionFailuresCatalogue(), rootCausesCatalogue(12), rootCausesCatalogue(7)];

  it.each(catalogues.flatMap((c) => c.entries.map((e) => [c.name, e.mode.name, e] as const)))(
    '%s: %s',
    (_catalogue, _name, entry) => {
      for (const field of FAILURE_MODE_FIELDS) {
        const read = readers[field](entry.text[field]);
        if (entry.mode[field] === null) {
          expect(read.ok).toBe(false);
          expect(entry.needs).toContain(field);
        } else expect(valueOf(read)).toEqual(entry.mode[field]);
      }
    },
  );

  it.each(productionFailuresCatalogue().levers.map((s) => [s.lever.name, s] as const))(
    'suggested lever %s',
    (_name, suggested) => {
      for (const field of FAILURE_MODE_FIELDS)
        expect(valueOf(parseLeverChangeText(suggested.text[field], field))).toEqual(
          suggested.lever.after[field],
        );
    },
  );
});

describe('a lever’s cost as typed', () => {
  it.each<[string, unknown, string | null]>([
    ['', null, null],
    ['50000', { best: 50_000 }, null],
    ['50,000', { best: 50_000 }, null],
    [
      '50,000-80,000',
      { best: 65_000, low: 50_000, high: 80_000 },
      'Read as 50,000 to 80,000; best estimate 65,000.',
    ],
    [
      '50000 to 80000',
      { best: 65_000, low: 50_000, high: 80_000 },
      'Read as 50,000 to 80,000; best estimate 65,000.',
    ],
    ['0 – 1,000', { best: 500, low: 0, high: 1_000 }, 'Read as 0 to 1,000; best estimate 500.'],
    ['5,000-5,000', { best: 5_000 }, null],
  ])('"%s" reads as %j', (text, value, note) => {
    expect(parseCostText(text)).toEqual({ ok: true, value, note });
  });

  it.each(['80,000-50,000', 'lots', '-5'])('"%s" gets a message and no value', (text) => {
    const read = parseCostText(text);
    expect(read.ok).toBe(false);
  });
});

describe('minutes a year beside the catalogue', () => {
  it.each([
    // Google CRE's risk sheet: deployment downtime every 7 days, 3 minutes, on a 365-day year.
    [new Dec(365).div(7).times(3).toString(), '156.43'],
    ['525.6', '525.6'],
    ['0.004', 'under 0.01'],
    ['0', '0'],
    ['-0.001', '0'],
  ])('shows %s minutes as %s', (minutes, shown) => {
    expect(minutesText(new Dec(minutes))).toBe(shown);
  });
});

/*
 * A dependency joined to the catalogue shows, in the fields a typed mode has text in, the values its
 * row has: one incident a year, found at once, lasting its downtime a year, for every user. Treynor et
 * al. (2017): 99.9 % is down 0.1 % of a 525,600-minute year, 525.6 minutes; Microsoft's regions: a
 * 99.99 % router is down 52.56 minutes, two regions at 99.95 % both at once 0.0005² × 525,600 = 0.1314.
 */
describe('a joined dependency in the failure-mode fields', () => {
  const dep = (id: string, name: string, availabilityPercent: number) =>
    ({ kind: 'dependency', id, name, availabilityPercent }) as const;
  const rowsOf = (children: DependencyTree['children']) =>
    dependencyModeRows(
      evaluateDependencies({ kind: 'all-of', id: 'n0', name: 'All dependencies', children }),
      'calendar',
    );
  it.each([
    ['a 99.9 % database', rowsOf([dep('d', 'Database', 99.9)])[0]!, '525.6 min'],
    [
      'a 99.99 % router',
      rowsOf([
        {
          kind: 'regions',
          id: 'w',
          name: 'Web tier',
          regionCount: 2,
          commonCauseSharePercent: 0,
          router: dep('r', 'Traffic Manager', 99.99),
          children: [dep('a', 'App Service', 99.95)],
        },
      ])[0]!,
      '52.56 min',
    ],
    [
      'two regions at 99.95 % both down',
      rowsOf([
        {
          kind: 'regions',
          id: 'w',
          name: 'Web tier',
          regionCount: 2,
          commonCauseSharePercent: 0,
          router: null,
          children: [dep('a', 'App Service', 99.95)],
        },
      ])[0]!,
      '0.13 min',
    ],
  ])('writes %s as once a year, at once, its minutes, 100 %', (_what, row, recover) => {
    expect(joinedDependencyText(row.values)).toEqual({
      frequency: 'once a year',
      timeToDetect: 'at once',
      timeToRecover: recover,
      usersAffected: '100 %',
    });
  });

  it('reads its frequency and share back as its values', () => {
    const [row] = rowsOf([dep('d', 'Database', 99.9)]);
    const text = joinedDependencyText(row!.values);
    expect(valueOf(parseFrequencyText(text.frequency))).toEqual({ count: { best: 1 }, per: 1, unit: 'year' });
    expect(valueOf(parseUsersAffectedText(text.usersAffected)).best).toBe(
      row!.values.shareAffected.toNumber(),
    );
  });
});
