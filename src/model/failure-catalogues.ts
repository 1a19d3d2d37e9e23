import { Dec, dec, type DecimalInput } from './decimal';
import {
  NO_CHANGE,
  type Duration,
  type Estimate,
  type FailureMode,
  type FailureModeField,
  type Frequency,
  type Lever,
  type LeverAfter,
} from './failure-modes';

/*
 * The catalogues a user can start from: the specification's own tables, with its words kept as the
 * typed text of each field. The model cannot read text (that is format/failure-text.ts), so each
 * entry carries both its text and the value that text reads as; a test in format/ checks that every
 * text reads as exactly the value given here.
 */

/** The catalogues of the "Failure catalogue" picker. */
export type FailureCatalogueId = 'production-failures-seed' | 'root-causes-seed' | 'empty';

/** Picker order. */
export const FAILURE_CATALOGUE_IDS: readonly FailureCatalogueId[] = [
  'production-failures-seed',
  'root-causes-seed',
  'empty',
];

/** The picker's option names (exact: the page's accessible names). */
export const FAILURE_CATALOGUE_NAMES: Readonly<Record<FailureCatalogueId, string>> = {
  'production-failures-seed': 'Production failures (seed)',
  'root-causes-seed': 'Root causes (seed)',
  empty: 'Empty',
};

/** The text of each field of a mode, as typed (or as the preset types it). */
export type FailureModeTexts = Record<FailureModeField, string>;

/** One row of a catalogue. */
export interface CatalogueEntry {
  mode: FailureMode;
  /** The fields' text; each reads as the mode's value for that field (null values read as a message). */
  text: FailureModeTexts;
  /** The specification's words for the impact ("Split brain, inconsistency"), when it has them. */
  impact: string | null;
  /** The specification's examples for the row ("Bad release, config change"), when it has them. */
  examples: string | null;
  /** How the row's words were read as values, in sentences, for beside the row. */
  reading: string;
  /** Fields the user must set before the catalogue has totals (flagged until set). */
  needs: FailureModeField[];
}

/** The text of each field of a lever: the four "after" fields (blank = unchanged) and the two costs (blank = cost needed). */
export type LeverTexts = Record<FailureModeField | 'oneTimeCost' | 'annualRunCost', string>;

/** A lever the catalogue suggests: the seed's mitigation, with its cost left for the user. */
export interface SuggestedLever {
  lever: Lever;
  text: LeverTexts;
  /** What the suggested change stands for, in a sentence: a placeholder for the user's own estimate. */
  rationale: string;
}

/** A catalogue: its rows and suggested levers. */
export interface FailureCatalogue {
  id: FailureCatalogueId;
  name: string;
  /** One sentence on where the rows come from and how they were read. */
  description: string;
  entries: CatalogueEntry[];
  levers: SuggestedLever[];
  /** "Root causes (seed)": the one input its frequencies follow; null for the other catalogues. */
  incidentsPerYear: number | null;
}

// ------------------------------------------------------------------- "What Actually Breaks" values

const est = (best: number, low?: number, high?: number): Estimate =>
  low === undefined || high === undefined ? { best } : { best, low, high };
const per = (count: Estimate, unit: Frequency['unit'], every = 1): Frequency => ({ count, per: every, unit });
const time = (amount: Estimate, unit: Duration['unit']): Duration => ({ amount, unit });

/*
 * How the parser reads the seed's words (format/failure-text.ts): ranges give best = arithmetic
 * midpoint; "<30s" is 0–30 s; "Immediate" and "Self-healing" are 0–1 min; "Seconds" 1–60 s,
 * "Minutes" 1–15 min, "Hours" 1–8 h; "SEV2" 50–100 % (75 %), "SEV3" 0–10 % (5 %).
 */
const IMMEDIATE = time(est(0.5, 0, 1), 'minute');
const SELF_HEALING = time(est(0.5, 0, 1), 'minute');
const SECONDS = time(est(30.5, 1, 60), 'second');
const MINUTES = time(est(8, 1, 15), 'minute');
const HOURS = time(est(4.5, 1, 8), 'hour');
const SEV1 = est(1);
const SEV2 = est(0.75, 0.5, 1);
const SEV3 = est(0.05, 0, 0.1);
const NONE = est(0);

