import { useId, type ReactNode } from 'react';
import type { ChartKind } from './chart-svg';

export interface ChartFigureProps {
  kind: ChartKind;
  title: string;
  /** One or two sentences saying what the chart shows and its key figures. */
  caption: ReactNode;
  /** The chart's numbers as HTML tables (the text alternative). */
  numbers: ReactNode;
  /** The recharts chart. */
  children: ReactNode;
}

/**
 * A chart with its title (`data-chart` names it; see `chartSvgSelector`), caption and a <details> holding its numbers as tables, so every figure
 * the chart draws can also be read (and copied) as text.
 */
export function ChartFigure({ kind, title, caption, numbers, children }: ChartFigureProps) {
  const id = useId();
  return (
    <figure className="chart-figure" data-chart={kind} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <div className="chart-canvas">{children}</div>
      <figcaption>{caption}</figcaption>
      <details className="chart-numbers">
        <summary>Numbers</summary>
        {numbers}
      </details>
    </figure>
  );
}
