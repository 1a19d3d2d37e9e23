// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the panel and of the page's first-chart state (it is set once per page). */
async function freshModules() {
  vi.resetModules();
  const panel = await import('./after-first-paint');
  const firstChart = await import('../state/first-chart');
  return { ...panel, ...firstChart };
}

/** Lets the first paint pass: its animation frame, then the timeout after it. */
async function paint() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(20);
  });
}

describe('LaterPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows its panel after the first paint', async () => {
    const { LaterPanel } = await freshModules();
    render(
      <LaterPanel fallback={<p>Loading the inputs</p>}>
        <p>The inputs</p>
      </LaterPanel>,
    );
    expect(screen.getByText('Loading the inputs')).toBeInTheDocument();
    await paint();
    expect(screen.getByText('The inputs')).toBeInTheDocument();
  });

  it('calls onFrame once, in the first frame, before its panel is shown', async () => {
    const { AfterFirstPaint } = await freshModules();
    const panelShownAtFrame: boolean[] = [];
    const onFrame = () => panelShownAtFrame.push(screen.queryByText('The charts') !== null);
    const { rerender } = render(
      <AfterFirstPaint fallback={<p>Loading charts</p>} onFrame={onFrame}>
        <p>The charts</p>
      </AfterFirstPaint>,
    );
    expect(panelShownAtFrame).toEqual([]);
    await paint();
    expect(screen.getByText('The charts')).toBeInTheDocument();
    rerender(
      <AfterFirstPaint fallback={<p>Loading charts</p>} onFrame={onFrame}>
        <p>The charts</p>
      </AfterFirstPaint>,
    );
    await paint();
    expect(panelShownAtFrame).toEqual([false]);
  });

  it('with afterFirstChart, waits for the first chart as well', async () => {
    const { LaterPanel, firstChartDrawn } = await freshModules();
    render(
      <LaterPanel afterFirstChart fallback={<p>Loading the toolbar</p>}>
        <p>The toolbar</p>
      </LaterPanel>,
    );
    await paint();
    expect(screen.getByText('Loading the toolbar')).toBeInTheDocument();
    act(() => firstChartDrawn());
    expect(screen.getByText('The toolbar')).toBeInTheDocument();
  });

  it('with afterFirstChart, stops waiting for a chart that never comes', async () => {
    const { LaterPanel, FIRST_CHART_WAIT_MS, isFirstChartDrawn } = await freshModules();
    render(
      <LaterPanel afterFirstChart fallback={<p>Loading the toolbar</p>}>
        <p>The toolbar</p>
      </LaterPanel>,
    );
    await paint();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(FIRST_CHART_WAIT_MS - 100);
    });
    expect(screen.getByText('Loading the toolbar')).toBeInTheDocument();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(screen.getByText('The toolbar')).toBeInTheDocument();
    expect(isFirstChartDrawn()).toBe(true);
  });
});
