import { useEffect, useRef, useState } from 'react';

/**
 * The value, held back while it keeps changing: a change that comes after the value has rested for
 * `delayMs` passes at once (a typed figure or a key press redraws the charts without waiting), and
 * changes that follow each other faster than that (a slider being dragged) wait until the value has
 * stopped changing for `delayMs`, so the charts keep their last picture while the hand moves and
 * redraw once it rests. Keeps chart rendering (tens of milliseconds a chart, more on a slow laptop)
 * off the path of every input of a drag.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  // When `value` last changed (performance.now() ms); none yet, so the first change passes at once.
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const now = performance.now();
    const rested = now - lastChange.current >= delayMs;
    lastChange.current = now;
    // Even "at once" is a task of its own, after the urgent render has been painted.
    const timer = setTimeout(() => setSettled(value), rested ? 0 : delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
