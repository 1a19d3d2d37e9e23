import { useEffect, useId, useRef, useState } from 'react';
import { formatInputNumber } from '../../format/format';
import { parseAmount, parseAvailability, type ParseResult } from '../../format/parse';
import { LIMITS } from '../../model/limits';
import type { ScenarioInput } from '../../model/scenarios';
import { calculatorStore, useCalculatorActions, useScenarios } from '../../state/calculator-store';
import { NumberField } from './number-field';
import { SliderField } from './slider-field';
import { ninesScale } from './slider-scales';
import { scenarioNames } from './scenario-names';
import { useScenarioLabelField } from './use-scenario-label-field';

/** The user's own quote, or null when the field is empty: the rule's estimate is used then. */
function parseOverride(text: string): ParseResult<number | null> {
  if (text.trim() === '') return { ok: true, value: null };
  return parseAmount(text, LIMITS.maxAmount);
}

/** Where focus goes once the list has re-rendered after an add or a remove. */
type FocusTarget = { kind: 'first-field'; id: string } | { kind: 'heading'; id: string } | { kind: 'add' };

/** The list of target scenarios: add, label, edit and remove. */
export function ScenarioEditor() {
  const scenarios = useScenarios();
  const actions = useCalculatorActions();
  const names = scenarioNames(scenarios);
  const [announcement, setAnnouncement] = useState('');
  const focusTarget = useRef<FocusTarget | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);

  // After an add or a remove the control that had focus may be gone: once the list has re-rendered,
  // focus moves to the new scenario's first field, to the heading of the scenario that took the
  // removed one's place, or to "Add scenario", never to the page body.
  useEffect(() => {
    const wanted = focusTarget.current;
    if (!wanted) return;
    focusTarget.current = null;
    const target =
      wanted.kind === 'add'
        ? addButton.current
        : [...(list.current?.querySelectorAll<HTMLElement>('[data-scenario]') ?? [])]
            .find((fieldset) => fieldset.dataset.scenario === wanted.id)
            ?.querySelector<HTMLElement>(wanted.kind === 'heading' ? 'legend' : 'input');
    target?.focus();
  });

  const add = () => {
    const before = new Set(scenarios.map((s) => s.id));
    actions.scenarioAdded();
    const after = calculatorStore.getState().inputs.scenarios;
    const index = after.findIndex((s) => !before.has(s.id));
    const added = after[index];
    if (!added) return;
    setAnnouncement(`Added scenario ${scenarioNames(after)[index]}`);
    focusTarget.current = { kind: 'first-field', id: added.id };
  };

  const remove = (index: number) => {
    const removed = scenarios[index]!;
    const next = scenarios[index + 1];
    actions.scenarioRemoved(removed.id);
    setAnnouncement(`Removed ${names[index]}`);
    focusTarget.current = next ? { kind: 'heading', id: next.id } : { kind: 'add' };
  };

  return (
    <section className="panel scenarios" aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading">Target scenarios</h2>
      <div ref={list}>
        {scenarios.map((scenario, index) => (
          <ScenarioFields
            key={scenario.id}
            scenario={scenario}
            number={index + 1}
            name={names[index]!}
            onRemove={() => remove(index)}
          />
        ))}
      </div>
      <button
        ref={addButton}
        type="button"
        onClick={add}
        disabled={scenarios.length >= LIMITS.maxScenarios}
        title={
          scenarios.length >= LIMITS.maxScenarios ? `At most ${LIMITS.maxScenarios} scenarios` : undefined
        }
      >
        Add scenario
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
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
  const labelField = useScenarioLabelField(scenario, (label) => edit({ label }));
  return (
    <fieldset className="scenario" data-scenario={scenario.id}>
      {/* Focusable from script only: where focus lands when the scenario before it is removed. */}
      <legend tabIndex={-1}>Scenario {number}</legend>
      <div className="number-field">
        <label htmlFor={labelId}>
          Label <span className="visually-hidden">of scenario {number}</span>
        </label>
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
        value={scenario.investmentOverride}
        format={(v) => (v === null ? '' : formatInputNumber(v))}
        valueText={(v) => (v === null ? 'the rule’s estimate' : formatInputNumber(v))}
        parse={parseOverride}
        onCommit={(investmentOverride) => edit({ investmentOverride })}
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
