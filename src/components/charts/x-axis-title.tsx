import { useChartWidth } from 'recharts';
import { CHART_FONT_SIZE } from './chart-style';

/**
 * Widest a title's characters are on average, px, at the charts' 12 px: Chromium's system-ui measured
 * 5.5–6.2; rounded up so that an estimate never lets a title run out of the chart.
 */
const TITLE_CHARACTER_WIDTH = 7.2;

export interface XAxisTitleProps {
  value: string;
  fill: string;
  /** Set by recharts: the x axis's box (as wide as the plot, as tall as the axis). */
  viewBox?: { x: number; y: number; width: number; height: number };
}

/**
 * An x axis's title on the axis's bottom edge, centred under the plot as recharts' "insideBottom" puts
 * it, but moved in where the plot is narrow (very large money ticks on a phone make the y axis wide),
 * so that it never runs past the chart's edges, where the SVG clips it. Pass it as `<XAxis label>`.
 */
export function XAxisTitle({ value, fill, viewBox }: XAxisTitleProps) {
  const chartWidth = useChartWidth();
  if (!viewBox || !chartWidth) return null;
  const half = (value.length * TITLE_CHARACTER_WIDTH) / 2;
  const underPlot = viewBox.x + viewBox.width / 2;
  const x = Math.max(half, Math.min(underPlot, chartWidth - half));
  return (
    <text
      className="recharts-label"
      x={x}
      y={viewBox.y + viewBox.height}
      textAnchor="middle"
      fill={fill}
      fontSize={CHART_FONT_SIZE}
    >
      {value}
    </text>
  );
}
