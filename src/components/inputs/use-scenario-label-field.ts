import { useState, type ChangeEvent } from 'react';
import { followingLabel, scenarioLabel } from '../../model/scenario-label';
import type { ScenarioInput } from '../../model/scenarios';

/**
 * The value and events of a scenario's label field. The field shows the label the scenario shows:
 * while the scenario follows its target, the target's ("99.9 %"), which changes with it. Typing
 * makes the label the user's own, and it stays when the target changes. Clearing the field, or
 * typing exactly the target's label, makes it follow the target again: the field stays empty while
 * it has focus (so the next keystroke starts a new label), then shows the target's label.
 */
export function useScenarioLabelField(scenario: ScenarioInput, onLabel: (label: string | null) => void) {
  const [cleared, setCleared] = useState(false);
  return {
    value: cleared && scenario.label === null ? '' : scenarioLabel(scenario),
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const text = event.target.value;
      setCleared(text === '');
      onLabel(text === '' || text === followingLabel(scenario.availabilityPercent) ? null : text);
    },
    onBlur: () => setCleared(false),
  };
}
