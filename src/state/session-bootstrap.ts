import { type CalculatorStoreApi } from './calculator-store';
import { sessionOf } from './session';
import { brokenLinkNotice, type NoticesStoreApi } from './notices-store';
import { hasSavedSession, type SyncStorage } from './session-storage';
import { loadSessionValidator } from './session-validator';
import { decodeShareLink, shareLinkPayload, shareUrl } from './share-link';

/** How long the address bar waits after the last change before it is rewritten. */
export const URL_SYNC_DELAY_MS = 300;

export interface SessionRestoreOptions {
  /** A store made with `skipHydration`, not yet restored. */
  store: CalculatorStoreApi;
  /** The storage the store saves to, looked at only to see whether a session is saved there. */
  storage: SyncStorage;
  /** The page's URL hash on load: a share link there needs the schema too. */
  hash: string;
  /** Loads the session schema; tests pass their own. */
  loadValidator?: () => Promise<void>;
}

/**
 * Before the first render: loads the session schema only when there is something to validate, a
 * share link in `hash` or a saved session, then restores the saved session into `store`. A first
 * visit downloads no schema. A schema that fails to load is no error: the saved session is then
 * refused as unreadable (a notice says so) and the link by `startSession`, with a notice too.
 */
export async function restoreSession({
  store,
  storage,
  hash,
  loadValidator = loadSessionValidator,
}: SessionRestoreOptions): Promise<void> {
  if (shareLinkPayload(hash) !== null || hasSavedSession(storage)) {
    try {
      await loadValidator();
    } catch {
      // `validateSession` refuses everything until the schema loads, with a message that says why.
    }
  }
  await store.persist.rehydrate();
}

export interface SessionBootstrapOptions {
  store: CalculatorStoreApi;
  notices: NoticesStoreApi;
  /** Whether the store began from a saved session: a broken link's notice says what is shown instead. */
  savedSessionRestored: boolean;
  /** The page's window: its location, history and hashchange events. */
  window: Window;
  delayMs?: number;
  /** Loads the session schema before a link pasted into an open page is opened; tests pass their own. */
  loadValidator?: () => Promise<void>;
}

/**
 * Connects the session to the address bar, once, before the first render (after `restoreSession`,
 * which loads the session schema if the hash holds a link):
 * - a share link in the hash (`#s=…`) replaces the session; a broken one leaves the session (and
 *   what is saved) as it was and says why in a notice;
 * - the link stays in the address bar as it was until the user changes something: merely opening a
 *   link of an older version (or a broken one, or one from a newer release) never rewrites it, so it
 *   can still be copied as it came; without a link, the current session is written at once;
 * - after each change the hash holds the current session in the newest format, written with
 *   `history.replaceState` once changes settle, so moving a slider adds no history entries; path and
 *   query are kept;
 * - a link pasted into the address bar of an open page (a `hashchange`) is opened the same way, once
 *   the schema has loaded.
 * Returns a function that disconnects it (for tests).
 */
export function startSession({
  store,
  notices,
  savedSessionRestored,
  window: win,
  delayMs = URL_SYNC_DELAY_MS,
  loadValidator = loadSessionValidator,
}: SessionBootstrapOptions): () => void {
  const { noticeShown, noticeDismissed } = notices.getState().actions;
  let connected = true;

  // Set while a link is being opened: that change of the session is the link's, not the user's.
  let openingLink = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const openLink = (payload: string, showingInstead: 'saved session' | 'defaults' | 'current session') => {
    const decoded = decodeShareLink(payload);
    // A rewrite still pending from an earlier edit would replace the link just opened.
    clearTimeout(timer);
    if (decoded.ok) {
      openingLink = true;
      try {
        store.getState().actions.sessionRestored(decoded.state);
      } finally {
        openingLink = false;
      }
      noticeDismissed('share-link');
    } else {
      noticeShown(brokenLinkNotice(decoded.message, showingInstead));
    }
  };

  const writeUrl = () => {
    const url = shareUrl(win.location.href, sessionOf(store.getState()));
    if (url !== win.location.href) win.history.replaceState(win.history.state, '', url);
  };

  const unsubscribe = store.subscribe(() => {
    if (openingLink) return;
    clearTimeout(timer);
    timer = setTimeout(writeUrl, delayMs);
  });

  const onHashChange = () => {
    // Read now: while the schema loads, the address bar may be rewritten with the current session.
    const payload = shareLinkPayload(win.location.hash);
    if (payload === null) return;
    // Opened whether or not the schema loads: if it does not, the notice says the link cannot be checked.
    const open = () => {
      if (connected) openLink(payload, 'current session');
    };
    loadValidator().then(open, open);
  };

  const initialPayload = shareLinkPayload(win.location.hash);
  if (initialPayload !== null) openLink(initialPayload, savedSessionRestored ? 'saved session' : 'defaults');
  else writeUrl();
  win.addEventListener('hashchange', onHashChange);

  return () => {
    connected = false;
    unsubscribe();
    clearTimeout(timer);
    win.removeEventListener('hashchange', onHashChange);
  };
}
