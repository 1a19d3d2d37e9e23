/**
 * The embed view's address and the `<iframe>` snippet the export toolbar copies: apart from links.ts,
 * whose two functions the page reads before its first render, so these ride with the toolbar.
 */

/** The address of the embed view (results and charts only) of the same scenario. */
export function embedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  return url.toString();
}

/** Escapes text for an HTML attribute value in double quotes. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The embed view's height in CSS px at the snippet's 1,100 px width, for `scenarioCount` scenarios:
 * the title, the Answer (four to six lines), the table's header and the one chart (about 980 px,
 * measured in Chromium for a custom case) and a row of the table each (a wrapped row is about 50 px),
 * with room to spare so that the host page shows it whole, without an inner scroll bar.
 * report.test.mjs checks it fits.
 */
function embedHeight(scenarioCount: number): number {
  return 1_000 + 60 * Math.max(1, scenarioCount);
}

/**
 * The `<iframe>` snippet that embeds the case's compact report in another page; its height fits the
 * report for `scenarioCount` scenarios (the worked example's three when not given).
 */
export function embedSnippet(href: string, title = 'Nines: reliability ROI', scenarioCount = 3): string {
  return `<iframe src="${escapeAttribute(embedUrl(href))}" title="${escapeAttribute(title)}" width="100%" height="${embedHeight(scenarioCount)}" style="border:0;max-width:1100px" loading="lazy"></iframe>`;
}
