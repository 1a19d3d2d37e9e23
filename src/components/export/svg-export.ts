import {
  standaloneSvgText,
  svgFrame,
  type LegendEntry,
  type SvgExportOptions,
} from '../../export/svg-document';

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

/**
 * A standalone SVG document of a chart on screen: a copy of the chart's own <svg> (text stays text),
 * sized and placed in the frame, without the page's classes and inline style, serialised and framed
 * by `standaloneSvgText` with the title, warning, subtitle, link and legend.
 */
export function standaloneSvg(
  chartSvg: SVGSVGElement,
  legend: LegendEntry[],
  options: SvgExportOptions,
): string {
  const width = Number(chartSvg.getAttribute('width')) || chartSvg.clientWidth || 640;
  const chartHeight = Number(chartSvg.getAttribute('height')) || chartSvg.clientHeight || 360;
  const frame = svgFrame(width, chartHeight, legend.length, options.subtitle, options.warning, options.link);
  const chart = chartSvg.cloneNode(true) as SVGSVGElement;
  chart.removeAttribute('style');
  chart.removeAttribute('class');
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(frame.chartY));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(chartHeight));
  if (!chart.getAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${width} ${chartHeight}`);
  return standaloneSvgText(frame, new XMLSerializer().serializeToString(chart), legend, options);
}
