import { Dec } from '../model/decimal';
import {
  midpoint,
  type Duration,
  type DurationUnit,
  type Estimate,
  type FailureModeField,
  type Frequency,
  type FrequencyUnit,
  type LeverAfter,
  type LeverChange,
  type ModeValues,
} from '../model/failure-modes';
import { PERIOD_CONVENTIONS, periodHours, type PeriodConventionId } from '../model/periods';
import { formatInputNumber, formatNumber } from './format';
import { parseAmount, parseNumberText } from './parse';

/**
 * Reading what people write in a failure catalogue: the specification's own words ("1-2 per year",
 * "<30s", "5min (restart)", "Self-healing", "SEV2") and the usual variants. Each reader returns the
 * value in the model's typed form (a frequency keeps its period, a time its unit, so the model
 * converts them under the period convention) or a message that names what is accepted; never a guess.
 *
 * - A range ("5-30min", "1-2 per year", "10-20 %") gives low and high and best = their arithmetic
 *   midpoint (see `midpoint` in the model for why arithmetic).
 * - "<30s", "under 10 %" are ranges from 0; "> 50 %" runs to 100 %. A time with no upper end
 *   (">30min") is refused: it has no midpoint.
 * - Vague words are read as the stated ranges of `VAGUE_DURATIONS` and `SEVERITY_SHARES`, and the
 *   reading says so in `note`, for the row to show beside the field.
 * - A number alone is incidents a year, minutes, or a percentage of users.
 * - Words in brackets are a remark and are left out: "5min (restart)" is 5 minutes.
 */
export type TextReading<T> = { ok: true; value: T; note: string | null } | { ok: false; message: string };

const FREQUENCY_FORMS =
  'Write it like 52 (a year), 1-2 per year, 2-3 per month, 1 per week, daily, hourly or every 7 days.';
const DURATION_FORMS =
  'Write it like 30s, 5min, 1-4 hours, 5-30min, <30s, immediate, minutes, hours or self-healing (a number alone is minutes).';
const USERS_FORMS =
  'Write it like 25 %, 10-20 %, <10 %, all, SEV1, SEV2 or SEV3 (a number alone is a percentage).';

/** Lower case, one space, plain hyphens and signs, no remark in brackets, no "about". */
function normalise(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[–—‒]/g, '-')
    .replace(/−/g, '-')
    .replace(/≤/g, '<=')
    .replace(/≥/g, '>=')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:~|about|approx\.?|approximately|around|roughly|ca\.|circa)\s*/, '');
}

/** One number as people type it ("1,5", "1,000", "2.5"), or the number parser's own message. */
function readNumber(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const read = parseNumberText(text);
  if (!read.ok) return read;
  return read.value < 0 ? { ok: false, message: 'Must be zero or more.' } : read;
}

const NUMBER = '(\\d[\\d.,]*|[.,]\\d+)';

/** A record's own entry for a typed key (never an inherited one such as "constructor"). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
const RANGE_SEPARATOR = '\\s*(?:-|to|\\.\\.)\\s*';

/** An estimate from a low and a high end, or a message when they are the wrong way round. */
function rangeEstimate(low: number, high: number, shown: string): TextReading<Estimate> {
  if (low > high)
    return {
      ok: false,
      message: `In “${shown}” the first figure is above the second: write the lower one first.`,
    };
  if (low === high) return { ok: true, value: { best: low }, note: null };
  return { ok: true, value: { best: midpoint(low, high), low, high }, note: null };
}

// --------------------------------------------------------------------------------------- frequency

const FREQUENCY_UNITS: ReadonlyArray<[RegExp, FrequencyUnit]> = [
  [/^(?:y|yr|yrs|year|years|annum)$/, 'year'],
  [/^(?:q|qtr|quarter|quarters)$/, 'quarter'],
  [/^(?:mo|mon|mth|month|months)$/, 'month'],
  [/^(?:w|wk|wks|week|weeks)$/, 'week'],
  [/^(?:d|day|days)$/, 'day'],
  [/^(?:h|hr|hrs|hour|hours)$/, 'hour'],
];

