import { memo, useCallback, useMemo, type ReactNode } from 'react';
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
import { ChartFigure, type ChartLabels } from './chart-figure';
import { legendWithMarks, tooltipWithMarks, type ChartMark } from './chart-marks';
import type { ChartPalette } from './chart-palette';
import { CHART_KINDS, type ChartKind } from './chart-svg';
import {
  axisStyle,
  CHART_HEIGHT,
  CHART_MARGIN_LEFT,
  INITIAL_DIMENSION,
  legendStyle,
  moneyAxisProps,
  NO_VERTICAL_GRID_LINES,
  tooltipStyle,
} from './chart-style';
import { useChartDraw } from './use-chart-draw';
import { useTooltipOnDemand } from './use-tooltip-on-demand';
import { XAxisTitle } from './x-axis-title';

/** Height of every x axis, px: its ticks and the title under them. */
const X_AXIS_HEIGHT = 44;
/** Room under the plot for the x axis's title, px. */
const MARGIN_BOTTOM = 20;

/**
 * Everything recharts draws for one chart. A chart builds it in one `useMemo` over its view model,
 * so that it keeps its identity while the chart's figures do not change: the frame then neither
 * draws the chart again nor lets recharts notice a change.
 */
export interface ChartPlot {
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
  xAxis: Pick<XAxisProps, 'dataKey' | 'type' | 'domain' | 'ticks' | 'tickFormatter' | 'interval'> & {
    title: string;
  };
  /**
   * The money y axis: its title, its width (from `moneyAxisWidth`, never measured), and the highest
   * and lowest values it must reach beside the series' (marks and edge lines, which are no series):
   * none = the series' alone (and 0).
   */
  yAxis: { title: string; width: number; reach?: number; floor?: number };
  tooltip: Pick<TooltipProps, 'formatter' | 'labelFormatter' | 'cursor'>;
  /** The chart's series and reference marks. */
  series: ReactNode;
  /**
   * Points the series draw as single marks (chart-marks.ts): the legend and the tooltip list them as
   * if they were series. Memoised with the plot: a new array makes the legend and tooltip anew.
   */
  marks?: readonly ChartMark[];
}

export interface ChartFrameProps {
  kind: ChartKind;
  title: string;
  /** One or two sentences saying what the chart shows and its key figures. */
  caption: ReactNode;
  /** The chart's numbers as tables (the text alternative). */
  numbers: ReactNode;
  plot: ChartPlot;
}

/**
 * What every chart shares: the figure with its title, caption and numbers (always current), and the
 * recharts chart, drawn in its turn (see useChartDraw): one chart at a time, only while in view.
 */
export function ChartFrame({ kind, title, caption, numbers, plot }: ChartFrameProps) {
  const { drawn, busy, canvasRef, width } = useChartDraw(CHART_KINDS.indexOf(kind), plot);
  return (
    <ChartFigure
      kind={kind}
      title={title}
      caption={caption}
      numbers={numbers}
      canvasRef={canvasRef}
      busy={busy}
    >
      {(labels) =>
        drawn ? (
          <ChartCanvas plot={drawn} title={title} labels={labels} width={width} />
        ) : (
          // Holds the chart's place until its first turn, so that nothing below it moves.
          <div style={{ height: CHART_HEIGHT }} />
        )
      }
    </ChartFigure>
  );
}

/**
 * A recharts chart of the house's height and margins: dashed grid, x axis with its title under the
 * plot, money y axis, tooltip and legend in the palette's colours, then the chart's series. Every
 * prop recharts compares is memoised on what it depends on: a new object would make recharts store it
 * again and draw the chart once more.
 */
