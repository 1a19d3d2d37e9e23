/** The charts, in the order the page shows them. */
export const CHART_KINDS = ['cost', 'break-even', 'total-cost'] as const;

/** Which chart a figure holds; a figure carries it as `data-chart`. */
export type ChartKind = (typeof CHART_KINDS)[number];

/**
 * CSS selector of a chart's own <svg> (not the legend's small icon SVGs, which recharts renders
 * earlier in the figure): for tests and for exporting a chart as SVG or PNG.
 */
export function chartSvgSelector(kind: ChartKind): string {
  return `[data-chart="${kind}"] .recharts-wrapper > svg`;
}
