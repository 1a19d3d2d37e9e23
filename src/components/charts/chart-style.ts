import type { CSSProperties } from 'react';
import { formatChartMoney, type CurrencyCode } from '../../format/format';
import type { ChartPalette } from './chart-palette';

/** Height of every chart, px. Width follows the container. */
export const CHART_HEIGHT = 320;

/**
 * Width and height used before the container is measured (and in tests, where jsdom measures
 * nothing); the ResizeObserver replaces them with the real size in a browser.
 */
export const INITIAL_DIMENSION = { width: 640, height: CHART_HEIGHT } as const;

/**
 * Left margin of every chart, px. recharts centres the y axis's rotated title 5 px from the chart's
 * left edge; the title's line is 14 px tall, so with no margin its box reached 2 px past the SVG's
 * edge, which clips (at a large currency symbol or a zoomed font, visibly).
 */
export const CHART_MARGIN_LEFT = 4;

/** Font size of ticks, labels and legend, px. */
export const CHART_FONT_SIZE = 12;

/**
 * Props shared by every axis: tick and line colours from the palette. A tick's `width` of 0 keeps
 * recharts from measuring each label's words in the DOM to wrap it to the axis's width: no tick label
 * here comes near that width (the x axis spans the plot; a money axis is as wide as its widest label,
 * see `moneyAxisWidth`), and the measuring, one forced layout per word, was a tenth of a chart's
 * first draw.
 */
export function axisStyle(palette: ChartPalette) {
  return {
    stroke: palette.axis,
    tick: { fill: palette.mutedText, fontSize: CHART_FONT_SIZE, width: 0 },
    tickLine: { stroke: palette.axis },
  };
}

/** Narrowest plot the page draws a chart with, px: a 320 px phone, less the card's padding and the y axis. */
const NARROWEST_PLOT = 220;
/** Room an x tick label takes, px: a generous character width at the tick's font, and a gap after it. */
const TICK_CHARACTER_WIDTH = 7.5;
const TICK_GAP = 12;

/**
 * The x axis's `interval`: every tick (0) when its labels fit side by side on the narrowest plot the
 * page draws, or else recharts' own choice ('preserveEnd'), which measures each label in the DOM to
 * drop those that would overlap. That measuring, one forced layout per label, was a twentieth of the
 * first chart's draw at 4× CPU; three scenarios' labels ("99.99 %") always fit, twelve do not.
 */
export function tickInterval(labels: readonly string[]): 0 | 'preserveEnd' {
  const room = labels.reduce((sum, label) => sum + label.length * TICK_CHARACTER_WIDTH + TICK_GAP, 0);
  return room <= NARROWEST_PLOT ? 0 : 'preserveEnd';
}

/**
 * CartesianGrid props for a grid without vertical (or horizontal) lines: recharts still works out
 * where the lines it does not draw would go (the other axis's ticks, again, measuring their labels
 * where the axis does) unless its coordinates generator says there are none.
 */
export const NO_VERTICAL_GRID_LINES = { vertical: false, verticalCoordinatesGenerator: () => [] } as const;
export const NO_HORIZONTAL_GRID_LINES = {
  horizontal: false,
  horizontalCoordinatesGenerator: () => [],
} as const;

/** The y axis's title, rotated to read upwards (x axes use XAxisTitle, which keeps inside the chart). */
export function yAxisTitle(palette: ChartPalette, value: string) {
  return {
    value,
    angle: -90,
    position: 'insideLeft' as const,
    fill: palette.text,
    fontSize: CHART_FONT_SIZE,
    style: { textAnchor: 'middle' } as CSSProperties,
  };
}

/** Tooltip box colours from the palette (recharts draws the box in HTML). */
export function tooltipStyle(palette: ChartPalette) {
  return {
    contentStyle: {
      background: palette.tooltipBackground,
      border: `1px solid ${palette.tooltipBorder}`,
      borderRadius: 4,
      fontSize: CHART_FONT_SIZE + 1,
    } satisfies CSSProperties,
    labelStyle: { color: palette.text, fontWeight: 600 } satisfies CSSProperties,
  };
}

/** Legend text in the palette's text colour. */
export function legendStyle(palette: ChartPalette): CSSProperties {
  return { color: palette.text, fontSize: CHART_FONT_SIZE, paddingTop: 4 };
}

/**
 * Props of a money y axis and its title: compact ticks ($50M) at d3's round steps (1, 2, 5 × 10ⁿ),
 * the axis ending at the data (plus a little room) rather than stretched to the next round tick, and
 * `width` px wide (from `moneyAxisWidth`: a fixed width, where recharts' `width="auto"` measured the
 * drawn ticks and drew the chart again).
 */
export function moneyAxisProps(palette: ChartPalette, currency: CurrencyCode, title: string, width: number) {
  return {
    ...axisStyle(palette),
    width,
    niceTicks: 'none' as const,
    // Every tick drawn: a money axis has a handful, far apart. recharts' default ('preserveEnd')
    // measures each label in the DOM to drop any that would overlap, on every draw.
    interval: 0,
    padding: { top: 10 },
    tickFormatter: (value: number) => formatChartMoney(value, currency, true),
    label: yAxisTitle(palette, title),
  };
}
