// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResultsPanel } from '../results/results-panel';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { CostRangeFields } from './cost-range-fields';

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

const range = () => calculatorStore.getState().ranges.downtimeCostPerHour;
const low = () => screen.getByRole('textbox', { name: 'Low cost per hour' });
const high = () => screen.getByRole('textbox', { name: 'High cost per hour' });
const shape = () => screen.getByRole('combobox', { name: 'Shape of the cost-per-hour range' });

/** The "Savings at low / high cost" cell of the 99.9 % row. */
function savingsAtLowHigh(): string {
  const table = screen.getByRole('table', { name: 'Scenario comparison' });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const row = within(table).getByRole('rowheader', { name: '99.9 %' }).closest('tr')!;
  return row.children[headers.indexOf('Savings at low / high cost')]!.textContent ?? '';
}

/** Replaces a field's text at once (pasted), so no prefix of it is ever a value of the field. */
async function retype(field: HTMLElement, text: string) {
  const user = userEvent.setup();
  await user.clear(field);
  await user.paste(text);
}

describe('the cost-per-hour range', () => {
  it('has its low and high fields and a shape picker, lognormal by default', () => {
    render(<CostRangeFields />);
    expect(low()).toHaveValue('1,000,000');
    expect(high()).toHaveValue('5,000,000');
    expect(shape()).toHaveDisplayValue('Lognormal (skewed towards the low end)');
  });

  it('takes a new shape', async () => {
    render(<CostRangeFields />);
    await userEvent.setup().selectOptions(shape(), 'PERT (around your cost per hour)');
    expect(range()).toEqual({ low: 1_000_000, high: 5_000_000, shape: 'pert' });
  });

  it('a low end above the high end: says so beside the fields, keeps both texts and the last good range', async () => {
    // The low / high figures are among the columns the full table adds.
    calculatorStore.getState().actions.showAllColumnsToggled(true);
    render(
      <>
        <CostRangeFields />
        <ResultsPanel />
      </>,
    );
    const before = savingsAtLowHigh();
    await retype(low(), '6,000,000');
    expect(
      screen.getByText(
        'Low cost per hour is above high cost per hour: the low end must not exceed the high end.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Until it is fixed, the low / high figures keep $1,000,000–$5,000,000 an hour.'),
    ).toBeInTheDocument();
    expect(low()).toHaveValue('6,000,000');
    expect(high()).toHaveValue('5,000,000');
    expect(range()).toEqual({ low: 1_000_000, high: 5_000_000, shape: 'lognormal' });
    expect(savingsAtLowHigh()).toBe(before);

    await retype(high(), '9,000,000');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(range()).toEqual({ low: 6_000_000, high: 9_000_000, shape: 'lognormal' });
    expect(savingsAtLowHigh()).not.toBe(before);
  });

  it('a lognormal range from 0 is held back until another shape is picked', async () => {
    render(<CostRangeFields />);
    await retype(low(), '0');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'A lognormal range must stay above 0, and low cost per hour is 0: pick the uniform or PERT shape for a range that includes 0.',
    );
    expect(range().low).toBe(1_000_000);
    await userEvent.setup().selectOptions(shape(), 'Uniform (every value alike)');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(range()).toEqual({ low: 0, high: 5_000_000, shape: 'uniform' });
  });

  it('a range from a link that does not hold together says so, and that the figures use it as it is', () => {
    const state = defaultState();
    state.ranges.downtimeCostPerHour = { low: 5_000_000, high: 100, shape: 'lognormal' };
    calculatorStore.setState(state);
    render(<CostRangeFields />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Low cost per hour is above high cost per hour: the low end must not exceed the high end.The low / high figures use these ends as they are.',
    );
  });

  it('a cost per hour above its range is named, and the range can be widened to include it', async () => {
    const state = defaultState();
    state.presetId = 'saas';
    state.ranges.downtimeCostPerHour = { low: 100_000, high: 1_000_000, shape: 'lognormal' };
    calculatorStore.setState(state);
    render(<CostRangeFields />);
    expect(
      screen.getByText(
        'Your cost per hour, $2,000,000, is above this range: the low/high figures do not bracket it.',
      ),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Widen the range to include it' }));
    expect(range()).toEqual({ low: 100_000, high: 2_000_000, shape: 'lognormal' });
    expect(high()).toHaveValue('2,000,000');
    expect(screen.queryByText(/do not bracket it/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Widen the range to include it' })).not.toBeInTheDocument();
  });

  it('a cost per hour below its range is named too; a lognormal range cannot widen to 0', async () => {
    calculatorStore.getState().actions.inputChanged('downtimeCostPerHour', 500_000);
    const { unmount } = render(<CostRangeFields />);
    expect(
      screen.getByText(
        'Your cost per hour, $500,000, is below this range: the low/high figures do not bracket it.',
      ),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Widen the range to include it' }));
    expect(range()).toEqual({ low: 500_000, high: 5_000_000, shape: 'lognormal' });
    unmount();

    calculatorStore.getState().actions.inputChanged('downtimeCostPerHour', 0);
    render(<CostRangeFields />);
    expect(screen.getByText(/is below this range/)).toHaveTextContent(
      'A lognormal range cannot reach 0: pick another shape to include it.',
    );
    expect(screen.queryByRole('button', { name: 'Widen the range to include it' })).not.toBeInTheDocument();
  });

  it('shows a range set elsewhere (a preset), dropping what was held back', async () => {
    render(<CostRangeFields />);
    await retype(low(), '6,000,000');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    calculatorStore.getState().actions.presetChosen('gaming');
    expect(await screen.findByDisplayValue('50,000')).toBe(low());
    expect(high()).toHaveValue('500,000');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
