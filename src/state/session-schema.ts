import * as z from 'zod/mini';
import { CURRENCIES } from '../format/format';
import { LIMITS } from '../model/limits';
import { PERIOD_CONVENTION_IDS } from '../model/periods';
import { INDUSTRIES } from '../model/presets';
import type { CalculatorState, PresetId } from './calculator-store';

/**
 * The one validator of a session that arrives from outside the running app: a share link or the
 * saved session in localStorage. zod/mini rather than zod keeps the decoder's cost in the bundle small
 * (see README). Every message is our own clause ("must be …"), never text taken from the input, so a
 * crafted link cannot put words of its choosing into the page.
 */

const MUST_BE_A_NUMBER = 'must be a number';

/** A finite number; also rejects -0, which no form can produce and which would print as "-0". */
function finiteNumber() {
  return z
    .number({ error: (issue) => (issue.input === undefined ? 'is missing' : MUST_BE_A_NUMBER) })
    .check(z.refine((value) => !Object.is(value, -0), MUST_BE_A_NUMBER));
}

const amountMessage = `must be an amount from 0 to ${LIMITS.maxAmount.toLocaleString('en-US')}`;
const amount = () => finiteNumber().check(z.gte(0, amountMessage), z.lte(LIMITS.maxAmount, amountMessage));

const availabilityMessage = 'must be above 0 % and below 100 %';
const availability = () =>
  finiteNumber().check(
    z.gt(LIMITS.minAvailabilityExclusive, availabilityMessage),
    z.lt(LIMITS.maxAvailabilityExclusive, availabilityMessage),
  );

function oneOf<T extends string>(values: readonly T[], message: string) {
  return z.enum(values as readonly [T, ...T[]], {
    error: (issue) => (issue.input === undefined ? 'is missing' : message),
  });
}

const PRESET_IDS = ['seed', ...INDUSTRIES.map((i) => i.id)] as const satisfies readonly PresetId[];

const horizonMessage = `must be a whole number of years from ${LIMITS.minHorizonYears} to ${LIMITS.maxHorizonYears}`;
const discountMessage = `must be from ${LIMITS.minDiscountRatePercent} % to ${LIMITS.maxDiscountRatePercent} %`;
const growthMessage = `must be above ${LIMITS.minGrowthPerNineExclusive} and at most ${LIMITS.maxGrowthPerNine}`;
const multipleMessage = `must be above 0 and at most ${LIMITS.maxCalibrationMultiple}`;

/** Scenario ids are `s` + a counter; the counter must be ahead of them so a new scenario never reuses one. */
const SCENARIO_ID = /^s[1-9][0-9]{0,8}$/;
const MAX_SCENARIO_NUMBER = 1_000_000_000;
const scenarioNumber = (id: string) => Number(id.slice(1));

/** An object's own error: missing, or something else (a list, text, a number) where a group of values belongs. */
const objectError = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : 'has the wrong shape'),
};

const scenarioSchema = z.strictObject(
  {
    id: z.string({ error: 'must be a scenario id' }).check(z.regex(SCENARIO_ID, 'must be a scenario id')),
    label: z
      .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
      .check(z.maxLength(LIMITS.maxLabelLength, `must be at most ${LIMITS.maxLabelLength} characters`)),
    availabilityPercent: availability(),
    investmentOverride: z.nullable(amount()),
    annualRunCost: amount(),
  },
  objectError,
);

const inputsSchema = z.strictObject(
  {
    downtimeCostPerHour: amount(),
    baselineAvailabilityPercent: availability(),
    monthlyInfraCost: amount(),
    periodConvention: oneOf(PERIOD_CONVENTION_IDS, 'must be one of the known conventions'),
    growthPerNine: finiteNumber().check(
      z.gt(LIMITS.minGrowthPerNineExclusive, growthMessage),
      z.lte(LIMITS.maxGrowthPerNine, growthMessage),
    ),
    calibrationMultiple: finiteNumber().check(
      z.gt(0, multipleMessage),
      z.lte(LIMITS.maxCalibrationMultiple, multipleMessage),
    ),
    horizonYears: finiteNumber().check(
      z.refine(Number.isInteger, horizonMessage),
      z.gte(LIMITS.minHorizonYears, horizonMessage),
      z.lte(LIMITS.maxHorizonYears, horizonMessage),
    ),
    discountRatePercent: finiteNumber().check(
      z.gte(LIMITS.minDiscountRatePercent, discountMessage),
      z.lte(LIMITS.maxDiscountRatePercent, discountMessage),
    ),
    scenarios: z
      .array(scenarioSchema, {
        error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a list'),
      })
      .check(z.maxLength(LIMITS.maxScenarios, `must hold at most ${LIMITS.maxScenarios} scenarios`)),
  },
  objectError,
);

/** The saved or shared session: exactly `CalculatorState`, with every domain limit of `LIMITS`. */
export const sessionSchema: z.ZodMiniType<CalculatorState> = z
  .strictObject({
    inputs: inputsSchema,
    presetId: oneOf(PRESET_IDS, 'must be one of the presets'),
    costRange: z.strictObject({ low: amount(), high: amount() }, objectError),
    currency: oneOf(CURRENCIES, 'must be one of the supported currencies'),
    compact: z.boolean({
      error: (issue) => (issue.input === undefined ? 'is missing' : 'must be true or false'),
    }),
    nextScenarioNumber: finiteNumber().check(
      z.refine(Number.isInteger, 'must be a whole number'),
      z.gte(1, 'must be at least 1'),
      z.lte(MAX_SCENARIO_NUMBER, 'is too large'),
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
  costRange: 'the cost-per-hour range',
  low: 'the low cost per hour',
  high: 'the high cost per hour',
  currency: 'the currency',
  compact: 'the compact-amounts setting',
  nextScenarioNumber: 'the scenario counter',
};

/** Names the field at `path` in words a user knows from the form: "scenario 2's label". */
function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the session';
  const [first, second, third, fourth] = path;
  if (first === 'inputs' && second === 'scenarios' && typeof third === 'number') {
    const scenario = `scenario ${third + 1}`;
    return fourth === undefined ? scenario : `${scenario}'s ${FIELD_NAMES[String(fourth)] ?? 'data'}`;
  }
  const last = path[path.length - 1];
  return FIELD_NAMES[String(last)] ?? 'a field';
}

export type SessionValidation = { ok: true; value: CalculatorState } | { ok: false; message: string };

/**
 * Validates untrusted data (already JSON-parsed) as a session. On success the value is a fresh object
 * built by zod from the known fields only; on failure the message names the first problem, as a
 * lower-case clause: "the current availability must be above 0 % and below 100 %".
 */
export function validateSession(data: unknown): SessionValidation {
  const result = sessionSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, message: 'the session is not valid' };
  const where = fieldName(issue.path);
  if (issue.code === 'unrecognized_keys')
    return { ok: false, message: `${where} has a field Nines does not know` };
  if (issue.code === 'invalid_type' && issue.path.length === 0)
    return { ok: false, message: 'the session is not a set of inputs' };
  const message = issue.message === 'Invalid input' ? 'is not valid' : issue.message;
  return { ok: false, message: `${where} ${message}` };
}
