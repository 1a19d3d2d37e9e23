import type { DependencyNode } from '../model/dependency-tree';
import { defaultDependencies, defaultFailureModes, defaultSimulation, type CalculatorState } from './session';
import { SHARE_HASH_PREFIX } from './share-link-hash';
import { openSession } from './session-validator';
import { SESSION_VERSION } from './session-versions';

/**
 * Share links carry the whole session in the URL's hash (`#s=…`), which browsers never send to a
 * server, so planning figures stay on the reader's machine. The payload is base64url (no padding) of
 * UTF-8 JSON with one-letter keys and the session format version `v`, the same version and chain of
 * migrations as the saved session (session-migrations.ts). Links are made in the newest version,
 * `v: 3` (CasesModesAndDependencies), the worked example being:
 *
 *   {"v":3,"p":"seed","c":"USD","k":false,"n":4,
 *    "r":{"d":{"l":1000000,"h":5000000,"s":"lognormal"}},
 *    "i":{"d":2000000,"a":99.5,"m":500000,"c":"seed","g":10,"k":2,"y":3,"r":8,
 *         "s":[{"i":"s1","l":null,"a":99.5,"o":null,"r":0}, …]}}
 *
 * - `p` preset, `c` currency, `k` compact amounts, `n` the next scenario number;
 * - `i` the point inputs: `d` downtime cost per hour, `a` current availability (%), `m` monthly
 *   infrastructure cost, `c` period convention, `g` cost growth per nine, `k` calibration multiple,
 *   `y` horizon (years), `r` discount rate (%), `s` scenarios: `i` id, `l` label (null: it follows
 *   the target), `a` target availability (%), `o` investment override (null: the rule), `r` extra
 *   annual run cost;
 * - `r` the ranges, keyed by the short key of the input they belong to (`d`: the downtime cost per
 *   hour; `s7.i` / `s7.r`: scenario s7's investment / extra run cost): `l` low, `h` high, `s` shape
 *   (`lognormal`, `uniform` or `pert`), read as a 90 % interval;
 * - the parts version 3 added, each left out while it is at a new session's value (the decoder puts
 *   that back): `t` case name, `w` show all columns, `f` failure modes (`c` catalogue, `u` use for
 *   today's availability, `p` cap %, `n` incidents a year, `m` modes {`i`, `n` name, `t` texts
 *   {`f` frequency, `d` detect, `r` recover, `u` users}}, `l` levers {`i`, `n`, `m` mode id, `t`
 *   texts (+ `o` one-time cost, `a` annual run cost), `p` in plan}, `x` next id), `g` dependencies
 *   (`t` tree: nodes {`k` kind, `i`, `n`, `a` availability, `s` common-cause %, `g` regions, `r`
 *   router, `c` children, `b` a dependency's availability range {`l` low, `h` high} when it was
 *   given as one}, `o` own outages {`c` count, `s` scope %}), `m` simulation (`e` on, `r`
 *   runs, `s` seed).
 *
 * Version 1 links (`v: 1`) had `"r":{"l":…,"h":…}`, the cost-per-hour range, and every label as
 * text; version 2 links had none of version 3's parts; both open as version 3 through the chain,
 * with the same figures. A link of a version newer
 * than this release is refused with "made by a newer version of Nines".
 *
 * Decoding treats the text as hostile, whatever its version: length is checked before any parsing,
 * the JSON is parsed with forbidden keys refused, keys are mapped into fresh objects by the key map
 * of the link's version (a key it does not have is refused), the session is migrated to the newest
 * version and goes through the same schema as the saved session. It returns a message instead of
 * throwing, whatever the input. The schema loads lazily: call `loadSessionValidator()`
 * (session-validator.ts) before decoding, or every link is refused as one that cannot be checked.
 */

/**
 * Longest payload accepted. The largest valid session (12 scenarios, 60-character labels written as
 * JSON escapes, 17-digit amounts) encodes to about 7,600 characters in version 2; anything longer is
 * refused before it is parsed.
 */
export const MAX_SHARE_LINK_LENGTH = 12_000;

export type DecodeResult = { ok: true; state: CalculatorState } | { ok: false; message: string };

