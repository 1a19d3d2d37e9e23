import { useId } from 'react';
import { formatInputNumber } from '../../format/format';
import { parseAmount, parseAvailability, type ParseResult } from '../../format/parse';
import { LIMITS } from '../../model/limits';
import type { ScenarioInput } from '../../model/scenarios';
import { useCalculatorActions, useInputs } from '../../state/calculator-store';
import { NumberField } from './number-field';
import { SliderField } from './slider-field';
import { ninesScale } from './slider-scales';
import { useScenarioLabelField } from './use-scenario-label-field';

/** An empty override field means "use the rule"; the number field shows that as an empty text. */
const NO_OVERRIDE = -1;

function parseOverride(text: string): ParseResult {
  if (text.trim() === '') return { ok: true, value: NO_OVERRIDE };
  return parseAmount(text, LIMITS.maxAmount);
}

/** The list of target scenarios: add, label, edit and remove. */
export function ScenarioEditor() {
  const { scenarios } = useInputs();
  const actions = useCalculatorActions();
  return (
    <section className="panel scenarios" aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading">Target scenarios</h2>
      {scenarios.map((scenario, index) => (
        <ScenarioFields key={scenario.id} scenario={scenario} number={index + 1} />
      ))}
      <button
        type="button"
        onClick={actions.scenarioAdded}
        disabled={scenarios.length >= LIMITS.maxScenarios}
        title={
          scenarios.length >= LIMITS.maxScenarios ? `At most ${LIMITS.maxScenarios} scenarios` : undefined
        }
      >
        Add scenario
      </button>
    </section>
  );
}

function ScenarioFields({ scenario, number }: { scenario: ScenarioInput; number: number }) {
  const actions = useCalculatorActions();
  const labelId = useId();
  const edit = (patch: Partial<Omit<ScenarioInput, 'id'>>) => actions.scenarioEdited(scenario.id, patch);
  const labelField = useScenarioLabelField(scenario, (label) => edit({ label }));
  return (
    <fieldset className="scenario">
      <legend>Scenario {number}</legend>
      <div className="number-field">
        <label htmlFor={labelId}>Label</label>
        <input
          id={labelId}
          type="text"
          maxLength={LIMITS.maxLabelLength}
          value={labelField.value}
          onChange={labelField.onChange}
          onBlur={labelField.onBlur}
        />
      </div>
      <SliderField
        label="Target availability"
        value={scenario.availabilityPercent}
        scale={ninesScale}
        format={formatInputNumber}
        valueText={(v) => `${formatInputNumber(v)}%`}
        parse={parseAvailability}
        onCommit={(availabilityPercent) => edit({ availabilityPercent })}
      />
      <NumberField
        label="Investment override"
        value={scenario.investmentOverride ?? NO_OVERRIDE}
        format={(v) => (v === NO_OVERRIDE ? '' : formatInputNumber(v))}
        parse={parseOverride}
        onCommit={(v) => edit({ investmentOverride: v === NO_OVERRIDE ? null : v })}
        placeholder="empty = use the rule"
        hint="Your own one-time figure (a quote); leave empty to use the rule."
      />
      <NumberField
        label="Extra annual run cost"
        value={scenario.annualRunCost}
        format={formatInputNumber}
        parse={(t) => parseAmount(t, LIMITS.maxAmount)}
        onCommit={(annualRunCost) => edit({ annualRunCost })}
      />
      <button type="button" className="remove" onClick={() => actions.scenarioRemoved(scenario.id)}>
        Remove scenario {number}
      </button>
    </fieldset>
  );
}
