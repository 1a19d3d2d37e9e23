import { answerText } from '../format/answer-text';
import { formatMoney } from '../format/format';
import { assumptionRows, decisionTable, exportName, type ExportContext } from './export-data';
import { OPEN_CASE_LABEL } from './share-link-text';

/**
 * Escapes text for Markdown (a table cell, a list item, a paragraph) so that it shows as typed in
 * GitHub, Confluence and Notion: every character Markdown or HTML could read as syntax (pipes,
 * backslashes, emphasis, code, links, angle brackets, ampersands) gets a backslash, which CommonMark
 * allows before any ASCII punctuation; no HTML entity, so an editor that pastes Markdown without HTML
 * shows the same text. Line breaks become spaces. Characters that only matter at the start of a line
 * (#, -, +) are left alone: the builders never start a line with user text.
 */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]|~<>&]/g, (ch) => `\\${ch}`);
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Assumptions a reader needs beside the table (the title carries the case, the link its own line). */
const NOT_KEY = new Set(['Share link', 'Warning', 'Case name', 'Date']);

/** The decision table as Markdown: a header row, alignment (figures right), one row per scenario. */
export function markdownTable(context: ExportContext): string {
  const table = decisionTable(context);
  return [
    row(table.headers.map(escapeMarkdownCell)),
    row(table.numeric.map((numeric) => (numeric ? '---:' : '---'))),
    ...table.rows.map((cells) => row(cells.map(escapeMarkdownCell))),
  ].join('\n');
}

/** The page's line on fields whose text is not used, as a bold quote and a blank line; none without it. */
const noteLines = (context: ExportContext): string[] =>
  context.figuresNote ? [`> **${escapeMarkdownCell(context.figuresNote)}**`, ''] : [];

/**
 * "Copy table" as text: the decision table, after the page's line on fields whose text is not used
 * when there is one (as in "Copy as Markdown").
 */
export function tableText(context: ExportContext): string {
  return [...noteLines(context), markdownTable(context), ''].join('\n');
}

/**
 * "Copy as Markdown": a title (the case's name and the date), the Answer as a paragraph when the
 * context has one (`context.answer`, then the chances of `context.answerChances`), the decision table with the figures as shown on screen, the key
 * assumptions as a list, and the link that reopens the case. No HTML.
 */
export function buildMarkdown(context: ExportContext): string {
  // The page's Answer (answer-text.ts), unless the context brings its own words.
  const exact = (
    context.answer ?? answerText(context.graph, (value) => formatMoney(value, context.currency))
  )?.trim();
  // With the simulation on, its chances follow in the same paragraph, as on the page.
  const answer = exact && context.answerChances ? `${exact} ${context.answerChances.trim()}` : exact;
  const lines = [
    `## ${escapeMarkdownCell(exportName(context))}, ${context.date}`,
    '',
    // Made while a field's text was not used: the reader learns which value the figures use.
    ...noteLines(context),
    ...(answer ? [escapeMarkdownCell(answer), ''] : []),
    markdownTable(context),
    '',
    '**Key assumptions**',
    '',
    ...assumptionRows(context)
      .filter((a) => !NOT_KEY.has(a.name))
      .map((a) => `- ${escapeMarkdownCell(a.name)}: ${escapeMarkdownCell(a.display)}`),
    // The failure modes, levers and plan, each a table under its own heading.
    ...(context.failureSections ?? []).flatMap((section) => [
      '',
      `### ${escapeMarkdownCell(section.title)}`,
      '',
      row(section.header.map(escapeMarkdownCell)),
      row(section.header.map(() => '---')),
      ...section.rows.map((cells) => row(cells.map((cell) => escapeMarkdownCell(cell.display)))),
    ]),
    '',
    `[${OPEN_CASE_LABEL}](<${context.shareLink.replace(/[<>\s]/g, encodeURIComponent)}>)`,
  ];
  return `${lines.join('\n')}\n`;
}
