import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CURRENCIES } from '../format/format';
import { LIMITS } from '../model/limits';
import { PERIOD_CONVENTION_IDS } from '../model/periods';
import { INDUSTRIES } from '../model/presets';
import { defaultState, type CalculatorState, type PresetId } from './session';
import {
  MAX_SHARE_LINK_LENGTH,
  decodeShareLink,
  encodeShareLink,
  shareLinkPayload,
  shareUrl,
} from './share-link';
import { loadSessionValidator } from './session-validator';

// The session schema loads lazily in the app (session-validator.ts); here it is loaded up front.
beforeAll(() => loadSessionValidator());

/** base64url of `bytes`, without padding. */
function base64url(bytes: Uint8Array): string {
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** base64url of the UTF-8 bytes of `text`: a payload built by hand, as an attacker would. */
function payloadOf(text: string): string {
  return base64url(new TextEncoder().encode(text));
}

/** The JSON text inside a payload. */
function jsonOf(payload: string): string {
  const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The seed example's wire JSON with `edit` applied, as a payload. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hostile data is ill-typed on purpose
function tampered(edit: (wire: Record<string, any>) => void): string {
  const wire = JSON.parse(jsonOf(encodeShareLink(defaultState())));
  edit(wire);
  return payloadOf(JSON.stringify(wire));
}

/** A session that differs from the defaults in every field. */
const everyInputChanged: CalculatorState = {
  inputs: {
    downtimeCostPerHour: 123_456.78,
    baselineAvailabilityPercent: 99.05,
    monthlyInfraCost: 0,
    periodConvention: 'gregorian',
    growthPerNine: 7.5,
    calibrationMultiple: 0.5,
    horizonYears: 30,
    discountRatePercent: 0,
    scenarios: [
      {
        id: 's7',
        label: 'Zwei Neunen “plus” — ✓',
        availabilityPercent: 99.95,
        investmentOverride: 0,
        annualRunCost: 1e12,
      },
      { id: 's2', label: '', availabilityPercent: 0.0001, investmentOverride: null, annualRunCost: 0.01 },
    ],
  },
  presetId: 'gaming',
  costRange: { low: 5_000_000, high: 100 },
  currency: 'JPY',
  compact: true,
  nextScenarioNumber: 8,
};

describe('encodeShareLink / decodeShareLink', () => {
  it('gives back the seed example exactly, in a short URL-safe text', () => {
    const payload = encodeShareLink(defaultState());
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThanOrEqual(400);
    expect(decodeShareLink(payload)).toEqual({ ok: true, state: defaultState() });
  });

  it('round-trips every input', () => {
    expect(decodeShareLink(encodeShareLink(everyInputChanged))).toEqual({
      ok: true,
      state: everyInputChanged,
    });
  });

  it('carries a format version and one-letter keys', () => {
    const wire = JSON.parse(jsonOf(encodeShareLink(defaultState())));
    expect(wire.v).toBe(1);
    expect(Object.keys(wire).sort()).toEqual(['c', 'i', 'k', 'n', 'p', 'r', 'v']);
  });

  it('keeps HTML in a label as plain text', () => {
    const label = '<img src=x onerror=alert(1)><script>x</script>';
    const result = decodeShareLink(tampered((w) => (w.i.s[0].l = label)));
    expect(result.ok && result.state.inputs.scenarios[0]!.label).toBe(label);
  });

  it('decodes into fresh objects, never touching Object.prototype', () => {
    const attacks = [
      '{"v":1,"__proto__":{"polluted":true}}',
      '{"v":1,"constructor":{"prototype":{"polluted":true}}}',
      `{"v":1,"p":"seed","i":{"__proto__":{"polluted":true}}}`,
    ];
    for (const json of attacks) {
      expect(decodeShareLink(payloadOf(json))).toEqual({
        ok: false,
        message: 'the link has a field Nines does not know',
      });
    }
    const nested = decodeShareLink(tampered((w) => (w.i.s[0] = JSON.parse('{"__proto__":{"polluted":1}}'))));
    expect(nested.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const seedPayload = encodeShareLink(defaultState());
  const thousandsOfScenarios = tampered((w) => {
    w.i.s = Array.from({ length: 5000 }, (_, n) => ({ i: `s${n + 1}`, l: 'x', a: 99.9, o: null, r: 0 }));
  });
  const thirteenScenarios = tampered((w) => {
    w.n = 14;
    w.i.s = Array.from({ length: 13 }, (_, n) => ({ i: `s${n + 1}`, l: 'x', a: 99.9, o: null, r: 0 }));
  });
  const hostile: Array<[string, string, string]> = [
    ['empty', '', 'the link is empty'],
    [
      'truncated (cut on a 4-character boundary)',
      seedPayload.slice(0, 120),
      'the link is incomplete or damaged',
    ],
    [
      'truncated (cut mid-character)',
      seedPayload.slice(0, 121),
      'the link is damaged (it has characters a share link never has)',
    ],
    ['1 MB long', 'A'.repeat(1 << 20), 'the link is too long'],
    ['thousands of scenarios', thousandsOfScenarios, 'the link is too long'],
    ['13 scenarios', thirteenScenarios, 'the scenario list must hold at most 12 scenarios'],
    ['not base64url', 'abc$%^&*', 'the link is damaged (it has characters a share link never has)'],
    ['padded base64', `${seedPayload}==`, 'the link is damaged (it has characters a share link never has)'],
    ['non-ASCII', 'zé', 'the link is damaged (it has characters a share link never has)'],
    [
      'invalid UTF-8',
      base64url(new Uint8Array([0xff, 0xfe, 0xfd])),
      'the link is incomplete or damaged (it is not readable text)',
    ],
    ['not JSON', payloadOf('hello'), 'the link is incomplete or damaged'],
    ['NaN literal', payloadOf('{"v":1,"i":{"d":NaN}}'), 'the link is incomplete or damaged'],
    ['hex literal', payloadOf('{"v":1,"i":{"d":0x10}}'), 'the link is incomplete or damaged'],
    ['JSON array', payloadOf('[1,2,3]'), 'it is not a Nines share link'],
    ['JSON null', payloadOf('null'), 'it is not a Nines share link'],
    ['no version', payloadOf('{"p":"seed"}'), 'it is not a Nines share link'],
    ['a newer version', tampered((w) => (w.v = 2)), 'it was made by a newer version of Nines'],
    ['version 0', tampered((w) => (w.v = 0)), 'its format version is not one Nines knows'],
    ['version as text', tampered((w) => (w.v = '1')), 'its format version is not one Nines knows'],
    ['an unknown field', tampered((w) => (w.x = 1)), 'the link has a field Nines does not know'],
    [
      'an unknown scenario field',
      tampered((w) => (w.i.s[1].z = 1)),
      'the link has a field Nines does not know',
    ],
    ['a missing field', tampered((w) => delete w.i.a), 'the current availability is missing'],
    ['inputs not an object', tampered((w) => (w.i = 'x')), 'the input section has the wrong shape'],
    ['scenarios not a list', tampered((w) => (w.i.s = {})), 'the scenario list must be a list'],
    [
      '1e309 (Infinity)',
      payloadOf(jsonOf(seedPayload).replace('"d":2000000', '"d":1e309')),
      'the downtime cost per hour must be a number',
    ],
    [
      '-0',
      payloadOf(jsonOf(seedPayload).replace('"d":2000000', '"d":-0')),
      'the downtime cost per hour must be a number',
    ],
    ['"NaN" as text', tampered((w) => (w.i.d = 'NaN')), 'the downtime cost per hour must be a number'],
    ['a hex string', tampered((w) => (w.i.d = '0x1E8480')), 'the downtime cost per hour must be a number'],
    [
      'a number as text',
      tampered((w) => (w.i.m = '500000')),
      'the monthly infrastructure cost must be a number',
    ],
    [
      'an amount over the cap',
      tampered((w) => (w.i.d = 1e13)),
      'the downtime cost per hour must be an amount from 0 to 1,000,000,000,000',
    ],
    [
      'a negative amount',
      tampered((w) => (w.r.l = -1)),
      'the low cost per hour must be an amount from 0 to 1,000,000,000,000',
    ],
    [
      'availability 100',
      tampered((w) => (w.i.a = 100)),
      'the current availability must be above 0 % and below 100 %',
    ],
    [
      'availability 0',
      tampered((w) => (w.i.s[0].a = 0)),
      "scenario 1's target availability must be above 0 % and below 100 %",
    ],
    [
      'horizon 2.5',
      tampered((w) => (w.i.y = 2.5)),
      'the horizon must be a whole number of years from 1 to 30',
    ],
    ['horizon 31', tampered((w) => (w.i.y = 31)), 'the horizon must be a whole number of years from 1 to 30'],
    ['discount rate 101', tampered((w) => (w.i.r = 101)), 'the discount rate must be from 0 % to 100 %'],
    ['growth 1', tampered((w) => (w.i.g = 1)), 'the cost growth per nine must be above 1 and at most 1000'],
    [
      'calibration 0',
      tampered((w) => (w.i.k = 0)),
      'the calibration multiple must be above 0 and at most 1000',
    ],
    [
      'a 61-character label',
      tampered((w) => (w.i.s[2].l = 'x'.repeat(LIMITS.maxLabelLength + 1))),
      "scenario 3's label must be at most 60 characters",
    ],
    ['a label that is a number', tampered((w) => (w.i.s[0].l = 5)), "scenario 1's label must be text"],
    [
      'an override as text',
      tampered((w) => (w.i.s[0].o = '5')),
      "scenario 1's investment override must be a number",
    ],
    [
      'an unknown convention',
      tampered((w) => (w.i.c = 'lunar')),
      'the period convention must be one of the known conventions',
    ],
    ['an unknown preset', tampered((w) => (w.p = 'toString')), 'the preset must be one of the presets'],
    [
      'an unknown currency',
      tampered((w) => (w.c = 'XBT')),
      'the currency must be one of the supported currencies',
    ],
    ['compact as text', tampered((w) => (w.k = 'yes')), 'the compact-amounts setting must be true or false'],
    ['a bad scenario id', tampered((w) => (w.i.s[0].i = '<b>')), "scenario 1's id must be a scenario id"],
    [
      'a repeated scenario id',
      tampered((w) => (w.i.s[1].i = 's1')),
      'the scenario list has two scenarios with the same id',
    ],
    [
      'a counter behind the ids',
      tampered((w) => (w.n = 3)),
      'the scenario counter is behind the scenario ids',
    ],
    ['deep nesting', payloadOf('['.repeat(8000)), 'the link is incomplete or damaged'],
  ];

  it.each(hostile)('rejects %s with a message', (_name, payload, message) => {
    expect(decodeShareLink(payload)).toEqual({ ok: false, message });
  });

  it('refuses a 1 MB link at once, before parsing it', () => {
    const start = performance.now();
    decodeShareLink('e30'.repeat(350_000));
    expect(performance.now() - start).toBeLessThan(50);
  });
});

describe('shareUrl / shareLinkPayload', () => {
  it('puts the link in the hash, keeping the path and query string', () => {
    const url = shareUrl('https://example.org/tools/nines/?embed=1#old', defaultState());
    expect(url).toBe(`https://example.org/tools/nines/?embed=1#s=${encodeShareLink(defaultState())}`);
    expect(shareLinkPayload(new URL(url).hash)).toBe(encodeShareLink(defaultState()));
  });

  it('finds no link in other hashes', () => {
    expect(shareLinkPayload('')).toBeNull();
    expect(shareLinkPayload('#results')).toBeNull();
    expect(shareLinkPayload('#s=')).toBe('');
  });
});

// ---- properties --------------------------------------------------------------------------------

const amount = fc.oneof(
  fc.integer({ min: 0, max: LIMITS.maxAmount }),
  fc.double({ min: 0, max: LIMITS.maxAmount, noNaN: true }),
);
const availability = fc.oneof(
  fc.constantFrom(99, 99.5, 99.9, 99.99, 99.999),
  fc.double({ min: 0, max: 100, minExcluded: true, maxExcluded: true, noNaN: true }),
);
const label = fc
  .oneof(
    fc.string({ maxLength: LIMITS.maxLabelLength }),
    fc.string({ unit: 'binary', maxLength: LIMITS.maxLabelLength }),
  )
  .filter((text) => text.length <= LIMITS.maxLabelLength);

const sessionArbitrary: fc.Arbitrary<CalculatorState> = fc
  .uniqueArray(fc.integer({ min: 1, max: 999_999_999 }), { maxLength: LIMITS.maxScenarios })
  .chain((ids) =>
    fc.record({
      inputs: fc.record({
        downtimeCostPerHour: amount,
        baselineAvailabilityPercent: availability,
        monthlyInfraCost: amount,
        periodConvention: fc.constantFrom(...PERIOD_CONVENTION_IDS),
        growthPerNine: fc.double({ min: 1, max: LIMITS.maxGrowthPerNine, minExcluded: true, noNaN: true }),
        calibrationMultiple: fc.double({
          min: 0,
          max: LIMITS.maxCalibrationMultiple,
          minExcluded: true,
          noNaN: true,
        }),
        horizonYears: fc.integer({ min: LIMITS.minHorizonYears, max: LIMITS.maxHorizonYears }),
        discountRatePercent: fc.double({ min: 0, max: LIMITS.maxDiscountRatePercent, noNaN: true }),
        scenarios: fc.tuple(
          ...ids.map((id) =>
            fc.record({
              id: fc.constant(`s${id}`),
              label,
              availabilityPercent: availability,
              investmentOverride: fc.option(amount, { nil: null }),
              annualRunCost: amount,
            }),
          ),
        ),
      }),
      presetId: fc.constantFrom<PresetId>('seed', ...INDUSTRIES.map((i) => i.id)),
      costRange: fc.record({ low: amount, high: amount }),
      currency: fc.constantFrom(...CURRENCIES),
      compact: fc.boolean(),
      nextScenarioNumber: fc.integer({ min: Math.max(0, ...ids) + 1, max: 1_000_000_000 }),
    }),
  );

describe('properties', () => {
  it('decode(encode(x)) equals x for any valid session, within the length cap', () => {
    fc.assert(
      fc.property(sessionArbitrary, (state) => {
        const payload = encodeShareLink(state);
        expect(payload.length).toBeLessThanOrEqual(MAX_SHARE_LINK_LENGTH);
        expect(decodeShareLink(payload)).toEqual({ ok: true, state });
      }),
      { numRuns: 1000 },
    );
  });

  it('the largest session (12 scenarios, labels of JSON escapes) fits the length cap', () => {
    const state = defaultState();
    state.inputs.scenarios = Array.from({ length: LIMITS.maxScenarios }, (_, n) => ({
      id: `s${999_999_990 - n}`,
      label: '\u0001\ud800'.repeat(LIMITS.maxLabelLength / 2),
      availabilityPercent: 0.30000000000000004,
      investmentOverride: 0.30000000000000004,
      annualRunCost: 123_456_789.12345678,
    }));
    state.nextScenarioNumber = 999_999_999;
    const payload = encodeShareLink(state);
    expect(payload.length).toBeLessThanOrEqual(MAX_SHARE_LINK_LENGTH);
    expect(decodeShareLink(payload)).toEqual({ ok: true, state });
  });

  const decodesQuietly = (payload: string) => {
    const result = decodeShareLink(payload);
    if (!result.ok) expect(result.message).toMatch(/^[a-z].*[^.]$/);
  };

  it('decode never throws on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), decodesQuietly), { numRuns: 1000 });
    fc.assert(fc.property(fc.base64String({ maxLength: 300 }), decodesQuietly), { numRuns: 1000 });
  });

  it('decode never throws on random JSON, or on a valid link with one character changed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => decodesQuietly(payloadOf(JSON.stringify(value) ?? 'null'))),
      { numRuns: 1000 },
    );
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(sessionArbitrary, fc.nat(), fc.constantFrom(...alphabet), (state, at, char) => {
        const payload = encodeShareLink(state);
        const index = at % payload.length;
        decodesQuietly(payload.slice(0, index) + char + payload.slice(index + 1));
      }),
      { numRuns: 1000 },
    );
  });
});
