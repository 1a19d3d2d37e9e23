import type { ScenarioInput } from '../../model/scenarios';
import { scenarioLabel } from '../../model/scenario-label';

/**
 * The name each scenario's controls carry ("Remove 99.9 %"): its label as shown, so a screen reader
 * hears which scenario a control belongs to, not a number that changes when another is removed. An
 * empty label becomes "scenario 2"; a name two scenarios share (in any letter case) gets the
 * scenario's number added, so no two controls of one role ever share a name.
 */
export function scenarioNames(
  scenarios: readonly Pick<ScenarioInput, 'label' | 'availabilityPercent'>[],
): string[] {
  const candidates = scenarios.map((s, index) => scenarioLabel(s).trim() || `scenario ${index + 1}`);
  const keys = candidates.map((name) => name.toLocaleLowerCase());
  return candidates.map((name, index) =>
    keys.indexOf(keys[index]!) === keys.lastIndexOf(keys[index]!) ? name : `${name} (scenario ${index + 1})`,
  );
}
