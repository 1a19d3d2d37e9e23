import * as z from 'zod/mini';
import { CURRENCIES } from '../format/format';
import { LIMITS } from '../model/limits';
import { PERIOD_CONVENTION_IDS } from '../model/periods';
import { INDUSTRIES } from '../model/presets';
import { RANGE_SHAPES } from '../model/ranges';
import type { CalculatorState, PresetId } from './session';
import { migrateSession } from './session-migrations';

/**
 * The one validator of a session that arrives from outside the running app: a share link or the
 * saved session in localStorage. Every message is our own clause ("must be …"), never text taken
 * from the input, so a crafted link cannot put words of its choosing into the page.
 *
 * Loaded lazily, with zod, by session-validator.ts when a link or a saved session needs checking;
 * a static import anywhere else would put zod back in the first chunk (ESLint refuses one). Bundle
 * cost still matters, as a returning visitor loads this before the first results: zod/mini rather
 * than zod, and each domain limit is one `z.refine` with a message instead of zod's `gt`/`lte`/`maxLength`/
 * `regex`/`enum` checks, which together cost about 1 kB gzip more for the same rules. zod/mini's
 * objects also never try `new Function`, so the app's CSP (no 'unsafe-eval') reports nothing.
 */

/** A finite number (zod refuses NaN and ±Infinity) within `isValid`; -0, which no form produces, is refused too. */
function numberWhere(isValid: (value: number) => boolean, message: string) {
  return z.number().check(
    z.refine((value) => !Object.is(value, -0), 'must be a number'),
    z.refine(isValid, message),
  );
}

const between = (min: number, max: number) => (value: number) => value >= min && value <= max;

const amount = () =>
  numberWhere(
    between(0, LIMITS.maxAmount),
    `must be an amount from 0 to ${LIMITS.maxAmount.toLocaleString('en-US')}`,
  );

const availability = () =>
  numberWhere(
    (a) => a > LIMITS.minAvailabilityExclusive && a < LIMITS.maxAvailabilityExclusive,
    'must be above 0 % and below 100 %',
  );

function oneOf<T extends string>(values: readonly T[], message: string) {
  return z.literal(values, message);
}

const PRESET_IDS = ['seed', ...INDUSTRIES.map((i) => i.id)] satisfies PresetId[];

/** Scenario ids are `s` + a counter; the counter must be ahead of them so a new scenario never reuses one. */
const SCENARIO_ID = /^s[1-9][0-9]{0,8}$/;
const MAX_SCENARIO_NUMBER = 1_000_000_000;
const scenarioNumber = (id: string) => Number(id.slice(1));

const scenarioSchema = z.strictObject({
  id: z.string().check(z.refine((id) => SCENARIO_ID.test(id), 'must be a scenario id')),
  // null: the label follows the target availability.
  label: z.nullable(
    z
      .string()
      .check(
        z.refine(
          (label) => label.length <= LIMITS.maxLabelLength,
          `must be at most ${LIMITS.maxLabelLength} characters`,
        ),
      ),
  ),
  availabilityPercent: availability(),
  investmentOverride: z.nullable(amount()),
  annualRunCost: amount(),
});

const inputsSchema = z.strictObject({
  downtimeCostPerHour: amount(),
  baselineAvailabilityPercent: availability(),
  monthlyInfraCost: amount(),
  periodConvention: oneOf(PERIOD_CONVENTION_IDS, 'must be one of the known conventions'),
  growthPerNine: numberWhere(
    (g) => g > LIMITS.minGrowthPerNineExclusive && g <= LIMITS.maxGrowthPerNine,
    `must be above ${LIMITS.minGrowthPerNineExclusive} and at most ${LIMITS.maxGrowthPerNine}`,
  ),
  calibrationMultiple: numberWhere(
    (k) => k > 0 && k <= LIMITS.maxCalibrationMultiple,
    `must be above 0 and at most ${LIMITS.maxCalibrationMultiple}`,
  ),
  horizonYears: numberWhere(
    (y) => Number.isInteger(y) && between(LIMITS.minHorizonYears, LIMITS.maxHorizonYears)(y),
    `must be a whole number of years from ${LIMITS.minHorizonYears} to ${LIMITS.maxHorizonYears}`,
  ),
  discountRatePercent: numberWhere(
    between(LIMITS.minDiscountRatePercent, LIMITS.maxDiscountRatePercent),
    `must be from ${LIMITS.minDiscountRatePercent} % to ${LIMITS.maxDiscountRatePercent} %`,
  ),
  scenarios: z
    .array(scenarioSchema)
    .check(
      z.refine(
        (list) => list.length <= LIMITS.maxScenarios,
        `must hold at most ${LIMITS.maxScenarios} scenarios`,
      ),
    ),
});

/**
 * A range's ends are amounts like the input they belong to. Only its structure is checked here, not
 * whether it makes sense (low above high, a lognormal range from 0): version 1 accepted such ranges,
 * so a link made then must still open; the form says what is wrong beside the range's fields.
 */
const rangeSchema = z.strictObject({
  low: amount(),
  high: amount(),
  shape: oneOf(RANGE_SHAPES, 'must be lognormal, uniform or PERT'),
});

