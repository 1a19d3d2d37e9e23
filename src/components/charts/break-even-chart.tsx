import { memo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatChartMoney, formatMoneyNumber, type CurrencyCode } from '../../format/format';
import type { BreakEvenChart as BreakEvenView } from './chart-data';
import { ChartFigure } from './chart-figure';
import { seriesColour, type ChartPalette } from './chart-palette';
import {
  axisStyle,
  moneyAxisProps,
  CHART_HEIGHT,
  CHART_MARGIN_LEFT,
  INITIAL_DIMENSION,
  legendStyle,
  tooltipStyle,
} from './chart-style';
import { XAxisTitle } from './x-axis-title';

export const BREAK_EVEN_CHART_TITLE = 'Break-even over time';

export interface BreakEvenChartProps {
  view: BreakEvenView;
  currency: CurrencyCode;
  costRange: { low: number; high: number };
  palette: ChartPalette;
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
  const tooltip = tooltipStyle(palette);
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
      Cumulative net benefit against today over {years} {years === 1 ? 'year' : 'years'}: the investment is
      paid at month 0 and the net benefit (savings − extra run cost) accrues evenly by month, undiscounted.
      Dots mark each payback, where a line crosses zero: {paybacks}. Dashed lines span{' '}
      {perHour(costRange.low)}–{perHour(costRange.high)} an hour.
    </>
  );
  const numbers = (
    <>
      <table className="chart-table">
        <caption>{BREAK_EVEN_CHART_TITLE}: payback</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Investment</th>
            <th scope="col">Net benefit a year</th>
            <th scope="col">Payback</th>
            <th scope="col">Payback low–high</th>
            <th scope="col">
              After {years} {years === 1 ? 'year' : 'years'}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.lines.map((l) => (
            <tr key={l.id}>
              <th scope="row">{l.label}</th>
              <td>{l.investment}</td>
              <td>{l.netAnnualBenefit}</td>
              <td>{l.paybackText}</td>
              <td>{l.paybackRangeText}</td>
              <td>{l.endValue}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="chart-table">
        <caption>{BREAK_EVEN_CHART_TITLE}: cumulative net benefit at each year end</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {view.lines.map((l) => (
              <th scope="col" key={l.id}>
                {l.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.yearEnds.map((y) => (
            <tr key={y.month}>
              <th scope="row">{y.month}</th>
              {y.values.map((v, i) => (
                <td key={view.lines[i]!.id}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );

  return (
    <ChartFigure kind="break-even" title={BREAK_EVEN_CHART_TITLE} caption={caption} numbers={numbers}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={INITIAL_DIMENSION}>
        <ComposedChart
          data={view.rows}
          margin={{ top: 8, right: 12, bottom: 20, left: CHART_MARGIN_LEFT }}
          title={BREAK_EVEN_CHART_TITLE}
        >
          <CartesianGrid stroke={palette.grid} strokeDasharray="3 3" />
          <XAxis
            dataKey="month"
            type="number"
            domain={[0, view.horizonMonths]}
            ticks={view.monthTicks}
            {...axisStyle(palette)}
            label={<XAxisTitle value="Months after investing" fill={palette.text} />}
            height={44}
          />
          <YAxis {...moneyAxisProps(palette, currency, `Net benefit (${currency})`)} />
          <Tooltip
            {...tooltip}
            isAnimationActive={false}
            labelFormatter={(month) => `Month ${String(month)}`}
            formatter={(value) => formatChartMoney(Number(value), currency)}
          />
          <Legend wrapperStyle={legendStyle(palette)} />
          {/* The low–high range as two thin dashed edge lines per scenario: readable where ranges
              overlap (shaded areas mixed into grey), and no Area module in the charts chunk. */}
          {view.lines.flatMap((l, i) =>
            ([0, 1] as const).map((end) => (
              <Line
                key={`band-${l.id}-${end}`}
                dataKey={(row: Record<string, unknown>) => (row[l.bandKey] as [number, number])[end]}
                stroke={seriesColour(palette, i)}
                strokeWidth={1}
                strokeDasharray="4 3"
                strokeOpacity={0.7}
                dot={false}
                activeDot={false}
                legendType="none"
                tooltipType="none"
                isAnimationActive={false}
              />
            )),
          )}
          <ReferenceLine y={0} stroke={palette.axis} strokeWidth={1.5} />
          {view.lines.map((l, i) => (
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
          {view.lines.map((l, i) =>
            l.paybackShown && l.paybackMonth !== null ? (
              <ReferenceDot
                key={`payback-${l.id}`}
                x={l.paybackMonth}
                y={0}
                r={5}
                fill={seriesColour(palette, i)}
                stroke={palette.background}
                strokeWidth={1.5}
              />
            ) : null,
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
});
