import { useId, type ReactNode, type RefObject } from 'react';
import type { ChartKind } from './chart-svg';

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
  /** The recharts chart. */
  children: ReactNode;
}

/**
 * A chart with its title (`data-chart` names it; see `chartSvgSelector`), caption and a <details> holding its numbers as tables, so every figure
 * the chart draws can also be read (and copied) as text.
 */
export function ChartFigure({ kind, title, caption, numbers, canvasRef, busy, children }: ChartFigureProps) {
  const id = useId();
  return (
    <figure className="chart-figure" data-chart={kind} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <div className="chart-canvas" ref={canvasRef} aria-busy={busy}>
        {children}
      </div>
      <figcaption>{caption}</figcaption>
      <details className="chart-numbers">
        <summary>Numbers</summary>
        {numbers}
      </details>
    </figure>
  );
}
