// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { DARK_PALETTE, LIGHT_PALETTE } from './chart-palette';
import { chartSvgSelector, type ChartKind } from './chart-svg';
import { CHART_SETTLE_MS, ChartsPanel } from './charts-panel';

/** The charts redraw once the inputs have rested (a slider drag does not redraw them every frame). */
const inputsRest = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, CHART_SETTLE_MS + 30)));

/** Each chart draws in a turn of its own after the panel renders: until every canvas has drawn. */
async function chartsDrawn(container: HTMLElement) {
  await waitFor(() => {
    const canvases = container.querySelectorAll('.chart-canvas');
    expect(canvases).toHaveLength(3);
    for (const canvas of canvases) {
      expect(canvas).toHaveAttribute('aria-busy', 'false');
      expect(canvas.querySelector('.recharts-wrapper > svg')).not.toBeNull();
    }
  });
}

beforeEach(() => {
  calculatorStore.setState(defaultState());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function figure(title: string): HTMLElement {
  return screen.getByRole('figure', { name: title });
}

/** The cells of a table as text, row by row, header first. */
function tableText(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

describe('the charts panel (seed example, jsdom at the initial 640 × 320)', () => {
  it.each([
    ['Cost and investment by scenario', 'cost'],
    ['Break-even over time', 'break-even'],
    ['Total cost of reliability', 'total-cost'],
  ] as Array<[string, ChartKind]>)(
    '"%s" has a heading, an SVG chart in data-chart="%s", a caption and a numbers table',
    async (title, kind) => {
      const { container } = render(<ChartsPanel />);
      await chartsDrawn(container);
      const fig = figure(title);
      expect(within(fig).getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
      expect(fig).toHaveAttribute('data-chart', kind);
      expect(container.querySelector(chartSvgSelector(kind))).not.toBeNull();
      expect(fig.querySelector('figcaption')?.textContent).not.toBe('');
      expect(within(fig).getAllByRole('table').length).toBeGreaterThan(0);
    },
  );

  it('cost chart: caption names the range; the table gives each figure in full', async () => {
    const { container } = render(<ChartsPanel />);
    await chartsDrawn(container);
    const fig = figure('Cost and investment by scenario');
    expect(fig.querySelector('figcaption')).toHaveTextContent(
      'at $2,000,000 an hour; whiskers run from $1,000,000 to $5,000,000 an hour',
    );
    const rows = tableText(
      within(fig).getByRole('table', { name: 'Cost and investment by scenario: numbers' }),
    );
    expect(rows[0]).toEqual([
      'Scenario',
      'Annual downtime cost',
      'Low–high',
      'Annual savings',
      'Low–high',
      'Investment',
    ]);
    expect(rows[2]).toEqual([
      '99.9 %',
      '$17,280,000',
      '$8,640,000–$43,200,000',
      '$69,120,000',
      '$34,560,000–$172,800,000',
      '$12,000,000',
    ]);
    // Axis and legend texts are drawn.
    expect(fig).toHaveTextContent('Amount (USD)');
    expect(fig).toHaveTextContent('Annual downtime cost');
  });

  it('break-even chart: payback of each scenario in the caption and the table', async () => {
    const { container } = render(<ChartsPanel />);
    await chartsDrawn(container);
    const fig = figure('Break-even over time');
    expect(fig.querySelector('figcaption')).toHaveTextContent(
      'Dots mark each payback, where a line crosses zero: 99.5 % never pays back; 99.9 % pays back in 0.17 years (2.1 months); 99.99 % pays back in 1.74 years (20.8 months). Dashed lines span $1,000,000–$5,000,000 an hour.',
    );
    const payback = tableText(within(fig).getByRole('table', { name: 'Break-even over time: payback' }));
    expect(payback[3]).toEqual([
      '99.99 %',
      '$147,000,000',
      '$84,672,000',
      '1.74 years (20.8 months)',
      '3.47 years – 0.69 years (8.3 months)',
      '$107,016,000',
    ]);
    const yearEnds = tableText(
      within(fig).getByRole('table', {
        name: 'Break-even over time: cumulative net benefit at each year end',
      }),
    );
    expect(yearEnds.map((r) => r[0])).toEqual(['Month', '0', '12', '24', '36']);
    expect(fig).toHaveTextContent('Months after investing');
  });

  it('total-cost chart: states the cost-optimal availability on the chart and in the caption', async () => {
    const { container } = render(<ChartsPanel />);
    await chartsDrawn(container);
    const fig = figure('Total cost of reliability');
    const svg = container.querySelector(chartSvgSelector('total-cost'))!;
    expect(svg.textContent).toContain('Cost-optimal availability ≈ 99.946 %');
    expect(fig.querySelector('figcaption')).toHaveTextContent(
      'Cost-optimal availability ≈ 99.946 %, $17,590,320 a year.',
    );
    const rows = tableText(within(fig).getByRole('table', { name: 'Total cost of reliability: numbers' }));
    expect(rows.find((r) => r[0] === 'Cost-optimal availability')).toEqual([
      'Cost-optimal availability',
      '≈ 99.946 %',
      '$9,295,160',
      '$8,295,160',
      '$0',
      '$17,590,320',
    ]);
    // Ticks in nines.
    for (const tick of ['99.5 %', '99.9 %', '99.99 %', '99.999 %']) expect(svg.textContent).toContain(tick);
  });

  it('total-cost chart: one mark per scenario and one for the optimum, each named in the legend in its colour', async () => {
    const { container } = render(<ChartsPanel />);
    await chartsDrawn(container);
    const fig = figure('Total cost of reliability');
    const svg = container.querySelector(chartSvgSelector('total-cost'))!;
    // Single marks, not a series over the whole curve: one dot each, at its own total.
    const marks = [...svg.querySelectorAll('.chart-point-mark')];
    expect(marks).toHaveLength(4);
    expect(svg.querySelectorAll('.recharts-line')).toHaveLength(1);
    const legend = [...fig.querySelectorAll('.recharts-legend-item')].map((item) => ({
      name: item.querySelector('.recharts-legend-item-text')?.textContent,
      colour: item.querySelector('path')?.getAttribute('fill'),
    }));
    expect(legend.map((entry) => entry.name)).toEqual([
      '99.5 %',
      '99.9 %',
      '99.99 %',
      'Cost-optimal availability',
      'Total cost a year (rule)',
    ]);
    // Each scenario's legend icon has the colour of its mark.
    const fills = marks.slice(0, 3).map((mark) => mark.getAttribute('fill'));
    expect(legend.slice(0, 3).map((entry) => entry.colour)).toEqual(fills);
    expect(new Set(fills).size).toBe(3);
  });

  it('total-cost chart: a scenario whose own total is above the whole curve is still marked, the axis reaching it', async () => {
    // A $9,000,000,000 quote for 99.9 %: $3,000,000,000 a year over 3 years, far above the rule's curve
    // (its highest point, at 99.999 %, is under $500,000,000 a year).
    const id = calculatorStore.getState().inputs.scenarios[1]!.id;
    calculatorStore.getState().actions.scenarioEdited(id, { investmentOverride: 9_000_000_000 });
    const { container } = render(<ChartsPanel />);
    await chartsDrawn(container);
    const svg = container.querySelector(chartSvgSelector('total-cost'))!;
    expect(svg.querySelectorAll('.chart-point-mark')).toHaveLength(4);
    const ticks = [
      ...svg.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
    ].map((tick) => tick.textContent);
    expect(ticks.at(-1)).toMatch(/^\$3(\.\d+)?B$/);
  });

  it('follows the inputs: a new cost per hour moves the optimum', async () => {
    render(<ChartsPanel />);
    await act(async () => {
      calculatorStore.getState().actions.inputChanged('downtimeCostPerHour', 1_000_000);
    });
    await inputsRest();
    // u* = sqrt(15000 / (3 · 1e6 · 8640)) ≈ 0.000760726 → 99.924 %
    expect(figure('Total cost of reliability').querySelector('figcaption')).toHaveTextContent(
      'Cost-optimal availability ≈ 99.924 %',
    );
  });

  it('break-even chart: a dot on the zero line at each payback within the chart, two dashed edges per scenario, the axis reaching them', async () => {
    const { container } = render(<ChartsPanel />);
    await chartsDrawn(container);
    const svg = container.querySelector(chartSvgSelector('break-even'))!;
    // 99.5 % never pays back: no dot for it; 99.9 % and 99.99 % do, both on the zero line.
    const dots = [...svg.querySelectorAll('circle.chart-point-mark')];
    expect(dots).toHaveLength(2);
    const zeroLine = svg.querySelector('.chart-line-mark line')!;
    for (const dot of dots) expect(dot.getAttribute('cy')).toBe(zeroLine.getAttribute('y1'));
    // The earlier payback (2.1 months) lies left of the later one (20.8 months).
    expect(Number(dots[0]!.getAttribute('cx'))).toBeLessThan(Number(dots[1]!.getAttribute('cx')));
    // The low–high edges: one path per end per scenario, from month 0 to the last (37 points).
    const edges = [...svg.querySelectorAll('path.chart-edge-line')];
    expect(edges).toHaveLength(6);
    for (const edge of edges) expect(edge.getAttribute('d')!.match(/[ML]/g)).toHaveLength(37);
    expect(edges.map((e) => e.getAttribute('stroke-dasharray'))).toEqual(Array(6).fill('4 3'));
    // The edges are no series, yet the axis reaches the highest of them: 99.9 % at $5,000,000 an hour
    // over 36 months is above $500M, and the axis's top tick says so.
    const ticks = [
      ...svg.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
    ].map((tick) => tick.textContent);
    expect(ticks.at(-1)).toMatch(/^\$5\d\dM$/);
    const tops = edges.map((e) =>
      Math.min(
        ...e
          .getAttribute('d')!
          .split(/[ML]/)
          .slice(1)
          .map((p) => Number(p.split(',')[1])),
      ),
    );
    // The highest edge lies inside the plot: had the axis not reached it, it would be drawn above.
    const plotTop = Number(svg.querySelector('clipPath rect')!.getAttribute('y'));
    expect(Math.min(...tops)).toBeGreaterThanOrEqual(plotTop);
  });

  it('says when a payback lies beyond the horizon, and when one pays back at once', async () => {
    render(<ChartsPanel />);
    await act(async () => {
      const { actions, inputs } = calculatorStore.getState();
      actions.inputChanged('horizonYears', 1);
      actions.scenarioEdited(inputs.scenarios[1]!.id, { investmentOverride: 0 });
    });
    await inputsRest();
    const caption = figure('Break-even over time').querySelector('figcaption');
    expect(caption).toHaveTextContent('over 1 year');
    expect(caption).toHaveTextContent('99.9 % pays back at once');
    expect(caption).toHaveTextContent('99.99 % pays back in 1.74 years (20.8 months), beyond the chart');
  });

  it('says so when there is no scenario, and still draws the total-cost curve', async () => {
    render(<ChartsPanel />);
    await act(async () => {
      for (const s of calculatorStore.getState().inputs.scenarios)
        calculatorStore.getState().actions.scenarioRemoved(s.id);
    });
    await inputsRest();
    expect(screen.getByText('Add a target scenario to compare it with today.')).toBeInTheDocument();
    expect(figure('Total cost of reliability').querySelector('figcaption')).toHaveTextContent('≈ 99.946 %');
  });

  it.each([
    [false, LIGHT_PALETTE],
    [true, DARK_PALETTE],
  ])('draws in the palette for prefers-color-scheme dark = %s', async (dark, palette) => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: dark && query === '(prefers-color-scheme: dark)',
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    const { container } = render(<ChartsPanel />);
    await chartsDrawn(container);
    const bars = container.querySelectorAll('[data-chart="cost"] .recharts-bar-rectangle path');
    const fills = new Set([...bars].map((bar) => bar.getAttribute('fill')));
    expect(fills).toEqual(new Set([palette.downtimeCost, palette.savings, palette.investment]));
  });
});
