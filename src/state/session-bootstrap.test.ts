// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCalculatorStore, defaultState, sessionOf, type CalculatorState } from './calculator-store';
import { createNoticesStore } from './notices-store';
import { URL_SYNC_DELAY_MS, startSession } from './session-bootstrap';
import { SESSION_STORAGE_KEY, memoryStorage, type SessionEvent } from './session-storage';
import { decodeShareLink, encodeShareLink } from './share-link';

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
});

/** Opens the app's session at `url`, over a storage holding `savedState` (if any). */
function openAt(url: string, savedState?: CalculatorState) {
  window.history.replaceState(null, '', url);
  const storage = memoryStorage();
  if (savedState) storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ state: savedState, version: 1 }));
  const events: SessionEvent[] = [];
  const store = createCalculatorStore(defaultState(), storage, (event) => events.push(event));
  const notices = createNoticesStore();
  stop = startSession({ store, notices, savedSessionRestored: events.includes('restored'), window });
  return {
    store,
    storage,
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
  it('takes the session from a share link in the hash, over the saved one', () => {
    const page = openAt(`/#s=${encodeShareLink(shared)}`, saved);
    expect(page.session()).toEqual(shared);
    expect(page.messages()).toEqual([]);
    expect(JSON.parse(page.storage.getItem(SESSION_STORAGE_KEY)!).state).toEqual(shared);
  });

  it('keeps the saved session, and what is saved, when the link is broken', () => {
    const link = encodeShareLink(shared);
    const page = openAt(`/#s=${link.slice(0, 120)}`, saved);
    const before = page.storage.getItem(SESSION_STORAGE_KEY);
    expect(page.session()).toEqual(saved);
    expect(page.messages()).toEqual([
      'This share link could not be opened: the link is incomplete or damaged. Showing your saved session.',
    ]);
    expect(page.storage.getItem(SESSION_STORAGE_KEY)).toBe(before);
    // The address bar now holds what is on screen.
    expect(sessionInUrl()).toEqual(saved);
  });

  it('shows the defaults when the link is broken and nothing is saved', () => {
    const page = openAt('/#s=not-a-link!');
    expect(page.session()).toEqual(defaultState());
    expect(page.messages()).toEqual([
      'This share link could not be opened: the link is damaged (it has characters a share link never has). Showing the defaults.',
    ]);
    expect(page.storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('writes the current session into the hash at once, keeping the path and query string', () => {
    openAt('/tools/nines/?embed=1', saved);
    expect(window.location.pathname).toBe('/tools/nines/');
    expect(window.location.search).toBe('?embed=1');
    expect(sessionInUrl()).toEqual(saved);
  });

  it('leaves other hashes alone until the session is written', () => {
    const page = openAt('/#results', saved);
    expect(page.messages()).toEqual([]);
    expect(page.session()).toEqual(saved);
  });
});

describe('keeping the address bar current', () => {
  it('rewrites the hash once changes settle, with replaceState and no new history entries', () => {
    vi.useFakeTimers();
    const page = openAt('/?embed=1');
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

  it('opens a link pasted into the address bar of an open page', () => {
    const page = openAt('/', saved);
    window.history.replaceState(null, '', `/#s=${encodeShareLink(shared)}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(page.session()).toEqual(shared);

    window.history.replaceState(null, '', '/#s=AAAA');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(page.session()).toEqual(shared);
    expect(page.messages()).toEqual([
      'This share link could not be opened: the link is incomplete or damaged. Keeping your current session.',
    ]);
  });
});
