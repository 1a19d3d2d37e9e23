// @vitest-environment jsdom
import { renderApp } from './render-app.test-helper';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listenForUndoKeys } from './components/undo-shortcuts';
import { calculatorStore, clearUndoHistory, redoLastChange, undoLastChange } from './state/calculator-store';
import { defaultState } from './state/session';
import { noticesStore } from './state/notices-store';

vi.mock('./components/charts/charts-panel', () => ({ ChartsPanel: () => null }));

beforeEach(() => {
  calculatorStore.setState(defaultState());
  clearUndoHistory();
  noticesStore.setState({ notices: [] });
});

const rowLabels = () =>
  within(screen.getByRole('table', { name: 'Scenario comparison' }))
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('undo', () => {
  it('a removed scenario comes back with the notice’s Undo button', async () => {
    const user = userEvent.setup();
    await renderApp();
    const remove = (await screen.findAllByRole('button', { name: /^Remove/ }))[1]!;
    await user.click(remove);
    expect(rowLabels()).toEqual(['99.5 %', '99.99 %']);
    expect(await screen.findByText('Removed 99.9 %.')).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(rowLabels()).toEqual(['99.5 %', '99.9 %', '99.99 %']);
    expect(screen.queryByText('Removed 99.9 %.')).not.toBeInTheDocument();
  });

  it('a preset says what it replaced, and Ctrl+Z outside a text field takes it back', async () => {
    const user = userEvent.setup();
    const stop = listenForUndoKeys(window, { undo: undoLastChange, redo: redoLastChange });
    await renderApp();
    const cost = screen.getByRole('textbox', { name: 'Downtime cost per hour' });
    await user.clear(cost);
    await user.type(cost, '300000');
    clearUndoHistory(); // as if the typing had happened long before
    await user.selectOptions(screen.getByLabelText('Preset'), 'saas');
    expect(cost).toHaveValue('550,000');
    expect(
      await screen.findByText(/Preset “Enterprise SaaS”: downtime cost per hour \$550,000 \(was \$300,000\)/),
    ).toBeInTheDocument();
    await user.click(document.body);
    await user.keyboard('{Control>}z{/Control}');
    expect(cost).toHaveValue('300,000');
    expect(screen.getByLabelText('Preset')).toHaveValue('seed');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(cost).toHaveValue('550,000');
    stop();
  });

  it('Ctrl+Z inside a text field is left to the field', async () => {
    const user = userEvent.setup();
    const undo = vi.fn();
    const stop = listenForUndoKeys(window, { undo, redo: () => {} });
    await renderApp();
    await user.click(screen.getByRole('textbox', { name: 'Downtime cost per hour' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(undo).not.toHaveBeenCalled();
    await user.click(document.body);
    await user.keyboard('{Control>}z{/Control}');
    expect(undo).toHaveBeenCalledTimes(1);
    stop();
  });
});
