// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCalculatorStore } from './calculator-store';
import { defaultState, sessionOf, type CalculatorState } from './session';
import { createNoticesStore } from './notices-store';
import { URL_SYNC_DELAY_MS, restoreSession, startSession } from './session-bootstrap';
import { SESSION_VERSION } from './session-versions';
import { SESSION_STORAGE_KEY, memoryStorage, type SessionEvent, type SyncStorage } from './session-storage';
import { loadSessionValidator } from './session-validator';
import { decodeShareLink, encodeShareLink } from './share-link';

// The session schema loads lazily in the app (session-validator.ts); here it is loaded up front.
beforeAll(() => loadSessionValidator());

const saved: CalculatorState = (() => {
  const state = defaultState();
  state.inputs.downtimeCostPerHour = 750_000;
  state.currency = 'EUR';
  return state;
})();
const shared: CalculatorState = (() => {
  const state = defaultState();
  state.inputs.baselineAvailabilityPercent = 99.9;
  state.inputs.scenarios[2]!.label = 'Four nines';
  return state;
})();

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/**
 * Opens the app's session at `url` as main.tsx does, over a storage holding `savedState` (if any):
 * restore, then connect to the address bar. `loadValidator` stands in for loading the schema.
 */
async function openAt(
  url: string,
  savedState?: CalculatorState,
  loadValidator: () => Promise<void> = loadSessionValidator,
) {
  window.history.replaceState(null, '', url);
  const storage = memoryStorage();
  if (savedState)
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ state: savedState, version: SESSION_VERSION }));
  const events: SessionEvent[] = [];
  const store = createCalculatorStore(defaultState(), storage, (event) => events.push(event), {
    skipHydration: true,
  });
  const notices = createNoticesStore();
  await restoreSession({ store, storage, hash: window.location.hash, loadValidator });
  stop = startSession({
    store,
    notices,
    savedSessionRestored: events.includes('restored'),
    window,
    loadValidator,
    // The page here has no charts: its session is written as if they were drawn (see below for the wait).
    whenPageShown: (write) => {
      write();
      return () => {};
    },
  });
  return {
    store,
    storage,
    events,
    session: () => sessionOf(store.getState()),
    messages: () => notices.getState().notices.map((n) => n.message),
  };
}

