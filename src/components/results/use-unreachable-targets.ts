import { useEffect, useMemo, useState } from 'react';
import { formatAvailabilityFromUnavailability } from '../../format/format';
import { scenarioLabel } from '../../model/scenario-label';
import { useCalculator, useInputs } from '../../state/calculator-store';

type DependencyFigures = typeof import('../../model/dependency-figures');

/** The dependency figures' module once loaded: not in the first chunk, as most sessions have no dependencies. */
let loaded: DependencyFigures | null = null;

/**
 * Why each target scenario cannot be reached, by scenario id ("unreachable: above the 99.94 %
 * ceiling from dependencies"), for the comparison table; reachable targets are absent. Null while
 * the session has no dependency (nothing is loaded then) and while the module loads; should its
 * chunk fail to load, the table stays without the marks.
 */
export function useUnreachableTargets(): ReadonlyMap<string, string> | null {
  const { tree, ownOutages } = useCalculator((s) => s.dependencies);
  const inputs = useInputs();
  const [engine, setEngine] = useState(loaded);
  const wanted = tree.children.length > 0;
  useEffect(() => {
    if (wanted && !engine)
      import('../../model/dependency-figures').then(
        (module) => setEngine((loaded = module)),
        () => {},
      );
  }, [wanted, engine]);
  return useMemo(
    () =>
      wanted && engine
        ? engine.unreachableTargets(
            tree,
            ownOutages,
            inputs.scenarios.map((s) => ({
              id: s.id,
              label: scenarioLabel(s),
              availabilityPercent: s.availabilityPercent,
            })),
            inputs.periodConvention,
            formatAvailabilityFromUnavailability,
          )
        : null,
    [wanted, engine, tree, ownOutages, inputs.scenarios, inputs.periodConvention],
  );
}
