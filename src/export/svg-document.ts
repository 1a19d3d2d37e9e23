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
  /**
   * The page's line on fields whose text the figures do not use ("Figures use …"), when there is
   * one: drawn in bold between the title and the subtitle, so the file says it as the page does.
   */
  warning?: string | null;
  /** The link that reopens the case: drawn as the header's last line (see {@link SvgLink}). */
  link?: SvgLink | null;
  background: string;
  textColor: string;
  fontFamily: string;
}

/**
 * A link in the header: `text` is what is shown (a share link runs to thousands of characters, so
 * its short form, share-link-text.ts), `href` the whole link, which a browser that opens the file
 * follows on a click; a vector editor or an image shows the text alone.
 */
export interface SvgLink {
  text: string;
  href: string;
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

/** The subtitle's font size in px (no text under 12 px) and its line height. */
const SUBTITLE_SIZE = 12;
const SUBTITLE_LINE = 16;
/**
 * The widest a character of the subtitle can be, in em: a long word of capitals and digits (a case
 * name, an address) is about 0.6 em in a sans-serif; 0.7 leaves room for wider fonts.
 */
const WIDEST_CHAR_EM = 0.7;

/**
 * The subtitle as the lines it is drawn in, so that nothing runs past the right edge: each of its
 * own lines ("\n"), broken at spaces where it can and inside a long word (an address) where it
 * must, at most as many characters as the widest characters fit in `width` less the 12 px margins.
 */
export function subtitleLines(subtitle: string, width: number): string[] {
  const max = Math.max(10, Math.floor((width - 24) / (SUBTITLE_SIZE * WIDEST_CHAR_EM)));
  return subtitle.split('\n').flatMap((line) => {
    const lines: string[] = [];
    let rest = line.trim();
    while (rest.length > max) {
      const space = rest.lastIndexOf(' ', max);
      const cut = space > max / 2 ? space : max;
      lines.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).trimStart();
    }
    lines.push(rest);
    return lines;
  });
}

/** A line under the title: its text, whether it is bold, and the link it is part of. */
interface HeaderLine {
  text: string;
  bold: boolean;
  href?: string;
}

/** The lines under the title: the warning's first (bold), then the subtitle's, then the link's. */
function headerLines(
  width: number,
  subtitle?: string,
  warning?: string | null,
  link?: SvgLink | null,
): HeaderLine[] {
  const lines = (text: string | null | undefined, bold: boolean, href?: string) =>
    text ? subtitleLines(text, width).map((line): HeaderLine => ({ text: line, bold, href })) : [];
  return [...lines(warning, true), ...lines(subtitle, false), ...lines(link?.text, false, link?.href)];
}

/**
 * The frame of a chart `width` × `chartHeight` px: a header of 34 px (and 16 px per line of the
 * warning, the subtitle and the link, see `subtitleLines`, and 4 px under them), the chart, then 20 px
 * per legend row of three entries and a 10 px margin.
 */
export function svgFrame(
  width: number,
  chartHeight: number,
  legendEntries: number,
  subtitle?: string,
  warning?: string | null,
  link?: SvgLink | null,
): SvgFrame {
  const lines = headerLines(width, subtitle, warning, link).length;
  const header = lines ? 34 + lines * SUBTITLE_LINE + 4 : 34;
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
 * the same in a browser and in a vector editor; under the title, the warning (if any), the subtitle
 * and the link, each of its lines in an `<a>` to the whole link. Every text given here is escaped.
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
  headerLines(width, options.subtitle, options.warning, options.link).forEach(({ text, bold, href }, i) => {
    const line = element(
      'text',
      {
        x: 12,
        y: 46 + i * SUBTITLE_LINE,
        'font-size': SUBTITLE_SIZE,
        ...(bold ? { 'font-weight': 700 } : {}),
        fill: options.textColor,
      },
      text,
    );
    // SVG 2's plain `href`, which browsers and current vector editors read (no xlink namespace).
    parts.push(href === undefined ? line : `<a href="${escapeAttribute(href)}">${line}</a>`);
  });
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