function frequencyUnit(word: string): FrequencyUnit | null {
  return FREQUENCY_UNITS.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

/** Words that name a frequency on their own: once per one of the unit. */
const FREQUENCY_WORDS: Record<string, FrequencyUnit> = {
  yearly: 'year',
  annually: 'year',
  annual: 'year',
  quarterly: 'quarter',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
  nightly: 'day',
  hourly: 'hour',
};

const COUNT_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3, never: 0 };

const COUNT_SUFFIX = '(?:\\s*(?:x|times|incidents?|events?|outages?|failures?))?';
const PER = '\\s*(?:per|a|an|each|every|/|in)\\s*';

/**
 * A frequency as typed: "52" (a plain number is a year's count), "1-2 per year", "2-3 per month",
 * "1 per week", "2x a week", "twice a month", "daily", "hourly", "every 7 days", "every other day",
 * "0"/"never". The count and its period are kept as typed; the model turns them into incidents a year
 * under the period convention (see `frequencyConventionText`).
 */
export function parseFrequencyText(text: string): TextReading<Frequency> {
  const shown = text.trim();
  const t = normalise(text);
  if (t === '') return { ok: false, message: `Enter how often it happens. ${FREQUENCY_FORMS}` };
  const notRead = {
    ok: false as const,
    message: `Nines cannot read “${shown}” as a frequency. ${FREQUENCY_FORMS}`,
  };
  const word = own(FREQUENCY_WORDS, t);
  if (word) return { ok: true, value: { count: { best: 1 }, per: 1, unit: word }, note: null };

  const everyMatch = /^every\s*(other|\d[\d.,]*|[.,]\d+)?\s*([a-z]+)$/.exec(t);
  if (everyMatch) {
    const [, howMany, unitWord = ''] = everyMatch;
    const unit = frequencyUnit(unitWord);
    if (unit === null) return notRead;
    let per = 1;
    if (howMany === 'other') per = 2;
    else if (howMany !== undefined) {
      const n = readNumber(howMany);
      if (!n.ok) return n;
      if (n.value === 0) return { ok: false, message: `“${shown}”: the period must be above 0.` };
      per = n.value;
    }
    return { ok: true, value: { count: { best: 1 }, per, unit }, note: null };
  }

  const countPattern = `(${Object.keys(COUNT_WORDS).join('|')}|${NUMBER}(?:${RANGE_SEPARATOR}${NUMBER})?)`;
  const match = new RegExp(`^${countPattern}${COUNT_SUFFIX}(?:${PER}(\\d[\\d.,]*)?\\s*([a-z]+))?$`).exec(t);
  if (!match) return notRead;
  const [, countText = '', lowText, highText, perText, unitWord] = match;
  let count: TextReading<Estimate>;
  const countWord = own(COUNT_WORDS, countText);
  if (countWord !== undefined) count = { ok: true, value: { best: countWord }, note: null };
  else {
    const low = readNumber(lowText!);
    if (!low.ok) return low;
    if (highText === undefined) count = { ok: true, value: { best: low.value }, note: null };
    else {
      const high = readNumber(highText);
      if (!high.ok) return high;
      count = rangeEstimate(low.value, high.value, shown);
    }
  }
  if (!count.ok) return count;
  if (unitWord === undefined)
    return {
      ok: true,
      value: { count: count.value, per: 1, unit: 'year' },
      note: /^[\d.,\s-]+$/.test(t) ? 'A number alone counts incidents a year.' : null,
    };
  const unit = frequencyUnit(unitWord);
  if (unit === null) return notRead;
  let per = 1;
  if (perText !== undefined) {
    const n = readNumber(perText);
    if (!n.ok) return n;
    if (n.value === 0) return { ok: false, message: `“${shown}”: the period must be above 0.` };
    per = n.value;
  }
  return { ok: true, value: { count: count.value, per, unit }, note: null };
}

/**
 * How frequencies turn into incidents a year under a convention, in one sentence for beside the
 * table: "Per month × 12, per week × 360 ÷ 7 (51.43), per day × 360, per hour × 8,640 (30-day month,
 * 360-day year (seed))." Figures to two decimals.
 */
