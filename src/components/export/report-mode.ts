import { EXPORTABLE_CHARTS } from './exportable-charts';

/**
 * The report: one layout of the comparison (`#comparison`) for Export PNG, Print and the embed view,
 * made by classes on the live comparison (styles.css, "The report") rather than a second copy of it,
 * so the report always shows the figures, charts and footnote the page shows. In it: the title with
 * the case's name and date and the Answer's slot (report-header.tsx), the decision columns of the
 * comparison table, wrapping, the charts one under the other at full width, the assumptions as a
 * compact footnote with the share link; at most `REPORT_WIDTH_PX` wide whatever the window's width.
 */

/** The report's width in CSS px: a page a doc column can scale down and still read (≤ 1,200). */
export const REPORT_WIDTH_PX = 1000;

/** Set on the comparison while it is the report. */
export const REPORT_CLASS = 'report';

/** Set on a cell of a column the report leaves out. */
export const REPORT_HIDDEN = 'data-report-hidden';

/**
 * The comparison table's columns a decision needs, by their header's words ("NPV (3 years)" is
 * "NPV"); the other columns are left out of the report. The same set as the exports' decision table
 * (src/export/export-data.ts, DECISION_HEADERS).
 */
export const REPORT_COLUMNS = [
  'Scenario',
  'Availability',
  'Downtime a month',
  'Annual downtime cost',
  'Annual savings',
  'Investment',
  'Payback',
  'NPV',
  'Marginal payback',
] as const;

export type ReportScheme = 'light' | 'dark';

/** Whether a column header is one of the report's, read by its words. */
export function isReportColumn(header: string): boolean {
  const text = header.replace(/\s+/g, ' ').trim();
  return REPORT_COLUMNS.some((name) => text === name || text.startsWith(`${name} (`));
}

/**
 * The charts the report shows ("Charts in the report" in the export toolbar): every chart unless the
 * user left some out. Module state, not the session: it is a choice about one export, not the case.
 */
let reportCharts: ReadonlySet<string> | null = null;

/** Sets the charts the report shows, by their `data-chart` id; null for all of them. */
export function setReportCharts(ids: Iterable<string> | null): void {
  reportCharts = ids === null ? null : new Set(ids);
}

/**
 * Marks the cells of the comparison table's columns that the report leaves out. Only that table's:
 * the others in the report (Uncertainty, Failure modes, Levers) share its look, not its columns, and
 * lost every column but one whose header happened to start like a decision column's.
 */
function markColumns(root: HTMLElement): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[aria-label="Scenario comparison"]')) {
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
    const hidden = new Set(headers.flatMap((cell, i) => (isReportColumn(cell.textContent ?? '') ? [] : [i])));
    for (const row of table.rows)
      [...row.cells].forEach((cell, i) => {
        if (hidden.has(i)) cell.setAttribute(REPORT_HIDDEN, '');
      });
  }
}

/** Marks the charts the report leaves out (the embed view shows its one chart by its own rule). */
function markCharts(root: HTMLElement): void {
  if (reportCharts === null) return;
  for (const figure of root.querySelectorAll<HTMLElement>('[data-chart]'))
    if (!reportCharts.has(figure.dataset.chart ?? '')) figure.setAttribute(REPORT_HIDDEN, '');
}

function unmarkColumns(root: HTMLElement): void {
  for (const cell of root.querySelectorAll(`[${REPORT_HIDDEN}]`)) cell.removeAttribute(REPORT_HIDDEN);
}

/**
 * Lays `node` out as the report, in light or dark colours (documents are white: light unless dark is
 * asked for), and has the charts draw in that scheme (use-prefers-dark.ts reads the root's
 * `data-export-scheme`); `screen` keeps the page's own (the embed view, inside its host's page). Returns the function that puts the page back as it was.
 */
export function enterReportMode(
  node: HTMLElement,
  scheme: ReportScheme | 'screen',
  extraClass?: string,
): () => void {
  const root = document.documentElement;
  const classes = [
    REPORT_CLASS,
    ...(scheme === 'screen' ? [] : [`report-${scheme}`]),
    ...(extraClass ? [extraClass] : []),
  ];
  markColumns(node);
  if (!extraClass) markCharts(node);
  node.classList.add(...classes);
  if (scheme !== 'screen') root.dataset.exportScheme = scheme;
  return () => {
    node.classList.remove(...classes);
    unmarkColumns(node);
    if (scheme !== 'screen') delete root.dataset.exportScheme;
  };
}

/** The report's background colour: what the PNG is drawn on (the variables of styles.css). */
export const reportBackground = (scheme: ReportScheme) => (scheme === 'dark' ? '#0d1117' : '#ffffff');

/**
 * Resolves once every chart under `node` is drawn at its box's width (charts follow their box a
 * frame or more after it changes), or after `timeoutMs`.
 */
export async function chartsFit(node: HTMLElement, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  const fits = () =>
    [...node.querySelectorAll<HTMLElement>('.chart-canvas')].every((canvas) => {
      const svg = canvas.querySelector('.recharts-wrapper > svg');
      return svg !== null && Math.abs(svg.getBoundingClientRect().width - canvas.clientWidth) <= 2;
    });
  do {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
  } while (!fits() && performance.now() - start < timeoutMs);
}

/** The chart the embed view shows: its `chart` query parameter when it names one, else the first. */
export function embedChartOf(href: string): string {
  const asked = new URL(href).searchParams.get('chart');
  return EXPORTABLE_CHARTS.find((c) => c.id === asked)?.id ?? EXPORTABLE_CHARTS[0].id;
}
