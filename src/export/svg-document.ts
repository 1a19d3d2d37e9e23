/**
 * The text of a standalone SVG document around one chart: title, optional subtitle, the chart and its
 * legend drawn in SVG, on an opaque background. Pure: the chart arrives as serialised markup, so this
 * builds the same file in any environment; reading the chart out of the page is
 * components/export/svg-export.ts.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgExportOptions {
  title: string;
  /** Shown under the title, e.g. the assumptions in one line. */
  subtitle?: string;
  background: string;
  textColor: string;
  fontFamily: string;
}

export interface LegendEntry {
  label: string;
  color: string;
}

/** Where the parts of the document sit, in px: the chart is placed at (0, `chartY`). */
export interface SvgFrame {
  width: number;
  height: number;
  chartY: number;
  chartHeight: number;
}

/** Legend entries per row under the chart. */
const LEGEND_COLUMNS = 3;

/**
 * The frame of a chart `width` × `chartHeight` px: a header of 34 px (52 with a subtitle), the chart,
 * then 20 px per legend row of three entries and a 10 px margin.
 */
export function svgFrame(
  width: number,
  chartHeight: number,
  legendEntries: number,
  subtitle?: string,
): SvgFrame {
  const header = subtitle ? 52 : 34;
  const footer = Math.ceil(legendEntries / LEGEND_COLUMNS) * 20 + 10;
  return { width, height: header + chartHeight + footer, chartY: header, chartHeight };
}

/** Escapes XML character data, as XMLSerializer does: &, < and >. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes a double-quoted XML attribute value. */
function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function element(name: string, attributes: Record<string, string | number>, text?: string): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
    .join('');
  return text === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${escapeText(text)}</${name}>`;
}

/**
 * The standalone SVG document: `chartMarkup` (an `<svg>` element already sized and placed by `frame`,
 * its text still text) inside a root with explicit sizes, namespace and font, so that the file opens
 * the same in a browser and in a vector editor. Every text given here is escaped.
 */
export function standaloneSvgText(
  frame: SvgFrame,
  chartMarkup: string,
  legend: LegendEntry[],
  options: SvgExportOptions,
): string {
  const { width, height, chartY, chartHeight } = frame;
  const parts = [
    element('title', {}, options.title),
    element('rect', { x: 0, y: 0, width, height, fill: options.background }),
    element(
      'text',
      { x: 12, y: 22, 'font-size': 16, 'font-weight': 700, fill: options.textColor },
      options.title,
    ),
  ];
  if (options.subtitle) {
    parts.push(element('text', { x: 12, y: 42, 'font-size': 11, fill: options.textColor }, options.subtitle));
  }
  parts.push(chartMarkup);
  const columnWidth = Math.floor((width - 24) / LEGEND_COLUMNS);
  legend.forEach((entry, index) => {
    const x = 12 + (index % LEGEND_COLUMNS) * columnWidth;
    const y = chartY + chartHeight + 8 + Math.floor(index / LEGEND_COLUMNS) * 20;
    parts.push(element('rect', { x, y, width: 12, height: 12, fill: entry.color }));
    parts.push(
      element('text', { x: x + 18, y: y + 10, 'font-size': 12, fill: options.textColor }, entry.label),
    );
  });
  const root = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeAttribute(options.fontFamily)}">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}${parts.join('')}</svg>\n`;
}
