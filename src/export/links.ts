/**
 * The share, embed and "open in Nines" URLs are all the current address with the scenario in its
 * hash; they differ only in the `embed` query parameter.
 */

/** The address that reopens the scenario in the full calculator: `href` without `embed`. */
export function fullAppUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.toString();
}

/** The address of the embed view (results and charts only) of the same scenario. */
export function embedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  return url.toString();
}

/** True when the page was opened as an embed (`?embed`, `?embed=1`, not `?embed=0`). */
export function isEmbedUrl(href: string): boolean {
  const value = new URL(href).searchParams.get('embed');
  return value !== null && value !== '0' && value !== 'false';
}

/** Escapes text for an HTML attribute value in double quotes. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The `<iframe>` snippet that embeds the scenario's comparison in another page. */
export function embedSnippet(href: string, title = 'Nines: reliability ROI'): string {
  return `<iframe src="${escapeAttribute(embedUrl(href))}" title="${escapeAttribute(title)}" width="100%" height="720" style="border:0;max-width:1100px" loading="lazy"></iframe>`;
}
