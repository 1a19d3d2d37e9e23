import { useDeferredValue, useMemo } from 'react';
import { resultGraphOf, useDependencyTree, useFailureModesReader } from '../../state/use-result-graph';
import { useCostRange, useCurrency, useFailureModes, useInputs } from '../../state/calculator-store';
import { ErrorBoundary } from '../error-boundary';
import { BREAK_EVEN_CHART_TITLE, BreakEvenChart } from './break-even-chart';
import { breakEvenChart, costBars, costTable, totalCostChart } from './chart-data';
import { paletteFor } from './chart-palette';
import { COST_CHART_TITLE, CostChart } from './cost-chart';
import { TOTAL_COST_CHART_TITLE, TotalCostChart } from './total-cost-chart';
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

  // The settled inputs' figures: one graph for the three charts. View models that hold the same
  // figures as before keep their identity (useStableValue), so an unchanged chart is not drawn again.
  const failureModes = useFailureModes();
  const reader = useFailureModesReader();
  const tree = useDependencyTree();
  const graph = useMemo(
    () => resultGraphOf(inputs, costRange, failureModes, reader, tree),
    [inputs, costRange, failureModes, reader, tree],
  );
  const costRows = useStableValue(useMemo(() => costBars(graph), [graph]));
  const costNumbers = useStableValue(useMemo(() => costTable(graph, currency), [graph, currency]));
  const cost = useMemo(() => ({ rows: costRows, table: costNumbers }), [costRows, costNumbers]);
  const breakEven = useStableValue(useMemo(() => breakEvenChart(graph, currency), [graph, currency]));
  const total = useStableValue(useMemo(() => totalCostChart(graph, currency), [graph, currency]));
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
          <ErrorBoundary message={CHART_FAILED} title={COST_CHART_TITLE} resetKey={cost}>
            <CostChart
              rows={cost.rows}
              table={cost.table}
              currency={currency}
              costPerHour={costPerHour}
              costRange={costRange}
              palette={palette}
            />
          </ErrorBoundary>
          <ErrorBoundary message={CHART_FAILED} title={BREAK_EVEN_CHART_TITLE} resetKey={breakEven}>
            <BreakEvenChart view={breakEven} currency={currency} costRange={costRange} palette={palette} />
          </ErrorBoundary>
          <ErrorBoundary message={CHART_FAILED} title={TOTAL_COST_CHART_TITLE} resetKey={total}>
            <TotalCostChart view={total} currency={currency} horizonYears={horizonYears} palette={palette} />
          </ErrorBoundary>
        </div>
      </DrawNowContext>
    </section>
  );
}