/** Stale reads are served, not refused: not downtime. */
const STALE_READS =
  'Stale reads are answered, only with older data: that is a consistency cost, not downtime, so no users count as affected (0 %). Set a share if stale data is as bad as none to your users.';

interface SeedRow {
  id: string;
  component: string;
  text: FailureModeTexts;
  mode: Omit<FailureMode, 'id' | 'name'>;
  impact: string;
  reading: string;
  mitigation: string;
  /** The field the mitigation acts on, and why. */
  leverField: FailureModeField;
  leverWhy: string;
}

/** The ten rows of the specification's "What Actually Breaks (With Frequencies)" table. */
const SEED_ROWS: readonly SeedRow[] = [
  {
    id: 'network-partition',
    component: 'Network Partition',
    text: {
      frequency: '1-2 per year',
      timeToDetect: '<30s',
      timeToRecover: '5-30min',
      usersAffected: '50 %',
    },
    mode: {
      frequency: per(est(1.5, 1, 2), 'year'),
      timeToDetect: time(est(15, 0, 30), 'second'),
      timeToRecover: time(est(17.5, 5, 30), 'minute'),
      usersAffected: est(0.5),
    },
    impact: 'Split brain, inconsistency',
    reading:
      'A split leaves one side without a quorum, refusing or diverging: read as half the users (50 %).',
    mitigation: 'Fencing, quorum, explicit CP/AP',
    leverField: 'usersAffected',
    leverWhy: 'a quorum confines a split to the minority side',
  },
  {
    id: 'leader-failure',
    component: 'Leader Failure',
    text: {
      frequency: '2-3 per month',
      timeToDetect: '<15s',
      timeToRecover: '30-60s',
      usersAffected: 'SEV2',
    },
    mode: {
      frequency: per(est(2.5, 2, 3), 'month'),
      timeToDetect: time(est(7.5, 0, 15), 'second'),
      timeToRecover: time(est(45, 30, 60), 'second'),
      usersAffected: SEV2,
    },
    impact: 'Write unavailability',
    reading:
      'Writes fail for everyone while reads go on: read as SEV2, over half the users (50–100 %, best 75 %).',
    mitigation: 'Fast election, hot standby',
    leverField: 'timeToRecover',
    leverWhy: 'a hot standby takes over sooner',
  },
  {
    id: 'disk-full',
    component: 'Disk Full',
    text: {
      frequency: '1 per month',
      timeToDetect: 'Immediate',
      timeToRecover: '1-4 hours',
      usersAffected: 'SEV1',
    },
    mode: {
      frequency: per(est(1), 'month'),
      timeToDetect: IMMEDIATE,
      timeToRecover: time(est(2.5, 1, 4), 'hour'),
      usersAffected: SEV1,
    },
    impact: 'Service down',
    reading: 'The service is down: read as SEV1, all users (100 %).',
    mitigation: 'Monitoring, auto-cleanup, quotas',
    leverField: 'frequency',
    leverWhy: 'cleanup and quotas stop most disks from filling',
  },
  {
    id: 'memory-leak',
    component: 'Memory Leak',
    text: {
      frequency: '1 per week',
      timeToDetect: 'Hours',
      timeToRecover: '5min (restart)',
      usersAffected: 'SEV3',
    },
    mode: {
      frequency: per(est(1), 'week'),
      timeToDetect: HOURS,
      timeToRecover: time(est(5), 'minute'),
      usersAffected: SEV3,
    },
    impact: 'Degradation, OOM',
    reading:
      'One process slows and is killed while the others serve: read as SEV3, under a tenth of users (0–10 %, best 5 %).',
    mitigation: 'Profiling, restart automation',
    leverField: 'timeToDetect',
    leverWhy: 'automation restarts the process before hours of degradation',
  },
  {
    id: 'cache-stampede',
    component: 'Cache Stampede',
    text: {
      frequency: '2-3 per week',
      timeToDetect: 'Immediate',
      timeToRecover: '5-30min',
      usersAffected: 'SEV2',
    },
    mode: {
      frequency: per(est(2.5, 2, 3), 'week'),
      timeToDetect: IMMEDIATE,
      timeToRecover: time(est(17.5, 5, 30), 'minute'),
      usersAffected: SEV2,
    },
    impact: 'Overload, cascading',
    reading: 'Overload that cascades reaches most users: read as SEV2, over half (50–100 %, best 75 %).',
    mitigation: 'Coalescing, gradual warm',
    leverField: 'frequency',
    leverWhy: 'coalesced requests and a gradual warm-up stop most stampedes',
  },
  {
    id: 'cdc-lag',
    component: 'CDC Lag',
    text: { frequency: 'Daily', timeToDetect: 'Minutes', timeToRecover: '30min-hours', usersAffected: '0 %' },
    mode: {
      frequency: per(est(1), 'day'),
      timeToDetect: MINUTES,
      timeToRecover: time(est(255, 30, 480), 'minute'),
      usersAffected: NONE,
    },
    impact: 'Stale reads',
    reading: STALE_READS,
    mitigation: 'Backpressure, monitoring',
    leverField: 'timeToRecover',
    leverWhy: 'backpressure keeps the lag short',
  },
  {
    id: 'replica-lag',
    component: 'Replica Lag',
    text: {
      frequency: 'Hourly',
      timeToDetect: 'Seconds',
      timeToRecover: 'Self-healing',
      usersAffected: '0 %',
    },
    mode: {
      frequency: per(est(1), 'hour'),
      timeToDetect: SECONDS,
      timeToRecover: SELF_HEALING,
      usersAffected: NONE,
    },
    impact: 'Stale reads',
    reading: STALE_READS,
    mitigation: 'Read from primary, wait',
    leverField: 'frequency',
    leverWhy: 'reads that must be fresh go to the primary',
  },
  {
    id: 'hot-key',
    component: 'Hot Key',
    text: { frequency: 'Daily', timeToDetect: 'Minutes', timeToRecover: 'Hours', usersAffected: 'SEV3' },
    mode: { frequency: per(est(1), 'day'), timeToDetect: MINUTES, timeToRecover: HOURS, usersAffected: SEV3 },
    impact: 'Partition overload',
    reading: 'One partition of many is overloaded: read as SEV3, under a tenth of users (0–10 %, best 5 %).',
    mitigation: 'Key splitting, caching',
    leverField: 'frequency',
    leverWhy: 'split and cached keys rarely run hot',
  },
  {
    id: 'slow-query',
    component: 'Slow Query',
    text: { frequency: 'Hourly', timeToDetect: 'Seconds', timeToRecover: 'Minutes', usersAffected: 'SEV3' },
    mode: {
      frequency: per(est(1), 'hour'),
      timeToDetect: SECONDS,
      timeToRecover: MINUTES,
      usersAffected: SEV3,
    },
    impact: 'Timeout, queue',
    reading:
      'Requests that hit the query time out or queue: read as SEV3, under a tenth of users (0–10 %, best 5 %).',
    mitigation: 'Query optimization, timeout',
    leverField: 'timeToRecover',
    leverWhy: 'a timeout ends a slow query sooner',
  },
  {
    id: 'dependency-timeout',
    component: 'Dependency Timeout',
    text: {
      frequency: 'Hourly',
      timeToDetect: 'Immediate',
      timeToRecover: 'Self-healing',
      usersAffected: 'SEV3',
    },
    mode: {
      frequency: per(est(1), 'hour'),
      timeToDetect: IMMEDIATE,
      timeToRecover: SELF_HEALING,
      usersAffected: SEV3,
    },
    impact: 'Degraded experience',
    reading:
      'A degraded experience for what depends on it: read as SEV3, under a tenth of users (0–10 %, best 5 %).',
    mitigation: 'Circuit breaker, fallback',
    leverField: 'usersAffected',
    leverWhy: 'a fallback serves most of those users',
  },
];

