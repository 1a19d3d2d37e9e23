import { memo, useDeferredValue, useMemo } from 'react';
import { resultGraphOf, useDependencyTree, useFailureModesReader } from '../../state/use-result-graph';
import { useCostRange, useCurrency, useFailureModes, useInputs } from '../../state/calculator-store';
import type { ResultGraph } from '../../model/result-graph';
import { ErrorBoundary } from '../error-boundary';
import { BREAK_EVEN_CHART_TITLE, BreakEvenChart, type BreakEvenChartProps } from './break-even-chart';
import { breakEvenChart, costBars, costTable, totalCostChart } from './chart-data';
import { paletteFor } from './chart-palette';
import { COST_CHART_TITLE, CostChart, type CostChartProps } from './cost-chart';
import { TOTAL_COST_CHART_TITLE, TotalCostChart, type TotalCostChartProps } from './total-cost-chart';
import { useStableValue } from './stable-value';
import { DrawNowContext, usePrinting } from './use-chart-draw';
import { usePrefersDark } from './use-prefers-dark';
import { useSettledValue } from './use-settled-value';

/** How long inputs must rest before the charts redraw (a slider drag sends a change every frame). */
export const CHART_SETTLE_MS = 120;

/** What a chart that failed says in its place, before the reason. */
const CHART_FAILED = 'This chart could not be drawn';

/**
 * The three charts. Loaded lazily (recharts stays out of the first chunk), and drawn from settled,
 * deferred copies of the inputs, so the inputs and the table answer at once while a slider moves and
 * the charts catch up once it rests and the main thread is free. View models that hold the same
 * figures as before keep their identity, so a chart whose figures did not change is not drawn again;
 * the others draw one at a time and only while in view (see useChartDraw). Printing draws every
 * chart with the current inputs at once. Each chart has its own error boundary: one that cannot be
 * drawn says so in its place, the others and the table stay, and it is tried again when its figures
 * change.
 */
export function ChartsPanel() {
  const printing = usePrinting();
  const liveInputs = useInputs();
  const liveCostRange = useCostRange();
  const liveCurrency = useCurrency();
  const settledInputs = useDeferredValue(useSettledValue(liveInputs, CHART_SETTLE_MS));
  const settledCostRange = useDeferredValue(useSettledValue(liveCostRange, CHART_SETTLE_MS));
  const deferredCurrency = useDeferredValue(liveCurrency);
  const inputs = printing ? liveInputs : settledInputs;
  const costRange = printing ? liveCostRange : settledCostRange;
  const currency = printing ? liveCurrency : deferredCurrency;
  const palette = paletteFor(usePrefersDark());

  // The settled inputs' figures: one graph for the three charts (each builds its view model from it).
  const failureModes = useFailureModes();
  const reader = useFailureModesReader();
  const tree = useDependencyTree();
  const graph = useMemo(
    () => resultGraphOf(inputs, costRange, failureModes, reader, tree),
    [inputs, costRange, failureModes, reader, tree],
  );
  const costPerHour = inputs.downtimeCostPerHour;
  const horizonYears = inputs.horizonYears;
  const stale = liveInputs !== inputs;

  return (
    <section className="panel charts" aria-labelledby="charts-heading" aria-busy={stale}>
      <h2 id="charts-heading">Charts</h2>
      {inputs.scenarios.length === 0 ? (
        <p className="hint">Add a target scenario to compare it with today.</p>
      ) : null}
      <DrawNowContext value={printing}>
        <div className={stale ? 'chart-list stale' : 'chart-list'}>
          <ErrorBoundary message={CHART_FAILED} title={COST_CHART_TITLE} resetKey={graph}>
            <CostChartOf
              graph={graph}
              currency={currency}
              costPerHour={costPerHour}
              costRange={costRange}
              palette={palette}
            />
          </ErrorBoundary>
          <ErrorBoundary message={CHART_FAILED} title={BREAK_EVEN_CHART_TITLE} resetKey={graph}>
            <BreakEvenChartOf graph={graph} currency={currency} costRange={costRange} palette={palette} />
          </ErrorBoundary>
          <ErrorBoundary message={CHART_FAILED} title={TOTAL_COST_CHART_TITLE} resetKey={graph}>
            <TotalCostChartOf
              graph={graph}
              currency={currency}
              horizonYears={horizonYears}
              palette={palette}
            />
          </ErrorBoundary>
        </div>
      </DrawNowContext>
    </section>
  );
}

/*
 * Each chart builds its view model from the graph in a component of its own, so that the deferred
 * render after the inputs rest is three pieces React can pause between (a key press waits behind one
 * at most, the total-cost curve's 64 points the longest), not one; and a view model that throws is
 * caught by its chart's boundary. A view model that holds the same figures as before keeps its
 * identity (useStableValue), so a chart whose figures did not change is not drawn again. Memoised:
 * the panel renders on every input (it dims the charts while they catch up), these only on the graph.
 */

const CostChartOf = memo(function CostChartOf({
  graph,
  currency,
  ...rest
}: { graph: ResultGraph } & Omit<CostChartProps, 'rows' | 'table'>) {
  const rows = useStableValue(useMemo(() => costBars(graph), [graph]));
  const table = useStableValue(useMemo(() => costTable(graph, currency), [graph, currency]));
  return <CostChart rows={rows} table={table} currency={currency} {...rest} />;
});

const BreakEvenChartOf = memo(function BreakEvenChartOf({
  graph,
  currency,
  ...rest
}: { graph: ResultGraph } & Omit<BreakEvenChartProps, 'view'>) {
  const view = useStableValue(useMemo(() => breakEvenChart(graph, currency), [graph, currency]));
  return <BreakEvenChart view={view} currency={currency} {...rest} />;
});

const TotalCostChartOf = memo(function TotalCostChartOf({
  graph,
  currency,
  ...rest
}: { graph: ResultGraph } & Omit<TotalCostChartProps, 'view'>) {
  const view = useStableValue(useMemo(() => totalCostChart(graph, currency), [graph, currency]));
  return <TotalCostChart view={view} currency={currency} {...rest} />;
});
