/**
 * Exports ask the charts to be drawn: a chart out of view keeps its last picture until it scrolls into
 * view (see use-chart-draw.ts), which must never end up in a PNG or SVG file. While at least one
 * request is held, every chart draws the current figures, in view or not, and marks itself busy
 * (`aria-busy`) until it has. Kept apart from the charts' code (React, recharts) so that the export
 * code can import it without loading them.
 */
let holds = 0;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/**
 * Asks every chart to draw the current figures now, in view or not, until the returned release is
 * called (call it once the capture is done; calling it again does nothing).
 */
export function drawAllCharts(): () => void {
  holds += 1;
  notify();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    notify();
  };
}

/** Subscribes to changes of whether the charts are asked to draw (for `useSyncExternalStore`). */
export function subscribeDrawAll(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether an export is asking every chart to draw. */
export function drawAllRequested(): boolean {
  return holds > 0;
}
