import { useEffect, useRef } from 'react';
import { isoDate } from '../../export/file-name';
import { calculatorStore, useCalculator } from '../../state/calculator-store';
import { embedChartOf, enterReportMode } from './report-mode';
import { presetName, shareLinkFor } from './use-export-context';

/** Characters of the share link on one footer line (9 pt across an A4 or Letter page's width). */
const FOOTER_LINE_CHARS = 96;
/** Lines of link the footer's margin holds (styles.css: the bottom margin). */
const FOOTER_LINES = 6;

/**
 * The printed pages' footer: the page number and the share link, in the bottom margin box across the
 * page's width (styles.css has the page numbers alone, for a browser without constructable style
 * sheets). A margin box does not wrap a word as long as a link, so it is broken into lines here; a
 * link too long for the margin is left to the footnote, and the footer says so. Returns the function
 * that removes it.
 */
function addPrintFooter(link: string): () => void {
  if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in document)) return () => {};
  const lines = link.match(new RegExp(`.{1,${FOOTER_LINE_CHARS}}`, 'g')) ?? [];
  const reopen =
    lines.length <= FOOTER_LINES
      ? `Reopen this case:\n${lines.join('\n')}`
      : 'The link that reopens this case is under Assumptions.';
  const sheet = new CSSStyleSheet();
  // JSON string escapes are CSS string escapes too, but for the line break, which CSS writes \A.
  const text = JSON.stringify(reopen).replace(/\\n/g, '\\A ');
  sheet.replaceSync(
    `@page { @bottom-center { content: "Page " counter(page) " of " counter(pages) " · " ${text}; white-space: pre; } }`,
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/**
 * The report's title (the case's name and today's date) and the Answer's slot, at the top of the
 * comparison; in the page only when the comparison is the report (styles.css, "The report"). It also
 * makes the comparison the report while the page prints, and for good in the embed view. The Answer
 * section follows it in the comparison, so the report has it under its title.
 */
export function ReportHeader({ embed = false }: { embed?: boolean }) {
  const caseName = useCalculator((s) => s.caseName);
  const preset = useCalculator((s) => s.presetId);
  const header = useRef<HTMLElement>(null);

  useEffect(() => {
    const comparison = header.current?.closest<HTMLElement>('.comparison');
    if (!comparison) return;
    if (embed) {
      // The chart to show is marked by its figure; the others are left out (styles.css).
      const chart = embedChartOf(window.location.href);
      const mark = () =>
        comparison.querySelector(`[data-chart="${chart}"]`)?.classList.add('embed-chart') !== undefined;
      // The charts arrive after the first paint: marked when they do.
      const observer = new MutationObserver(() => {
        if (mark()) observer.disconnect();
      });
      if (!mark()) observer.observe(comparison, { childList: true, subtree: true });
      // Re-marked as the table's columns change (a scenario added in another tab is not possible
      // here, but the table draws again after the first paint).
      let leave = enterReportMode(comparison, 'screen', 'report-embed');
      const columns = new MutationObserver(() => {
        leave();
        leave = enterReportMode(comparison, 'screen', 'report-embed');
      });
      const table = comparison.querySelector('table.scenario-table tbody');
      if (table) columns.observe(table, { childList: true });
      return () => {
        observer.disconnect();
        columns.disconnect();
        leave();
      };
    }
    let leave: (() => void) | null = null;
    const before = () => {
      if (leave) return;
      const leaveReport = enterReportMode(comparison, 'light');
      const removeFooter = addPrintFooter(shareLinkFor(calculatorStore.getState()));
      leave = () => {
        removeFooter();
        leaveReport();
      };
    };
    const after = () => {
      leave?.();
      leave = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      after();
    };
  }, [embed]);

  return (
    <header className="report-header" ref={header} data-report-part="title">
      <h2 className="report-title">
        {caseName ?? presetName(preset)}, {isoDate(new Date())}
      </h2>
    </header>
  );
}
