import { memo, useMemo } from 'react';
import { ComposedChart, Line } from 'recharts';
import { formatChartMoney, formatMoneyNumber, type CurrencyCode } from '../../format/format';
import type { BreakEvenChart as BreakEvenView } from './chart-data';
import { ChartFrame, type ChartPlot } from './chart-frame';
import { seriesColour, type ChartPalette } from './chart-palette';
import { tickInterval } from './chart-style';
import { ChartTable } from './chart-table';
import { moneyAxisWidth } from './money-axis';
import { EdgeLines, LineMark, PointMarks } from './plot-marks';
import { useStableValue } from './stable-value';

export const BREAK_EVEN_CHART_TITLE = 'Break-even over time';

export interface BreakEvenChartProps {
  view: BreakEvenView;
  currency: CurrencyCode;
  costRange: { low: number; high: number };
  palette: ChartPalette;
}

/** Every value the lines and range edges reach, for the y axis's width. */
function* plottedValues(view: BreakEvenView): Generator<number> {
  for (const row of view.rows) {
    for (const l of view.lines) {
      yield row[l.lineKey] as number;
      yield* row[l.bandKey] as [number, number];
    }
  }
}

/**
 * Cumulative net benefit per scenario by month over the horizon, with the zero line, a dot where
 * each line crosses it (the payback) and a band for the low–high cost per hour.
 */
export const BreakEvenChart = memo(function BreakEvenChart({
  view,
  currency,
  costRange,
  palette,
}: BreakEvenChartProps) {
  const years = view.horizonMonths / 12;
  const yearsText = `${years} ${years === 1 ? 'year' : 'years'}`;
  const perHour = (v: number) => formatMoneyNumber(v, currency);
  const paybacks = view.lines
    .map((l) => {
      if (l.paybackMonth === null) return `${l.label} never pays back`;
      if (l.paybackMonth === 0) return `${l.label} pays back at once`;
      return `${l.label} pays back in ${l.paybackText}${l.paybackShown ? '' : ', beyond the chart'}`;
    })
    .join('; ');
  const caption = (
    <>
      Cumulative net benefit against today over {yearsText}: the investment is paid at month 0 and the net
      benefit (savings − extra run cost) accrues evenly by month, undiscounted. Dots mark each payback, where
      a line crosses zero: {paybacks}. Dashed lines span {perHour(costRange.low)}–{perHour(costRange.high)} an
      hour.
    </>
  );
  const numbers = (
    <>
      <ChartTable
        caption={`${BREAK_EVEN_CHART_TITLE}: payback`}
        columns={[
          'Scenario',
          'Investment',
          'Net benefit a year',
          'Payback',
          'Payback low–high',
          `After ${yearsText}`,
        ]}
        rows={view.lines.map((l) => ({
          key: l.id,
          header: l.label,
          cells: [l.investment, l.netAnnualBenefit, l.paybackText, l.paybackRangeText, l.endValue],
        }))}
      />
      <ChartTable
        caption={`${BREAK_EVEN_CHART_TITLE}: cumulative net benefit at each year end`}
        columns={['Month', ...view.lines.map((l) => l.label)]}
        rows={view.yearEnds.map((y) => ({ key: String(y.month), header: y.month, cells: y.values }))}
      />
    </>
  );

  // Series keyed on what they draw from (not the figures), so that recharts keeps them while the
  // figures change; the payback dots move with the figures.
  const lineSpecs = useStableValue(
    view.lines.map(({ id, label, lineKey, bandKey }) => ({ id, label, lineKey, bandKey })),
  );
  const dotSpecs = useStableValue(
    view.lines.map(({ id, paybackMonth, paybackShown }) => ({ id, paybackMonth, paybackShown })),
  );
  const values = useMemo(() => [...plottedValues(view)], [view]);
  const edges = useMemo(
    () =>
      view.lines.flatMap((l, i) =>
        ([0, 1] as const).map((end) => ({
          key: `band-${l.id}-${end}`,
          points: view.rows.map((row) => [row.month, (row[l.bandKey] as [number, number])[end]] as const),
          stroke: seriesColour(palette, i),
          strokeWidth: 1,
          strokeDasharray: '4 3',
          strokeOpacity: 0.7,
        })),
      ),
    [view, palette],
  );
  const lines = useMemo(
    () => (
      <>
        <LineMark y={0} stroke={palette.axis} strokeWidth={1.5} />
        {lineSpecs.map((l, i) => (
          <Line
            key={`line-${l.id}`}
            dataKey={l.lineKey}
            name={l.label}
            stroke={seriesColour(palette, i)}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </>
    ),
    [lineSpecs, palette],
  );
  const dots = useMemo(
    () => (
      <PointMarks
        points={dotSpecs.flatMap((l, i) =>
          l.paybackShown && l.paybackMonth !== null
            ? [
                {
                  key: `payback-${l.id}`,
                  x: l.paybackMonth,
                  y: 0,
                  radius: 5,
                  fill: seriesColour(palette, i),
                  stroke: palette.background,
                  shape: 'circle' as const,
                },
              ]
            : [],
        )}
      />
    ),
    [dotSpecs, palette],
  );
  const plot = useMemo<ChartPlot>(
    () => ({
      chart: ComposedChart,
      data: view.rows,
      margin: { top: 8, right: 12 },
      palette,
      currency,
      xAxis: {
        dataKey: 'month',
        type: 'number',
        domain: [0, view.horizonMonths],
        ticks: view.monthTicks,
        interval: tickInterval(view.monthTicks.map(String)),
        title: 'Months after investing',
      },
      yAxis: {
        title: `Net benefit (${currency})`,
        width: moneyAxisWidth(values, currency),
        // The edge lines are no series: the axis reaches their ends too.
        ...(values.length === 0 ? {} : { reach: Math.max(...values), floor: Math.min(...values) }),
      },
      tooltip: {
        labelFormatter: (month) => `Month ${String(month)}`,
        formatter: (value) => formatChartMoney(Number(value), currency),
      },
      series: (
        <>
          {/* The low–high range as two thin dashed edge lines per scenario: readable where ranges
              overlap (shaded areas mixed into grey), and no Area module in the charts chunk. */}
          <EdgeLines lines={edges} />
          {lines}
          {dots}
        </>
      ),
    }),
    [view, palette, currency, lines, dots, edges, values],
  );

  return (
    <ChartFrame
      kind="break-even"
      title={BREAK_EVEN_CHART_TITLE}
      caption={caption}
      numbers={numbers}
      plot={plot}
    />
  );
});