type KeyMap = Record<string, string>;
/** Version 2's top-level keys, frozen. */
const V2_SESSION_KEYS = {
  p: 'presetId',
  c: 'currency',
  k: 'compact',
  n: 'nextScenarioNumber',
  r: 'ranges',
  i: 'inputs',
} as const satisfies KeyMap;
const SESSION_KEYS = {
  ...V2_SESSION_KEYS,
  t: 'caseName',
  w: 'showAllColumns',
  f: 'failureModes',
  g: 'dependencies',
  m: 'simulation',
} as const satisfies KeyMap;
const RANGE_KEYS = { l: 'low', h: 'high', s: 'shape' } as const satisfies KeyMap;
const INPUT_KEYS = {
  d: 'downtimeCostPerHour',
  a: 'baselineAvailabilityPercent',
  m: 'monthlyInfraCost',
  c: 'periodConvention',
  g: 'growthPerNine',
  k: 'calibrationMultiple',
  y: 'horizonYears',
  r: 'discountRatePercent',
  s: 'scenarios',
} as const satisfies KeyMap;
const SCENARIO_KEYS = {
  i: 'id',
  l: 'label',
  a: 'availabilityPercent',
  o: 'investmentOverride',
  r: 'annualRunCost',
} as const satisfies KeyMap;
/** Ranges are keyed by the short key of their input; only inputs that can hold a range are listed. */
const RANGES_KEYS = { d: 'downtimeCostPerHour' } as const satisfies KeyMap;
/** A scenario's range is keyed `<scenario id>.i` (investment) or `<scenario id>.r` (extra run cost). */
const SCENARIO_RANGE_PARTS = { i: 'investment', r: 'annualRunCost' } as const satisfies KeyMap;
const FAILURE_MODES_KEYS = {
  c: 'catalogueId',
  u: 'useForBaseline',
  p: 'capPercent',
  n: 'incidentsPerYear',
  m: 'modes',
  l: 'levers',
  x: 'nextId',
} as const satisfies KeyMap;
const MODE_KEYS = { i: 'id', n: 'name', t: 'text' } as const satisfies KeyMap;
const LEVER_KEYS = { i: 'id', n: 'name', m: 'modeId', t: 'text', p: 'inPlan' } as const satisfies KeyMap;
const MODE_TEXT_KEYS = {
  f: 'frequency',
  d: 'timeToDetect',
  r: 'timeToRecover',
  u: 'usersAffected',
} as const satisfies KeyMap;
const LEVER_TEXT_KEYS = { ...MODE_TEXT_KEYS, o: 'oneTimeCost', a: 'annualRunCost' } as const satisfies KeyMap;
const DEPENDENCIES_KEYS = { t: 'tree', o: 'ownOutages' } as const satisfies KeyMap;
/** Every key a node of the tree can have; `shortened` leaves out the ones a node's kind lacks. */
const NODE_KEYS = {
  k: 'kind',
  i: 'id',
  n: 'name',
  a: 'availabilityPercent',
  s: 'commonCauseSharePercent',
  g: 'regionCount',
  r: 'router',
  c: 'children',
  b: 'availabilityRange',
} as const satisfies KeyMap;
/** A dependency's availability range (`b`): low and high ends in percent, no shape (always lognormal). */
const AVAILABILITY_RANGE_KEYS = { l: 'low', h: 'high' } as const satisfies KeyMap;
const OUTAGE_KEYS = { c: 'count', s: 'scopePercent' } as const satisfies KeyMap;
const SIMULATION_KEYS = { e: 'enabled', r: 'runs', s: 'seed' } as const satisfies KeyMap;

/** Version 1's key maps, frozen: where they differ from version 2, the cost-per-hour range. */
const V1_SESSION_KEYS = { ...V2_SESSION_KEYS, r: 'costRange' } as const satisfies KeyMap;
const V1_RANGE_KEYS = { l: 'low', h: 'high' } as const satisfies KeyMap;

/** Keys that could reach an object's prototype if the data were ever merged carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class UnknownFieldError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies `source` into a fresh object under the long names of `keys`; `nested` maps values on the way. */
function renamed(
  source: unknown,
  keys: KeyMap,
  nested: Record<string, (value: unknown) => unknown> = {},
): unknown {
  // Not an object: pass it on unchanged so the schema names what is wrong with it.
  if (!isRecord(source)) return source;
  const out: Record<string, unknown> = {};
  for (const short of Object.keys(source)) {
    const long = Object.hasOwn(keys, short) ? keys[short] : undefined;
    if (long === undefined) throw new UnknownFieldError();
    const value = source[short];
    const map = Object.hasOwn(nested, short) ? nested[short] : undefined;
    out[long] = map ? map(value) : value;
  }
  return out;
}

/** `source` under the short names of `keys`; a field `source` does not have is left out. */
function shortened(source: object, keys: KeyMap): Record<string, unknown> {
  const values = source as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [short, long] of Object.entries(keys))
    if (Object.hasOwn(values, long)) out[short] = values[long];
  return out;
}

/** A node's keys, a dependency's range's too; a dependency given as one figure has no `b`. */
function dependencyToWire(node: DependencyNode): Record<string, unknown> {
  const wire = shortened(node, NODE_KEYS);
  if (node.kind === 'dependency' && node.availabilityRange)
    wire.b = shortened(node.availabilityRange, AVAILABILITY_RANGE_KEYS);
  return wire;
}

