// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultState, sessionOf } from './session';
import { SESSION_STORAGE_KEY, memoryStorage, type SessionEvent } from './session-storage';
import { encodeShareLink } from './share-link';

// Every test starts from fresh modules: the schema not yet loaded, as on a page that just opened.
beforeEach(() => vi.resetModules());
afterEach(() => vi.doUnmock('./session-schema'));

const UNAVAILABLE = 'Nines could not load the code that checks it (try again once you are back online)';

/** A schema chunk that cannot be fetched (offline, or removed by a newer deploy). */
function schemaUnreachable() {
  vi.doMock('./session-schema', () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  });
}

describe('the lazily loaded session validator', () => {
  it('before the schema has loaded, refuses everything, even a valid session or link, without throwing', async () => {
    const validator = await import('./session-validator');
    const { decodeShareLink } = await import('./share-link');
    expect(validator.sessionValidatorLoaded()).toBe(false);
    expect(validator.validateSession(defaultState())).toEqual({ ok: false, message: UNAVAILABLE });
    expect(validator.openSession(defaultState(), 2)).toEqual({ ok: false, message: UNAVAILABLE });
    expect(decodeShareLink(encodeShareLink(defaultState()))).toEqual({ ok: false, message: UNAVAILABLE });
  });

  it('loads the schema once; then validates', async () => {
    const validator = await import('./session-validator');
    const first = validator.loadSessionValidator();
    expect(validator.loadSessionValidator()).toBe(first);
    await first;
    expect(validator.sessionValidatorLoaded()).toBe(true);
    expect(validator.validateSession(defaultState())).toEqual({ ok: true, value: defaultState() });
    expect(validator.validateSession({ ...defaultState(), compact: 'yes' })).toEqual({
      ok: false,
      message: 'the compact-amounts setting must be true or false',
    });
    expect(validator.openSession(defaultState(), 3)).toEqual({ ok: true, value: defaultState() });
    expect(validator.openSession(defaultState(), 4)).toEqual({
      ok: false,
      message: 'it was made by a newer version of Nines',
    });
    expect(validator.openSession(defaultState(), 'two')).toEqual({
      ok: false,
      message: 'its format version is not one Nines knows',
    });
  });

  it('a failed load rejects, keeps refusing, and is tried again on the next call', async () => {
    schemaUnreachable();
    const validator = await import('./session-validator');
    await expect(validator.loadSessionValidator()).rejects.toThrow();
    expect(validator.validateSession(defaultState())).toEqual({ ok: false, message: UNAVAILABLE });

    vi.doUnmock('./session-schema');
    await validator.loadSessionValidator();
    expect(validator.validateSession(defaultState())).toEqual({ ok: true, value: defaultState() });
  });
});

describe('opening the page when the schema cannot be loaded', () => {
  it.each([
    [
      'a session of this version',
      JSON.stringify({ state: { ...defaultState(), currency: 'EUR' }, version: 2 }),
    ],
    ['a version 1 session', readFileSync(`${process.cwd()}/src/state/fixtures/v1-saved-custom.json`, 'utf8')],
  ])(
    'starts from the defaults with notices, leaving the saved session (%s) as it was',
    async (_name, savedText) => {
      schemaUnreachable();
      const { createCalculatorStore } = await import('./calculator-store');
      const { createNoticesStore } = await import('./notices-store');
      const { restoreSession, startSession } = await import('./session-bootstrap');
      const storage = memoryStorage();
      storage.setItem(SESSION_STORAGE_KEY, savedText);
      const events: SessionEvent[] = [];
      const store = createCalculatorStore(defaultState(), storage, (event) => events.push(event), {
        skipHydration: true,
      });
      const notices = createNoticesStore();
      window.history.replaceState(null, '', `/#s=${encodeShareLink({ ...defaultState(), compact: true })}`);

      await restoreSession({ store, storage, hash: window.location.hash });
      const stop = startSession({ store, notices, savedSessionRestored: false, window });

      expect(sessionOf(store.getState())).toEqual(defaultState());
      expect(events).toEqual(['unreadable']);
      expect(notices.getState().notices.map((n) => n.message)).toEqual([
        `This share link could not be opened: ${UNAVAILABLE}. Showing the defaults.`,
      ]);
      expect(storage.getItem(SESSION_STORAGE_KEY)).toBe(savedText);
      stop();
    },
  );
});
