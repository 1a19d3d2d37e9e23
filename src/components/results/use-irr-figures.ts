import { useEffect, useMemo, useState } from 'react';
import type { ResultGraph } from '../../model/result-graph';

type IrrFiguresModule = typeof import('../../model/irr-figures');

/** The module once loaded, shared by every table (it loads once per page). */
let loaded: IrrFiguresModule | null = null;

/**
 * The graph with the IRR figures added when `wanted` (the full table shows them), else the graph as
 * it is. The IRR's code is not part of the first results: it loads on the first call that wants it,
 * and until it has, the graph comes back without them (the IRR cells read "…" for that moment).
 */
export function useIrrFigures(graph: ResultGraph, wanted: boolean): ResultGraph {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void import('../../model/irr-figures').then((m) => {
      loaded = m;
      if (live) setModule(m);
    });
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return useMemo(() => (wanted && module ? module.withIrrFigures(graph) : graph), [graph, wanted, module]);
}
