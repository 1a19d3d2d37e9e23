// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { SimulationInputs } from '../simulation/simulation-inputs';
import { CalculatorInputsPanel } from './calculator-inputs';
import { ScenarioEditor } from './scenario-editor';

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

/**
 * Every text box and slider whose element changed while `act` ran, by its accessible name: a field
 * that renders again sets its attributes anew (React writes an input's type, name and value back on
 * every update), so a field left alone records nothing.
 */
function changedFields(act: () => void): string[] {
  const changed = new Set<string>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const element = record.target instanceof Element ? record.target : record.target.parentElement;
      const input = element?.closest('input');
      if (!input) continue;
      changed.add(`${input.type === 'range' ? 'slider' : 'text box'} ${nameOf(input)}`);
    }
  });
  observer.observe(document.body, { subtree: true, attributes: true, characterData: true, childList: true });
  act();
  const records = observer.takeRecords();
  observer.disconnect();
  for (const record of records) {
    const input = (record.target as Element).closest?.('input');
    if (input) changed.add(`${input.type === 'range' ? 'slider' : 'text box'} ${nameOf(input)}`);
  }
  return [...changed].sort();
}

const nameOf = (input: HTMLInputElement) =>
  input.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? '(unnamed)';

describe('a step of one slider', () => {
  it('changes the elements of its own field and of no other field', async () => {
    calculatorStore.getState().actions.simulationChanged({ enabled: true });
    render(
      <Suspense>
        <CalculatorInputsPanel />
        <ScenarioEditor />
        <SimulationInputs />
      </Suspense>,
    );
    // The cost range's fields load apart: every field is on the page before the step.
    await screen.findByRole('textbox', { name: 'Low cost per hour' });
    const slider = screen.getByRole('slider', { name: 'Current availability' });
    const changed = changedFields(() => {
      fireEvent.change(slider, { target: { value: String(Number((slider as HTMLInputElement).value) + 1) } });
    });
    expect(changed).toEqual(['slider Current availability', 'text box Current availability']);
  });
});
