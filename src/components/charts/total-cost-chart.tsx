import { memo, useMemo } from 'react';
import { ComposedChart, Line, useChartWidth, usePlotArea } from 'recharts';
import { formatChartMoney, type CurrencyCode } from '../../format/format';
import {
  formatNinesTick,
  OPTIMUM_KEY,
  OPTIMUM_NAME,
  type TotalCostChart as TotalCostView,
} from './chart-data';
import { ChartFrame, type ChartPlot } from './chart-frame';
import type { ChartMark } from './chart-marks';
import { seriesColour, type ChartPalette } from './chart-palette';
import { CHART_FONT_SIZE } from './chart-style';
import { ChartTable } from './chart-table';
import { moneyAxisWidth } from './money-axis';
import { LineMark, PointMarks, type PointMark } from './plot-marks';
import { useStableValue } from './stable-value';

export const TOTAL_COST_CHART_TITLE = 'Total cost of reliability';

/** Rough width of a character of the note's font (13 px, bold), px, to decide how to break it. */
const NOTE_CHARACTER_WIDTH = 7.6;

/**
 * The marks' layer: above the curve's active dot (recharts' 1200), which would otherwise cover the
 * scenario under the pointer, and below the labels (2000).
 */
const MARK_Z_INDEX = 1300;

export interface TotalCostChartProps {
  view: TotalCostView;
  currency: CurrencyCode;
  horizonYears: number;
  palette: ChartPalette;
}

/**
 * States the cost-optimal availability above the plot, inside the SVG (so an exported chart keeps
 * it), centred on the chart: on one line when it fits, else on two or three.
 */
