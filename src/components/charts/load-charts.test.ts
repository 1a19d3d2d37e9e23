import { expect, it, vi } from 'vitest';

// The charts' chunk cannot be fetched (offline, or a deploy replaced it).
vi.mock('./charts-panel', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

it('a first-frame download that fails rejects nothing of its own; the panel’s load still says it failed, and tries again', async () => {
  const { prefetchCharts, startLoadingCharts } = await import('./load-charts');
  prefetchCharts();
  // An unhandled rejection here would fail the run.
  await new Promise((resolve) => setTimeout(resolve, 10));
  const again = startLoadingCharts();
  await expect(again).rejects.toBeInstanceOf(Error);
  // After a failure, the next call downloads again (a new promise, rejected too here).
  const third = startLoadingCharts();
  expect(third).not.toBe(again);
  await expect(third).rejects.toBeInstanceOf(Error);
});
