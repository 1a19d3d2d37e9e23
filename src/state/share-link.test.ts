import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { CURRENCIES } from '../format/format';
import { LIMITS } from '../model/limits';
import { PERIOD_CONVENTION_IDS } from '../model/periods';
import { INDUSTRIES } from '../model/presets';
import { RANGE_SHAPES, defaultRangeShape } from '../model/ranges';
import { followingLabel } from '../model/scenario-label';
import {
  defaultDependencies,
  defaultFailureModes,
  defaultState,
  type CalculatorState,
  type PresetId,
} from './session';
import { MAX_SHARE_LINK_LENGTH, decodeShareLink, encodeShareLink, shareUrl } from './share-link';
import { loadSessionValidator } from './session-validator';
import { shareLinkPayload } from './share-link-hash';

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

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hostile data is ill-typed on purpose
type Wire = Record<string, any>;
type Tamper = (edit: (wire: Wire) => void) => string;

/** A payload's wire JSON with `edit` applied, as a payload. */
const tamperedFrom =
  (payload: string): Tamper =>
  (edit) => {
    const wire = JSON.parse(jsonOf(payload));
    edit(wire);
    return payloadOf(JSON.stringify(wire));
  };

/** The worked example as a version 1 link made it: the frozen fixture (src/state/fixtures). */
const v1SeedPayload = readFileSync(
  `${process.cwd()}/src/state/fixtures/v1-link-worked-example.txt`,
  'utf8',
).trim();
/** The worked example's link as this release makes it. */
const seedPayload = encodeShareLink(defaultState());
const tampered = tamperedFrom(seedPayload);

/** What version 3 added, as an older link opens with it: a new session's. */
const newInVersion3 = (({ caseName, showAllColumns, failureModes, dependencies, simulation }) => ({
  caseName,
  showAllColumns,
  failureModes,
  dependencies,
  simulation,
}))(defaultState());

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
      { id: 's3', label: null, availabilityPercent: 99.9, investmentOverride: null, annualRunCost: 0 },
    ],
  },
  presetId: 'gaming',
  // Low above high: a range the form would hold back, but one a version 1 link could carry.
  ranges: {
    downtimeCostPerHour: { low: 5_000_000, high: 100, shape: 'uniform' },
    'scenarios.s7.investment': { low: 1_000, high: 2_000, shape: 'pert' },
    'scenarios.s2.annualRunCost': { low: 0, high: 10, shape: 'uniform' },
  },
  currency: 'JPY',
  compact: true,
  nextScenarioNumber: 8,
  caseName: 'Checkout “2027” | plan',
  showAllColumns: true,
  failureModes: {
    catalogueId: 'production-failures-seed',
    useForBaseline: true,
    capPercent: 12.5,
    incidentsPerYear: 24,
    modes: [
      {
        id: 'network-partition',
        name: 'Network Partition',
        text: {
          frequency: '1-2 per year',
          timeToDetect: '<30s',
          timeToRecover: '5-30min',
          usersAffected: '50 %',
        },
      },
      {
        id: 'm2',
        name: '',
        text: { frequency: 'x', timeToDetect: '', timeToRecover: 'hours', usersAffected: 'SEV2' },
      },
    ],
    levers: [
      {
        id: 'l3',
        name: 'Fencing',
        modeId: 'network-partition',
        text: {
          frequency: '',
          timeToDetect: '1 min',
          timeToRecover: '−50 %',
          usersAffected: '',
          oneTimeCost: '250000',
          annualRunCost: '',
        },
        inPlan: true,
      },
    ],
    nextId: 4,
  },
  dependencies: {
    tree: {
      kind: 'all-of',
      id: 'n0',
      name: 'All dependencies',
      children: [
        { kind: 'dependency', id: 'n1', name: 'Web app', availabilityPercent: 99.95 },
        {
          kind: 'regions',
          id: 'n2',
          name: 'Regions',
          regionCount: 2,
          commonCauseSharePercent: 5,
          router: { kind: 'dependency', id: 'n3', name: 'Router', availabilityPercent: 99.99 },
          children: [
            {
              kind: 'any-of',
              id: 'n4',
              name: 'Store',
              commonCauseSharePercent: 0,
              children: [{ kind: 'dependency', id: 'n5', name: 'Queue', availabilityPercent: null }],
            },
          ],
        },
      ],
    },
    ownOutages: [{ count: 0.5, scopePercent: 20 }],
  },
  simulation: { enabled: true, runs: 2_500, seed: 'plan B' },
};

