import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { firstChartDrawn } from '../../state/first-chart';
import { startLoadingCharts } from './load-charts';

type Loaded = { panel: ComponentType } | { error: unknown };

/**
 * The charts panel, loaded from its own chunk once mounted (recharts stays out of the first chunk),
 * with `fallback` in its place until it arrives. Not through `lazy` and Suspense: React holds back
 * the content of a Suspense boundary until 300 ms after any fallback was last shown (so that several
 * boundaries reveal together), which kept the first chart waiting after its chunk had arrived. A chunk
 * that cannot be downloaded is thrown while rendering, for the error boundary around it to say so.
 */
export function LazyChartsPanel({ fallback }: { fallback: ReactNode }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let mounted = true;
    startLoadingCharts()
      .then((module): Loaded => ({ panel: module.ChartsPanel }))
      .catch((error: unknown): Loaded => {
        // No chart will come: the panels that wait for the first one need not wait.
        firstChartDrawn();
        return { error };
      })
      .then((result) => {
        if (mounted) setLoaded(result);
      });
    return () => {
      mounted = false;
    };
  }, []);
  if (loaded === null) return fallback;
  if ('error' in loaded) throw loaded.error;
  const Panel = loaded.panel;
  return <Panel />;
}
