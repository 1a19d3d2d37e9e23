// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { forwardRef, type ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { BREAK_EVEN_CHART_TITLE } from './break-even-chart';
import { CHART_SETTLE_MS, ChartsPanel } from './charts-panel';
import { COST_CHART_TITLE } from './cost-chart';
import { drawAllCharts } from './draw-all-charts';
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

/**
 * IntersectionObserver as the page would drive it, with the test deciding what is in view: every
 * observed canvas starts in view, and `scroll(title, false)` takes that chart's canvas out of view.
 */
const observed = new Map<Element, (entries: Array<Partial<IntersectionObserverEntry>>) => void>();
class TestIntersectionObserver {
  constructor(private readonly callback: (entries: Array<Partial<IntersectionObserverEntry>>) => void) {}
  observe(target: Element) {
    observed.set(target, this.callback);
    queueMicrotask(() => this.callback([{ target, isIntersecting: true }]));
  }
  disconnect() {
    for (const [target, callback] of observed) if (callback === this.callback) observed.delete(target);
  }
}
function canvasOf(title: string): HTMLElement {
  return screen.getByRole('figure', { name: title }).querySelector<HTMLElement>('.chart-canvas')!;
}
function scroll(title: string, inView: boolean) {
  const canvas = canvasOf(title);
  act(() => observed.get(canvas)!([{ target: canvas, isIntersecting: inView }]));
}
const svgOf = (title: string) => canvasOf(title).querySelector('.recharts-wrapper > svg')?.innerHTML;
const TITLES = [COST_CHART_TITLE, BREAK_EVEN_CHART_TITLE, TOTAL_COST_CHART_TITLE];

/** Until every chart in view shows the current figures (each draws in a turn of its own). */
async function drawn(...titles: string[]) {
  await waitFor(() => {
    for (const title of titles) {
      expect(canvasOf(title)).toHaveAttribute('aria-busy', 'false');
      expect(svgOf(title)).toBeDefined();
    }
  });
}
const inputsRest = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, CHART_SETTLE_MS + 30)));