function OptimumNote({
  name,
  figure,
  total,
  colour,
}: {
  name: string;
  figure: string;
  total: string;
  colour: string;
}) {
  const chartWidth = useChartWidth();
  const plot = usePlotArea();
  if (!plot || !chartWidth) return null;
  const fits = (line: string) => line.length * NOTE_CHARACTER_WIDTH <= chartWidth - 8;
  const candidates = [[`${name} ${figure} (${total})`], [`${name} ${figure}`, total], [name, figure, total]];
  const lines = candidates.find((c) => c.every(fits)) ?? candidates[candidates.length - 1]!;
  const x = chartWidth / 2;
  const lineHeight = CHART_FONT_SIZE + 4;
  const firstY = plot.y - 10 - (lines.length - 1) * lineHeight;
  return (
    <text x={x} y={firstY} textAnchor="middle" fill={colour} fontSize={CHART_FONT_SIZE + 1} fontWeight={600}>
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * One pass over the curve: every value it and its marks reach (for the y axis's width and reach), and
 * the keys of the marks that sit on a row of it (a mark elsewhere is not drawn).
 */
function plotted(view: TotalCostView): { values: number[]; marked: Set<string> } {
  const keys = [...view.scenarios.map((s) => s.key), OPTIMUM_KEY];
  const values: number[] = [];
  const marked = new Set<string>();
  for (const row of view.curve) {
    values.push(row.totalAnnualCost);
    for (const key of keys) {
      const value = row[key];
      if (value === undefined) continue;
      values.push(value);
      marked.add(key);
    }
  }
  return { values, marked };
}

/**
 * Total annual cost of reliability (downtime cost + rule investment ÷ horizon) across availability,
 * x axis in nines; scenarios as markers; the cheapest point marked and named.
 */
export const TotalCostChart = memo(function TotalCostChart({
  view,
  currency,
  horizonYears,
  palette,
}: TotalCostChartProps) {
  const years = `${horizonYears} ${horizonYears === 1 ? 'year' : 'years'}`;
  const caption = (
    <>
      Total cost a year = downtime cost + the rule&apos;s investment spread over {years} (no discounting),
      from today to five nines; markers show each scenario with its own investment and run cost.{' '}
      <strong>
        {view.optimumText}, {view.optimumTotalText}.
      </strong>
    </>
  );
  const numbers = (
    <ChartTable
      caption={`${TOTAL_COST_CHART_TITLE}: numbers`}
      columns={[
        'Point',
        'Availability',
        'Downtime cost a year',
        'Investment a year',
        'Run cost a year',
        'Total a year',
      ]}
      rows={view.table.map((r) => ({
        key: r.label,
        header: r.label,
        cells: [
          r.availability,
          r.annualDowntimeCost,
          r.annualisedInvestment,
          r.annualRunCost,
          r.totalAnnualCost,
        ],
      }))}
    />
  );

  // The scenarios and the optimum are single marks, not series over every row of the curve (a series
  // walks the whole curve and makes a dot element per row at each redraw, for one point); the legend
  // and the tooltip list them as before (chart-marks.tsx). Only a mark on a row of the curve is drawn.
  const { values, marked } = useMemo(() => plotted(view), [view]);
  const marks = useStableValue<ChartMark[]>([
    ...view.scenarios
      .map((s, i) => ({
        dataKey: s.key,
        name: s.label,
        colour: seriesColour(palette, i),
        icon: 'circle' as const,
      }))
      .filter((mark) => marked.has(mark.dataKey)),
    ...(marked.has(OPTIMUM_KEY)
      ? [{ dataKey: OPTIMUM_KEY, name: OPTIMUM_NAME, colour: palette.optimum, icon: 'diamond' as const }]
      : []),
  ]);
  // Only the marks the legend lists (those on a row of the curve) are drawn.
  const points = useMemo<PointMark[]>(
    () => [
      ...view.scenarios.flatMap((s, i) =>
        marked.has(s.key)
          ? [
              {
                key: s.id,
                x: s.nines,
                y: s.totalAnnualCost,
                radius: 6,
                fill: seriesColour(palette, i),
                stroke: palette.background,
                shape: 'circle' as const,
              },
            ]
          : [],
      ),
      ...(marked.has(OPTIMUM_KEY)
        ? [
            {
              key: OPTIMUM_KEY,
              x: view.optimum.nines,
              y: view.optimum.totalAnnualCost,
              fill: palette.optimum,
              stroke: palette.background,
              shape: 'diamond' as const,
            },
          ]
        : []),
    ],
    [view, palette, marked],
  );
  const curve = useMemo(
    () => (
      <Line
        dataKey="totalAnnualCost"
        name="Total cost a year (rule)"
        stroke={palette.curve}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
    ),
    [palette],
  );
  const plot = useMemo<ChartPlot>(
    () => ({
      chart: ComposedChart,
      data: view.curve,
      margin: { top: 56, right: 16 },
      palette,
      currency,
      xAxis: {
        dataKey: 'nines',
        type: 'number',
        domain: view.domain,
        ticks: view.ticks,
        tickFormatter: formatNinesTick,
        title: 'Availability (scale in nines)',
      },
      yAxis: {
        title: `Total cost a year (${currency})`,
        width: moneyAxisWidth(values, currency),
        // The marks are no series: the axis reaches the highest of them too.
        reach: Math.max(...values),
      },
      tooltip: {
        labelFormatter: (nines) => formatNinesTick(Number(nines)),
        formatter: (value) => formatChartMoney(Number(value), currency),
      },
      marks,
      series: (
        <>
          <LineMark x={view.optimum.nines} stroke={palette.optimum} strokeDasharray="4 3" />
          {curve}
          <PointMarks points={points} zIndex={MARK_Z_INDEX} />
          <OptimumNote
            name={OPTIMUM_NAME}
            figure={view.optimumFigure}
            total={view.optimumTotalText}
            colour={palette.optimum}
          />
        </>
      ),
    }),
    [view, palette, currency, curve, marks, values, points],
  );

  return (
    <ChartFrame
      kind="total-cost"
      title={TOTAL_COST_CHART_TITLE}
      caption={caption}
      numbers={numbers}
      plot={plot}
    />
  );
});
