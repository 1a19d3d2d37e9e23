import { useMemo } from 'react';
import { assumptionRows } from '../../export/export-data';
import { isoDate } from '../../export/file-name';
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
      <p className="share-line">
        Reopen this scenario:{' '}
        <span className="share-url">{rows.find((r) => r.name === 'Share link')?.display}</span>
      </p>
    </section>
  );
}