export function frequencyConventionText(conventionId: PeriodConventionId): string {
  const convention = PERIOD_CONVENTIONS[conventionId];
  const days = convention.yearDays;
  const hours = periodHours(conventionId).year;
  return (
    `Incidents a year: per month × 12, per week × ${formatNumber(days)} ÷ 7 (${formatNumber(days.div(7))}), ` +
    `per day × ${formatNumber(days)}, per hour × ${formatNumber(hours)} (${convention.label}).`
  );
}

/**
 * Minutes a year with two decimals ("156.43"); "under 0.01" for a tiny positive figure. Here with the
 * catalogue's words, since the reading writes a joined dependency's minutes with it too.
 */
export function minutesText(minutes: Dec): string {
  const text = formatNumber(minutes, 2);
  if (text === '0' && minutes.gt(0)) return 'under 0.01';
  if (text === '-0') return '0';
  return text;
}

/**
 * What a dependency joined to the catalogue shows in a mode's four fields, where a typed mode has
 * its text: its values (dependency-figures.ts `dependencyModeRows`) are one incident a year, found
 * at once, lasting its downtime a year, for every user, so "once a year", "at once", "525.6 min",
 * "100 %". Read-only: it is edited under Dependencies.
 */
export function joinedDependencyText(values: ModeValues): Record<FailureModeField, string> {
  return {
    frequency: 'once a year',
    timeToDetect: 'at once',
    timeToRecover: `${minutesText(values.minutesToRecover)} min`,
    usersAffected: '100 %',
  };
}

// ---------------------------------------------------------------------------------------- duration

/** The unit words of a time, and the seconds in each (to put two ends of a range in one unit). */
const DURATION_UNITS: ReadonlyArray<[RegExp, DurationUnit]> = [
  [/^(?:s|sec|secs|second|seconds)$/, 'second'],
  [/^(?:m|min|mins|minute|minutes)$/, 'minute'],
  [/^(?:h|hr|hrs|hour|hours)$/, 'hour'],
  [/^(?:d|day|days)$/, 'day'],
];
const SECONDS_IN: Record<DurationUnit, number> = { second: 1, minute: 60, hour: 3600, day: 86_400 };

