import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rangeBestEstimatePercent, treeNodes } from '../model/dependency-tree';
import { createCalculatorStore } from './calculator-store';
import { buildCaseFile, openCaseFile } from './case-file';
import { defaultState, sessionOf, type CalculatorState } from './session';
import { SESSION_VERSION } from './session-versions';
import { SESSION_STORAGE_KEY, memoryStorage } from './session-storage';
import { loadSessionValidator, validateSession } from './session-validator';
import { decodeShareLink, encodeShareLink } from './share-link';

// A dependency's availability given as a range is saved, shared and kept in a case file as an optional
// `availabilityRange` beside its point (the best estimate); a version 3 session without it keeps its
// meaning, so the format version stays 3.
beforeAll(() => loadSessionValidator());

const RANGE = { low: 99.9, high: 99.99 };
const ROUTER_RANGE = { low: 99.95, high: 99.999 };

/** A session whose tree has a dependency and a router given as ranges, and a dependency given as one figure. */
function withRanges(): CalculatorState {
  const state = defaultState();
  state.dependencies.tree = {
    kind: 'all-of',
    id: 'n0',
    name: 'All dependencies',
    children: [
      {
        kind: 'dependency',
        id: 'n1',
        name: 'Database',
        availabilityPercent: rangeBestEstimatePercent(RANGE),
        availabilityRange: RANGE,
      },
      { kind: 'dependency', id: 'n2', name: 'Queue', availabilityPercent: 99.95 },
      {
        kind: 'regions',
        id: 'n3',
        name: 'Regions',
        regionCount: 2,
        commonCauseSharePercent: 0,
        router: {
          kind: 'dependency',
          id: 'n4',
          name: 'Router',
          availabilityPercent: rangeBestEstimatePercent(ROUTER_RANGE),
          availabilityRange: ROUTER_RANGE,
        },
        children: [{ kind: 'dependency', id: 'n5', name: 'Web app', availabilityPercent: 99.95 }],
      },
    ],
  };
  return state;
}

const wireOf = (payload: string) =>
  JSON.parse(
    new TextDecoder().decode(
      Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
    ),
  );
const payloadOf = (wire: unknown) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(wire))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('a dependency range in the session', () => {
  it('round-trips through a share link, as `b` {l, h} on the node', () => {
    const payload = encodeShareLink(withRanges());
    expect(decodeShareLink(payload)).toEqual({ ok: true, state: withRanges() });
    const wire = wireOf(payload);
    expect(wire.v).toBe(3);
    expect(wire.g.t.c[0].b).toEqual({ l: 99.9, h: 99.99 });
    expect(wire.g.t.c[1]).not.toHaveProperty('b');
    expect(wire.g.t.c[2].r.b).toEqual({ l: 99.95, h: 99.999 });
  });

  it('round-trips through a case file', async () => {
    expect(await openCaseFile(buildCaseFile(withRanges(), '2026-12-01'))).toEqual({
      ok: true,
      state: withRanges(),
    });
  });

  it('is restored from the saved session', () => {
    const storage = memoryStorage();
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ state: withRanges(), version: SESSION_VERSION }));
    const store = createCalculatorStore(defaultState(), storage);
    expect(sessionOf(store.getState()).dependencies).toEqual(withRanges().dependencies);
  });

  it('leaves a frozen version 3 session without ranges as it was', () => {
    const saved = JSON.parse(
      readFileSync(new URL('./fixtures/v3-saved-custom.json', import.meta.url), 'utf8'),
    ) as {
      state: CalculatorState;
    };
    const result = validateSession(saved.state);
    if (!result.ok) throw new Error(result.message);
    expect(treeNodes(result.value.dependencies.tree).some((node) => 'availabilityRange' in node)).toBe(false);
    expect(result.value).toEqual(saved.state);
  });

  const tamper = (edit: (wire: ReturnType<typeof wireOf>) => void) => {
    const wire = wireOf(encodeShareLink(withRanges()));
    edit(wire);
    return decodeShareLink(payloadOf(wire));
  };

  it.each<[string, (wire: ReturnType<typeof wireOf>) => void, string]>([
    [
      'ends the wrong way round',
      (w) => (w.g.t.c[0].b = { l: 99.99, h: 99.9 }),
      'must have its low end below its high end',
    ],
    [
      'an end at 100 %',
      (w) => (w.g.t.c[0].b.h = 100),
      'the high end of a range must be above 0 % and below 100 %',
    ],
    [
      'a point that is not its best estimate',
      (w) => (w.g.t.c[0].a = 99.95),
      'must have the availability as its best estimate',
    ],
    ['a shape', (w) => (w.g.t.c[0].b.s = 'uniform'), 'the link has a field Nines does not know'],
    ['a range on a group', (w) => (w.g.t.c[2].b = { l: 99, h: 99.9 }), 'has a field Nines does not know'],
  ])('refuses a link whose range has %s', (_what, edit, message) => {
    const result = tamper(edit);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});
