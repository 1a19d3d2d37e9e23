import * as z from 'zod/mini';
import { CURRENCIES } from '../format/format';
import {
  availabilityRangeProblem,
  DEPENDENCY_LIMITS,
  isValidCommonCauseShare,
  isValidRegionCount,
  MAX_OWN_OUTAGES_PER_YEAR,
  rangeBestEstimatePercent,
  treeNodes,
  type DependencyNode,
  type DependencyTree,
} from '../model/dependency-tree';
import type { FailureCatalogueId } from '../model/failure-catalogues';
import { LIMITS } from '../model/limits';
import { PERIOD_CONVENTION_IDS } from '../model/periods';
import { INDUSTRIES } from '../model/presets';
import { RANGE_SHAPES } from '../model/ranges';
import type { CalculatorState, FailureModesSession, PresetId } from './session';
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

/** A scenario's investment or run-cost range, keyed by the scenario's id. */
const SCENARIO_RANGE_KEY = /^scenarios\.s[1-9][0-9]{0,8}\.(investment|annualRunCost)$/;

const rangesSchema = z
  .catchall(z.strictObject({ downtimeCostPerHour: rangeSchema }), rangeSchema)
  .check(
    z.refine(
      (ranges) =>
        Object.keys(ranges).every((key) => key === 'downtimeCostPerHour' || SCENARIO_RANGE_KEY.test(key)),
      'hold a range for an input Nines does not know',
    ),
  );

/** Catalogue ids (failure-catalogues.ts's FAILURE_CATALOGUE_IDS, written out so the schema does not carry the catalogues). */
const CATALOGUE_IDS = [
  'production-failures-seed',
  'root-causes-seed',
  'empty',
] satisfies FailureCatalogueId[];

/** The domain of a catalogue in a session: what the table edits and a share link can carry. */
export const FAILURE_MODE_LIMITS = {
  maxModes: 40,
  maxLevers: 40,
  /** Characters in one field's text ("1-2 per year", "5min (restart)"). */
  maxTextLength: 60,
  maxIncidentsPerYear: 1_000_000,
} as const;

const ROW_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const rowId = () => z.string().check(z.refine((id) => ROW_ID.test(id), 'must be a row id'));
const text = (max: number) =>
  z.string().check(z.refine((value) => value.length <= max, `must be at most ${max} characters`));
const fieldTexts = <K extends string>(keys: readonly K[]) =>
  z.strictObject(
    Object.fromEntries(keys.map((key) => [key, text(FAILURE_MODE_LIMITS.maxTextLength)])) as Record<
      K,
      ReturnType<typeof text>
    >,
  );
const MODE_FIELDS = ['frequency', 'timeToDetect', 'timeToRecover', 'usersAffected'] as const;

const failureModesSchema: z.ZodMiniType<FailureModesSession> = z
  .strictObject({
    catalogueId: oneOf(CATALOGUE_IDS, 'must be one of the failure catalogues'),
    useForBaseline: z.boolean(),
    capPercent: numberWhere((p) => p > 0 && p <= 100, 'must be above 0 % and at most 100 %'),
    incidentsPerYear: z.nullable(
      numberWhere(
        between(0, FAILURE_MODE_LIMITS.maxIncidentsPerYear),
        `must be from 0 to ${FAILURE_MODE_LIMITS.maxIncidentsPerYear.toLocaleString('en-US')}`,
      ),
    ),
    modes: z
      .array(
        z.strictObject({ id: rowId(), name: text(LIMITS.maxLabelLength), text: fieldTexts(MODE_FIELDS) }),
      )
      .check(
        z.refine(
          (list) => list.length <= FAILURE_MODE_LIMITS.maxModes,
          `must hold at most ${FAILURE_MODE_LIMITS.maxModes} failure modes`,
        ),
      ),
    levers: z
      .array(
        z.strictObject({
          id: rowId(),
          name: text(LIMITS.maxLabelLength),
          modeId: rowId(),
          text: fieldTexts([...MODE_FIELDS, 'oneTimeCost', 'annualRunCost'] as const),
          inPlan: z.boolean(),
        }),
      )
      .check(
        z.refine(
          (list) => list.length <= FAILURE_MODE_LIMITS.maxLevers,
          `must hold at most ${FAILURE_MODE_LIMITS.maxLevers} levers`,
        ),
      ),
    nextId: numberWhere(
      (n) => Number.isInteger(n) && between(1, MAX_SCENARIO_NUMBER)(n),
      'must be a whole number from 1 to 1,000,000,000',
    ),
  })
  .check(
    z.refine(
      (fm) =>
        new Set([...fm.modes, ...fm.levers].map((row) => row.id)).size === fm.modes.length + fm.levers.length,
      { error: 'has two rows with the same id', path: ['modes'] },
    ),
    z.refine((fm) => fm.levers.every((lever) => fm.modes.some((mode) => mode.id === lever.modeId)), {
      error: 'has a lever on a failure mode that is not there',
      path: ['levers'],
    }),
  );

