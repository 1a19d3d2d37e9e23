/** Which chart a figure holds; a figure carries it as `data-chart`. */
export type ChartKind = 'cost' | 'break-even' | 'total-cost';

/**
 * CSS selector of a chart's own <svg> (not the legend's small icon SVGs, which recharts renders
 * earlier in the figure): for tests and for exporting a chart as SVG or PNG.
 */
export function chartSvgSelector(kind: ChartKind): string {
  return `[data-chart="${kind}"] .recharts-wrapper > svg`;
}
