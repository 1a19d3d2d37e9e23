import type { ReactNode } from 'react';
import {
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipProps,
  type XAxisProps,
} from 'recharts';
import type { CurrencyCode } from '../../format/format';
import { ChartFigure } from './chart-figure';
import type { ChartPalette } from './chart-palette';
import type { ChartKind } from './chart-svg';
import {
  axisStyle,
  CHART_HEIGHT,
  CHART_MARGIN_LEFT,
  INITIAL_DIMENSION,
  legendStyle,
  moneyAxisProps,
  tooltipStyle,
} from './chart-style';
import { XAxisTitle } from './x-axis-title';

/** Height of every x axis, px: its ticks and the title under them. */
const X_AXIS_HEIGHT = 44;
/** Room under the plot for the x axis's title, px. */
const MARGIN_BOTTOM = 20;

export interface ChartFrameProps {
  kind: ChartKind;
  title: string;
  /** One or two sentences saying what the chart shows and its key figures. */
  caption: ReactNode;
  /** The chart's numbers as tables (the text alternative). */
  numbers: ReactNode;
  /** The recharts chart type: bars alone, or lines with reference marks. */
  chart: typeof BarChart | typeof ComposedChart;
  data: readonly object[];
  /** Space above and right of the plot, px (the left and bottom are the same for every chart). */
  margin: { top: number; right: number };
  /** BarChart's gap between groups of bars. */
  barCategoryGap?: string;
  palette: ChartPalette;
  currency: CurrencyCode;
  /** Whether the grid draws vertical lines too (not between categories). */
  verticalGrid?: boolean;
  /** The x axis: what it plots and how (its style, title and height are the frame's). */
  xAxis: Pick<XAxisProps, 'dataKey' | 'type' | 'domain' | 'ticks' | 'tickFormatter'> & { title: string };
  /** Title of the money y axis. */
  yTitle: string;
  tooltip: Pick<TooltipProps, 'formatter' | 'labelFormatter' | 'cursor'>;
  /** The chart's series and reference marks. */
  children: ReactNode;
}

/**
 * What every chart shares: the figure with its title, caption and numbers, a responsive recharts
 * chart of the house's height and margins, a dashed grid, an x axis with its title under the plot, a
 * money y axis, the tooltip and the legend in the palette's colours. A chart adds its series.
 */
export function ChartFrame({
  kind,
  title,
  caption,
  numbers,
  chart: Chart,
  data,
  margin,
  barCategoryGap,
  palette,
  currency,
  verticalGrid = true,
  xAxis: { title: xTitle, ...xAxis },
  yTitle,
  tooltip,
  children,
}: ChartFrameProps) {
  return (
    <ChartFigure kind={kind} title={title} caption={caption} numbers={numbers}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={INITIAL_DIMENSION}>
        <Chart
          data={data as object[]}
          margin={{ ...margin, bottom: MARGIN_BOTTOM, left: CHART_MARGIN_LEFT }}
          title={title}
          {...(barCategoryGap === undefined ? {} : { barCategoryGap })}
        >
          <CartesianGrid stroke={palette.grid} strokeDasharray="3 3" vertical={verticalGrid} />
          <XAxis
            {...xAxis}
            {...axisStyle(palette)}
            label={<XAxisTitle value={xTitle} fill={palette.text} />}
            height={X_AXIS_HEIGHT}
          />
          <YAxis {...moneyAxisProps(palette, currency, yTitle)} />
          <Tooltip {...tooltipStyle(palette)} isAnimationActive={false} {...tooltip} />
          <Legend wrapperStyle={legendStyle(palette)} />
          {children}
        </Chart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
