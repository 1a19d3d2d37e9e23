import { Dec } from '../model/decimal';
import { DEFAULT_ASSUMPTIONS, INDUSTRIES } from '../model/presets';
import { defaultRangeShape } from '../model/ranges';
import { followingLabel } from '../model/scenario-label';
import { defaultDependencies, defaultFailureModes, defaultSimulation } from './session';
import { SESSION_VERSION, SESSION_VERSIONS, type SessionVersionName } from './session-versions';

/**
 * The steps of the one chain of session versions (session-versions.ts names the versions): each a
 * pure function from the shape of one version to the next, with a frozen fixture of the older
 * payload (./fixtures). Loaded lazily with the session schema, which runs the chain before it checks
 * a session: only a saved session or a link needs it, never a first visit.
 *
 * Steps take untrusted data and never throw: anything of the wrong type is passed on as it is, so
 * that the schema, which checks the result of the whole chain, names what is wrong.
 */

/** One step of the chain: brings a session of the version before `to` to version `to`. */
export interface SessionMigration {
  to: SessionVersionName;
  up: (older: unknown) => unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A fraction (0.995) as a percent (99.5), exactly: decimal arithmetic, so 0.9999 gives 99.99, not 99.99000000000001. */
function percentOfFraction(fraction: unknown): unknown {
  return typeof fraction === 'number' && Number.isFinite(fraction)
    ? new Dec(fraction).times(100).toNumber()
    : fraction;
}

/**
 * FlatFractions → PercentsAndScenarios. Version 0 saved a flat shape: availabilities as fractions,
 * a list of `targets` with an optional `investment`, no period convention (it was always the
 * seed's), no investment-rule settings and no cost range (the preset's, else e-commerce's):
 *
 *   { presetId, currency, downtimeCostPerHour, baselineAvailability: 0.995, monthlyInfraCost,
 *     targets: [{ label, availability: 0.999, investment: null }] }
 */
export function percentsAndScenarios(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const industry =
    INDUSTRIES.find((i) => i.id === old.presetId) ?? INDUSTRIES.find((i) => i.id === 'ecommerce')!;
  const targets = old.targets;
  const scenarios = Array.isArray(targets)
    ? targets.map((target: unknown, index) =>
        isRecord(target)
          ? {
              id: `s${index + 1}`,
              label: target.label,
              availabilityPercent: percentOfFraction(target.availability),
              investmentOverride: target.investment ?? null,
              annualRunCost: 0,
            }
          : target,
      )
    : targets;
  return {
    inputs: {
      downtimeCostPerHour: old.downtimeCostPerHour,
      baselineAvailabilityPercent: percentOfFraction(old.baselineAvailability),
      monthlyInfraCost: old.monthlyInfraCost,
      periodConvention: 'seed',
      ...DEFAULT_ASSUMPTIONS,
      scenarios,
    },
    presetId: old.presetId,
    costRange: { low: industry.costPerHourLow, high: industry.costPerHourHigh },
    currency: old.currency,
    compact: false,
    nextScenarioNumber: (Array.isArray(scenarios) ? scenarios.length : 0) + 1,
  };
}

/**
 * Whether `label` is the text earlier releases gave a new scenario for its target and never changed:
 * `${availabilityPercent} %` (JavaScript's number text), or the same digits as `followingLabel`.
 */
function isTargetLabel(label: string, availabilityPercent: number): boolean {
  return (
    label === `${availabilityPercent} %` ||
    (Number.isFinite(availabilityPercent) && label === followingLabel(availabilityPercent))
  );
}

/**
 * PercentsAndScenarios → RangesAndFollowingLabels. The cost-per-hour range `costRange: { low, high }`
 * becomes `ranges.downtimeCostPerHour`, read as a lognormal 90 % interval (uniform if it reaches 0,
 * which a lognormal cannot); figures are unchanged, as the low / high figures use only the ends. A
 * label that reads as its target ("99.9 %" at 99.9 %), which is what earlier releases wrote and the
 * user never changed, becomes null, so it follows the target from now on, and shows the same text.
 * Any other label, "99.5 %" at 99.9 % included, is the user's and stays.
 */
export function rangesAndFollowingLabels(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const { costRange, inputs, ...rest } = old;
  const scenarios = isRecord(inputs) ? inputs.scenarios : undefined;
  const migratedInputs =
    isRecord(inputs) && Array.isArray(scenarios)
      ? {
          ...inputs,
          scenarios: scenarios.map((scenario: unknown) =>
            isRecord(scenario) &&
            typeof scenario.label === 'string' &&
            typeof scenario.availabilityPercent === 'number' &&
            isTargetLabel(scenario.label, scenario.availabilityPercent)
              ? { ...scenario, label: null }
              : scenario,
          ),
        }
      : inputs;
  const downtimeCostPerHour = isRecord(costRange)
    ? {
        ...costRange,
        shape: typeof costRange.low === 'number' ? defaultRangeShape(costRange.low) : 'lognormal',
      }
    : costRange;
  return { ...rest, inputs: migratedInputs, ranges: { downtimeCostPerHour } };
}

/**
 * RangesAndFollowingLabels → CasesModesAndDependencies. Version 3 adds what version 2 did not have,
 * each at the value a new session starts with, so a version 2 session opens with the same figures:
 * no case name (the preset's), the decision columns, no failure modes (and today's availability as
 * typed), an empty dependency tree, and the simulation off at 10,000 runs and seed "nines".
 */
export function casesModesAndDependencies(old: unknown): unknown {
  if (!isRecord(old)) return old;
  return {
    ...old,
    caseName: null,
    showAllColumns: false,
    failureModes: defaultFailureModes(),
    dependencies: defaultDependencies(),
    simulation: defaultSimulation(),
  };
}

/** The chain, oldest first: step n brings version n − 1 to version n. */
export const SESSION_MIGRATIONS: readonly SessionMigration[] = [
  { to: 'PercentsAndScenarios', up: percentsAndScenarios },
  { to: 'RangesAndFollowingLabels', up: rangesAndFollowingLabels },
  { to: 'CasesModesAndDependencies', up: casesModesAndDependencies },
];

export type MigrationResult = { ok: true; session: unknown } | { ok: false; reason: 'newer' | 'unknown' };

/**
 * Brings a session of `version` to the newest version through every later step. Refuses a version
 * newer than this release's (`newer`) and anything that is not a known version number (`unknown`).
 * The result is still unchecked: validate it with the session schema.
 */
export function migrateSession(session: unknown, version: unknown): MigrationResult {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, reason: 'unknown' };
  if (version > SESSION_VERSION) return { ok: false, reason: 'newer' };
  let migrated = session;
  for (const step of SESSION_MIGRATIONS)
    if (SESSION_VERSIONS[step.to] > version) migrated = step.up(migrated);
  return { ok: true, session: migrated };
}
