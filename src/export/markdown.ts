import { answerText } from '../format/answer-text';
import { formatMoney } from '../format/format';
import { assumptionRows, EXPORT_COLUMNS, type ExportContext } from './export-data';

/** The columns worth a wiki table (the CSV has them all). */
const MARKDOWN_HEADERS = [
  'Scenario',
  'Availability (%)',
  'Downtime a month (hours)',
  'Annual downtime cost',
  'Annual savings',
  'Investment',
  'Payback (years)',
  'NPV',
  'IRR (%)',
  'Marginal annual savings',
  'Marginal investment',
  'Marginal payback (years)',
  'Marginal IRR (%)',
];

/**
 * Escapes text for a Markdown table cell so that it shows as typed: pipes, backslashes, emphasis,
 * code and link characters are backslash-escaped, HTML is entity-escaped; line breaks become spaces.
 * Characters that only matter at the start of a line (#, -, +) are left alone: a cell never starts one.
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * "Copy as Markdown": the Answer in words (as the page's "Answer" says it), the scenario table with
 * the figures as shown on screen (rounded), then the key assumptions, then the link that reopens the
 * scenario. A warning that a field's text is not used comes before all of it.
 */
export function buildMarkdown(context: ExportContext): string {
  const columns = MARKDOWN_HEADERS.map((header) => EXPORT_COLUMNS.find((c) => c.header === header)!);
  const headers = columns.map((c) =>
    c.header.replace(' (%)', '').replace(' (hours)', '').replace(' (years)', ''),
  );
  const lines = [
    // Made while a field's text was not used: the reader learns which value the figures use.
    ...(context.figuresNote ? [`> **${escapeMarkdownCell(context.figuresNote)}**`, ''] : []),
    escapeMarkdownCell(answerText(context.graph, (value) => formatMoney(value, context.currency))),
    '',
    row(headers.map(escapeMarkdownCell)),
    row(columns.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...context.graph.scenarioIds.map((s) =>
      row(columns.map((c) => escapeMarkdownCell(c.value(s, context).display))),
    ),
    '',
    row(['Assumption', 'Value']),
    row(['---', '---']),
    ...assumptionRows(context)
      .filter((a) => a.name !== 'Share link' && a.name !== 'Warning')
      .map((a) => row([escapeMarkdownCell(a.name), escapeMarkdownCell(a.display)])),
    '',
    `[Open this scenario in Nines](<${context.shareLink.replace(/[<>\s]/g, encodeURIComponent)}>)`,
  ];
  return `${lines.join('\n')}\n`;
}
