import type { CalculatorState } from './session';
import { openSession } from './session-validator';
import { SESSION_VERSION } from './session-versions';

/**
 * Share links carry the whole session in the URL's hash (`#s=…`), which browsers never send to a
 * server, so planning figures stay on the reader's machine. The payload is base64url (no padding) of
 * UTF-8 JSON with one-letter keys and the session format version `v`, the same version and chain of
 * migrations as the saved session (session-migrations.ts). Links are made in the newest version,
 * `v: 2` (RangesAndFollowingLabels), the worked example being:
 *
 *   {"v":2,"p":"seed","c":"USD","k":false,"n":4,
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
 *   hour): `l` low, `h` high, `s` shape (`lognormal`, `uniform` or `pert`), read as a 90 % interval.
 *
 * Version 1 links (`v: 1`) had `"r":{"l":…,"h":…}`, the cost-per-hour range, and every label as
 * text; they open as version 2 through the chain, with the same figures. A link of a version newer
 * than this release is refused with "made by a newer version of Nines".
 *
 * Decoding treats the text as hostile, whatever its version: length is checked before any parsing,
 * the JSON is parsed with forbidden keys refused, keys are mapped into fresh objects by the key map
 * of the link's version (a key it does not have is refused), the session is migrated to the newest
 * version and goes through the same schema as the saved session. It returns a message instead of
 * throwing, whatever the input. The schema loads lazily: call `loadSessionValidator()`
 * (session-validator.ts) before decoding, or every link is refused as one that cannot be checked.
 */

/** The hash parameter that holds a share link: `#s=<payload>`. */
export const SHARE_HASH_PREFIX = '#s=';
/**
 * Longest payload accepted. The largest valid session (12 scenarios, 60-character labels written as
 * JSON escapes, 17-digit amounts) encodes to about 7,600 characters in version 2; anything longer is
 * refused before it is parsed.
 */
export const MAX_SHARE_LINK_LENGTH = 12_000;

export type DecodeResult = { ok: true; state: CalculatorState } | { ok: false; message: string };

type KeyMap = Record<string, string>;
const SESSION_KEYS = {
  p: 'presetId',
  c: 'currency',
  k: 'compact',
  n: 'nextScenarioNumber',
  r: 'ranges',
  i: 'inputs',
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

/** Version 1's key maps, frozen: where they differ from the newest, the cost-per-hour range. */
const V1_SESSION_KEYS = { ...SESSION_KEYS, r: 'costRange' } as const satisfies KeyMap;
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

function shortened(source: object, keys: KeyMap): Record<string, unknown> {
  const values = source as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [short, long] of Object.entries(keys)) out[short] = values[long];
  return out;
}

function toWire(state: CalculatorState): Record<string, unknown> {
  return {
    v: SESSION_VERSION,
    ...shortened(state, SESSION_KEYS),
    r: Object.fromEntries(
      Object.entries(shortened(state.ranges, RANGES_KEYS))
        .filter(([, range]) => range !== undefined)
        .map(([key, range]) => [key, shortened(range as object, RANGE_KEYS)]),
    ),
    i: {
      ...shortened(state.inputs, INPUT_KEYS),
      s: state.inputs.scenarios.map((scenario) => shortened(scenario, SCENARIO_KEYS)),
    },
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

/** Version 2's wire format into version 2's session shape. */
function fromWireV2(wire: Record<string, unknown>): unknown {
  return renamed(withoutVersion(wire), SESSION_KEYS, {
    r: (ranges) =>
      renamed(ranges, RANGES_KEYS, {
        d: (range) => renamed(range, RANGE_KEYS),
      }),
    i: inputsFromWire,
  });
}

/** The wire format of each version that share links were ever made in, by version. */
const WIRE_DECODERS: Readonly<Record<number, (wire: Record<string, unknown>) => unknown>> = {
  1: fromWireV1,
  2: fromWireV2,
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

/** The share-link payload in a URL hash (`#s=…`), or null when the hash holds none. */
export function shareLinkPayload(hash: string): string | null {
  return hash.startsWith(SHARE_HASH_PREFIX) ? hash.slice(SHARE_HASH_PREFIX.length) : null;
}

/** `href` with its hash replaced by the session's share link; path and query string are kept. */
export function shareUrl(href: string, state: CalculatorState): string {
  const url = new URL(href);
  url.hash = `${SHARE_HASH_PREFIX}${encodeShareLink(state)}`;
  return url.href;
}
