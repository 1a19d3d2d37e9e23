import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs`: while a slider is dragged the charts keep
 * their last picture, and redraw once the hand rests. Keeps chart rendering (tens of milliseconds a
 * chart, more on a slow laptop) off the path of every input, where `useDeferredValue` alone still
 * let a redraw delay the table's next frame.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
