import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function of one identity for the component's life that always calls the latest `fn` given: a
 * handler to pass to a memoised field, which then renders again only when its values change, not
 * because its parent made a new closure. For event handlers only (it reads `fn` as of the last
 * commit), never for calls during render.
 */
export function useLatestCallback<Args extends unknown[], Result>(
  fn: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
