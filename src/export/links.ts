/**
 * The share, embed and "open in Nines" URLs are all the current address with the scenario in its
 * hash; they differ only in the `embed` query parameter. The two the page reads before its first render
 * live here; the embed snippet's, which only the export toolbar needs, in embed-snippet.ts.
 */

/** The address that reopens the scenario in the full calculator: `href` without `embed`. */
export function fullAppUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.toString();
}

/** True when the page was opened as an embed (`?embed`, `?embed=1`, not `?embed=0`). */
export function isEmbedUrl(href: string): boolean {
  const value = new URL(href).searchParams.get('embed');
  return value !== null && value !== '0' && value !== 'false';
}
