import { useMemo } from 'react';
import { assumptionRows } from '../../export/export-data';
import { isoDate } from '../../export/file-name';
import { OPEN_CASE_LABEL, printableShareLink } from '../../export/share-link-text';
import { presetName, useShareLink } from '../export/use-export-context';
import { useCurrency, usePresetId } from '../../state/calculator-store';
import { useResultGraph } from '../../state/use-result-graph';

/**
 * Every assumption behind the figures, listed under the comparison: on screen, in the PNG export, in
 * print and in the embed view, so a reader of any of them can check and reopen the scenario.
 */
export function AssumptionsFooter() {
  const graph = useResultGraph();
  const currency = useCurrency();
  const presetId = usePresetId();
  const shareLink = useShareLink();
  const rows = useMemo(
    () =>
      assumptionRows({
        graph,
        currency,
        presetName: presetName(presetId),
        date: isoDate(new Date()),
        shareLink,
      }),
    [graph, currency, presetId, shareLink],
  );
  return (
    <section className="panel assumptions-footer" aria-labelledby="assumptions-heading">
      <h2 id="assumptions-heading">Assumptions</h2>
      <dl>
        {rows
          .filter((row) => row.name !== 'Share link')
          .map((row) => (
            <div key={row.name}>
              <dt>{row.name}</dt>
              <dd>{row.display}</dd>
            </div>
          ))}
      </dl>
      {/* The link, thousands of characters with a failure catalogue, is not printed whole: a label to
          click (on screen and in a printed PDF), then where it leads and how long it is,
          which is all of it a PNG shows (styles.css hides the label there, where nothing is clickable). */}
      <p className="share-line">
        Reopen this scenario:{' '}
        <span className="share-open">
          <a href={printableShareLink(shareLink)} target="_blank" rel="noopener">
            {OPEN_CASE_LABEL}
          </a>{' '}
          ·{' '}
        </span>
        <span className="share-url">{rows.find((r) => r.name === 'Share link')?.display}</span>
      </p>
    </section>
  );
}