/** The placeholder change every suggested lever starts with, on the field its mitigation acts on. */
export const SUGGESTED_LEVER_CHANGE = { text: '−50 %', percent: -50 } as const;

function suggestedLever(row: SeedRow): SuggestedLever {
  const after: LeverAfter = {
    ...NO_CHANGE,
    [row.leverField]: { kind: 'relative', percent: { best: SUGGESTED_LEVER_CHANGE.percent } },
  };
  const text: LeverTexts = {
    frequency: '',
    timeToDetect: '',
    timeToRecover: '',
    usersAffected: '',
    oneTimeCost: '',
    annualRunCost: '',
    [row.leverField]: SUGGESTED_LEVER_CHANGE.text,
  };
  const field = {
    frequency: 'frequency',
    timeToDetect: 'time to detect',
    timeToRecover: 'time to recover',
    usersAffected: 'users affected',
  }[row.leverField];
  return {
    lever: {
      id: `${row.id}-mitigation`,
      name: row.mitigation,
      modeId: row.id,
      after,
      oneTimeCost: null,
      annualRunCost: null,
    },
    text,
    rationale: `The seed's mitigation for ${row.component}: ${row.leverWhy}. −50 % on the ${field} is a placeholder for your own estimate; the costs are yours to fill.`,
  };
}

