import { useCallback, useState } from 'react';

/**
 * Whether a chart's tooltip is mounted, and the handler that mounts it (for the chart surface's
 * `onPointerEnter` and `onFocus`): from the first time the pointer or the keyboard's focus enters the
 * chart. Until then nothing can show a tooltip, and a mounted one costs every draw its share of
 * recharts' work (its settings, its selectors over the data): on the page's first chart, and on every
 * redraw while a slider moves.
 */
export function useTooltipOnDemand(): [boolean, () => void] {
  const [wanted, setWanted] = useState(false);
  const want = useCallback(() => setWanted(true), []);
  return [wanted, want];
}
