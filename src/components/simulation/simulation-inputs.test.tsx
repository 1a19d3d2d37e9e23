// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MAX_RUNS, MAX_SEED_LENGTH } from '../../simulation/simulate';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { RUNS_LIMIT, SEED_LENGTH_LIMIT } from './simulation-limits';
import { SimulationPanel } from './simulation-switch';

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

const state = () => calculatorStore.getState();
const theSwitch = () => screen.getByRole('switch', { name: 'Simulate the ranges' });

/** Replaces a field's text at once (pasted), so no prefix of it is ever a value of the field. */
async function retype(field: HTMLElement, text: string) {
  const user = userEvent.setup();
  await user.clear(field);
  if (text !== '') await user.paste(text);
}

/** Renders the panel and switches the simulation on; waits for its inputs' chunk. */
async function renderOn() {
  render(<SimulationPanel />);
  await userEvent.setup().click(theSwitch());
  await screen.findByRole('textbox', { name: 'Runs' }, { timeout: 10_000 });
}

describe('the panel Simulation', () => {
  it('keeps the engine’s limits on runs and seed', () => {
    expect(RUNS_LIMIT).toBe(MAX_RUNS);
    expect(SEED_LENGTH_LIMIT).toBe(MAX_SEED_LENGTH);
  });

  it('is off at first, with no inputs of its own; the switch turns it on and shows Runs and Random seed', async () => {
    render(<SimulationPanel />);
    expect(theSwitch()).not.toBeChecked();
    expect(screen.queryByRole('textbox', { name: 'Runs' })).toBeNull();
    await userEvent.setup().click(theSwitch());
    expect(state().simulation.enabled).toBe(true);
    expect(await screen.findByRole('textbox', { name: 'Runs' }, { timeout: 10_000 })).toHaveValue('10,000');
    expect(screen.getByRole('textbox', { name: 'Random seed' })).toHaveValue('nines');
    await userEvent.setup().click(theSwitch());
    expect(state().simulation.enabled).toBe(false);
  });

  it('takes a whole number of runs, and refuses one beyond the limit beside the field, keeping the last', async () => {
    await renderOn();
    const runs = screen.getByRole('textbox', { name: 'Runs' });
    await retype(runs, '2500');
    expect(state().simulation.runs).toBe(2500);
    // A new edit starts once the field is left: a refused text then keeps 2,500, not the runs before.
    await userEvent.setup().tab();
    await retype(runs, '1.5');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number.');
    expect(runs).toHaveValue('1.5');
    expect(state().simulation.runs).toBe(2500);
    await retype(runs, String(RUNS_LIMIT + 1));
    expect(screen.getByRole('alert')).toHaveTextContent(`Must be at most ${RUNS_LIMIT}.`);
    expect(state().simulation.runs).toBe(2500);
  });

  it('takes any seed text, and keeps the last one while the field is empty', async () => {
    await renderOn();
    const seed = screen.getByRole('textbox', { name: 'Random seed' });
    await retype(seed, 'board meeting');
    expect(state().simulation.seed).toBe('board meeting');
    await retype(seed, '');
    expect(screen.getByRole('alert')).toHaveTextContent('The simulation keeps the seed “board meeting”.');
    expect(state().simulation.seed).toBe('board meeting');
  });

  it('gives each scenario’s investment and extra run cost a range of low, high and shape, every control named apart', async () => {
    await renderOn();
    const names = [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map(
      (control) => control.labels?.[0]?.textContent?.trim() ?? '',
    );
    expect(names).not.toContain('');
    expect(new Set(names).size).toBe(names.length);
    for (const scenario of ['99.5 %', '99.9 %', '99.99 %'])
      for (const input of ['Investment', 'Extra run cost']) {
        expect(screen.getByRole('textbox', { name: `${input} of ${scenario}, low` })).toHaveValue('');
        expect(screen.getByRole('textbox', { name: `${input} of ${scenario}, high` })).toHaveValue('');
        expect(screen.getByRole('combobox', { name: `${input} of ${scenario}, shape` })).toBeInTheDocument();
      }
  });

  it('sets a range once both ends hold together, says what is wrong when they do not, and takes it away when both are emptied', async () => {
    await renderOn();
    const user = userEvent.setup();
    const key = 'scenarios.s2.investment' as const;
    const low = screen.getByRole('textbox', { name: 'Investment of 99.9 %, low' });
    const high = screen.getByRole('textbox', { name: 'Investment of 99.9 %, high' });
    await retype(low, '8,000,000');
    expect(state().ranges[key]).toBeUndefined();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Give both ends of the range of investment of 99.9 %, or leave both empty for none.',
    );
    await retype(high, '20,000,000');
    expect(state().ranges[key]).toEqual({ low: 8_000_000, high: 20_000_000, shape: 'lognormal' });
    expect(screen.queryByRole('alert')).toBeNull();

    await retype(low, '30,000,000');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Investment of 99.9 %, low is above investment of 99.9 %, high: the low end must not exceed the high end.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Until it is fixed, the simulation keeps $8,000,000–$20,000,000.',
    );
    expect(low).toHaveValue('30,000,000');
    expect(state().ranges[key]).toEqual({ low: 8_000_000, high: 20_000_000, shape: 'lognormal' });

    await retype(low, '0');
    expect(screen.getByRole('alert')).toHaveTextContent('A lognormal range must stay above 0');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Investment of 99.9 %, shape' }),
      'Uniform (every value alike)',
    );
    expect(state().ranges[key]).toEqual({ low: 0, high: 20_000_000, shape: 'uniform' });

    await retype(low, '');
    await retype(high, '');
    expect(state().ranges[key]).toBeUndefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a new range from 0 takes the uniform shape unless one was picked', async () => {
    await renderOn();
    await retype(screen.getByRole('textbox', { name: 'Extra run cost of 99.99 %, low' }), '0');
    await retype(screen.getByRole('textbox', { name: 'Extra run cost of 99.99 %, high' }), '200,000');
    expect(state().ranges['scenarios.s3.annualRunCost']).toEqual({ low: 0, high: 200_000, shape: 'uniform' });
  });
});