/** The saved or shared session: exactly `CalculatorState`, with every domain limit of `LIMITS`. */
export const sessionSchema: z.ZodMiniType<CalculatorState> = z
  .strictObject({
    inputs: inputsSchema,
    presetId: oneOf(PRESET_IDS, 'must be one of the presets'),
    ranges: z.strictObject({ downtimeCostPerHour: rangeSchema }),
    currency: oneOf(CURRENCIES, 'must be one of the supported currencies'),
    compact: z.boolean(),
    nextScenarioNumber: numberWhere(
      (n) => Number.isInteger(n) && between(1, MAX_SCENARIO_NUMBER)(n),
      'must be a whole number from 1 to 1,000,000,000',
    ),
  })
  .check(
    z.refine(
      (session) =>
        new Set(session.inputs.scenarios.map((s) => s.id)).size === session.inputs.scenarios.length,
      { error: 'has two scenarios with the same id', path: ['inputs', 'scenarios'] },
    ),
    z.refine(
      (session) => session.inputs.scenarios.every((s) => scenarioNumber(s.id) < session.nextScenarioNumber),
      { error: 'is behind the scenario ids', path: ['nextScenarioNumber'] },
    ),
  );

/** What a value of the wrong type should have been, in words (zod's `expected`). */
const EXPECTED: Record<string, string> = {
  number: 'must be a number',
  string: 'must be text',
  boolean: 'must be true or false',
  array: 'must be a list',
  object: 'has the wrong shape',
};

const FIELD_NAMES: Record<string, string> = {
  inputs: 'the input section',
  downtimeCostPerHour: 'the downtime cost per hour',
  baselineAvailabilityPercent: 'the current availability',
  monthlyInfraCost: 'the monthly infrastructure cost',
  periodConvention: 'the period convention',
  growthPerNine: 'the cost growth per nine',
  calibrationMultiple: 'the calibration multiple',
  horizonYears: 'the horizon',
  discountRatePercent: 'the discount rate',
  scenarios: 'the scenario list',
  id: 'id',
  label: 'label',
  availabilityPercent: 'target availability',
  investmentOverride: 'investment override',
  annualRunCost: 'extra annual run cost',
  presetId: 'the preset',
  ranges: 'the ranges',
  currency: 'the currency',
  compact: 'the compact-amounts setting',
  nextScenarioNumber: 'the scenario counter',
};

/** The words for a range and its parts, by the input the range belongs to. */
const RANGE_NAMES: Record<string, Record<'range' | 'low' | 'high' | 'shape', string>> = {
  downtimeCostPerHour: {
    range: 'the cost-per-hour range',
    low: 'the low cost per hour',
    high: 'the high cost per hour',
    shape: 'the shape of the cost-per-hour range',
  },
};

/** Names the field at `path` in words a user knows from the form: "scenario 2's label". */
function fieldName(path: readonly PropertyKey[]): string {
  const [first, second, third, fourth] = path;
  if (first === 'ranges' && second !== undefined) {
    const names = Object.hasOwn(RANGE_NAMES, String(second)) ? RANGE_NAMES[String(second)] : undefined;
    if (names === undefined) return 'a range';
    if (third === undefined) return names.range;
    const part = String(third);
    return part === 'low' || part === 'high' || part === 'shape' ? names[part] : 'a field';
  }
  if (first === 'inputs' && second === 'scenarios' && typeof third === 'number') {
    const scenario = `scenario ${third + 1}`;
    return fourth === undefined ? scenario : `${scenario}'s ${FIELD_NAMES[String(fourth)]}`;
  }
  return path.length === 0 ? 'the session' : (FIELD_NAMES[String(path[path.length - 1])] ?? 'a field');
}

export type SessionValidation = { ok: true; value: CalculatorState } | { ok: false; message: string };

/**
 * Validates untrusted data (already JSON-parsed) as a session. On success the value is a fresh object
 * built by zod from the known fields only; on failure the message names the first problem, as a
 * lower-case clause: "the current availability must be above 0 % and below 100 %".
 */
export function validateSession(data: unknown): SessionValidation {
  const result = sessionSchema.safeParse(data, {
    // Messages for what the schema leaves to zod: wrong types and missing fields.
    error: (issue) =>
      issue.input === undefined
        ? 'is missing'
        : (issue.code === 'invalid_type' && EXPECTED[issue.expected]) || 'is not valid',
  });
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys')
    return { ok: false, message: `${fieldName(issue.path)} has a field Nines does not know` };
  if (issue.path.length === 0) return { ok: false, message: 'the session is not a set of inputs' };
  return { ok: false, message: `${fieldName(issue.path)} ${issue.message}` };
}

/** Why a session of another version cannot be opened, as a clause (the share link's words). */
export const VERSION_MESSAGES = {
  newer: 'it was made by a newer version of Nines',
  unknown: 'its format version is not one Nines knows',
} as const;

/**
 * Opens untrusted data (already JSON-parsed) saved or shared at session format `version`: brings it
 * to the newest version through the chain of migrations (session-migrations.ts), then validates it
 * as `validateSession` does. A newer or unknown version is refused with `VERSION_MESSAGES`.
 */
export function openSession(data: unknown, version: unknown): SessionValidation {
  const migrated = migrateSession(data, version);
  return migrated.ok
    ? validateSession(migrated.session)
    : { ok: false, message: VERSION_MESSAGES[migrated.reason] };
}
