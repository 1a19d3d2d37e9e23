import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatChartMoney, formatMoneyNumber, type CurrencyCode } from '../../format/format';
import type { CostBarRow, CostTableRow } from './chart-data';
import { ChartFigure } from './chart-figure';
import type { ChartPalette } from './chart-palette';
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
  const money = (v: number) => formatChartMoney(v, currency);
  const perHour = (v: number) => formatMoneyNumber(v, currency);
  const rangeOf = (id: string, key: 'annualDowntimeCostRange' | 'annualSavingsRange') =>
    table.find((r) => r.id === id)?.[key];
  const tooltip = tooltipStyle(palette);
  const caption = (
    <>
      Annual downtime cost and annual savings against today at {perHour(costPerHour)} an hour; whiskers run
      from {perHour(costRange.low)} to {perHour(costRange.high)} an hour. Investment is one-time (the rule or
      your figure) and does not depend on the cost per hour.
    </>
  );
  const numbers = (
    <table className="chart-table">
      <caption>{COST_CHART_TITLE}: numbers</caption>
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          <th scope="col">Annual downtime cost</th>
          <th scope="col">Low–high</th>
          <th scope="col">Annual savings</th>
          <th scope="col">Low–high</th>
          <th scope="col">Investment</th>
        </tr>
      </thead>
      <tbody>
        {table.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.label}</th>
            <td>{r.annualDowntimeCost}</td>
            <td>{r.annualDowntimeCostRange}</td>
            <td>{r.annualSavings}</td>
            <td>{r.annualSavingsRange}</td>
            <td>{r.investment}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFigure kind="cost" title={COST_CHART_TITLE} caption={caption} numbers={numbers}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={INITIAL_DIMENSION}>
        <BarChart
          data={rows}
          margin={{ top: 8, right: 8, bottom: 20, left: CHART_MARGIN_LEFT }}
          title={COST_CHART_TITLE}
          barCategoryGap="18%"
        >
          <CartesianGrid stroke={palette.grid} strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            {...axisStyle(palette)}
            label={<XAxisTitle value="Target scenario" fill={palette.text} />}
            height={44}
          />
          <YAxis {...moneyAxisProps(palette, currency, `Amount (${currency})`)} />
          <Tooltip
            {...tooltip}
            isAnimationActive={false}
            cursor={{ fill: palette.grid, fillOpacity: 0.4 }}
            formatter={(value, name, item) => {
              const id = (item.payload as CostBarRow).id;
              const range =
                name === SERIES.annualDowntimeCost
                  ? rangeOf(id, 'annualDowntimeCostRange')
                  : name === SERIES.annualSavings
                    ? rangeOf(id, 'annualSavingsRange')
                    : undefined;
              const text = money(Number(value));
              return range && range !== text ? `${text} (range ${range})` : text;
            }}
          />
          <Legend wrapperStyle={legendStyle(palette)} />
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
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
});
