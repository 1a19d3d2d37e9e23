import { useCallback, useId, useMemo, useState, type ReactNode, type RefObject } from 'react';
import type { ChartKind } from './chart-svg';

/** The ids of the figure's title, caption and numbers, which name and describe the chart's SVG. */
export interface ChartLabels {
  titleId: string;
  captionId: string;
  numbersId: string;
}

export interface ChartFigureProps {
  kind: ChartKind;
  title: string;
  /** One or two sentences saying what the chart shows and its key figures. */
  caption: ReactNode;
  /** The chart's numbers as HTML tables (the text alternative). */
  numbers: ReactNode;
  /** The chart's canvas, whose visibility decides when the chart redraws. */
  canvasRef: RefObject<HTMLDivElement | null>;
  /** Whether the drawn chart is behind the current figures (its caption and numbers never are). */
  busy: boolean;
  /** The recharts chart, named and described by the figure's title, caption and numbers. */
  children: (labels: ChartLabels) => ReactNode;
}

/**
 * A chart with its title (`data-chart` names it; see `chartSvgSelector`), caption and a <details> holding its numbers as tables, so every figure
 * the chart draws can also be read (and copied) as text. The chart's SVG is one Tab stop, named by
 * the title and described by the caption, with the numbers as its details.
 */
export function ChartFigure({ kind, title, caption, numbers, canvasRef, busy, children }: ChartFigureProps) {
  const id = useId();
  // One object for the figure's life: the chart (memo) is drawn again only when its figures change.
  const labels = useMemo(
    () => ({ titleId: `${id}-title`, captionId: `${id}-caption`, numbersId: `${id}-numbers` }),
    [id],
  );
  return (
    <figure className="chart-figure" data-chart={kind} aria-labelledby={labels.titleId}>
      <h3 id={labels.titleId}>{title}</h3>
      <div className="chart-canvas" ref={canvasRef} aria-busy={busy}>
        {children(labels)}
      </div>
      <figcaption id={labels.captionId}>{caption}</figcaption>
      <details className="chart-numbers" id={labels.numbersId}>
        <summary>
          Numbers<span className="visually-hidden">: {title}</span>
        </summary>
        <ScrollRegion label={`${title}: numbers`}>{numbers}</ScrollRegion>
      </details>
    </figure>
  );
}

/**
 * The numbers' tables, scrolled sideways where they are wider than the figure. While they are, the
 * region is a named Tab stop, so that a keyboard can scroll it (axe-core: scrollable-region-focusable);
 * while they fit it is no Tab stop at all.
 */
function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const [scrolls, setScrolls] = useState(false);
  const measure = useCallback((element: HTMLDivElement | null) => {
    if (!element || typeof ResizeObserver !== 'function') return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={measure}
      className="chart-numbers-scroll"
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}
