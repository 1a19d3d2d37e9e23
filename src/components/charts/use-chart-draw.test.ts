import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh queue module and the page's first-chart state (set once per page). */
async function fresh() {
  vi.resetModules();
  const { DrawQueue } = await import('./use-chart-draw');
  const firstChart = await import('../../state/first-chart');
  return { queue: new DrawQueue(), ...firstChart };
}

describe('DrawQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives one chart a turn at a time, in order of priority, each after a painted frame', async () => {
    const { queue } = await fresh();
    const drawn: string[] = [];
    queue.request(2, 2, () => drawn.push('total cost'));
    queue.request(0, 0, () => drawn.push('cost'));
    queue.request(1, 101, () => drawn.push('break-even, out of view'));
    await vi.advanceTimersByTimeAsync(50);
    expect(drawn).toEqual(['cost']);
    queue.done(0);
    await vi.advanceTimersByTimeAsync(50);
    expect(drawn).toEqual(['cost', 'total cost']);
    queue.done(2);
    await vi.advanceTimersByTimeAsync(50);
    expect(drawn).toEqual(['cost', 'total cost', 'break-even, out of view']);
  });

  it('says the first chart is on the page once the first turn is over, not before', async () => {
    const { queue, isFirstChartDrawn } = await fresh();
    queue.request(0, 0, () => {});
    await vi.advanceTimersByTimeAsync(50);
    expect(isFirstChartDrawn()).toBe(false);
    queue.done(1); // a chart that does not hold the turn says nothing
    expect(isFirstChartDrawn()).toBe(false);
    queue.done(0);
    expect(isFirstChartDrawn()).toBe(true);
  });
});
