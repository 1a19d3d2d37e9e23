import { toBlob } from 'html-to-image';
import { drawAllCharts } from '../charts/draw-all-charts';
import { chartsFit, enterReportMode, reportBackground, type ReportScheme } from './report-mode';

/** Elements marked with this attribute (buttons, scroll hints) are left out of the image. */
export const EXCLUDE_FROM_EXPORT = 'data-export-exclude';

/** Set on the captured node while the image is drawn: tables unscrolled, controls hidden (styles.css). */
export const CAPTURING_CLASS = 'capturing';

/** The page's opaque background colour (the root's, where the theme sets it; the body's is transparent). */
export function pageBackground(): string {
  for (const element of [document.body, document.documentElement]) {
    const color = getComputedStyle(element).backgroundColor;
    if (color && color !== 'transparent' && color !== 'rgba(0, 0, 0, 0)') return color;
  }
  return '#ffffff';
}

/**
 * Resolves once nothing inside `node` is still loading or catching up (lazy panels show a busy
 * placeholder, charts are busy while they redraw), so the image holds the charts of the figures in
 * the table. Gives up after `timeoutMs` and captures what there is.
 */
export async function settled(node: HTMLElement, timeoutMs = 8000): Promise<void> {
  const busy = () => node.querySelector('[aria-busy="true"], .charts-loading') !== null;
  const start = performance.now();
  while (busy() && performance.now() - start < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Renders the comparison `node` as the report (report-mode.ts: at most 1,000 CSS px wide at any
 * window size) to a PNG at 2× pixel density with html-to-image, in light colours on white unless
 * `scheme` is dark. Styles are copied from the computed style of every element, so colours from CSS
 * variables arrive resolved. The node is captured at its full scroll size so nothing is clipped.
 */
export async function capturePng(node: HTMLElement, scheme: ReportScheme = 'light'): Promise<Blob> {
  // A chart out of view keeps its last picture until it scrolls into view: every chart draws the
  // current figures first (busy until it has), and keeps them until the image is made.
  const releaseCharts = drawAllCharts();
  const leaveReport = enterReportMode(node, scheme);
  try {
    // The charts draw again at the report's width and in its colours.
    await chartsFit(node);
    await settled(node);
    return await captureSettled(node, reportBackground(scheme));
  } finally {
    leaveReport();
    releaseCharts();
  }
}

async function captureSettled(node: HTMLElement, background: string): Promise<Blob> {
  // Nothing scrolled away (the table scrolls sideways on screen); the class is removed again whatever
  // happens.
  node.classList.add(CAPTURING_CLASS);
  try {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const width = Math.ceil(Math.max(node.scrollWidth, node.getBoundingClientRect().width));
    const height = Math.ceil(node.scrollHeight);
    const blob = await toBlob(node, {
      pixelRatio: 2,
      backgroundColor: background,
      width,
      height,
      style: { margin: '0' },
      filter: (element) => !(element instanceof Element && element.hasAttribute(EXCLUDE_FROM_EXPORT)),
      // No web fonts are used; skipping the font scan avoids reading cross-origin style sheets.
      skipFonts: true,
    });
    if (!blob) throw new Error('The browser could not draw the image.');
    return blob;
  } finally {
    node.classList.remove(CAPTURING_CLASS);
  }
}
