import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

let cached: { matchMedia: typeof window.matchMedia; query: MediaQueryList } | null = null;

/**
 * The page's dark-mode query, made once: React reads the snapshot on every render of every chart,
 * and `matchMedia` builds a new list (and evaluates the query) on each call. Made again only if
 * `window.matchMedia` itself is replaced (tests stub it).
 */
function mediaQuery(): MediaQueryList | null {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  if (cached?.matchMedia !== window.matchMedia) {
    cached = { matchMedia: window.matchMedia, query: window.matchMedia(QUERY) };
  }
  return cached.query;
}

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery();
  if (!query) return () => {};
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const getSnapshot = () => mediaQuery()?.matches ?? false;
const getServerSnapshot = () => false;

/** Whether the page is in dark mode (`prefers-color-scheme: dark`), following changes live; false where unknown. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