/**
 * "Production failures (seed)": the ten rows of the specification's "What Actually Breaks" table,
 * its words kept as each field's text, each impact read as a share of users (stated in `reading`;
 * stale reads count as 0 %: not downtime), and each row's mitigation as a suggested lever (−50 % on
 * the field it acts on, a placeholder; costs null = "cost needed"). A new copy on each call.
 */
export function productionFailuresCatalogue(): FailureCatalogue {
  return {
    id: 'production-failures-seed',
    name: FAILURE_CATALOGUE_NAMES['production-failures-seed'],
    description:
      'The specification’s “What Actually Breaks” table in its own words; each impact is read as a share of users, and stale reads are not counted as downtime.',
    entries: SEED_ROWS.map((row) => ({
      mode: { id: row.id, name: row.component, ...structuredClone(row.mode) },
      text: { ...row.text },
      impact: row.impact,
      examples: null,
      reading: row.reading,
      needs: [],
    })),
    levers: SEED_ROWS.map(suggestedLever),
    incidentsPerYear: null,
  };
}

// -------------------------------------------------------------------------- "Root Cause Distribution"

/** One row of the specification's "Root Cause Distribution" table. */
export interface RootCause {
  id: string;
  category: string;
  /** Share of incidents, as a decimal fraction string ("0.35" = 35 %). */
  shareOfIncidents: string;
  examples: string;
  /** The MTTR as the table writes it. */
  mttrText: string;
  /** What that text reads as; null for "Out of control", which the user must set. */
  mttr: Duration | null;
}

/** The five causes, shares summing to 100 %. */
export const ROOT_CAUSES: readonly RootCause[] = [
  {
    id: 'code-deploy',
    category: 'Code Deploy',
    shareOfIncidents: '0.35',
    examples: 'Bad release, config change',
    mttrText: '30-60min',
    mttr: time(est(45, 30, 60), 'minute'),
  },
  {
    id: 'capacity',
    category: 'Capacity',
    shareOfIncidents: '0.25',
    examples: 'Traffic spike, gradual exhaustion',
    mttrText: '1-4 hours',
    mttr: time(est(2.5, 1, 4), 'hour'),
  },
  {
    id: 'hardware',
    category: 'Hardware',
    shareOfIncidents: '0.2',
    examples: 'Disk failure, network issues',
    mttrText: '2-8 hours',
    mttr: time(est(5, 2, 8), 'hour'),
  },
  {
    id: 'external-dependency',
    category: 'External Dependency',
    shareOfIncidents: '0.15',
    examples: 'Third-party API down',
    mttrText: 'Out of control',
    mttr: null,
  },
  {
    id: 'human-error',
    category: 'Human Error',
    shareOfIncidents: '0.05',
    examples: 'Wrong command, fat finger',
    mttrText: '15-30min',
    mttr: time(est(22.5, 15, 30), 'minute'),
  },
];

/** What "Incidents a year" starts at for "Root causes (seed)": one a month, a placeholder for the user's own count. */
export const ROOT_CAUSES_DEFAULT_INCIDENTS_PER_YEAR = 12;

