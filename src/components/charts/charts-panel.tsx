import { useDeferredValue, useMemo } from 'react';
import { breakEvenSeries, totalCostCurve } from '../../model/curves';
import { evaluateRange } from '../../model/cost-range';
import { useCostRange, useCurrency, useInputs } from '../../state/calculator-store';
import { ErrorBoundary } from '../error-boundary';
import { BREAK_EVEN_CHART_TITLE, BreakEvenChart } from './break-even-chart';
import { breakEvenChart, costBars, costTable, totalCostChart } from './chart-data';
import { paletteFor } from './chart-palette';
import { COST_CHART_TITLE, CostChart } from './cost-chart';
import { TOTAL_COST_CHART_TITLE, TotalCostChart } from './total-cost-chart';
import { useStableValue } from './stable-value';
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
 * figures as before keep their identity, so a chart whose figures did not change is not drawn again.
 * Each chart has its own error boundary: one that cannot be drawn says so in its place, the others
 * and the table stay, and it is tried again when its figures change.
 */
export function ChartsPanel() {
  const liveInputs = useInputs();
  const inputs = useDeferredValue(useSettledValue(liveInputs, CHART_SETTLE_MS));
  const costRange = useDeferredValue(useSettledValue(useCostRange(), CHART_SETTLE_MS));
  const currency = useDeferredValue(useCurrency());
  const palette = paletteFor(usePrefersDark());

  const range = useMemo(() => evaluateRange(inputs, costRange), [inputs, costRange]);
  const curve = useMemo(() => totalCostCurve(inputs), [inputs]);
  const costRows = useStableValue(useMemo(() => costBars(range), [range]));
  const costNumbers = useStableValue(useMemo(() => costTable(range, currency), [range, currency]));
  const cost = useMemo(() => ({ rows: costRows, table: costNumbers }), [costRows, costNumbers]);
  const breakEven = useStableValue(
    useMemo(
      () =>
        breakEvenChart(
          {
            low: breakEvenSeries(inputs, range.low),
            mid: breakEvenSeries(inputs, range.mid),
            high: breakEvenSeries(inputs, range.high),
          },
          inputs.horizonYears,
          currency,
        ),
      [inputs, range, currency],
    ),
  );
  const total = useStableValue(useMemo(() => totalCostChart(curve, currency), [curve, currency]));
  const costPerHour = inputs.downtimeCostPerHour;
  const horizonYears = inputs.horizonYears;
  const stale = liveInputs !== inputs;

  return (
    <section className="panel charts" aria-labelledby="charts-heading" aria-busy={stale}>
      <h2 id="charts-heading">Charts</h2>
      {inputs.scenarios.length === 0 ? (
        <p className="hint">Add a target scenario to compare it with today.</p>
      ) : null}
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
    </section>
  );
}
