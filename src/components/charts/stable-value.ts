import { useState } from 'react';

/**
 * Whether two view-model values hold the same data: primitives by `Object.is`, arrays and plain
 * objects member by member, anything else (functions, class instances) only when identical.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameData(item, b[i]));
  }
  if (Array.isArray(b)) return false;
  const protoA = Object.getPrototypeOf(a) as unknown;
  if ((protoA !== Object.prototype && protoA !== null) || Object.getPrototypeOf(b) !== protoA) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.hasOwn(recordB, key) && sameData(recordA[key], recordB[key]));
}

/**
 * The value, or the one from an earlier render while it holds the same data (`sameData`). View models
 * are rebuilt on every input; keeping the old object when nothing in it changed lets a memoised chart
 * skip its render, and recharts skip its redraw, when an input it does not show changes.
 */
export function useStableValue<T>(value: T): T {
  const [stable, setStable] = useState(value);
  if (stable !== value && !sameData(stable, value)) {
    // Storing information from the previous render: React re-renders at once with the new value.
    setStable(value);
    return value;
  }
  return stable;
}
