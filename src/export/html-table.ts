import { decisionTable, exportName, type ExportContext } from './export-data';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

/**
 * The decision table as an HTML fragment for the clipboard's text/html: Google Docs, Confluence,
 * Notion and Word paste it as a real table. Only table markup, with borders, padding and alignment as
 * HTML attributes, not inline styles: pasted HTML keeps no style sheet, and the browser parses the
 * copied HTML under the page's Content Security Policy, which refuses inline styles. A caption names
 * the case and date; every text is escaped. Made while a field's text is not used, the page's line on
 * it (`context.figuresNote`) comes first, in bold, so the pasted table says which value it uses.
 */
export function htmlTable(context: ExportContext): string {
  const table = decisionTable(context);
  const align = (i: number) => (table.numeric[i] ? ' align="right"' : ' align="left"');
  const head = table.headers.map((h, i) => `<th${align(i)}>${escapeHtml(h)}</th>`).join('');
  const body = table.rows
    .map(
      (cells) =>
        `<tr>${cells
          .map((cell, i) =>
            i === 0
              ? `<th scope="row"${align(i)}>${escapeHtml(cell)}</th>`
              : `<td${align(i)}>${escapeHtml(cell)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  const caption = `${exportName(context)}, ${context.date}`;
  const note = context.figuresNote ? `<p><strong>${escapeHtml(context.figuresNote)}</strong></p>` : '';
  return `${note}<table border="1" cellpadding="4" cellspacing="0"><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
