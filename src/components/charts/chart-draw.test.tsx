// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { forwardRef, type ComponentProps } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { calculatorStore, defaultState } from '../../state/calculator-store';
import { BREAK_EVEN_CHART_TITLE } from './break-even-chart';
import { CHART_SETTLE_MS, ChartsPanel } from './charts-panel';
import { COST_CHART_TITLE } from './cost-chart';
import { TOTAL_COST_CHART_TITLE } from './total-cost-chart';

/** How often each chart's recharts root was rendered, by the chart's title. */
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('recharts', async (importOriginal) => {
  const recharts = await importOriginal<typeof import('recharts')>();
  type Chart = typeof recharts.ComposedChart;
  // The chart's title names it in the count; the chart itself is drawn as recharts draws it.
  const counted = (Draw: Chart): Chart =>
    forwardRef<SVGSVGElement, ComponentProps<Chart>>(function Counted(props, ref) {
      const title = String(props.title);
      renders.set(title, (renders.get(title) ?? 0) + 1);
      return <Draw {...props} ref={ref} />;
    }) as Chart;
  return {
    ...recharts,
    BarChart: counted(recharts.BarChart as Chart),
    ComposedChart: counted(recharts.ComposedChart),
  };
});

const svgOf = (title: string) =>
  screen.getByRole('figure', { name: title }).querySelector('.recharts-wrapper > svg')?.innerHTML;
const inputsRest = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, CHART_SETTLE_MS + 30)));

beforeEach(() => {
  calculatorStore.setState(defaultState());
  renders.clear();
});

describe('when the charts draw', () => {
  it('does not draw a chart again when an input it does not show changes', async () => {
    render(<ChartsPanel />);
    const before = new Map(renders);
    const costSvg = svgOf(COST_CHART_TITLE);
    // The horizon changes the break-even and total-cost charts; the cost chart shows annual figures.
    act(() => calculatorStore.getState().actions.inputChanged('horizonYears', 5));
    await inputsRest();
    await waitFor(() =>
      expect(screen.getByRole('figure', { name: BREAK_EVEN_CHART_TITLE })).toHaveTextContent('over 5 years'),
    );
    expect(renders.get(BREAK_EVEN_CHART_TITLE)).toBeGreaterThan(before.get(BREAK_EVEN_CHART_TITLE)!);
    expect(renders.get(TOTAL_COST_CHART_TITLE)).toBeGreaterThan(before.get(TOTAL_COST_CHART_TITLE)!);
    expect(renders.get(COST_CHART_TITLE)).toBe(before.get(COST_CHART_TITLE));
    expect(svgOf(COST_CHART_TITLE)).toBe(costSvg);
  });
});
