import type { CalculatorState } from './session';
import { SESSION_VERSION, migrateSession } from './session-migrations';
import { validateSession } from './session-validator';

/**
 * Share links carry the whole session in the URL's hash (`#s=…`), which browsers never send to a
 * server, so planning figures stay on the reader's machine. The payload is base64url (no padding) of
 * UTF-8 JSON with one-letter keys and a format version, `v: 1`:
 *
 *   {"v":1,"p":"seed","c":"USD","k":false,"n":4,"r":{"l":1000000,"h":5000000},
 *    "i":{"d":2000000,"a":99.5,"m":500000,"c":"seed","g":10,"k":2,"y":3,"r":8,
 *         "s":[{"i":"s1","l":"99.5 %","a":99.5,"o":null,"r":0}, …]}}
 *
 * Decoding treats the text as hostile: length is checked before any parsing, the JSON is parsed with
 * forbidden keys refused, keys are mapped into fresh objects, and the result goes through the same
 * schema as the saved session. It returns a message instead of throwing, whatever the input. The
 * schema loads lazily: call `loadSessionValidator()` (session-validator.ts) before decoding, or every
 * link is refused as one that cannot be checked.
 */

/** The hash parameter that holds a share link: `#s=<payload>`. */
export const SHARE_HASH_PREFIX = '#s=';
/**
 * Longest payload accepted. The largest valid session (12 scenarios, 60-character labels written as
 * JSON escapes) encodes to about 8,000 characters; anything longer is refused before it is parsed.
 */
export const MAX_SHARE_LINK_LENGTH = 12_000;

export type DecodeResult = { ok: true; state: CalculatorState } | { ok: false; message: string };

type KeyMap = Record<string, string>;
const SESSION_KEYS = {
  p: 'presetId',
  c: 'currency',
  k: 'compact',
  n: 'nextScenarioNumber',
  r: 'costRange',
  i: 'inputs',
} as const satisfies KeyMap;
const RANGE_KEYS = { l: 'low', h: 'high' } as const satisfies KeyMap;
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
    r: shortened(state.costRange, RANGE_KEYS),
    i: {
      ...shortened(state.inputs, INPUT_KEYS),
      s: state.inputs.scenarios.map((scenario) => shortened(scenario, SCENARIO_KEYS)),
    },
  };
}

/** Version 1's wire format (one-letter keys) into version 1's session shape. */
function fromWireV1(wire: Record<string, unknown>): unknown {
  const withoutVersion = Object.fromEntries(Object.entries(wire).filter(([key]) => key !== 'v'));
  return renamed(withoutVersion, SESSION_KEYS, {
    r: (range) => renamed(range, RANGE_KEYS),
    i: (inputs) =>
      renamed(inputs, INPUT_KEYS, {
        s: (list) => (Array.isArray(list) ? list.map((s: unknown) => renamed(s, SCENARIO_KEYS)) : list),
      }),
  });
}

/** The wire format of each version that share links were ever made in, by version. */
const WIRE_DECODERS: Readonly<Record<number, (wire: Record<string, unknown>) => unknown>> = {
  1: fromWireV1,
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
    const migrated = migrateSession(session, version);
    if (!migrated.ok) return fail('its format version is not one Nines knows');
    const result = validateSession(migrated.session);
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