function durationUnit(word: string): DurationUnit | null {
  return DURATION_UNITS.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

/** A stated range for a word that is not a number. `why` is said in the note. */
export interface VagueDuration {
  low: number;
  high: number;
  unit: DurationUnit;
  why: string;
}

/**
 * How vague time words are read (low–high in `unit`; best = the midpoint). "Seconds", "minutes",
 * "hours" and "days" as the seed's table uses them: more than one and fewer than the next unit up,
 * except "minutes" (up to 15: longer would be "tens of minutes" or "half an hour") and "hours" (up to
 * 8: a working shift; longer would be "a day"). "Immediate": an alert that fires at once still takes
 * up to a minute to act on. "Self-healing": the system recovers on its own, within a minute, without
 * anyone acting.
 */
export const VAGUE_DURATIONS: Readonly<Record<string, VagueDuration>> = {
  seconds: { low: 1, high: 60, unit: 'second', why: 'more than a second, under a minute' },
  minutes: { low: 1, high: 15, unit: 'minute', why: 'a few minutes' },
  hours: { low: 1, high: 8, unit: 'hour', why: 'more than an hour, within a working shift' },
  days: { low: 1, high: 7, unit: 'day', why: 'more than a day, within a week' },
  immediate: { low: 0, high: 1, unit: 'minute', why: 'at once, acted on within a minute' },
  'self-healing': {
    low: 0,
    high: 1,
    unit: 'minute',
    why: 'it recovers on its own within a minute, with no one acting',
  },
};

const VAGUE_ALIASES: Record<string, string> = {
  second: 'seconds',
  secs: 'seconds',
  minute: 'minutes',
  mins: 'minutes',
  hour: 'hours',
  hrs: 'hours',
  day: 'days',
  immediately: 'immediate',
  instant: 'immediate',
  instantly: 'immediate',
  'at once': 'immediate',
  'self healing': 'self-healing',
  selfhealing: 'self-healing',
  'self-heals': 'self-healing',
  'heals itself': 'self-healing',
  automatic: 'self-healing',
};

function vagueWord(word: string): [string, VagueDuration] | null {
  const key = own(VAGUE_DURATIONS, word) ? word : own(VAGUE_ALIASES, word);
  const vague = key === undefined ? undefined : own(VAGUE_DURATIONS, key);
  return key === undefined || vague === undefined ? null : [key, vague];
}

function unitWords(unit: DurationUnit, amount: number): string {
  return amount === 1 ? unit : `${unit}s`;
}

function vagueNote(word: string, vague: VagueDuration): string {
  const best = midpoint(vague.low, vague.high);
  const name = word.charAt(0).toUpperCase() + word.slice(1);
  return (
    `“${name}” is read as ${formatInputNumber(vague.low)}–${formatInputNumber(vague.high)} ` +
    `${unitWords(vague.unit, vague.high)} (${vague.why}); best estimate ${formatInputNumber(best)} ${unitWords(vague.unit, best)}.`
  );
}

/** One end of a time: a number with an optional unit, or a vague word (its low or high end). */
type TimeTerm =
  | { kind: 'number'; value: number; unit: DurationUnit | null }
  | { kind: 'vague'; word: string; vague: VagueDuration };

function readTerm(text: string): TimeTerm | { kind: 'message'; message: string } | null {
  const vague = vagueWord(text);
  if (vague) return { kind: 'vague', word: vague[0], vague: vague[1] };
  const match = new RegExp(`^${NUMBER}\\s*([a-z]+)?$`).exec(text);
  if (!match) return null;
  const [, digits = '', unitWord] = match;
  const unit = unitWord === undefined ? null : durationUnit(unitWord);
  if (unitWord !== undefined && unit === null) return null;
  const n = readNumber(digits);
  if (!n.ok) return { kind: 'message', message: n.message };
  return { kind: 'number', value: n.value, unit };
}

/** `value` in `from` units expressed in the smaller `to` unit: an exact multiplication by a whole number. */
function inUnit(value: number, from: DurationUnit, to: DurationUnit): number {
  return new Dec(value).times(SECONDS_IN[from] / SECONDS_IN[to]).toNumber();
}

/**
 * A time to detect or to recover as typed: "30s", "5min", "1.5 h", "5-30min", "30-60s", "1-4 hours",
 * "30s-2min", "30min-hours", "<30s", "under 2 min", "immediate", "self-healing", "seconds",
 * "minutes", "hours", "5min (restart)", "5" (minutes). Kept in its unit (a range with two units in
 * the smaller one); the model converts to minutes.
 */
export function parseDurationText(text: string): TextReading<Duration> {
  const shown = text.trim();
  const t = normalise(text);
  if (t === '') return { ok: false, message: `Enter a time. ${DURATION_FORMS}` };
  const notRead = {
    ok: false as const,
    message: `Nines cannot read “${shown}” as a time. ${DURATION_FORMS}`,
  };
  if (/^out of (?:our )?control$/.test(t))
    return {
      ok: false,
      message: `“${shown}” is not a time: set how long it takes to recover in your experience (a status page or an SLA helps), such as 1-4 hours.`,
    };
  if (/^(?:>|>=|over|more than|above|at least)\s*[\d.,]/.test(t))
    return {
      ok: false,
      message: `“${shown}” has no upper end: write a range such as 30-60min. ${DURATION_FORMS}`,
    };

  const bound = /^(?:<=|<|under|below|less than|up to|within)\s*(.+)$/.exec(t);
  if (bound) {
    const term = readTerm(bound[1]!);
    if (term === null || term.kind === 'vague') return notRead;
    if (term.kind === 'message') return { ok: false, message: term.message };
    const unit = term.unit ?? 'minute';
    return {
      ok: true,
      value: { amount: { best: midpoint(0, term.value), low: 0, high: term.value }, unit },
      note: term.unit === null ? 'A number alone is minutes.' : null,
    };
  }

  const whole = readTerm(t);
  if (whole?.kind === 'message') return { ok: false, message: whole.message };
  if (whole?.kind === 'vague') {
    const { low, high, unit } = whole.vague;
    return {
      ok: true,
      value: { amount: { best: midpoint(low, high), low, high }, unit },
      note: vagueNote(whole.word, whole.vague),
    };
  }
  if (whole?.kind === 'number')
    return {
      ok: true,
      value: { amount: { best: whole.value }, unit: whole.unit ?? 'minute' },
      note: whole.unit === null && whole.value !== 0 ? 'A number alone is minutes.' : null,
    };

  // A range: two ends, each a number (the first may borrow the second's unit) or a vague word.
  // The first separator splits: "30min-hours", "5-30min", "1 to 4 hours".
  const parts = /^(.+?)(?:\s*-\s*|\s+to\s+|\s*\.\.\s*)(.+)$/.exec(t);
  if (!parts) return notRead;
  const first = readTerm(parts[1]!);
  const second = readTerm(parts[2]!);
  if (!first || !second) return notRead;
  if (first.kind === 'message') return { ok: false, message: first.message };
  if (second.kind === 'message') return { ok: false, message: second.message };
  const end = (term: TimeTerm, which: 'low' | 'high', fallback: DurationUnit): [number, DurationUnit] =>
    term.kind === 'vague' ? [term.vague[which], term.vague.unit] : [term.value, term.unit ?? fallback];
  const secondUnit = second.kind === 'vague' ? second.vague.unit : (second.unit ?? 'minute');
  const [lowValue, lowUnit] = end(first, 'low', secondUnit);
  const [highValue, highUnit] = end(second, 'high', secondUnit);
  const unit = SECONDS_IN[lowUnit] <= SECONDS_IN[highUnit] ? lowUnit : highUnit;
  const range = rangeEstimate(inUnit(lowValue, lowUnit, unit), inUnit(highValue, highUnit, unit), shown);
  if (!range.ok) return range;
  const vagueEnds = [first, second].filter(
    (term): term is Extract<TimeTerm, { kind: 'vague' }> => term.kind === 'vague',
  );
  return {
    ok: true,
    value: { amount: range.value, unit },
    note: vagueEnds.length > 0 ? vagueEnds.map((term) => vagueNote(term.word, term.vague)).join(' ') : null,
  };
}

// ---------------------------------------------------------------------------------- users affected

/** A severity level of the specification's outage taxonomy, and the share of users it is read as. */
export interface SeverityShare {
  /** The specification's words for the impact. */
  impact: string;
  /** Fractions 0–1. */
  low: number;
  high: number;
}

/**
 * The specification's "Severity Classification": SEV1 "All users affected" → 100 %; SEV2 ">50% users
 * affected" → 50–100 % (best 75 %); SEV3 "<10% users affected" → 0–10 % (best 5 %). Best = the midpoint.
 */
export const SEVERITY_SHARES: Readonly<Record<'SEV1' | 'SEV2' | 'SEV3', SeverityShare>> = {
  SEV1: { impact: 'All users affected', low: 1, high: 1 },
  SEV2: { impact: '>50% users affected', low: 0.5, high: 1 },
  SEV3: { impact: '<10% users affected', low: 0, high: 0.1 },
};

const percentText = (fraction: number) => `${formatInputNumber(new Dec(fraction).times(100).toNumber())} %`;

/** A percentage as a fraction, exactly for the short decimals people type (25 → 0.25). */
function fraction(percent: number): number {
  return new Dec(percent).div(100).toNumber();
}

/**
 * The share of users affected as typed, returned as a fraction 0–1: "25 %", "25" (a number alone is
 * a percentage), "10-20 %", "<10 %", ">50 %" (to 100 %), "all", "none", "SEV1", "SEV2", "SEV3" (see
 * `SEVERITY_SHARES`). Trailing "users" or "of users" is allowed.
 */
export function parseUsersAffectedText(text: string): TextReading<Estimate> {
  const shown = text.trim();
  const n = normalise(text);
  if (n === '') return { ok: false, message: `Enter the share of users affected. ${USERS_FORMS}` };
  const t = n.replace(/\s*(?:of\s+)?(?:the\s+)?(?:users|customers|traffic|requests)(?:\s+affected)?$/, '');
  const notRead = {
    ok: false as const,
    message: `Nines cannot read “${shown}” as a share of users. ${USERS_FORMS}`,
  };
  const sev = /^sev(?:erity)?\s*-?\s*([123])$/.exec(t);
  if (sev) {
    const level = `SEV${sev[1]}` as keyof typeof SEVERITY_SHARES;
    const { impact, low, high } = SEVERITY_SHARES[level];
    const estimate = low === high ? { best: low } : { best: midpoint(low, high), low, high };
    const reading =
      low === high
        ? percentText(low)
        : `${percentText(low).replace(' %', '')}–${percentText(high)}; best estimate ${percentText(estimate.best)}`;
    return { ok: true, value: estimate, note: `${level} (“${impact}”) is read as ${reading}.` };
  }
  if (/^(?:all|everyone|everybody)$/.test(t)) return { ok: true, value: { best: 1 }, note: null };
  if (/^(?:none|nobody|no one|no)$/.test(t)) return { ok: true, value: { best: 0 }, note: null };

  const check = (percent: number): string | null =>
    percent > 100 ? 'Users affected must be between 0 % and 100 %.' : null;
  const readPercent = (digits: string) => {
    const read = readNumber(digits);
    if (!read.ok) return read;
    const problem = check(read.value);
    return problem === null ? read : { ok: false as const, message: problem };
  };
  const PCT = `${NUMBER}\\s*%?`;
  const below = new RegExp(`^(?:<=|<|under|below|less than|up to)\\s*${PCT}$`).exec(t);
  const above = new RegExp(`^(?:>=|>|over|above|more than|at least)\\s*${PCT}$`).exec(t);
  const range = new RegExp(`^${PCT}${RANGE_SEPARATOR}${PCT}$`).exec(t);
  const point = new RegExp(`^${PCT}$`).exec(t);
  let low: number;
  let high: number;
  if (below || above) {
    const bound = readPercent((below ?? above)![1]!);
    if (!bound.ok) return bound;
    [low, high] = below ? [0, bound.value] : [bound.value, 100];
  } else if (range) {
    const a = readPercent(range[1]!);
    if (!a.ok) return a;
    const b = readPercent(range[2]!);
    if (!b.ok) return b;
    [low, high] = [a.value, b.value];
  } else if (point) {
    const value = readPercent(point[1]!);
    if (!value.ok) return value;
    return {
      ok: true,
      value: { best: fraction(value.value) },
      note: t.includes('%') || value.value === 0 ? null : 'A number alone is a percentage of users.',
    };
  } else return notRead;
  const estimate = rangeEstimate(fraction(low), fraction(high), shown);
  return estimate.ok ? { ...estimate, note: null } : estimate;
}

// ------------------------------------------------------------------------------------------- lever

const LEVER_FORMS =
  'Leave it blank to keep the value, write a change such as −50 %, +20 %, or a range of changes such as −30 % to −60 % or 30-60 % less, or a new value.';

/** A reader's result as a lever's new value ("set"). */
function asSet<T>(read: TextReading<T>): TextReading<LeverChange<T>> {
  if (!read.ok) return { ok: false, message: `${read.message} ${LEVER_FORMS}` };
  return { ok: true, value: { kind: 'set', value: read.value }, note: read.note };
}

/** A change in percent as the notes write it: "−45 %", "+20 %", "0 %". */
function changeText(percent: number): string {
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '';
  return `${sign}${formatInputNumber(Math.abs(percent))} %`;
}

/** Words after an unsigned change that say its direction: "30-60 % less", "20 % more". */
const CHANGE_WORDS: Record<string, 1 | -1> = {
  less: -1,
  fewer: -1,
  lower: -1,
  shorter: -1,
  more: 1,
  higher: 1,
  longer: 1,
};

const SIGNED = `([+-])\\s*${NUMBER}\\s*`;
/** "−50 %", "+20%": one signed change. */
const ONE_CHANGE = new RegExp(`^${SIGNED}%$`);
/** "−30 % to −60 %", "-30% - -60%", "−20 % to +10 %": both ends signed (the first % may go). */
const TWO_SIGNED = new RegExp(`^${SIGNED}%?${RANGE_SEPARATOR}${SIGNED}%$`);
/** "−30–60 %", "+10-20 %": one sign for both ends, a dash between. */
const SHARED_SIGN = new RegExp(`^${SIGNED}%?\\s*-\\s*${NUMBER}\\s*%$`);
/** "−30 % to 60 %": the second end without a sign after "to" — a shared sign or a rise? Refused. */
const UNSIGNED_SECOND = new RegExp(`^${SIGNED}%?\\s*(?:to|\\.\\.)\\s*${NUMBER}\\s*%$`);
/** "30-60 % less", "50 % fewer", "10 to 20 % more". */
const WORDED = new RegExp(
  `^${NUMBER}\\s*%?(?:${RANGE_SEPARATOR}${NUMBER})?\\s*%\\s*(${Object.keys(CHANGE_WORDS).join('|')})$`,
);

/**
 * A relative change as typed, in percent: one figure ("−50 %", "+20 %", "50 % less") or a range read
 * like every range of the failure modes, a 90 % interval with best = the arithmetic midpoint (see
 * `midpoint`), which every exact figure uses:
 * - both ends signed, in either order when they share a sign ("−30 % to −60 %" and "−60 % to −30 %"
 *   are both −60 % to −30 %: people write a cut by its size as often as by its value), the lower one
 *   first across 0 ("−20 % to +10 %");
 * - one sign for both, with a dash ("−30–60 %"), or words after ("30-60 % less", "10-20 % more"), the
 *   smaller figure first;
 * - refused: an end below −100 %, "−30 % to 60 %" (is the 60 a cut or a rise?), a range the wrong way
 *   round. Null when the text is not written as a change at all (no sign, no direction word).
 */
function readRelativeChange(t: string, shown: string): TextReading<Estimate> | null {
  const signed = (sign: string, digits: string) => {
    const n = readNumber(digits);
    return n.ok ? { ok: true as const, value: sign === '-' && n.value !== 0 ? -n.value : n.value } : n;
  };
  let ends: [number, number];
  let eitherOrder = false;
  const one = ONE_CHANGE.exec(t);
  const two = TWO_SIGNED.exec(t);
  const shared = SHARED_SIGN.exec(t);
  const worded = WORDED.exec(t);
  if (one) {
    const n = signed(one[1]!, one[2]!);
    if (!n.ok) return n;
    ends = [n.value, n.value];
  } else if (two) {
    const a = signed(two[1]!, two[2]!);
    if (!a.ok) return a;
    const b = signed(two[3]!, two[4]!);
    if (!b.ok) return b;
    ends = [a.value, b.value];
    eitherOrder = (a.value <= 0 && b.value <= 0) || (a.value >= 0 && b.value >= 0);
  } else if (shared || worded) {
    const [sign, first, second] = shared
      ? [shared[1]!, shared[2]!, shared[3]!]
      : [CHANGE_WORDS[worded![3]!] === -1 ? '-' : '+', worded![1]!, worded![2] ?? worded![1]!];
    const a = signed(sign, first);
    if (!a.ok) return a;
    const b = signed(sign, second);
    if (!b.ok) return b;
    // The figures are sizes: the smaller first, so a cut's ends come the other way round.
    if (Math.abs(a.value) > Math.abs(b.value))
      return {
        ok: false,
        message: `In “${shown}” the first figure is above the second: write the smaller one first. ${LEVER_FORMS}`,
      };
    ends = [Math.min(a.value, b.value), Math.max(a.value, b.value)];
  } else if (UNSIGNED_SECOND.test(t)) {
    return {
      ok: false,
      message: `In “${shown}” the second figure has no sign: write both, such as −30 % to −60 % or −30 % to +60 %.`,
    };
  } else return null;
  const [low, high] = eitherOrder ? [Math.min(...ends), Math.max(...ends)] : ends;
  if (low < -100) return { ok: false, message: 'A value cannot fall by more than 100 %.' };
  const range = rangeEstimate(low, high, shown);
  if (!range.ok) return { ok: false, message: `${range.message} ${LEVER_FORMS}` };
  return {
    ok: true,
    value: range.value,
    note:
      range.value.low === undefined
        ? null
        : `Read as ${changeText(low)} to ${changeText(high)}; best estimate ${changeText(range.value.best)}.`,
  };
}

/**
 * A lever's value *after* for one field: blank (or "unchanged") = `null`, no change; a signed
 * percentage ("−50 %", "-50%", "+20 %"), a percentage with a direction word ("50 % less") or a range
 * of either ("−30 % to −60 %", "−30–60 %", "30-60 % less") = a relative change (see
 * `readRelativeChange`); anything else is a new value read by the field's own reader ("1 min", "every
 * 14 days", "10 %"). An unsigned percentage is a new value for users affected and refused elsewhere
 * (it would be unclear whether it is a change). The value has the type of that field in the model's
 * `LeverAfter`.
 */
export function parseLeverChangeText<F extends FailureModeField>(
  text: string,
  field: F,
): TextReading<LeverAfter[F]> {
  return readLeverChange(text, field) as TextReading<LeverAfter[F]>;
}

function readLeverChange(text: string, field: FailureModeField): TextReading<LeverAfter[FailureModeField]> {
  const t = normalise(text);
  if (t === '' || /^(?:unchanged|same|no change|as before)$/.test(t))
    return { ok: true, value: null, note: null };
  const relative = readRelativeChange(t, text.trim());
  if (relative !== null)
    return relative.ok
      ? { ok: true, value: { kind: 'relative', percent: relative.value }, note: relative.note }
      : relative;
  // A sign in front is a change, never a new value (no count, time or share is below 0).
  if (/^[+-]/.test(t))
    return { ok: false, message: `Nines cannot read “${text.trim()}” as a change. ${LEVER_FORMS}` };
  if (field !== 'usersAffected' && /%$/.test(t))
    return { ok: false, message: `For a change write a sign, such as −50 % or +20 %. ${LEVER_FORMS}` };
  switch (field) {
    case 'frequency':
      return asSet(parseFrequencyText(text));
    case 'usersAffected':
      return asSet(parseUsersAffectedText(text));
    case 'timeToDetect':
    case 'timeToRecover':
      return asSet(parseDurationText(text));
  }
}

/** The most a lever's cost may be, currency units (as the cost fields have always taken). */
const MAX_COST = 1e15;

/** "50,000-80,000", "$50k – $80k", "50000 to 80000": two amounts with a dash or "to" between. */
const COST_RANGE = /^(.+?)\s*(?:-|–|—|\bto\b)\s*(.+)$/i;

/**
 * A lever's one-time or annual run cost as typed: blank = not given yet ("cost needed", `null`); an
 * amount ("50000", "$50k"); or a range of two amounts ("50,000-80,000", "$50k to $80k"), read like
 * the failure modes' ranges: low and high a 90 % interval, best = their arithmetic midpoint, which
 * every exact figure uses (the note beside the field says so).
 */
export function parseCostText(text: string): TextReading<Estimate | null> {
  if (text.trim() === '') return { ok: true, value: null, note: null };
  const whole = parseAmount(text, MAX_COST);
  if (whole.ok) return { ok: true, value: { best: whole.value }, note: null };
  const parts = COST_RANGE.exec(text.trim());
  if (parts === null) return { ok: false, message: whole.message };
  const low = parseAmount(parts[1]!, MAX_COST);
  const high = parseAmount(parts[2]!, MAX_COST);
  if (!low.ok || !high.ok) return { ok: false, message: whole.message };
  const range = rangeEstimate(low.value, high.value, text.trim());
  if (!range.ok || range.value.low === undefined) return range;
  return {
    ok: true,
    value: range.value,
    note: `Read as ${formatInputNumber(low.value)} to ${formatInputNumber(high.value)}; best estimate ${formatInputNumber(range.value.best)}.`,
  };
}
