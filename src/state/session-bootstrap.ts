import { sessionOf, type CalculatorStoreApi } from './calculator-store';
import { brokenLinkNotice, type NoticesStoreApi } from './notices-store';
import { decodeShareLink, shareLinkPayload, shareUrl } from './share-link';

/** How long the address bar waits after the last change before it is rewritten. */
export const URL_SYNC_DELAY_MS = 300;

export interface SessionBootstrapOptions {
  store: CalculatorStoreApi;
  notices: NoticesStoreApi;
  /** Whether the store began from a saved session: a broken link's notice says what is shown instead. */
  savedSessionRestored: boolean;
  /** The page's window: its location, history and hashchange events. */
  window: Window;
  delayMs?: number;
}

/**
 * Connects the session to the address bar, once, before the first render:
 * - a share link in the hash (`#s=…`) replaces the session; a broken one leaves the session (and
 *   what is saved) as it was and says why in a notice;
 * - from then on the hash always holds the current session, written with `history.replaceState`
 *   after changes settle, so moving a slider adds no history entries; path and query are kept;
 * - a link pasted into the address bar of an open page (a `hashchange`) is opened the same way.
 * Returns a function that disconnects it (for tests).
 */
export function startSession({
  store,
  notices,
  savedSessionRestored,
  window: win,
  delayMs = URL_SYNC_DELAY_MS,
}: SessionBootstrapOptions): () => void {
  const { noticeShown, noticeDismissed } = notices.getState().actions;

  const openLinkInHash = (showingInstead: 'saved session' | 'defaults' | 'current session') => {
    const payload = shareLinkPayload(win.location.hash);
    if (payload === null) return;
    const decoded = decodeShareLink(payload);
    if (decoded.ok) {
      store.getState().actions.sessionRestored(decoded.state);
      noticeDismissed('share-link');
    } else {
      noticeShown(brokenLinkNotice(decoded.message, showingInstead));
    }
  };

  const writeUrl = () => {
    const url = shareUrl(win.location.href, sessionOf(store.getState()));
    if (url !== win.location.href) win.history.replaceState(win.history.state, '', url);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(writeUrl, delayMs);
  });
  const onHashChange = () => openLinkInHash('current session');

  openLinkInHash(savedSessionRestored ? 'saved session' : 'defaults');
  writeUrl();
  win.addEventListener('hashchange', onHashChange);

  return () => {
    unsubscribe();
    clearTimeout(timer);
    win.removeEventListener('hashchange', onHashChange);
  };
}
