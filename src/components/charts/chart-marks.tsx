import type { ReactNode } from 'react';
import {
  DefaultLegendContent,
  DefaultTooltipContent,
  type DefaultLegendContentProps,
  type LegendPayload,
  type TooltipContentProps,
  type TooltipPayloadEntry,
} from 'recharts';

/**
 * A point marked on its own (a scenario's own total, the cost-optimal point): one mark where its
 * row's `dataKey` holds a value. Drawn as a single mark rather than as a series over every row: a
 * series walks the whole curve (and makes a dot element per row) at every redraw, for one point.
 */
export interface ChartMark {
  /** The key of the mark's value in the chart's rows (set on its row only). */
  dataKey: string;
  /** Its name in the legend and the tooltip. */
  name: string;
  colour: string;
  /** Its legend icon, the shape it is drawn with. */
  icon: 'circle' | 'diamond';
}

/** recharts' legend order (its `itemSorter: 'value'`): by name, stable. */
function byName(a: LegendPayload, b: LegendPayload): number {
  const [x, y] = [a.value ?? '', b.value ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The legend's content: recharts' own, with the marks' entries among the series' in recharts' order,
 * so that the legend reads as it did when the marks were series. Used as a component: make it once
 * per set of marks.
 */
export function legendWithMarks(marks: readonly ChartMark[]) {
  const entries: LegendPayload[] = marks.map((mark) => ({
    value: mark.name,
    type: mark.icon,
    color: mark.colour,
    dataKey: mark.dataKey,
    inactive: false,
  }));
  return function LegendWithMarks(props: DefaultLegendContentProps): ReactNode {
    return <DefaultLegendContent {...props} payload={[...(props.payload ?? []), ...entries].sort(byName)} />;
  };
}

/**
 * The tooltip's content: recharts' own, with a line for each mark on the row it points at (the
 * rows carry the marks' values), formatted and ordered as the series' lines are.
 */
export function tooltipWithMarks(marks: readonly ChartMark[]) {
  return function TooltipWithMarks(props: TooltipContentProps): ReactNode {
    const payload = props.payload ?? [];
    const row = payload[0]?.payload as Record<string, unknown> | undefined;
    const extra: TooltipPayloadEntry[] =
      row === undefined
        ? []
        : marks
            .filter((mark) => typeof row[mark.dataKey] === 'number')
            .map((mark) => ({
              name: mark.name,
              value: row[mark.dataKey] as number,
              color: mark.colour,
              dataKey: mark.dataKey,
              payload: row,
              graphicalItemId: mark.dataKey,
            }));
    return <DefaultTooltipContent {...props} payload={[...payload, ...extra]} />;
  };
}
