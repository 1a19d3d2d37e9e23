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

/**
 * The scheme an export asks for while it draws (report-mode.ts sets `data-export-scheme` on the root:
 * a light report on a dark screen), which wins over the screen's.
 */
const exportScheme = () =>
  typeof document === 'undefined' ? undefined : document.documentElement.dataset.exportScheme;

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery();
  const observer = typeof MutationObserver === 'function' ? new MutationObserver(onChange) : null;
  observer?.observe(document.documentElement, { attributes: true, attributeFilter: ['data-export-scheme'] });
  query?.addEventListener('change', onChange);
  return () => {
    observer?.disconnect();
    query?.removeEventListener('change', onChange);
  };
}

const getSnapshot = () => {
  const forced = exportScheme();
  return forced ? forced === 'dark' : (mediaQuery()?.matches ?? false);
};
const getServerSnapshot = () => false;

/**
 * Whether the page is in dark mode (`prefers-color-scheme: dark`, or the scheme an export is drawn
 * in), following changes live; false where unknown.
 */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
