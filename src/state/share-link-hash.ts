/**
 * Where a share link sits in a URL: the hash parameter `#s=<payload>`. Apart from the codec
 * (share-link.ts, a chunk of its own), because the first chunk must tell whether the page was opened
 * from a link, to load the codec and the schema before the first render, without carrying either.
 */

/** The hash parameter that holds a share link: `#s=<payload>`. */
export const SHARE_HASH_PREFIX = '#s=';

/** The share-link payload in a URL hash (`#s=…`), or null when the hash holds none. */
export function shareLinkPayload(hash: string): string | null {
  return hash.startsWith(SHARE_HASH_PREFIX) ? hash.slice(SHARE_HASH_PREFIX.length) : null;
}
