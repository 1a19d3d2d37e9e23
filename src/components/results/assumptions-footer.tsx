import { memo, useDeferredValue, useMemo } from 'react';
import { assumptionRows } from '../../export/export-data';
import { isoDate } from '../../export/file-name';
import { OPEN_CASE_LABEL, printableShareLink } from '../../export/share-link-text';
import { presetName, useDeferredShareLink } from '../export/use-export-context';
import { useCurrency, usePresetId } from '../../state/calculator-store';
import { useResultGraph } from '../../state/use-result-graph';

/**
 * Every assumption behind the figures, listed under the comparison: on screen, in the PNG export, in
 * print and in the embed view, so a reader of any of them can check and reopen the scenario. Drawn
 * a moment after the comparison, from deferred copies of what it reads: a render React can pause, so
 * a slider's step answers in the table first (the link's encoding and the rows wait for a free main
 * thread).
 */
export function AssumptionsFooter() {
  const live = useResultGraph();
  const graph = useDeferredValue(live);
  const currency = useDeferredValue(useCurrency());
  const presetId = useDeferredValue(usePresetId());
  const shareLink = useDeferredShareLink();
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
    <section
      className="panel assumptions-footer"
      aria-labelledby="assumptions-heading"
      aria-busy={graph !== live}
    >
      <h2 id="assumptions-heading">Assumptions</h2>
      <AssumptionsList rows={rows} shareLink={shareLink} />
    </section>
  );
}

/** The rows and the link; memoised, so the comparison's render passes over it until they change. */
const AssumptionsList = memo(function AssumptionsList({
  rows,
  shareLink,
}: {
  rows: ReturnType<typeof assumptionRows>;
  shareLink: string;
}) {
  return (
    <>
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
    </>
  );
});