// The dependency tree is recursive: each group's children are nodes again (zod's getters).
const NODE_ID = /^n[0-9]{1,9}$/;
const nodeId = () => z.string().check(z.refine((id) => NODE_ID.test(id), 'must be a node id'));
const nodeName = () => text(DEPENDENCY_LIMITS.maxNameLength);
// A dependency given as a range holds its ends and, as its point, the range's best estimate: a node
// whose point is not that figure would show one availability and compute with another, so it is refused.
const dependencySchema = z
  .strictObject({
    kind: z.literal('dependency'),
    id: nodeId(),
    name: nodeName(),
    availabilityPercent: z.nullable(availability()),
    availabilityRange: z.optional(
      z
        .strictObject({ low: availability(), high: availability() })
        .check(
          z.refine(
            (range) => availabilityRangeProblem(range) === null,
            'must have its low end below its high end',
          ),
        ),
    ),
  })
  .check(
    z.refine(
      (node) =>
        node.availabilityRange === undefined ||
        node.availabilityPercent === rangeBestEstimatePercent(node.availabilityRange),
      { error: 'must have the availability as its best estimate', path: ['availabilityRange'] },
    ),
  );
const commonCause = () => numberWhere(isValidCommonCauseShare, 'must be from 0 % to 100 %');
const nodeSchema: z.ZodMiniType<DependencyNode> = z.discriminatedUnion('kind', [
  dependencySchema,
  z.strictObject({
    kind: z.literal('all-of'),
    id: nodeId(),
    name: nodeName(),
    get children(): z.ZodMiniArray<z.ZodMiniType<DependencyNode>> {
      return z.array(nodeSchema);
    },
  }),
  z.strictObject({
    kind: z.literal('any-of'),
    id: nodeId(),
    name: nodeName(),
    commonCauseSharePercent: commonCause(),
    get children(): z.ZodMiniArray<z.ZodMiniType<DependencyNode>> {
      return z.array(nodeSchema);
    },
  }),
  z.strictObject({
    kind: z.literal('regions'),
    id: nodeId(),
    name: nodeName(),
    regionCount: numberWhere(
      isValidRegionCount,
      `must be a whole number from 1 to ${DEPENDENCY_LIMITS.maxRegions}`,
    ),
    commonCauseSharePercent: commonCause(),
    router: z.nullable(dependencySchema),
    get children(): z.ZodMiniArray<z.ZodMiniType<DependencyNode>> {
      return z.array(nodeSchema);
    },
  }),
]);

/** Nodes on the longest path from `node` down to a dependency, both included (a router counts as a child). */
function depthOf(node: DependencyNode): number {
  if (node.kind === 'dependency') return 1;
  const below = [...node.children, ...(node.kind === 'regions' && node.router ? [node.router] : [])];
  return 1 + Math.max(0, ...below.map(depthOf));
}

