import { memo } from 'react';
import { DefaultZIndexes, Symbols, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { CHART_FONT_SIZE } from './chart-style';

/*
 * Reference marks drawn from the chart's own scales, in place of recharts' ReferenceDot and
 * ReferenceLine. Those register themselves in the chart's store from an effect that runs after every
 * render of theirs (remove, then add again), and every such dispatch makes each part of the chart
 * check its selectors and draw again: a profile of a cost-slider change at 4× CPU put a quarter of a
 * chart's turn there. These read two scales and the plot area, and dispatch nothing.
 */

/** Whether a pixel lies on the plot, as recharts' `ifOverflow: 'discard'` decides (edges included). */
function within(value: number, from: number, size: number): boolean {
  return Number.isFinite(value) && value >= from && value <= from + size;
}

export interface PointMark {
  /** Unique among the chart's marks (React's key). */
  key: string;
  /** Where, in the data's units of the x and y axes. */
  x: number;
  y: number;
  fill: string;
  /** The outline, the page's background colour: a mark stays apart from the line it sits on. */
  stroke: string;
  shape: 'circle' | 'diamond';
  /** A circle's radius, px (a diamond is 110 px² as recharts' symbols are sized). */
  radius?: number;
  strokeWidth?: number;
}

/**
 * Single points on the plot (a scenario, the cheapest availability, a payback month), in one layer
 * above the curves' active dots; a point off the plot is not drawn.
 */
export const PointMarks = memo(function PointMarks({
  points,
  zIndex = DefaultZIndexes.scatter,
}: {
  points: readonly PointMark[];
  /** recharts' layer: the scatter layer's (600) unless a mark must sit above something else. */
  zIndex?: number;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot) return null;
  return (
    <ZIndexLayer zIndex={zIndex}>
      <g className="chart-point-marks">
        {points.map((point) => {
          const cx = x(point.x);
          const cy = y(point.y);
          if (cx === undefined || cy === undefined) return null;
          if (!within(cx, plot.x, plot.width) || !within(cy, plot.y, plot.height)) return null;
          const strokeWidth = point.strokeWidth ?? 1.5;
          return point.shape === 'circle' ? (
            <circle
              key={point.key}
              className="chart-point-mark"
              cx={cx}
              cy={cy}
              r={point.radius ?? 5}
              fill={point.fill}
              stroke={point.stroke}
              strokeWidth={strokeWidth}
            />
          ) : (
            <g key={point.key} className="chart-point-mark">
              <Symbols
                cx={cx}
                cy={cy}
                type="diamond"
                size={110}
                fill={point.fill}
                stroke={point.stroke}
                strokeWidth={strokeWidth}
              />
            </g>
          );
        })}
      </g>
    </ZIndexLayer>
  );
});

export interface LineMarkProps {
  stroke: string;
  strokeWidth?: number;
  strokeDasharray?: string;
  /** Text above a vertical line's top end, in the text's colour around the chart. */
  label?: string;
}

/**
 * A line across the plot at `x` (vertical) or at `y` (horizontal), in data units, in the lines'
 * layer; none off the plot.
 */
export const LineMark = memo(function LineMark({
  x,
  y,
  stroke,
  strokeWidth = 1,
  strokeDasharray,
  label,
}: LineMarkProps & ({ x: number; y?: undefined } | { y: number; x?: undefined })) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!plot) return null;
  const vertical = x !== undefined;
  const at = vertical ? xScale?.(x) : yScale?.(y);
  if (at === undefined) return null;
  if (vertical ? !within(at, plot.x, plot.width) : !within(at, plot.y, plot.height)) return null;
  const ends = vertical
    ? { x1: at, x2: at, y1: plot.y, y2: plot.y + plot.height }
    : { x1: plot.x, x2: plot.x + plot.width, y1: at, y2: at };
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <g className="chart-line-mark">
        <line {...ends} stroke={stroke} strokeWidth={strokeWidth} strokeDasharray={strokeDasharray} />
        {label === undefined || !vertical ? null : (
          <text x={at} y={plot.y - 5} textAnchor="middle" fill="currentColor" fontSize={CHART_FONT_SIZE}>
            {label}
          </text>
        )}
      </g>
    </ZIndexLayer>
  );
});

export interface EdgeLine {
  /** Unique among the chart's edge lines (React's key). */
  key: string;
  /** The line's points, [x, y] in the data's units, in the order drawn. */
  points: readonly (readonly [number, number])[];
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
  strokeOpacity?: number;
}

/**
 * Thin lines drawn straight from point to point, below the series (recharts' area layer): the edges
 * of a low–high range. Not recharts Lines: those are series (each registers itself in the chart's
 * store, in its legend and tooltip, and has its points selected again on every draw), and the edges
 * are none of that. The y axis must reach them by itself (ChartPlot's yAxis `reach` and `floor`).
 */
export const EdgeLines = memo(function EdgeLines({ lines }: { lines: readonly EdgeLine[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.area}>
      <g className="chart-edge-lines">
        {lines.map((line) => {
          const path: string[] = [];
          for (const [px, py] of line.points) {
            const cx = x(px);
            const cy = y(py);
            if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy))
              continue;
            path.push(`${path.length === 0 ? 'M' : 'L'}${cx},${cy}`);
          }
          return path.length < 2 ? null : (
            <path
              key={line.key}
              className="chart-edge-line"
              d={path.join('')}
              fill="none"
              stroke={line.stroke}
              strokeWidth={line.strokeWidth}
              strokeDasharray={line.strokeDasharray}
              strokeOpacity={line.strokeOpacity}
            />
          );
        })}
      </g>
    </ZIndexLayer>
  );
});