/** The session the address bar holds now. */
function sessionInUrl() {
  const decoded = decodeShareLink(window.location.hash.replace(/^#s=/, ''));
  return decoded.ok ? decoded.state : decoded.message;
}

describe('opening the page', () => {
  it('takes the session from a share link in the hash, over the saved one', async () => {
    const page = await openAt(`/#s=${encodeShareLink(shared)}`, saved);
    expect(page.session()).toEqual(shared);
    expect(page.messages()).toEqual([]);
    expect(JSON.parse(page.storage.getItem(SESSION_STORAGE_KEY)!).state).toEqual(shared);
  });

  it('keeps the saved session, and what is saved, when the link is broken', async () => {
    const link = encodeShareLink(shared);
    const page = await openAt(`/#s=${link.slice(0, 120)}`, saved);
    const before = page.storage.getItem(SESSION_STORAGE_KEY);
    expect(page.session()).toEqual(saved);
    expect(page.messages()).toEqual([
      'This share link could not be opened: the link is incomplete or damaged. Showing your saved session.',
    ]);
    expect(page.storage.getItem(SESSION_STORAGE_KEY)).toBe(before);
    // The broken link stays in the address bar until the user changes something.
    expect(window.location.hash).toBe(`#s=${link.slice(0, 120)}`);
    page.store.getState().actions.compactToggled(true);
    await vi.waitFor(() => expect(sessionInUrl()).toEqual(page.session()), { timeout: 5_000 });
  });

  it('shows the defaults when the link is broken and nothing is saved', async () => {
    const page = await openAt('/#s=not-a-link!');
    expect(page.session()).toEqual(defaultState());
    expect(page.messages()).toEqual([
      'This share link could not be opened: the link is damaged (it has characters a share link never has). Showing the defaults.',
    ]);
    expect(page.storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('writes the current session into the hash at once, keeping the path and query string', async () => {
    await openAt('/tools/nines/?embed=1', saved);
    expect(window.location.pathname).toBe('/tools/nines/');
    expect(window.location.search).toBe('?embed=1');
    expect(sessionInUrl()).toEqual(saved);
  });

  it('on a first visit, writes it (and fetches the link codec) only once the first chart is on the page', async () => {
    // A page's first load: no link codec loaded yet, no chart drawn yet.
    vi.resetModules();
    const bootstrap = await import('./session-bootstrap');
    const firstChart = await import('./first-chart');
    window.history.replaceState(null, '', '/?team=sre');
    const storage = memoryStorage();
    const store = createCalculatorStore(defaultState(), storage, () => {}, { skipHydration: true });
    await bootstrap.restoreSession({ store, storage, hash: window.location.hash });
    // Fake timers, not a real wait: every delayed write has had its time, however busy the machine.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    stop = bootstrap.startSession({
      store,
      notices: createNoticesStore(),
      savedSessionRestored: false,
      window,
    });
    await vi.advanceTimersByTimeAsync(URL_SYNC_DELAY_MS * 10);
    await vi.dynamicImportSettled();
    expect(window.location.hash).toBe('');
    vi.useRealTimers();
    firstChart.firstChartDrawn();
    await vi.waitFor(() => expect(sessionInUrl()).toEqual(defaultState()));
    expect(window.location.search).toBe('?team=sre');
  });

  it('leaves other hashes alone until the session is written', async () => {
    const page = await openAt('/#results', saved);
    expect(page.messages()).toEqual([]);
    expect(page.session()).toEqual(saved);
  });
});

describe('an opened link stays in the address bar as it came until the user changes something', () => {
  const v1Link = readFileSync(`${process.cwd()}/src/state/fixtures/v1-link-custom.txt`, 'utf8').trim();

  it.each([
    ['a version 1 link', `/?team=sre#s=${v1Link}`],
    ['a version 2 link', `/?team=sre#s=${encodeShareLink(shared)}`],
    ['a link made by a newer version', '/#s=eyJ2Ijo5fQ'],
  ])(
    '%s is not rewritten on opening, only after the first change, in the newest format',
    async (_name, url) => {
      vi.useFakeTimers();
      const replaceState = vi.spyOn(window.history, 'replaceState');
      const page = await openAt(url, saved);
      const opened = window.location.href;
      replaceState.mockClear();
      vi.advanceTimersByTime(URL_SYNC_DELAY_MS * 10);
      expect(replaceState).not.toHaveBeenCalled();
      expect(window.location.href).toBe(opened);

      page.store.getState().actions.inputChanged('monthlyInfraCost', 250_000);
      vi.advanceTimersByTime(URL_SYNC_DELAY_MS);
      expect(replaceState).toHaveBeenCalledTimes(1);
      expect(window.location.search).toBe(new URL(url, window.location.href).search);
      const wire = JSON.parse(atob(window.location.hash.slice(3).replace(/-/g, '+').replace(/_/g, '/')));
      expect(wire.v).toBe(SESSION_VERSION);
      expect(sessionInUrl()).toEqual(page.session());
    },
  );

  it('a version 1 link opens as its version 2 session', async () => {
    const page = await openAt(`/#s=${v1Link}`);
    expect(page.session().presetId).toBe('saas');
    expect(page.session().ranges.downtimeCostPerHour).toEqual({
      low: 100_000,
      high: 1_000_000,
      shape: 'lognormal',
    });
    expect(page.messages()).toEqual([]);
    expect(JSON.parse(page.storage.getItem(SESSION_STORAGE_KEY)!).version).toBe(SESSION_VERSION);
  });

  it('a link pasted into an open page is not rewritten either, even with an edit still to be written', async () => {
    vi.useFakeTimers();
    const page = await openAt('/', saved);
    page.store.getState().actions.compactToggled(true);
    window.history.replaceState(null, '', `/#s=${v1Link}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.waitFor(() => expect(page.session().presetId).toBe('saas'));
    const replaceState = vi.spyOn(window.history, 'replaceState');
    vi.advanceTimersByTime(URL_SYNC_DELAY_MS * 10);
    expect(replaceState).not.toHaveBeenCalled();
    expect(window.location.hash).toBe(`#s=${v1Link}`);
  });
});

describe('keeping the address bar current', () => {
  it('rewrites the hash once changes settle, with replaceState and no new history entries', async () => {
    vi.useFakeTimers();
    const page = await openAt('/?embed=1');
    const replaceState = vi.spyOn(window.history, 'replaceState');
    const pushState = vi.spyOn(window.history, 'pushState');
    const historyLength = window.history.length;
    const { inputChanged } = page.store.getState().actions;
    for (let n = 1; n <= 20; n += 1) {
      inputChanged('downtimeCostPerHour', 1_000_000 + n * 1_000);
      vi.advanceTimersByTime(URL_SYNC_DELAY_MS / 10);
    }
    expect(replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(URL_SYNC_DELAY_MS);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(pushState).not.toHaveBeenCalled();
    expect(window.history.length).toBe(historyLength);
    expect(window.location.search).toBe('?embed=1');
    expect(sessionInUrl()).toEqual(page.session());
    expect(page.session().inputs.downtimeCostPerHour).toBe(1_020_000);
  });

  it('opens a link pasted into the address bar of an open page', async () => {
    const page = await openAt('/', saved);
    window.history.replaceState(null, '', `/#s=${encodeShareLink(shared)}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.waitFor(() => expect(page.session()).toEqual(shared));

    window.history.replaceState(null, '', '/#s=AAAA');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.waitFor(() =>
      expect(page.messages()).toEqual([
        'This share link could not be opened: the link is incomplete or damaged. Keeping your current session.',
      ]),
    );
    expect(page.session()).toEqual(shared);
  });

  it('opens a pasted link once the schema has loaded, even if the address bar was rewritten meanwhile', async () => {
    let schemaLoaded = () => {};
    const load = vi.fn(() => new Promise<void>((resolve) => (schemaLoaded = resolve)));
    const page = await openAt('/', undefined, load);
    expect(load).not.toHaveBeenCalled();

    window.history.replaceState(null, '', `/#s=${encodeShareLink(shared)}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(page.session()).toEqual(defaultState());
    // As the debounced sync would after an edit made while the schema loads.
    window.history.replaceState(null, '', `/#s=${encodeShareLink(defaultState())}`);

    schemaLoaded();
    await vi.waitFor(() => expect(page.session()).toEqual(shared));
    expect(page.messages()).toEqual([]);
  });

  it('ignores a hash that is not a share link, without loading the schema', async () => {
    const load = vi.fn(loadSessionValidator);
    const page = await openAt('/', saved, load);
    load.mockClear();
    window.history.replaceState(null, '', '/#results');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(load).not.toHaveBeenCalled();
    expect(page.session()).toEqual(saved);
  });
});

describe('loading the session schema only when there is something to check', () => {
  it('a first visit (no link, nothing saved) never loads it', async () => {
    const load = vi.fn(loadSessionValidator);
    const page = await openAt('/?team=sre', undefined, load);
    expect(load).not.toHaveBeenCalled();
    expect(page.session()).toEqual(defaultState());
    expect(page.events).toEqual([]);
    expect(page.messages()).toEqual([]);
  });

  it('a saved session loads it, then is restored', async () => {
    const load = vi.fn(loadSessionValidator);
    const page = await openAt('/', saved, load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(page.session()).toEqual(saved);
    expect(page.events).toEqual(['restored']);
  });

  it('a share link loads it, then is opened', async () => {
    const load = vi.fn(loadSessionValidator);
    const page = await openAt(`/#s=${encodeShareLink(shared)}`, undefined, load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(page.session()).toEqual(shared);
  });

  it('blocked storage and no link: not loaded, and the store reports the storage once', async () => {
    const refusing = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const blocked: SyncStorage = { getItem: refusing, setItem: refusing, removeItem: refusing };
    const events: SessionEvent[] = [];
    const store = createCalculatorStore(defaultState(), blocked, (event) => events.push(event), {
      skipHydration: true,
    });
    const load = vi.fn(loadSessionValidator);
    await restoreSession({ store, storage: blocked, hash: '', loadValidator: load });
    expect(load).not.toHaveBeenCalled();
    expect(events).toEqual(['unsaveable']);
    expect(sessionOf(store.getState())).toEqual(defaultState());
  });
});

describe('when the share-link codec cannot be downloaded', () => {
  afterEach(() => {
    vi.doUnmock('./share-link');
    vi.resetModules();
  });

  it('a link is not opened: a notice says why, the saved session stays, and the codec is tried again later', async () => {
    vi.resetModules();
    vi.doMock('./share-link', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const bootstrap = await import('./session-bootstrap');
    const storage = memoryStorage();
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ state: saved, version: SESSION_VERSION }));
    window.history.replaceState(null, '', `/#s=${encodeShareLink(shared)}`);
    const events: SessionEvent[] = [];
    const store = createCalculatorStore(defaultState(), storage, (event) => events.push(event), {
      skipHydration: true,
    });
    const notices = createNoticesStore();
    await bootstrap.restoreSession({ store, storage, hash: window.location.hash });
    stop = bootstrap.startSession({ store, notices, savedSessionRestored: true, window });
    await vi.waitFor(() =>
      expect(notices.getState().notices.map((n) => n.message)).toEqual([
        'This share link could not be opened: the part of Nines that reads links could not be loaded (check the connection and reload). Showing your saved session.',
      ]),
    );
    expect(sessionOf(store.getState())).toEqual(saved);

    vi.doUnmock('./share-link');
    await expect(bootstrap.loadShareLinkCodec()).resolves.toHaveProperty('decodeShareLink');
  });
});