const ChartCanvas = memo(function ChartCanvas({
  plot,
  title,
  labels,
  width,
}: {
  plot: ChartPlot;
  title: string;
  labels: ChartLabels;
  /** The canvas's width when the chart first drew (useChartDraw), for the container to start at. */
  width: number | null;
}) {
  const { chart: Chart, data, palette, currency, barCategoryGap, verticalGrid = true } = plot;
  const { title: xTitle, ...xAxis } = plot.xAxis;
  const { top, right } = plot.margin;
  const margin = useMemo(
    () => ({ top, right, bottom: MARGIN_BOTTOM, left: CHART_MARGIN_LEFT }),
    [top, right],
  );
  const xStyle = useMemo(() => axisStyle(palette), [palette]);
  const xLabel = useMemo(() => <XAxisTitle value={xTitle} fill={palette.text} />, [xTitle, palette.text]);
  const { title: yTitle, width: yWidth, reach, floor } = plot.yAxis;
  const yAxis = useMemo(
    () => ({
      ...moneyAxisProps(palette, currency, yTitle, yWidth),
      // From 0 (or below, as far as the series or the floor go) to the series' highest value or the
      // reach, whichever is higher. recharts' own ends are the series' with no nice rounding
      // (`niceTicks: 'none'`), and its own start is 0 unless a series goes below it.
      ...(reach === undefined && floor === undefined
        ? {}
        : {
            domain: [
              floor === undefined ? 0 : (seriesMin: number) => Math.min(0, seriesMin, floor),
              reach === undefined ? 'auto' : (seriesMax: number) => Math.max(seriesMax, reach),
            ] as [number | ((min: number) => number), 'auto' | ((max: number) => number)],
          }),
    }),
    [palette, currency, yTitle, yWidth, reach, floor],
  );
  const tooltipColours = useMemo(() => tooltipStyle(palette), [palette]);
  const legend = useMemo(() => legendStyle(palette), [palette]);
  const { marks } = plot;
  const withMarks = useMemo(
    () =>
      marks === undefined || marks.length === 0
        ? { legend: {}, tooltip: {} }
        : { legend: { content: legendWithMarks(marks) }, tooltip: { content: tooltipWithMarks(marks) } },
    [marks],
  );
  const canvas = useChartSurfaceFocus();
  const [tooltipWanted, wantTooltip] = useTooltipOnDemand();
  // Read by the container once, when it mounts: later widths come from its own ResizeObserver.
  const initialDimension = useMemo(
    () => (width === null ? INITIAL_DIMENSION : { width, height: CHART_HEIGHT }),
    [width],
  );

  return (
    <div ref={canvas} className="chart-surface" onPointerEnter={wantTooltip} onFocus={wantTooltip}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={initialDimension}>
        <Chart
          data={data as object[]}
          margin={margin}
          title={title}
          role="img"
          aria-labelledby={labels.titleId}
          aria-describedby={labels.captionId}
          aria-details={labels.numbersId}
          {...(barCategoryGap === undefined ? {} : { barCategoryGap })}
        >
          <CartesianGrid
            stroke={palette.grid}
            strokeDasharray="3 3"
            {...(verticalGrid ? {} : NO_VERTICAL_GRID_LINES)}
          />
          <XAxis {...xAxis} {...xStyle} label={xLabel} height={X_AXIS_HEIGHT} />
          <YAxis {...yAxis} />
          {tooltipWanted ? (
            <Tooltip {...tooltipColours} isAnimationActive={false} {...plot.tooltip} {...withMarks.tooltip} />
          ) : null}
          <Legend wrapperStyle={legend} {...withMarks.legend} />
          {plot.series}
        </Chart>
      </ResponsiveContainer>
    </div>
  );
});

/** recharts' layer groups inside a chart's SVG, which Chromium makes Tab stops (see below). */
const LAYER_GROUPS = 'g[class^="recharts-zIndex-layer"]:not([tabindex])';

/**
 * Keeps the chart's SVG its only Tab stop. recharts draws each z-index layer into a <g> through a
 * React portal, React listens for focus events on every portal container, and Chromium makes an SVG
 * element with focus listeners focusable: seven unnamed Tab stops per chart, with no visible focus.
 * `tabindex="-1"` takes them out of the Tab order (the SVG itself keeps recharts' `tabindex="0"`).
 */
function useChartSurfaceFocus() {
  return useCallback((element: HTMLDivElement | null) => {
    if (!element) return;
    const untab = () => {
      for (const group of element.querySelectorAll(LAYER_GROUPS)) group.setAttribute('tabindex', '-1');
    };
    untab();
    // Layers come with the SVG and as recharts registers them: check after every change (a query of
    // a few hundred nodes, once a batch).
    const observer = new MutationObserver(untab);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}