describe('encodeShareLink / decodeShareLink', () => {
  it('gives back the seed example exactly, in a short URL-safe text', () => {
    const payload = encodeShareLink(defaultState());
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThanOrEqual(450);
    expect(decodeShareLink(payload)).toEqual({ ok: true, state: defaultState() });
  });

  it('round-trips every input', () => {
    expect(decodeShareLink(encodeShareLink(everyInputChanged))).toEqual({
      ok: true,
      state: everyInputChanged,
    });
  });

  it('carries a format version and one-letter keys, with the ranges keyed by their input', () => {
    const wire = JSON.parse(jsonOf(encodeShareLink(defaultState())));
    expect(wire.v).toBe(3);
    // The parts version 3 added are left out while they are at their defaults.
    expect(Object.keys(wire).sort()).toEqual(['c', 'i', 'k', 'n', 'p', 'r', 'v']);
    expect(wire.r).toEqual({ d: { l: 1_000_000, h: 5_000_000, s: 'lognormal' } });
    expect(wire.i.s[1]).toEqual({ i: 's2', l: null, a: 99.9, o: null, r: 0 });
  });

  it('opens a version 1 link as this version: the range gets a shape, labels that read as their target follow it', () => {
    const result = decodeShareLink(
      tamperedFrom(v1SeedPayload)((w) => {
        w.r = { l: 0, h: 400_000 };
        w.i.s[0].l = 'Checkout';
        w.i.s[1].a = 99.95; // "99.9 %" now names another target: the user's label, kept
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.state.ranges).toEqual({ downtimeCostPerHour: { low: 0, high: 400_000, shape: 'uniform' } });
    expect(result.state.inputs.scenarios.map((s) => s.label)).toEqual(['Checkout', '99.9 %', null]);
  });

  it.each([
    ['version 1', v1SeedPayload],
    ['version 3', seedPayload],
  ])('keeps HTML in a label as plain text (%s)', (_version, payload) => {
    const label = '<img src=x onerror=alert(1)><script>x</script>';
    const result = decodeShareLink(tamperedFrom(payload)((w) => (w.i.s[0].l = label)));
    expect(result.ok && result.state.inputs.scenarios[0]!.label).toBe(label);
  });

  const thousandsOfScenarios = tampered((w) => {
    w.i.s = Array.from({ length: 5000 }, (_, n) => ({ i: `s${n + 1}`, l: 'x', a: 99.9, o: null, r: 0 }));
  });

  /** Payloads that every version's decoder must refuse, each with its message. */
  const hostileTo = (payload: string, version: number): Array<[string, string, string]> => {
    const tamper = tamperedFrom(payload);
    return [
      ['empty', '', 'the link is empty'],
      [
        'truncated (cut on a 4-character boundary)',
        payload.slice(0, 120),
        'the link is incomplete or damaged',
      ],
      [
        'truncated (cut mid-character)',
        payload.slice(0, 121),
        'the link is damaged (it has characters a share link never has)',
      ],
      ['padded base64', `${payload}==`, 'the link is damaged (it has characters a share link never has)'],
      [
        '13 scenarios',
        tamper((w) => {
          w.n = 14;
          w.i.s = Array.from({ length: 13 }, (_, n) => ({ i: `s${n + 1}`, l: 'x', a: 99.9, o: null, r: 0 }));
        }),
        'the scenario list must hold at most 12 scenarios',
      ],
      ['NaN literal', payloadOf(`{"v":${version},"i":{"d":NaN}}`), 'the link is incomplete or damaged'],
      ['hex literal', payloadOf(`{"v":${version},"i":{"d":0x10}}`), 'the link is incomplete or damaged'],
      ['a newer version', tamper((w) => (w.v = 4)), 'it was made by a newer version of Nines'],
      ['a much newer version', tamper((w) => (w.v = 1e6)), 'it was made by a newer version of Nines'],
      ['version 0', tamper((w) => (w.v = 0)), 'its format version is not one Nines knows'],
      ['version 1.5', tamper((w) => (w.v = 1.5)), 'its format version is not one Nines knows'],
      [
        'version as text',
        tamper((w) => (w.v = String(version))),
        'its format version is not one Nines knows',
      ],
      ['an unknown field', tamper((w) => (w.x = 1)), 'the link has a field Nines does not know'],
      [
        'an unknown scenario field',
        tamper((w) => (w.i.s[1].z = 1)),
        'the link has a field Nines does not know',
      ],
      ['a missing field', tamper((w) => delete w.i.a), 'the current availability is missing'],
      ['inputs not an object', tamper((w) => (w.i = 'x')), 'the input section has the wrong shape'],
      ['scenarios not a list', tamper((w) => (w.i.s = {})), 'the scenario list must be a list'],
      [
        '1e309 (Infinity)',
        payloadOf(jsonOf(payload).replace('"d":2000000', '"d":1e309')),
        'the downtime cost per hour must be a number',
      ],
      [
        '-0',
        payloadOf(jsonOf(payload).replace('"d":2000000', '"d":-0')),
        'the downtime cost per hour must be a number',
      ],
      ['"NaN" as text', tamper((w) => (w.i.d = 'NaN')), 'the downtime cost per hour must be a number'],
      ['a hex string', tamper((w) => (w.i.d = '0x1E8480')), 'the downtime cost per hour must be a number'],
      [
        'a number as text',
        tamper((w) => (w.i.m = '500000')),
        'the monthly infrastructure cost must be a number',
      ],
      [
        'an amount over the cap',
        tamper((w) => (w.i.d = 1e13)),
        'the downtime cost per hour must be an amount from 0 to 1,000,000,000,000',
      ],
      [
        'availability 100',
        tamper((w) => (w.i.a = 100)),
        'the current availability must be above 0 % and below 100 %',
      ],
      [
        'availability 0',
        tamper((w) => (w.i.s[0].a = 0)),
        "scenario 1's target availability must be above 0 % and below 100 %",
      ],
      [
        'horizon 2.5',
        tamper((w) => (w.i.y = 2.5)),
        'the horizon must be a whole number of years from 1 to 30',
      ],
      ['horizon 31', tamper((w) => (w.i.y = 31)), 'the horizon must be a whole number of years from 1 to 30'],
      ['discount rate 101', tamper((w) => (w.i.r = 101)), 'the discount rate must be from 0 % to 100 %'],
      ['growth 1', tamper((w) => (w.i.g = 1)), 'the cost growth per nine must be above 1 and at most 1000'],
      [
        'calibration 0',
        tamper((w) => (w.i.k = 0)),
        'the calibration multiple must be above 0 and at most 1000',
      ],
      [
        'a 61-character label',
        tamper((w) => (w.i.s[2].l = 'x'.repeat(LIMITS.maxLabelLength + 1))),
        "scenario 3's label must be at most 60 characters",
      ],
      ['a label that is a number', tamper((w) => (w.i.s[0].l = 5)), "scenario 1's label must be text"],
      [
        'an override as text',
        tamper((w) => (w.i.s[0].o = '5')),
        "scenario 1's investment override must be a number",
      ],
      [
        'an unknown convention',
        tamper((w) => (w.i.c = 'lunar')),
        'the period convention must be one of the known conventions',
      ],
      ['an unknown preset', tamper((w) => (w.p = 'toString')), 'the preset must be one of the presets'],
      [
        'an unknown currency',
        tamper((w) => (w.c = 'XBT')),
        'the currency must be one of the supported currencies',
      ],
      ['compact as text', tamper((w) => (w.k = 'yes')), 'the compact-amounts setting must be true or false'],
      ['a bad scenario id', tamper((w) => (w.i.s[0].i = '<b>')), "scenario 1's id must be a scenario id"],
      [
        'a repeated scenario id',
        tamper((w) => (w.i.s[1].i = 's1')),
        'the scenario list has two scenarios with the same id',
      ],
      [
        'a counter behind the ids',
        tamper((w) => (w.n = 3)),
        'the scenario counter is behind the scenario ids',
      ],
      [
        'a __proto__ key',
        payloadOf(`{"v":${version},"__proto__":{"polluted":true}}`),
        'the link has a field Nines does not know',
      ],
      [
        'a constructor.prototype key',
        payloadOf(`{"v":${version},"constructor":{"prototype":{"polluted":true}}}`),
        'the link has a field Nines does not know',
      ],
      [
        'a nested __proto__ key',
        payloadOf(`{"v":${version},"p":"seed","i":{"__proto__":{"polluted":true}}}`),
        'the link has a field Nines does not know',
      ],
      [
        'a __proto__ key in a scenario',
        tamper((w) => (w.i.s[0] = JSON.parse('{"__proto__":{"polluted":1}}'))),
        'the link has a field Nines does not know',
      ],
    ];
  };

  const versionOne: Array<[string, string, string]> = [
    ...hostileTo(v1SeedPayload, 1),
    [
      'a negative low cost',
      tamperedFrom(v1SeedPayload)((w) => (w.r.l = -1)),
      'the low cost per hour must be an amount from 0 to 1,000,000,000,000',
    ],
    [
      'a range with a shape (version 1 had none)',
      tamperedFrom(v1SeedPayload)((w) => (w.r.s = 'uniform')),
      'the link has a field Nines does not know',
    ],
    [
      'a range keyed as in version 2',
      tamperedFrom(v1SeedPayload)((w) => (w.r = { d: { l: 1, h: 2 } })),
      'the link has a field Nines does not know',
    ],
    ['a missing range', tamperedFrom(v1SeedPayload)((w) => delete w.r), 'the cost-per-hour range is missing'],
    [
      'a label that is a list',
      tamperedFrom(v1SeedPayload)((w) => (w.i.s[0].l = [])),
      "scenario 1's label must be text",
    ],
  ];

  /** The worked example as a version 2 link made it (frozen fixture). */
  const v2SeedPayload = readFileSync(
    `${process.cwd()}/src/state/fixtures/v2-link-worked-example.txt`,
    'utf8',
  ).trim();
  const versionTwo = hostileTo(v2SeedPayload, 2);

  const full = encodeShareLink(everyInputChanged);
  const tamperFull = tamperedFrom(full);
  const versionThree: Array<[string, string, string]> = [
    ...hostileTo(seedPayload, 3),
    [
      'a failure catalogue Nines does not know',
      tamperFull((w) => (w.f.c = 'mine')),
      'the failure catalogue must be one of the failure catalogues',
    ],
    [
      'an unknown failure-mode field',
      tamperFull((w) => (w.f.m[0].z = 1)),
      'the link has a field Nines does not know',
    ],
    [
      'a lever on a failure mode that is not there',
      tamperFull((w) => (w.f.l[0].m = 'gone')),
      'the lever list has a lever on a failure mode that is not there',
    ],
    [
      'a frequency text too long',
      tamperFull((w) => (w.f.m[0].t.f = 'x'.repeat(61))),
      'frequency must be at most 60 characters',
    ],
    [
      'a dependency tree 7 levels deep',
      tamperFull((w) => {
        let node = { k: 'dependency', i: 'n99', n: 'Deep', a: 99.9 } as Record<string, unknown>;
        for (let level = 0; level < 6; level += 1)
          node = { k: 'all-of', i: `n${90 + level}`, n: 'G', c: [node] };
        w.g.t = node;
      }),
      'the dependency tree must be at most 6 levels deep',
    ],
    [
      'a dependency at the top of the tree',
      tamperFull((w) => (w.g.t = { k: 'dependency', i: 'n0', n: 'One', a: 99.9 })),
      'the dependency tree must be a group',
    ],
    [
      'a region count of 11',
      tamperFull((w) => (w.g.t.c[1].g = 11)),
      'a region count must be a whole number from 1 to 10',
    ],
    ['0 runs', tamperFull((w) => (w.m.r = 0)), 'the runs must be a whole number from 1 to 100,000'],
    [
      'a range of a scenario by an odd key',
      tamperFull((w) => (w.r['s7.x'] = { l: 1, h: 2, s: 'pert' })),
      'the link has a field Nines does not know',
    ],
    ['1 MB long', 'A'.repeat(1 << 20), 'the link is too long'],
    ['thousands of scenarios', thousandsOfScenarios, 'the link is too long'],
    ['not base64url', 'abc$%^&*', 'the link is damaged (it has characters a share link never has)'],
    ['non-ASCII', 'zé', 'the link is damaged (it has characters a share link never has)'],
    [
      'invalid UTF-8',
      base64url(new Uint8Array([0xff, 0xfe, 0xfd])),
      'the link is incomplete or damaged (it is not readable text)',
    ],
    ['not JSON', payloadOf('hello'), 'the link is incomplete or damaged'],
    ['JSON array', payloadOf('[1,2,3]'), 'it is not a Nines share link'],
    ['JSON null', payloadOf('null'), 'it is not a Nines share link'],
    ['no version', payloadOf('{"p":"seed"}'), 'it is not a Nines share link'],
    ['deep nesting', payloadOf('['.repeat(8000)), 'the link is incomplete or damaged'],
    [
      'a negative low cost',
      tampered((w) => (w.r.d.l = -1)),
      'the low cost per hour must be an amount from 0 to 1,000,000,000,000',
    ],
    ['a high cost as text', tampered((w) => (w.r.d.h = '5M')), 'the high cost per hour must be a number'],
    [
      'an unknown shape',
      tampered((w) => (w.r.d.s = 'normal')),
      'the shape of the cost-per-hour range must be lognormal, uniform or PERT',
    ],
    [
      'a missing shape',
      tampered((w) => delete w.r.d.s),
      'the shape of the cost-per-hour range must be lognormal, uniform or PERT',
    ],
    ['a missing range', tampered((w) => delete w.r.d), 'the cost-per-hour range is missing'],
    ['ranges not an object', tampered((w) => (w.r = [1, 2])), 'the ranges has the wrong shape'],
    [
      'a range of an unknown input',
      tampered((w) => (w.r.z = { l: 1, h: 2, s: 'uniform' })),
      'the link has a field Nines does not know',
    ],
    [
      'a range in version 1 form',
      tampered((w) => (w.r = { l: 1, h: 2 })),
      'the link has a field Nines does not know',
    ],
    ['an unknown range field', tampered((w) => (w.r.d.m = 3)), 'the link has a field Nines does not know'],
  ];

  it.each(versionOne)('rejects a version 1 link that is %s, with a message', (_name, payload, message) => {
    expect(decodeShareLink(payload)).toEqual({ ok: false, message });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(versionTwo)('rejects a version 2 link that is %s, with a message', (_name, payload, message) => {
    expect(decodeShareLink(payload)).toEqual({ ok: false, message });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(versionThree)('rejects a version 3 link that is %s, with a message', (_name, payload, message) => {
    expect(decodeShareLink(payload)).toEqual({ ok: false, message });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 1 MB link at once, before parsing it', () => {
    // Checked by what it calls, not by a stopwatch: a busy machine makes any time limit flaky.
    const decode = vi.spyOn(globalThis, 'atob');
    const parse = vi.spyOn(JSON, 'parse');
    try {
      // "{}" 350,000 times over: well-formed base64, so only the length can refuse it.
      expect(decodeShareLink('e30'.repeat(350_000))).toEqual({ ok: false, message: 'the link is too long' });
      expect(decode).not.toHaveBeenCalled();
      expect(parse).not.toHaveBeenCalled();
    } finally {
      decode.mockRestore();
      parse.mockRestore();
    }
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
              label: fc.option(label, { nil: null }),
              availabilityPercent: availability,
              investmentOverride: fc.option(amount, { nil: null }),
              annualRunCost: amount,
            }),
          ),
        ),
      }),
      presetId: fc.constantFrom<PresetId>('seed', ...INDUSTRIES.map((i) => i.id)),
      ranges: fc.record({
        downtimeCostPerHour: fc.record({
          low: amount,
          high: amount,
          shape: fc.constantFrom(...RANGE_SHAPES),
        }),
      }),
      currency: fc.constantFrom(...CURRENCIES),
      compact: fc.boolean(),
      nextScenarioNumber: fc.integer({ min: Math.max(0, ...ids) + 1, max: 1_000_000_000 }),
      caseName: fc.option(label, { nil: null }),
      showAllColumns: fc.boolean(),
      failureModes: fc.constant(defaultFailureModes()),
      dependencies: fc.constant(defaultDependencies()),
      simulation: fc.record({
        enabled: fc.boolean(),
        runs: fc.integer({ min: 1, max: 100_000 }),
        seed: fc.string({ maxLength: 100 }),
      }),
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
    state.ranges.downtimeCostPerHour = {
      low: 0.30000000000000004,
      high: 123_456_789_012.1234,
      shape: 'lognormal',
    };
    state.nextScenarioNumber = 999_999_999;
    const payload = encodeShareLink(state);
    expect(payload.length).toBeLessThanOrEqual(MAX_SHARE_LINK_LENGTH);
    expect(decodeShareLink(payload)).toEqual({ ok: true, state });
  });

  /** A version 1 link of `state`, written as version 1 wrote links (its key maps, frozen here). */
  const v1LinkOf = (state: CalculatorState): string =>
    payloadOf(
      JSON.stringify({
        v: 1,
        p: state.presetId,
        c: state.currency,
        k: state.compact,
        n: state.nextScenarioNumber,
        r: { l: state.ranges.downtimeCostPerHour.low, h: state.ranges.downtimeCostPerHour.high },
        i: {
          d: state.inputs.downtimeCostPerHour,
          a: state.inputs.baselineAvailabilityPercent,
          m: state.inputs.monthlyInfraCost,
          c: state.inputs.periodConvention,
          g: state.inputs.growthPerNine,
          k: state.inputs.calibrationMultiple,
          y: state.inputs.horizonYears,
          r: state.inputs.discountRatePercent,
          s: state.inputs.scenarios.map((s) => ({
            i: s.id,
            // Version 1 wrote every label as text; a new scenario's was its target's.
            l: s.label ?? `${s.availabilityPercent} %`,
            a: s.availabilityPercent,
            o: s.investmentOverride,
            r: s.annualRunCost,
          })),
        },
      }),
    );

  it('every valid version 1 link opens, with its range read by its default shape and target labels following', () => {
    fc.assert(
      fc.property(sessionArbitrary, (state) => {
        const { low, high } = state.ranges.downtimeCostPerHour;
        const expected: CalculatorState = {
          ...state,
          ...newInVersion3,
          ranges: { downtimeCostPerHour: { low, high, shape: defaultRangeShape(low) } },
          inputs: {
            ...state.inputs,
            scenarios: state.inputs.scenarios.map((s) => ({
              ...s,
              label:
                s.label === `${s.availabilityPercent} %` || s.label === followingLabel(s.availabilityPercent)
                  ? null
                  : s.label,
            })),
          },
        };
        expect(decodeShareLink(v1LinkOf(state))).toEqual({ ok: true, state: expected });
      }),
      { numRuns: 500 },
    );
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
