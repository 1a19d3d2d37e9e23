const SVG_NS = 'http://www.w3.org/2000/svg';

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

/** Reads recharts' HTML legend (it is not part of the chart's <svg>) as label + colour pairs. */
export function readLegend(container: Element): LegendEntry[] {
  return [...container.querySelectorAll('.recharts-legend-item')].map((item) => {
    const shape = item.querySelector('path, line, rect, circle');
    const color =
      shape?.getAttribute('fill') && shape.getAttribute('fill') !== 'none'
        ? shape.getAttribute('fill')!
        : (shape?.getAttribute('stroke') ?? '#888888');
    return {
      label: item.querySelector('.recharts-legend-item-text')?.textContent ?? item.textContent ?? '',
      color,
    };
  });
}

function element(
  doc: Document,
  name: string,
  attributes: Record<string, string | number>,
  text?: string,
): Element {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A standalone SVG document of a chart: the chart's own <svg> (text stays text), framed with a title,
 * an optional subtitle and the legend drawn in SVG, on an opaque background, with explicit sizes,
 * namespaces and font so that it opens the same in a browser and in a vector editor.
 */
export function standaloneSvg(
  chartSvg: SVGSVGElement,
  legend: LegendEntry[],
  options: SvgExportOptions,
): string {
  const doc = chartSvg.ownerDocument;
  const width = Number(chartSvg.getAttribute('width')) || chartSvg.clientWidth || 640;
  const chartHeight = Number(chartSvg.getAttribute('height')) || chartSvg.clientHeight || 360;
  const header = options.subtitle ? 52 : 34;
  const legendRows = Math.ceil(legend.length / 3);
  const footer = legendRows * 20 + 10;
  const height = header + chartHeight + footer;

  const root = doc.createElementNS(SVG_NS, 'svg');
  // No explicit xmlns attribute: XMLSerializer writes the namespace declaration itself (twice is an error).
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', options.fontFamily);
  root.appendChild(element(doc, 'title', {}, options.title));
  root.appendChild(element(doc, 'rect', { x: 0, y: 0, width, height, fill: options.background }));
  root.appendChild(
    element(
      doc,
      'text',
      { x: 12, y: 22, 'font-size': 16, 'font-weight': 700, fill: options.textColor },
      options.title,
    ),
  );
  if (options.subtitle) {
    root.appendChild(
      element(doc, 'text', { x: 12, y: 42, 'font-size': 11, fill: options.textColor }, options.subtitle),
    );
  }

  const chart = chartSvg.cloneNode(true) as SVGSVGElement;
  chart.removeAttribute('style');
  chart.removeAttribute('class');
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(header));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(chartHeight));
  if (!chart.getAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${width} ${chartHeight}`);
  root.appendChild(chart);

  const columnWidth = Math.floor((width - 24) / 3);
  legend.forEach((entry, index) => {
    const x = 12 + (index % 3) * columnWidth;
    const y = header + chartHeight + 8 + Math.floor(index / 3) * 20;
    root.appendChild(element(doc, 'rect', { x, y, width: 12, height: 12, fill: entry.color }));
    root.appendChild(
      element(doc, 'text', { x: x + 18, y: y + 10, 'font-size': 12, fill: options.textColor }, entry.label),
    );
  });

  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}
