import { useId } from 'react';
import { formatInputNumber } from '../../format/format';
import { parseAmount, parseAvailability, type ParseResult } from '../../format/parse';
import { LIMITS } from '../../model/limits';
import type { ScenarioInput } from '../../model/scenarios';
import { useCalculatorActions, useInputs } from '../../state/calculator-store';
import { NumberField } from './number-field';
import { SliderField } from './slider-field';
import { ninesScale } from './slider-scales';
import { scenarioNames } from './scenario-names';

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
  const names = scenarioNames(scenarios);
  return (
    <section className="panel scenarios" aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading">Target scenarios</h2>
      {scenarios.map((scenario, index) => (
        <ScenarioFields
          key={scenario.id}
          scenario={scenario}
          number={index + 1}
          name={names[index]!}
          onRemove={() => actions.scenarioRemoved(scenario.id)}
        />
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

interface ScenarioFieldsProps {
  scenario: ScenarioInput;
  number: number;
  /** The scenario's name in its controls' names: "Target availability of 99.9 %". */
  name: string;
  onRemove: () => void;
}

function ScenarioFields({ scenario, number, name, onRemove }: ScenarioFieldsProps) {
  const actions = useCalculatorActions();
  const labelId = useId();
  const edit = (patch: Partial<Omit<ScenarioInput, 'id'>>) => actions.scenarioEdited(scenario.id, patch);
  return (
    <fieldset className="scenario">
      <legend>Scenario {number}</legend>
      <div className="number-field">
        <label htmlFor={labelId}>
          Label <span className="visually-hidden">of scenario {number}</span>
        </label>
        <input
          id={labelId}
          type="text"
          maxLength={LIMITS.maxLabelLength}
          value={scenario.label}
          onChange={(e) => edit({ label: e.target.value })}
        />
      </div>
      <SliderField
        label={`Target availability of ${name}`}
        value={scenario.availabilityPercent}
        scale={ninesScale}
        format={formatInputNumber}
        valueText={(v) => `${formatInputNumber(v)}%`}
        parse={parseAvailability}
        onCommit={(availabilityPercent) => edit({ availabilityPercent })}
      />
      <NumberField
        label={`Your own quote for ${name}`}
        value={scenario.investmentOverride ?? NO_OVERRIDE}
        format={(v) => (v === NO_OVERRIDE ? '' : formatInputNumber(v))}
        parse={parseOverride}
        onCommit={(v) => edit({ investmentOverride: v === NO_OVERRIDE ? null : v })}
        placeholder="empty = use the rule"
        hint="A one-time figure you were quoted; leave empty to use the rule's estimate."
      />
      <NumberField
        label={`Extra annual run cost for ${name}`}
        value={scenario.annualRunCost}
        format={formatInputNumber}
        parse={(t) => parseAmount(t, LIMITS.maxAmount)}
        onCommit={(annualRunCost) => edit({ annualRunCost })}
      />
      <button type="button" className="remove" onClick={onRemove}>
        Remove {name}
      </button>
    </fieldset>
  );
}
