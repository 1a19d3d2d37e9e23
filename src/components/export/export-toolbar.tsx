import { useState } from 'react';
import { copyRich, copyText, downloadBlob } from './download';
import { exportFileName } from '../../export/file-name';
import { exportName } from '../../export/export-data';
import { embedSnippet } from '../../export/embed-snippet';
import { shortShareLink } from '../../export/share-link-text';
import { EXPORTABLE_CHARTS } from './exportable-charts';
import { setReportCharts } from './report-mode';
import { chartSvgSelector } from '../charts/chart-svg';
import { drawAllCharts } from '../charts/draw-all-charts';
import { useExportSnapshot, type AnswerOf } from './use-export-context';
import { dependencySections } from './dependency-sections';
import { failureSections } from './failure-sections';
import { answerChancesNow } from './answer-chances-now';

type Notice = { kind: 'ok' | 'error'; text: string; manualCopy?: { label: string; text: string } };

/**
 * Export and embed actions. The heavy code (CSV library, image capture) loads on the first click,
 * keeping it out of the JavaScript needed for the first results. The Answer is the page's own
 * (answer-text.ts) unless `answerOf` words it: the Markdown carries it and "Copy answer" copies its
 * first sentence.
 */
export function ExportToolbar({ answerOf }: { answerOf?: AnswerOf } = {}) {
  const snapshot = useExportSnapshot(answerOf);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Documents are white: exports are light unless dark is chosen, whatever the screen's scheme.
  const [scheme, setScheme] = useState<'light' | 'dark'>('light');
  const [reportCharts, setReportChartsShown] = useState<ReadonlySet<string>>(
    () => new Set(EXPORTABLE_CHARTS.map((c) => c.id)),
  );
  const toggleReportChart = (id: string, shown: boolean) => {
    const next = new Set(reportCharts);
    if (shown) next.add(id);
    else next.delete(id);
    setReportChartsShown(next);
    // Read by the report when it is made (Export PNG, Print).
    setReportCharts(next);
  };
  const [chartId, setChartId] = useState<(typeof EXPORTABLE_CHARTS)[number]['id']>('cost');

  async function run(action: () => Promise<Notice>) {
    try {
      setNotice(await action());
    } catch (error) {
      setNotice({
        kind: 'error',
        text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  const copyOrShow = async (label: string, text: string, done: string): Promise<Notice> =>
    (await copyText(text))
      ? { kind: 'ok', text: done }
      : {
          kind: 'error',
          text: `The clipboard is not available here; copy the ${label.toLowerCase()} below.`,
          manualCopy: { label, text },
        };

  return (
    <section className="panel export-toolbar" aria-label="Export" data-export-exclude="">
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const context = snapshot();
              const { capturePng } = await import('./png-export');
              const node = document.getElementById('comparison');
              if (!node) throw new Error('nothing to capture');
              const blob = await capturePng(node, scheme);
              const name = exportFileName(exportName(context), context.date, 'png');
              downloadBlob(blob, name);
              return { kind: 'ok', text: `Saved ${name}` };
            })
          }
        >
          Export PNG
        </button>
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const context = { ...snapshot(), failureSections: await failureSections() };
              const { buildCsv, csvSection } = await import('../../export/csv');
              const name = exportFileName(exportName(context), context.date, 'csv');
              const sections = await dependencySections();
              const csv = buildCsv(context) + (sections ? `\r\n${csvSection(sections.csvRows)}\r\n` : '');
              downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
              return { kind: 'ok', text: `Saved ${name}` };
            })
          }
        >
          Export CSV
        </button>
        <fieldset className="report-charts">
          <legend>Charts in the report</legend>
          {EXPORTABLE_CHARTS.map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                checked={reportCharts.has(c.id)}
                onChange={(e) => toggleReportChart(c.id, e.target.checked)}
              />{' '}
              {c.title}
            </label>
          ))}
        </fieldset>
        <span className="export-scheme">
          <label htmlFor="export-scheme">Export colours</label>
          <select
            id="export-scheme"
            value={scheme}
            onChange={(e) => setScheme(e.target.value as typeof scheme)}
          >
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </span>
        <span className="svg-export">
          <label htmlFor="svg-chart" className="visually-hidden">
            Chart to export
          </label>
          <select
            id="svg-chart"
            value={chartId}
            onChange={(e) => setChartId(e.target.value as typeof chartId)}
          >
            {EXPORTABLE_CHARTS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() =>
              run(async () => {
                const context = snapshot();
                const chart = EXPORTABLE_CHARTS.find((c) => c.id === chartId)!;
                const container = document.querySelector<HTMLElement>(`[data-chart="${chart.id}"]`);
                const notShown = () =>
                  new Error(
                    `the chart “${chart.title}” is not on screen (still loading, or it could not be drawn)`,
                  );
                // No chart yet (its chunk is loading) or none at all (it failed and shows a message instead).
                if (!container) throw notShown();
                // Out of view, the chart may show older figures: it draws the current ones first.
                const releaseCharts = drawAllCharts();
                // Drawn in the export's colours (light unless Dark is chosen) on an opaque background.
                const root = document.documentElement;
                root.dataset.exportScheme = scheme;
                let text: string;
                try {
                  const { standaloneSvg, readLegend } = await import('./svg-export');
                  const { settled } = await import('./png-export');
                  await settled(document.getElementById('comparison') ?? container);
                  const svg = document.querySelector<SVGSVGElement>(chartSvgSelector(chart.id));
                  if (!svg) throw notShown();
                  const { reportBackground, chartsFit } = await import('./report-mode');
                  await chartsFit(container);
                  const style = getComputedStyle(document.documentElement);
                  text = standaloneSvg(svg, readLegend(container), {
                    title: chart.title,
                    subtitle: `${exportName(context)} · ${context.currency} · ${context.date}`,
                    // Shortened: the whole link ran to dozens of lines of base64 under the title.
                    link: {
                      text: `Reopen this case: ${shortShareLink(context.shareLink)}`,
                      href: context.shareLink,
                    },
                    warning: context.figuresNote,
                    background: reportBackground(scheme),
                    textColor: scheme === 'dark' ? '#e6edf3' : '#1b1f24',
                    fontFamily: style.fontFamily,
                  });
                } finally {
                  delete root.dataset.exportScheme;
                  releaseCharts();
                }
                const name = exportFileName(exportName(context), context.date, 'svg', chart.id);
                downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), name);
                return { kind: 'ok', text: `Saved ${name}` };
              })
            }
          >
            Export SVG
          </button>
        </span>
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const { buildMarkdown } = await import('../../export/markdown');
              const context = snapshot();
              const markdown = buildMarkdown({
                ...context,
                failureSections: await failureSections(),
                answerChances: await answerChancesNow(context.graph),
              });
              const sections = await dependencySections();
              return copyOrShow(
                'Markdown',
                sections ? `${markdown}\n${sections.markdown}` : markdown,
                'Markdown table copied',
              );
            })
          }
        >
          Copy as Markdown
        </button>
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const context = snapshot();
              const [{ htmlTable }, { tableText }] = await Promise.all([
                import('../../export/html-table'),
                import('../../export/markdown'),
              ]);
              const markdown = tableText(context);
              return (await copyRich(htmlTable(context), markdown))
                ? { kind: 'ok', text: 'Table copied' }
                : {
                    kind: 'error',
                    text: 'The clipboard is not available here; copy the table below.',
                    manualCopy: { label: 'Table', text: markdown },
                  };
            })
          }
        >
          Copy table
        </button>
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const { answer, figuresNote } = snapshot();
              if (!answer) return { kind: 'error', text: 'There is no answer to copy for these inputs.' };
              const { answerSentence } = await import('../../export/answer-sentence');
              return copyOrShow('Answer', answerSentence(answer, figuresNote), 'Answer copied');
            })
          }
        >
          Copy answer
        </button>
        <button
          type="button"
          onClick={() =>
            run(() => {
              const context = snapshot();
              const snippet = embedSnippet(context.shareLink, undefined, context.graph.scenarioIds.length);
              return copyOrShow('Embed code', snippet, 'Embed code copied');
            })
          }
        >
          Copy embed code
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p role="status" className={notice?.kind === 'error' ? 'field-error' : 'hint'}>
        {notice?.text ?? ''}
      </p>
      {notice?.manualCopy ? (
        <div className="number-field">
          <label htmlFor="manual-copy">{notice.manualCopy.label}</label>
          <textarea
            id="manual-copy"
            readOnly
            rows={4}
            value={notice.manualCopy.text}
            onFocus={(e) => e.target.select()}
          />
        </div>
      ) : null}
    </section>
  );
}
