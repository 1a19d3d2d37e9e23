// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResultsPanel } from '../results/results-panel';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { ScenarioEditor } from './scenario-editor';

beforeEach(() => {
  calculatorStore.setState(defaultState());
  render(
    <>
      <ScenarioEditor />
      <ResultsPanel />
    </>,
  );
});

const scenario = (n: number) => screen.getByRole('group', { name: `Scenario ${n}` });
const labelField = (n: number) => within(scenario(n)).getByRole('textbox', { name: /^Label/ });
const targetField = (n: number) => within(scenario(n)).getByRole('textbox', { name: /^Target availability/ });

/** The comparison table's row headers and Availability cells, top to bottom. */
function rows(): Array<[string, string]> {
  const table = screen.getByRole('table', { name: 'Scenario comparison' });
  return within(table)
    .getAllByRole('rowheader')
    .map((header) => [header.textContent ?? '', header.nextElementSibling?.textContent ?? '']);
}

describe('a scenario label', () => {
  it('that was never edited follows its target: 99.5 → 99.9 reads "99.9 %" in the field and the table', async () => {
    const user = userEvent.setup();
    expect(labelField(1)).toHaveValue('99.5 %');
    await user.clear(targetField(1));
    await user.type(targetField(1), '99.9');
    expect(labelField(1)).toHaveValue('99.9 %');
    expect(rows()).toEqual([
      ['99.9 %', '99.9%'],
      ['99.9 %', '99.9%'],
      ['99.99 %', '99.99%'],
    ]);
  });

  it('that the user edited stays when the target changes', async () => {
    const user = userEvent.setup();
    await user.clear(labelField(2));
    await user.type(labelField(2), 'Checkout');
    await user.clear(targetField(2));
    await user.type(targetField(2), '99.95');
    expect(labelField(2)).toHaveValue('Checkout');
    expect(rows()[1]).toEqual(['Checkout', '99.95%']);
  });

  it('that is cleared follows its target again: empty while typing, the target once the field is left', async () => {
    const user = userEvent.setup();
    await user.clear(labelField(3));
    await user.type(labelField(3), 'Four nines');
    expect(rows()[2]).toEqual(['Four nines', '99.99%']);

    await user.clear(labelField(3));
    expect(labelField(3)).toHaveValue('');
    expect(rows()[2]).toEqual(['99.99 %', '99.99%']);
    await user.tab();
    expect(labelField(3)).toHaveValue('99.99 %');

    await user.clear(targetField(3));
    await user.type(targetField(3), '99.999');
    expect(labelField(3)).toHaveValue('99.999 %');
    expect(rows()[2]).toEqual(['99.999 %', '99.999%']);
  });

  it('a new scenario follows its target too', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    expect(labelField(4)).toHaveValue('99.999 %');
    await user.clear(targetField(4));
    await user.type(targetField(4), '99.95');
    expect(labelField(4)).toHaveValue('99.95 %');
    expect(rows()[3]).toEqual(['99.95 %', '99.95%']);
  });
});
