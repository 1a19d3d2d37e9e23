import { useEffect, useRef } from 'react';
import { isoDate } from '../../export/file-name';
import { useCalculator } from '../../state/calculator-store';
import { embedChartOf, enterReportMode } from './report-mode';
import { OPEN_CASE_LABEL } from '../../export/share-link-text';
import { presetName } from './use-export-context';

/**
 * The printed pages' footer: the page number and where to find the link that reopens the case, in
 * the bottom margin box (styles.css has the page numbers alone, for a browser without constructable
 * style sheets). Not the link itself: it runs to thousands of characters with a failure catalogue,
 * and a margin box can hold no link to click; the footnote under Assumptions has one, which a
 * printed PDF keeps. Returns the function that removes it.
 */
function addPrintFooter(): () => void {
  if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in document)) return () => {};
  const sheet = new CSSStyleSheet();
  // JSON string escapes are CSS string escapes too (the label has no line break).
  const text = JSON.stringify(`Reopen this case: “${OPEN_CASE_LABEL}” under Assumptions`);
  sheet.replaceSync(
    `@page { @bottom-center { content: "Page " counter(page) " of " counter(pages) " · " ${text}; } }`,
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
      const removeFooter = addPrintFooter();
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