function nodeToWire(node: DependencyNode): Record<string, unknown> {
  const wire = dependencyToWire(node);
  if (node.kind === 'regions' && node.router) wire.r = dependencyToWire(node.router);
  if (node.kind !== 'dependency') wire.c = node.children.map(nodeToWire);
  return wire;
}

/** `scenarios.s7.investment` ↔ `s7.i`: the wire key of a scenario's range. */
const SCENARIO_RANGE_KEY = /^scenarios\.([^.]+)\.(investment|annualRunCost)$/;
const WIRE_SCENARIO_RANGE_KEY = /^([^.]+)\.([ir])$/;

/**
 * The parts version 3 added, at the value a new session has: a link leaves out a part that is still
 * there (most links carry no failure modes or dependencies), and the decoder puts it back.
 */
function defaultParts(): Record<'t' | 'w' | 'f' | 'g' | 'm', unknown> {
  return {
    t: null,
    w: false,
    f: defaultFailureModes(),
    g: defaultDependencies(),
    m: defaultSimulation(),
  };
}

function toWire(state: CalculatorState): Record<string, unknown> {
  const wire = fullWire(state);
  const defaults = defaultParts();
  const long: Record<keyof typeof defaults, unknown> = {
    t: state.caseName,
    w: state.showAllColumns,
    f: state.failureModes,
    g: state.dependencies,
    m: state.simulation,
  };
  for (const key of Object.keys(defaults) as Array<keyof typeof defaults>)
    if (JSON.stringify(long[key]) === JSON.stringify(defaults[key])) delete wire[key];
  return wire;
}

function fullWire(state: CalculatorState): Record<string, unknown> {
  const { failureModes, dependencies } = state;
  return {
    v: SESSION_VERSION,
    ...shortened(state, SESSION_KEYS),
    r: Object.fromEntries(
      Object.entries(state.ranges).flatMap(([key, range]) => {
        const scenario = SCENARIO_RANGE_KEY.exec(key);
        const short = scenario
          ? `${scenario[1]}.${scenario[2] === 'investment' ? 'i' : 'r'}`
          : key === 'downtimeCostPerHour'
            ? 'd'
            : null;
        return short === null || range === undefined ? [] : [[short, shortened(range, RANGE_KEYS)]];
      }),
    ),
    i: {
      ...shortened(state.inputs, INPUT_KEYS),
      s: state.inputs.scenarios.map((scenario) => shortened(scenario, SCENARIO_KEYS)),
    },
    f: {
      ...shortened(failureModes, FAILURE_MODES_KEYS),
      m: failureModes.modes.map((mode) => ({
        ...shortened(mode, MODE_KEYS),
        t: shortened(mode.text, MODE_TEXT_KEYS),
      })),
      l: failureModes.levers.map((lever) => ({
        ...shortened(lever, LEVER_KEYS),
        t: shortened(lever.text, LEVER_TEXT_KEYS),
      })),
    },
    g: {
      t: nodeToWire(dependencies.tree),
      o: dependencies.ownOutages.map((outage) => shortened(outage, OUTAGE_KEYS)),
    },
    m: shortened(state.simulation, SIMULATION_KEYS),
  };
}

const withoutVersion = (wire: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(wire).filter(([key]) => key !== 'v'));

const inputsFromWire = (inputs: unknown) =>
  renamed(inputs, INPUT_KEYS, {
    s: (list) => (Array.isArray(list) ? list.map((s: unknown) => renamed(s, SCENARIO_KEYS)) : list),
  });

/** Version 1's wire format (one-letter keys) into version 1's session shape. Frozen. */
function fromWireV1(wire: Record<string, unknown>): unknown {
  return renamed(withoutVersion(wire), V1_SESSION_KEYS, {
    r: (range) => renamed(range, V1_RANGE_KEYS),
    i: inputsFromWire,
  });
}

/** Version 2's wire format into version 2's session shape. Frozen. */
function fromWireV2(wire: Record<string, unknown>): unknown {
  return renamed(withoutVersion(wire), V2_SESSION_KEYS, {
    r: (ranges) =>
      renamed(ranges, RANGES_KEYS, {
        d: (range) => renamed(range, RANGE_KEYS),
      }),
    i: inputsFromWire,
  });
}

const listOf = (map: (item: unknown) => unknown) => (list: unknown) =>
  Array.isArray(list) ? list.map(map) : list;

const rangeFromWire = (range: unknown) => renamed(range, AVAILABILITY_RANGE_KEYS);

function nodeFromWire(node: unknown): unknown {
  return renamed(node, NODE_KEYS, {
    r: (router) => renamed(router, NODE_KEYS, { b: rangeFromWire }),
    c: listOf(nodeFromWire),
    b: rangeFromWire,
  });
}

