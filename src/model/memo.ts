/**
 * Remembers the results of a pure function of decimal inputs, keyed by their decimal text. Logs and
 * fractional powers at 40 digits cost ~0.1 ms each; while a slider moves, most of their arguments
 * (the availabilities, the growth per nine) do not change, so the model recomputes only what did.
 * Bounded: the cache starts afresh once it holds `limit` entries.
 */
export function memoizeDecimal<Args extends Array<{ toString(): string }>, Result>(
  fn: (...args: Args) => Result,
  limit = 1000,
): (...args: Args) => Result {
  const cache = new Map<string, Result>();
  return (...args: Args) => {
    const key = args.map((a) => a.toString()).join('|');
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const result = fn(...args);
    if (cache.size >= limit) cache.clear();
    cache.set(key, result);
    return result;
  };
}
