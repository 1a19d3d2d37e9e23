let loading: Promise<typeof import('./charts-panel')> | null = null;

/**
 * Starts downloading the charts' chunk (once; again after a failure). Called in the first frame's
 * `requestAnimationFrame`, just before that frame is painted: the chunk is on its way while the page
 * lays out and paints the first results, and it cannot be run before that paint (it arrives in a
 * later task). Started from the panel's mount instead, its download waited for that paint and for
 * the render after it.
 */
export function startLoadingCharts(): Promise<typeof import('./charts-panel')> {
  loading ??= import('./charts-panel').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * Starts the download for the first frame (see startLoadingCharts), without a rejection of its own:
 * the charts' panel, mounted next, asks for the same download and says in its place if it failed.
 */
export function prefetchCharts(): void {
  startLoadingCharts().catch(() => {});
}
