/**
 * Whether the page has drawn its first chart (or given up waiting for it). The panels that are not
 * needed to read or change the figures (toolbars, the report's title, the assumptions, the simulation's
 * switch) mount only then, so that they do not compete with the first chart for the main thread: on a
 * first visit they and the charts' chunk arrive together, and rendering them first kept the first chart
 * waiting about a tenth longer; a first visit's share link is first written into the address bar then
 * too (its codec is a chunk of its own). Once set it stays set for the life of the page.
 */
let drawn = false;
const listeners = new Set<() => void>();

/** Says the first chart is on the page (the charts call it after their first turn, or on failing to load). */
export function firstChartDrawn(): void {
  if (drawn) return;
  drawn = true;
  for (const listener of listeners) listener();
}

/** Whether `firstChartDrawn` has been called. */
export function isFirstChartDrawn(): boolean {
  return drawn;
}

/** Calls `listener` when the first chart is drawn; returns the unsubscribe function. */
export function subscribeFirstChart(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls `callback` once the first chart is drawn (at once if it is); returns a function that cancels it. */
export function whenFirstChartDrawn(callback: () => void): () => void {
  if (drawn) callback();
  // Listeners are called once at most: the first chart is drawn once.
  return subscribeFirstChart(callback);
}
