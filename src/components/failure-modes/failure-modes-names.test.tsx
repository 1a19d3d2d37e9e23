// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render-app.test-helper';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';

vi.mock('../charts/charts-panel', () => ({ ChartsPanel: () => null }));
// Counts how often the section builds the failure modes' figure graph (every lever's NPV and IRR).
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../state/failure-mode-graph', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../state/failure-mode-graph')>();
  return {
    failureModeGraphOf: (...args: Parameters<typeof original.failureModeGraphOf>) => {
      built.count += 1;
      return original.failureModeGraphOf(...args);
    },
  };
});

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

describe('the failure modes’ figure buttons while an input moves', () => {
  it('keep their names without building the figure graph again when only the money changes', async () => {
    await renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Work out availability from failure modes' }));
    const table = await screen.findByRole('table', { name: 'Failure modes' }, { timeout: 10_000 });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Failure catalogue' }),
      'Production failures (seed)',
    );
    const before = built.count;
    const names = () =>
      within(table)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label'));
    const shown = names();
    expect(shown.length).toBeGreaterThan(0);
    // A slider's worth of steps on the cost per hour: the names are the same, the graph not rebuilt.
    for (const cost of [1_100_000, 1_200_000, 1_300_000])
      act(() => calculatorStore.getState().actions.inputChanged('downtimeCostPerHour', cost));
    expect(built.count).toBe(before);
    expect(names()).toEqual(shown);
    // A new target changes the names (its budget's share): the graph is built for it.
    const id = calculatorStore.getState().inputs.scenarios[0]!.id;
    act(() => calculatorStore.getState().actions.scenarioEdited(id, { availabilityPercent: 99.7 }));
    expect(built.count).toBeGreaterThan(before);
    expect(names().some((name) => name?.includes('99.7 %'))).toBe(true);
  });
});
