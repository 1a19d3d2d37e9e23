import { Suspense, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { firstChartDrawn, isFirstChartDrawn, subscribeFirstChart } from '../state/first-chart';

/**
 * Longest a panel that waits for the first chart waits after the first paint, ms: when the charts' chunk
 * is slow to come (a slow network) or never comes, the toolbars still appear.
 */
export const FIRST_CHART_WAIT_MS = 1500;

/**
 * True once the page has painted once (rAF fires before the next paint; the timeout after it). With
 * `waitForChart`, only once the first chart is drawn as well, or `FIRST_CHART_WAIT_MS` after the paint.
 */
function usePainted(waitForChart: boolean, onFrame?: () => void): boolean {
  const [painted, setPainted] = useState(false);
  const chartDrawn = useSyncExternalStore(subscribeFirstChart, isFirstChartDrawn);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      onFrame?.();
      timer = setTimeout(() => {
        setPainted(true);
        // Waiting longer than this counts as drawn, for every panel that waits.
        if (waitForChart) timer = setTimeout(firstChartDrawn, FIRST_CHART_WAIT_MS);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [waitForChart, onFrame]);
  return painted && (!waitForChart || chartDrawn);
}

/** What waits for the first paint (or the first chart), and what stands in its place meanwhile. */
interface LaterProps {
  children: ReactNode;
  fallback: ReactNode;
  /** Wait for the first chart too (src/state/first-chart.ts). */
  afterFirstChart?: boolean;
  /** Called in the first frame, before it is painted: to start downloading what `children` need. */
  onFrame?: () => void;
}

/**
 * Renders `children` only after the page has painted once, `fallback` until then. The first results
 * (inputs and table) then commit and paint without waiting for, or competing with, the lazy chunks
 * (charts, toolbars), which start loading only afterwards. With `afterFirstChart`, only once the first
 * chart is drawn as well (see src/state/first-chart.ts).
 */
export function AfterFirstPaint({ children, fallback, afterFirstChart = false, onFrame }: LaterProps) {
  return <>{usePainted(afterFirstChart, onFrame) ? children : fallback}</>;
}

/**
 * A lazily loaded panel: mounted after the first paint (with `afterFirstChart`, after the first chart),
 * with the same placeholder while its chunk loads.
 */
export function LaterPanel({ children, fallback, afterFirstChart = false }: LaterProps) {
  return (
    <AfterFirstPaint fallback={fallback} afterFirstChart={afterFirstChart}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </AfterFirstPaint>
  );
}
