import { memo, useMemo } from 'react';
import { Bar, BarChart, ErrorBar } from 'recharts';
import { formatChartMoney, formatMoneyNumber, type CurrencyCode } from '../../format/format';
import type { CostBarRow, CostTableRow } from './chart-data';
import { ChartFrame, type ChartPlot } from './chart-frame';
import type { ChartPalette } from './chart-palette';
import { tickInterval } from './chart-style';
import { ChartTable } from './chart-table';
import { moneyAxisWidth } from './money-axis';

export const COST_CHART_TITLE = 'Cost and investment by scenario';

export interface CostChartProps {
  rows: CostBarRow[];
  table: CostTableRow[];
  currency: CurrencyCode;
  /** Current cost per hour and the low–high range, currency units an hour. */
  costPerHour: number;
  costRange: { low: number; high: number };
  palette: ChartPalette;
}

const SERIES = {
  annualDowntimeCost: 'Annual downtime cost',
  annualSavings: 'Annual savings',
  investment: 'Investment (one-time)',
} as const;

/** Every value the bars and whiskers reach, for the y axis's width. */
function* plottedValues(rows: CostBarRow[]): Generator<number> {
  for (const r of rows) {
    yield r.annualDowntimeCost - r.annualDowntimeCostError[0];
    yield r.annualDowntimeCost + r.annualDowntimeCostError[1];
    yield r.annualSavings - r.annualSavingsError[0];
    yield r.annualSavings + r.annualSavingsError[1];
    yield r.investment;
  }
}

/**
 * Grouped bars per scenario: annual downtime cost and annual savings against today (whiskers span
 * the low–high cost per hour) beside the one-time investment.
 */
export const CostChart = memo(function CostChart({
  rows,
  table,
  currency,
  costPerHour,
  costRange,
  palette,
}: CostChartProps) {
  const perHour = (v: number) => formatMoneyNumber(v, currency);
  const caption = (
    <>
      Annual downtime cost and annual savings against today at {perHour(costPerHour)} an hour; whiskers run
      from {perHour(costRange.low)} to {perHour(costRange.high)} an hour. Investment is one-time (the rule or
      your figure) and does not depend on the cost per hour.
    </>
  );
  const numbers = (
    <ChartTable
      caption={`${COST_CHART_TITLE}: numbers`}
      columns={['Scenario', 'Annual downtime cost', 'Low–high', 'Annual savings', 'Low–high', 'Investment']}
      rows={table.map((r) => ({
        key: r.id,
        header: r.label,
        cells: [
          r.annualDowntimeCost,
          r.annualDowntimeCostRange,
          r.annualSavings,
          r.annualSavingsRange,
          r.investment,
        ],
      }))}
    />
  );

  // The bars depend on the palette only: recharts keeps them while the figures change.
  const series = useMemo(
    () => (
      <>
        {(
          [
            ['annualDowntimeCost', palette.downtimeCost],
            ['annualSavings', palette.savings],
          ] as const
        ).map(([key, fill]) => (
          // The two cost-per-hour-dependent series carry low–high whiskers.
          <Bar key={key} dataKey={key} name={SERIES[key]} fill={fill} isAnimationActive={false}>
            <ErrorBar
              dataKey={`${key}Error`}
              stroke={palette.whisker}
              strokeWidth={1.5}
              width={4}
              isAnimationActive={false}
            />
          </Bar>
        ))}
        <Bar
          dataKey="investment"
          name={SERIES.investment}
          fill={palette.investment}
          isAnimationActive={false}
        />
      </>
    ),
    [palette],
  );
  const plot = useMemo<ChartPlot>(() => {
    const rangeOf = (id: string, key: 'annualDowntimeCostRange' | 'annualSavingsRange') =>
      table.find((r) => r.id === id)?.[key];
    return {
      chart: BarChart,
      data: rows,
      margin: { top: 8, right: 8 },
      barCategoryGap: '18%',
      palette,
      currency,
      verticalGrid: false,
      xAxis: { dataKey: 'label', title: 'Target scenario', interval: tickInterval(rows.map((r) => r.label)) },
      yAxis: { title: `Amount (${currency})`, width: moneyAxisWidth(plottedValues(rows), currency) },
      tooltip: {
        cursor: { fill: palette.grid, fillOpacity: 0.4 },
        formatter: (value, name, item) => {
          const id = (item.payload as CostBarRow).id;
          const range =
            name === SERIES.annualDowntimeCost
              ? rangeOf(id, 'annualDowntimeCostRange')
              : name === SERIES.annualSavings
                ? rangeOf(id, 'annualSavingsRange')
                : undefined;
          const text = formatChartMoney(Number(value), currency);
          return range && range !== text ? `${text} (range ${range})` : text;
        },
      },
      series,
    };
  }, [rows, table, palette, currency, series]);

  return <ChartFrame kind="cost" title={COST_CHART_TITLE} caption={caption} numbers={numbers} plot={plot} />;
});
