import { type CalculatorStoreApi } from './calculator-store';
import { sessionOf } from './session';
import { brokenLinkNotice, type NoticesStoreApi } from './notices-store';
import { hasSavedSession, type SyncStorage } from './session-storage';
import { loadSessionValidator } from './session-validator';
import { whenFirstChartDrawn } from './first-chart';
import { shareLinkPayload } from './share-link-hash';

type ShareLinkCodec = typeof import('./share-link');

let codec: ShareLinkCodec | null = null;
let codecLoading: Promise<ShareLinkCodec> | null = null;

/**
 * Loads the share-link codec, once: a chunk of its own, outside the JavaScript before the first
 * results. A page opened from a link loads it (with the schema) before the first render; a first
 * visit loads it right after, to write the session into the address bar. A failed load is tried
 * again on the next call.
 */
export function loadShareLinkCodec(): Promise<ShareLinkCodec> {
  codecLoading ??= import('./share-link').then(
    (module) => (codec = module),
    (error: unknown) => {
      codecLoading = null;
      throw error;
    },
  );
  return codecLoading;
}

/** Why a link is not opened when the codec cannot be loaded (the connection dropped, say). */
const CODEC_UNAVAILABLE =
  'the part of Nines that reads links could not be loaded (check the connection and reload)';

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
  const opensLink = shareLinkPayload(hash) !== null;
  if (opensLink || hasSavedSession(storage)) {
    // `validateSession` refuses everything until the schema loads, with a message that says why; a
    // codec that does not load makes `startSession` say the link cannot be read.
    await Promise.allSettled([loadValidator(), ...(opensLink ? [loadShareLinkCodec()] : [])]);
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
  /**
   * When a visit without a link first writes its session into the address bar: by default once the
   * first chart is on the page, so that the link's codec (a chunk of its own) is not fetched while the
   * first results load. Returns a function that cancels it. Tests pass their own.
   */
  whenPageShown?: (write: () => void) => () => void;
}

/**
 * Connects the session to the address bar, once, before the first render (after `restoreSession`,
 * which loads the session schema if the hash holds a link):
 * - a share link in the hash (`#s=…`) replaces the session; a broken one leaves the session (and
 *   what is saved) as it was and says why in a notice;
 * - the link stays in the address bar as it was until the user changes something: merely opening a
 *   link of an older version (or a broken one, or one from a newer release) never rewrites it, so it
 *   can still be copied as it came; without a link, the current session is written once the page
 *   has shown its first results and chart (`whenPageShown`), when its codec is fetched;
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
  whenPageShown = whenFirstChartDrawn,
}: SessionBootstrapOptions): () => void {
  const { noticeShown, noticeDismissed } = notices.getState().actions;
  let connected = true;

  // Set while a link is being opened: that change of the session is the link's, not the user's.
  let openingLink = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Runs `act` with the codec: at once when it has loaded, else once it has (if still connected). */
  const withCodec = (act: (loaded: ShareLinkCodec) => void, onUnavailable: () => void = () => {}) => {
    if (codec !== null) return act(codec);
    loadShareLinkCodec().then(
      (loaded) => {
        if (connected) act(loaded);
      },
      () => {
        if (connected) onUnavailable();
      },
    );
  };

  const openLink = (payload: string, showingInstead: 'saved session' | 'defaults' | 'current session') =>
    withCodec(
      ({ decodeShareLink }) => openDecoded(decodeShareLink(payload), showingInstead),
      () => noticeShown(brokenLinkNotice(CODEC_UNAVAILABLE, showingInstead)),
    );

  const openDecoded = (
    decoded: ReturnType<ShareLinkCodec['decodeShareLink']>,
    showingInstead: 'saved session' | 'defaults' | 'current session',
  ) => {
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

  // Read when written (not when asked for): the codec may arrive after more changes.
  const writeUrl = () =>
    withCodec(({ shareUrl }) => {
      const url = shareUrl(win.location.href, sessionOf(store.getState()));
      if (url !== win.location.href) win.history.replaceState(win.history.state, '', url);
    });

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
  let cancelFirstWrite = () => {};
  if (initialPayload !== null) openLink(initialPayload, savedSessionRestored ? 'saved session' : 'defaults');
  else if (codec !== null) writeUrl();
  else cancelFirstWrite = whenPageShown(writeUrl);
  win.addEventListener('hashchange', onHashChange);

  return () => {
    connected = false;
    cancelFirstWrite();
    unsubscribe();
    clearTimeout(timer);
    win.removeEventListener('hashchange', onHashChange);
  };
}