beforeEach(() => {
  calculatorStore.setState(defaultState());
  renders.clear();
  observed.clear();
  vi.stubGlobal('IntersectionObserver', TestIntersectionObserver);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('when the charts draw', () => {
  it('does not draw a chart again when an input it does not show changes', async () => {
    render(<ChartsPanel />);
    await drawn(...TITLES);
    const before = new Map(renders);
    const costSvg = svgOf(COST_CHART_TITLE);
    // The horizon changes the break-even and total-cost charts; the cost chart shows annual figures.
    act(() => calculatorStore.getState().actions.inputChanged('horizonYears', 5));
    await inputsRest();
    await waitFor(() =>
      expect(screen.getByRole('figure', { name: BREAK_EVEN_CHART_TITLE })).toHaveTextContent('over 5 years'),
    );
    await drawn(...TITLES);
    expect(renders.get(BREAK_EVEN_CHART_TITLE)).toBeGreaterThan(before.get(BREAK_EVEN_CHART_TITLE)!);
    expect(renders.get(TOTAL_COST_CHART_TITLE)).toBeGreaterThan(before.get(TOTAL_COST_CHART_TITLE)!);
    expect(renders.get(COST_CHART_TITLE)).toBe(before.get(COST_CHART_TITLE));
    expect(svgOf(COST_CHART_TITLE)).toBe(costSvg);
  });

  it('does not redraw a chart out of view until it scrolls into view; its caption and numbers follow at once', async () => {
    render(<ChartsPanel />);
    await drawn(...TITLES);
    scroll(BREAK_EVEN_CHART_TITLE, false);
    const before = renders.get(BREAK_EVEN_CHART_TITLE);
    const breakEvenSvg = svgOf(BREAK_EVEN_CHART_TITLE);
    const costSvg = svgOf(COST_CHART_TITLE);

    act(() => calculatorStore.getState().actions.inputChanged('downtimeCostPerHour', 1_000_000));
    await inputsRest();
    await waitFor(() => expect(svgOf(COST_CHART_TITLE)).not.toBe(costSvg));
    await drawn(COST_CHART_TITLE, TOTAL_COST_CHART_TITLE);
    const breakEven = screen.getByRole('figure', { name: BREAK_EVEN_CHART_TITLE });
    // At $1,000,000 an hour 99.9 % saves $34,560,000 a year for $12,000,000: 0.35 years.
    expect(breakEven.querySelector('figcaption')).toHaveTextContent('99.9 % pays back in 0.35 years');
    expect(canvasOf(BREAK_EVEN_CHART_TITLE)).toHaveAttribute('aria-busy', 'true');
    expect(renders.get(BREAK_EVEN_CHART_TITLE)).toBe(before);
    expect(svgOf(BREAK_EVEN_CHART_TITLE)).toBe(breakEvenSvg);

    scroll(BREAK_EVEN_CHART_TITLE, true);
    await drawn(BREAK_EVEN_CHART_TITLE);
    expect(renders.get(BREAK_EVEN_CHART_TITLE)).toBeGreaterThan(before!);
    expect(svgOf(BREAK_EVEN_CHART_TITLE)).not.toBe(breakEvenSvg);
  });

  it('draws a chart out of view when an export asks, and keeps it current until released', async () => {
    render(<ChartsPanel />);
    await drawn(...TITLES);
    scroll(TOTAL_COST_CHART_TITLE, false);
    const totalSvg = svgOf(TOTAL_COST_CHART_TITLE);
    act(() => calculatorStore.getState().actions.inputChanged('downtimeCostPerHour', 1_000_000));
    await inputsRest();
    await drawn(COST_CHART_TITLE, BREAK_EVEN_CHART_TITLE);
    expect(canvasOf(TOTAL_COST_CHART_TITLE)).toHaveAttribute('aria-busy', 'true');

    let release = () => {};
    act(() => {
      release = drawAllCharts();
    });
    await drawn(TOTAL_COST_CHART_TITLE);
    // u* = sqrt(15000 / (3 · 1e6 · 8640)) ≈ 0.000760726 → 99.924 %, drawn into the SVG itself.
    expect(svgOf(TOTAL_COST_CHART_TITLE)).not.toBe(totalSvg);
    expect(canvasOf(TOTAL_COST_CHART_TITLE).textContent).toContain('Cost-optimal availability ≈ 99.924 %');
    act(() => release());
  });

  it('draws each chart at its canvas’s width from its first turn, not at a guess drawn again once measured', async () => {
    // jsdom lays nothing out: the canvases say they are 512 px wide, as a browser would measure them.
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains('chart-canvas') ? 512 : 0;
    });
    try {
      render(<ChartsPanel />);
      await drawn(...TITLES);
      for (const title of TITLES)
        expect(canvasOf(title).querySelector('.recharts-wrapper > svg')).toHaveAttribute('width', '512');
    } finally {
      width.mockRestore();
    }
  });

  it('draws every chart with the inputs of the moment when the page is printed', async () => {
    render(<ChartsPanel />);
    await drawn(...TITLES);
    scroll(TOTAL_COST_CHART_TITLE, false);
    // Printed right after typing: no settle delay, no deferred render, no turn to wait for.
    act(() => {
      calculatorStore.getState().actions.inputChanged('downtimeCostPerHour', 1_000_000);
      window.dispatchEvent(new Event('beforeprint'));
    });
    for (const title of TITLES) expect(canvasOf(title)).toHaveAttribute('aria-busy', 'false');
    expect(canvasOf(TOTAL_COST_CHART_TITLE).textContent).toContain('Cost-optimal availability ≈ 99.924 %');
    act(() => window.dispatchEvent(new Event('afterprint')));
    expect(canvasOf(TOTAL_COST_CHART_TITLE).textContent).toContain('Cost-optimal availability ≈ 99.924 %');
  });
});
