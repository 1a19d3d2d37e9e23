import { formatInputNumber } from '../format/format';

/**
 * The words of the link that reopens the case wherever the link can be clicked (the report's
 * footnote, the printed PDF, Markdown): a share link carries the whole session in its hash and runs to
 * thousands of characters with a failure catalogue, too long to be read or typed.
 */
export const OPEN_CASE_LABEL = 'Open this case in Nines';

/**
 * A share link as it is shown where it cannot be clicked (a PNG, an SVG, paper): its address up to
 * the path, "?…" and "#…" in place of the query and the session, then the whole link's length, so a
 * reader sees where it leads and that it is shortened: `https://example.com/nines/#… (3,390
 * characters in full)`. The whole link is in the CSV, the Markdown and "Copy share link".
 */
export function shortShareLink(link: string): string {
  const url = new URL(link);
  const shown = `${url.protocol}//${url.host}${url.pathname}${url.search ? '?…' : ''}${url.hash ? '#…' : ''}`;
  return `${shown} (${formatInputNumber(link.length)} characters in full)`;
}

/**
 * `link` as the target of a link on the page itself, one that a printed PDF keeps. Chromium's PDF
 * writer takes a link that differs from the page's own address only in its hash for a jump within the
 * page, finds no such anchor and leaves the link out; a share link is the page's address with the
 * session in its hash. An empty query part ("?", or "&" after a query) makes it another address that
 * opens the same case: the page reads no empty parameter, and the share links made there are without it.
 */
export function printableShareLink(link: string): string {
  const hash = link.indexOf('#');
  const address = hash < 0 ? link : link.slice(0, hash);
  return `${address}${address.includes('?') ? '&' : '?'}${hash < 0 ? '' : link.slice(hash)}`;
}