/** The ranges of a version 3 link: `d` the cost per hour's, `<scenario id>.i` / `.r` a scenario's. */
function rangesFromWire(ranges: unknown): unknown {
  if (!isRecord(ranges)) return ranges;
  const out: Record<string, unknown> = {};
  for (const short of Object.keys(ranges)) {
    const scenario = WIRE_SCENARIO_RANGE_KEY.exec(short);
    const long =
      short === 'd'
        ? 'downtimeCostPerHour'
        : scenario
          ? `scenarios.${scenario[1]}.${SCENARIO_RANGE_PARTS[scenario[2] as 'i' | 'r']}`
          : undefined;
    if (long === undefined) throw new UnknownFieldError();
    out[long] = renamed(ranges[short], RANGE_KEYS);
  }
  return out;
}

/** Version 3's wire format into version 3's session shape; a part left out is at its default. */
function fromWireV3(wire: Record<string, unknown>): unknown {
  const defaults = defaultParts();
  const session = renamed(withoutVersion(wire), SESSION_KEYS, {
    r: rangesFromWire,
    i: inputsFromWire,
    f: (failureModes) =>
      renamed(failureModes, FAILURE_MODES_KEYS, {
        m: listOf((mode) => renamed(mode, MODE_KEYS, { t: (text) => renamed(text, MODE_TEXT_KEYS) })),
        l: listOf((lever) => renamed(lever, LEVER_KEYS, { t: (text) => renamed(text, LEVER_TEXT_KEYS) })),
      }),
    g: (dependencies) =>
      renamed(dependencies, DEPENDENCIES_KEYS, {
        t: nodeFromWire,
        o: listOf((outage) => renamed(outage, OUTAGE_KEYS)),
      }),
    m: (simulation) => renamed(simulation, SIMULATION_KEYS),
  });
  if (!isRecord(session)) return session;
  for (const [short, value] of Object.entries(defaults)) {
    const long = SESSION_KEYS[short as keyof typeof defaults];
    if (!Object.hasOwn(session, long)) session[long] = value;
  }
  return session;
}

/** The wire format of each version that share links were ever made in, by version. */
const WIRE_DECODERS: Readonly<Record<number, (wire: Record<string, unknown>) => unknown>> = {
  1: fromWireV1,
  2: fromWireV2,
  3: fromWireV3,
};

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Encodes a (valid) session as a share-link payload; `decodeShareLink` gives it back unchanged. */
export function encodeShareLink(state: CalculatorState): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(toWire(state))));
}

const fail = (message: string): DecodeResult => ({ ok: false, message });

/**
 * Decodes a share-link payload into a validated session, or says why it cannot, as a lower-case
 * clause fit for "This share link could not be opened: <message>." Never throws.
 */
export function decodeShareLink(payload: string): DecodeResult {
  try {
    if (typeof payload !== 'string' || payload.length === 0) return fail('the link is empty');
    if (payload.length > MAX_SHARE_LINK_LENGTH) return fail('the link is too long');
    if (!/^[A-Za-z0-9_-]+$/.test(payload) || payload.length % 4 === 1)
      return fail('the link is damaged (it has characters a share link never has)');

    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(
        Uint8Array.from(binary, (c) => c.charCodeAt(0)),
      );
    } catch {
      return fail('the link is incomplete or damaged (it is not readable text)');
    }

    let wire: unknown;
    try {
      wire = JSON.parse(text, (key, value: unknown) => {
        if (FORBIDDEN_KEYS.has(key)) throw new UnknownFieldError();
        return value;
      });
    } catch (error) {
      if (error instanceof UnknownFieldError) return fail('the link has a field Nines does not know');
      return fail('the link is incomplete or damaged');
    }

    if (!isRecord(wire) || !('v' in wire)) return fail('it is not a Nines share link');
    const version = wire.v;
    const decodeWire =
      typeof version === 'number' && Object.hasOwn(WIRE_DECODERS, version)
        ? WIRE_DECODERS[version]
        : undefined;
    if (decodeWire === undefined) {
      return typeof version === 'number' && Number.isInteger(version) && version > SESSION_VERSION
        ? fail('it was made by a newer version of Nines')
        : fail('its format version is not one Nines knows');
    }

    let session: unknown;
    try {
      session = decodeWire(wire);
    } catch (error) {
      if (error instanceof UnknownFieldError) return fail('the link has a field Nines does not know');
      throw error;
    }
    // The same chain of versions as the saved session: an older link opens as this release's session.
    const result = openSession(session, version);
    return result.ok ? { ok: true, state: result.value } : fail(result.message);
  } catch {
    // A last resort: nothing above should throw, but a share link must never take the page down.
    return fail('the link could not be read');
  }
}

/** `href` with its hash replaced by the session's share link; path and query string are kept. */
export function shareUrl(href: string, state: CalculatorState): string {
  const url = new URL(href);
  url.hash = `${SHARE_HASH_PREFIX}${encodeShareLink(state)}`;
  return url.href;
}