/**
 * Detection for every root cause, from the specification's "Standard Timeline": alerts fire at
 * T+2min and a human acknowledges at T+5min, so an incident is detected 5 minutes in. The table's
 * MTTR is then read as the time from detection to recovery (as the CRE sheet separates them); if your
 * MTTR counts from the first failure, set detection to 0.
 */
export const STANDARD_TIMELINE_DETECTION = {
  text: '5min',
  value: time(est(5), 'minute'),
  reading:
    'Detection from the standard timeline: alerts fire at T+2min, a human acknowledges at T+5min. The MTTR is read as the time from then to recovery.',
} as const;

/**
 * A root cause's frequency: share of incidents × incidents a year, as a count a year, with the text
 * a row shows ("4.2 per year" for 35 % of 12). Exact decimal product, written without exponent.
 */
export function rootCauseFrequency(
  shareOfIncidents: DecimalInput,
  incidentsPerYear: DecimalInput,
): { text: string; value: Frequency } {
  const count = dec(shareOfIncidents).times(dec(incidentsPerYear));
  return { text: `${count.toFixed()} per year`, value: per(est(count.toNumber()), 'year') };
}

/**
 * "Root causes (seed)": the five causes of the specification's "Root Cause Distribution", driven by
 * one input, incidents a year (≥ 0; default 12): each cause happens share × that many times a year;
 * detection is 5 minutes (the standard timeline); recovery is the table's MTTR; each incident is
 * read as a full outage (100 % of users: the table counts incidents, not their reach). External
 * dependencies' "Out of control" MTTR has no value: the row `needs` it and the catalogue has no
 * totals until the user sets it. A new copy on each call.
 */
export function rootCausesCatalogue(
  incidentsPerYear: number = ROOT_CAUSES_DEFAULT_INCIDENTS_PER_YEAR,
): FailureCatalogue {
  return {
    id: 'root-causes-seed',
    name: FAILURE_CATALOGUE_NAMES['root-causes-seed'],
    description: `The specification’s “Root Cause Distribution”: ${incidentsPerYear} incidents a year shared among five causes, each read as a full outage.`,
    entries: ROOT_CAUSES.map((cause) => {
      const frequency = rootCauseFrequency(cause.shareOfIncidents, incidentsPerYear);
      const sharePercent = new Dec(cause.shareOfIncidents).times(100).toFixed();
      return {
        mode: {
          id: cause.id,
          name: cause.category,
          frequency: frequency.value,
          timeToDetect: structuredClone(STANDARD_TIMELINE_DETECTION.value),
          timeToRecover: cause.mttr === null ? null : structuredClone(cause.mttr),
          usersAffected: est(1),
        },
        text: {
          frequency: frequency.text,
          timeToDetect: STANDARD_TIMELINE_DETECTION.text,
          timeToRecover: cause.mttrText,
          usersAffected: '100 %',
        },
        impact: null,
        examples: cause.examples,
        reading:
          `${sharePercent} % of the incidents a year. ${STANDARD_TIMELINE_DETECTION.reading} ` +
          'The table counts incidents, not their reach: each is read as a full outage (100 %).' +
          (cause.mttr === null
            ? ' Its MTTR is “out of control”: set how long it takes in your experience.'
            : ''),
        needs: cause.mttr === null ? ['timeToRecover' as const] : [],
      };
    }),
    levers: [],
    incidentsPerYear,
  };
}

/** "Empty": no rows and no levers, for a catalogue of one's own. */
export function emptyCatalogue(): FailureCatalogue {
  return {
    id: 'empty',
    name: FAILURE_CATALOGUE_NAMES.empty,
    description: 'No failure modes yet: add your own.',
    entries: [],
    levers: [],
    incidentsPerYear: null,
  };
}

/** The catalogue for a picker id (root causes at the default incidents a year). A new copy on each call. */
export function failureCatalogue(id: FailureCatalogueId): FailureCatalogue {
  switch (id) {
    case 'production-failures-seed':
      return productionFailuresCatalogue();
    case 'root-causes-seed':
      return rootCausesCatalogue();
    case 'empty':
      return emptyCatalogue();
  }
}