const dependenciesSchema = z.strictObject({
  tree: z
    .pipe(
      nodeSchema,
      z.custom<DependencyTree>((node) => (node as DependencyNode).kind !== 'dependency', 'must be a group'),
    )
    .check(
      z.refine(
        (tree) => treeNodes(tree).length <= DEPENDENCY_LIMITS.maxNodes,
        `must hold at most ${DEPENDENCY_LIMITS.maxNodes} nodes`,
      ),
      z.refine(
        (tree) => depthOf(tree) <= DEPENDENCY_LIMITS.maxDepth,
        `must be at most ${DEPENDENCY_LIMITS.maxDepth} levels deep`,
      ),
      z.refine((tree) => {
        const ids = treeNodes(tree).map((node) => node.id);
        return new Set(ids).size === ids.length;
      }, 'has two nodes with the same id'),
    ),
  ownOutages: z
    .array(
      z.strictObject({
        count: numberWhere(
          between(0, MAX_OWN_OUTAGES_PER_YEAR),
          `must be from 0 to ${MAX_OWN_OUTAGES_PER_YEAR.toLocaleString('en-US')} a year`,
        ),
        scopePercent: numberWhere((p) => p > 0 && p <= 100, 'must be above 0 % and at most 100 %'),
      }),
    )
    .check(z.refine((list) => list.length <= 10, 'must hold at most 10 kinds of outage')),
});

/** The simulation's limits: the engine's MAX_RUNS and MAX_SEED_LENGTH (simulate.ts), pinned by a test. */
export const SIMULATION_LIMITS = { maxRuns: 100_000, maxSeedLength: 100 } as const;

const simulationSchema = z.strictObject({
  enabled: z.boolean(),
  runs: numberWhere(
    (n) => Number.isInteger(n) && between(1, SIMULATION_LIMITS.maxRuns)(n),
    `must be a whole number from 1 to ${SIMULATION_LIMITS.maxRuns.toLocaleString('en-US')}`,
  ),
  seed: text(SIMULATION_LIMITS.maxSeedLength),
});

/** The saved or shared session: exactly `CalculatorState`, with every domain limit of `LIMITS`. */
export const sessionSchema: z.ZodMiniType<CalculatorState> = z
  .strictObject({
    inputs: inputsSchema,
    presetId: oneOf(PRESET_IDS, 'must be one of the presets'),
    ranges: rangesSchema,
    currency: oneOf(CURRENCIES, 'must be one of the supported currencies'),
    compact: z.boolean(),
    nextScenarioNumber: numberWhere(
      (n) => Number.isInteger(n) && between(1, MAX_SCENARIO_NUMBER)(n),
      'must be a whole number from 1 to 1,000,000,000',
    ),
    caseName: z.nullable(text(LIMITS.maxLabelLength)),
    showAllColumns: z.boolean(),
    failureModes: failureModesSchema,
    dependencies: dependenciesSchema,
    simulation: simulationSchema,
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
  caseName: 'the case name',
  showAllColumns: 'the show-all-columns setting',
  failureModes: 'the failure modes',
  catalogueId: 'the failure catalogue',
  useForBaseline: 'the use-failure-modes setting',
  capPercent: "the cap on a mode's share of the budget",
  incidentsPerYear: 'the incidents a year',
  modes: 'the failure-mode list',
  levers: 'the lever list',
  nextId: 'the failure-mode counter',
  name: 'name',
  modeId: 'failure mode',
  inPlan: 'in-plan setting',
  frequency: 'frequency',
  timeToDetect: 'time to detect',
  timeToRecover: 'time to recover',
  usersAffected: 'users affected',
  oneTimeCost: 'one-time cost',
  dependencies: 'the dependencies',
  tree: 'the dependency tree',
  children: 'the dependency tree',
  router: 'a router',
  regionCount: 'a region count',
  commonCauseSharePercent: 'a common-cause share',
  availabilityRange: "a dependency's availability range",
  low: 'the low end of a range',
  high: 'the high end of a range',
  kind: 'a node kind',
  ownOutages: "the service's own outages",
  count: 'a count of outages',
  scopePercent: 'a scope of outages',
  simulation: 'the simulation settings',
  enabled: 'the simulation switch',
  runs: 'the runs',
  seed: 'the random seed',
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
