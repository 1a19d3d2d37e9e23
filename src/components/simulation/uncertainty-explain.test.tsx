// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SEED_EXAMPLE } from '../../model/presets';
import { cloningRunner } from '../../simulation/simulation-runner';
import { uncertaintyFigureId, uncertaintyFigures } from '../../simulation/uncertainty-figures';
import { uncertaintyFigureText } from '../../format/uncertainty-format';
import { inputValueText } from '../../format/input-value-text';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { simulationViewStore } from '../export/simulation-view-store';
import { ExplainHost } from '../results/explain-host';
import { UncertaintyPanel } from './uncertainty-panel';

/*
 * The Uncertainty table's figures open the explain dialog. The seed example (issue 14): only the cost
 * per hour is uncertain; the exact model's annual savings at 99.9 % are 34.56 h × $2,000,000 =
 * $69,120,000, its downtime costs today and at 99.9 % $86,400,000 and $17,280,000 (issue 11).
 */

beforeEach(() => {
  const state = defaultState();
  calculatorStore.setState({ ...state, simulation: { ...state.simulation, enabled: true } });
  simulationViewStore.setState({ shown: null, failure: null });
});

const WAIT = { timeout: 20_000 };
const dialog = (name: string) => screen.findByRole('dialog', { name }, WAIT);

/** The figures of the run the table shows. */
function shownFigures() {
  const summary = simulationViewStore.getState().shown!.summary;
  return { summary, figures: uncertaintyFigures(summary) };
}

async function renderShown() {
  render(
    <>
      <UncertaintyPanel runner={cloningRunner()} />
      <ExplainHost />
    </>,
  );
  await screen.findByText(/runs with the random seed “nines”/, undefined, WAIT);
  return screen.getByRole('table', { name: 'Uncertainty' });
}

describe('explaining a figure of the Uncertainty table', () => {
  it('opens a P10 with what it is, its runs, seed and range, and the exact figure one level down', async () => {
    const user = userEvent.setup();
    const table = await renderShown();
    const { summary, figures } = shownFigures();
    const p10 = figures.get(uncertaintyFigureId('s2', 'vsBaseline', 'annualSavings', 'p10'))!;
    const cell = within(table).getByRole('button', {
      name: `Annual savings of 99.9 % against today, P10: ${uncertaintyFigureText(p10, 'USD', false)}`,
    });
    await user.click(cell);
    const open = await dialog('Annual savings of 99.9 % against today, P10');
    expect(open).toHaveTextContent(
      'is the value 10 % of the 10,000 runs with the random seed “nines” fall below',
    );
    expect(open).toHaveTextContent('the hours of downtime it avoids a year × that run’s cost per hour');
    expect(open).toHaveTextContent('= P10(S₁, …, Sₙ), Sᵣ = (u₀ − u₁) × Y × cᵣ');
    // Type 7: rank (10,000 − 1) × 0.1 = 999.9, between the 1,000th and the 1,001st run.
    expect(open).toHaveTextContent(
      `between runs no. 1,000 and 1,001 of them in ascending order = ${uncertaintyFigureText(p10, 'USD', false)}`,
    );
    expect(open).toHaveTextContent('float64 by design');
    const exact = `$${(((99.9 - 99.5) / 100) * 24 * 30 * 12 * SEED_EXAMPLE.downtimeCostPerHour).toLocaleString('en-US')}`;
    expect(open).toHaveTextContent(`for comparison: ${exact}`);
    const terms = within(within(open).getByRole('list', { name: 'Terms' }));
    expect(terms.getByRole('button', { name: 'Runs: 10,000 runs' })).toBeInTheDocument();
    const cost = summary.inputs.find((input) => input.key === 'downtimeCostPerHour')!;
    const range = `${inputValueText(cost.range.low, 'money', 'USD')} to ${inputValueText(cost.range.high, 'money', 'USD')}, lognormal`;
    expect(range).toBe('$1,000,000 to $5,000,000, lognormal');
    await user.click(terms.getByRole('button', { name: `Downtime cost per hour: ${range}` }));
    expect(await dialog('Downtime cost per hour')).toHaveTextContent(
      'A range: a 90 % interval (its ends are the 5th and 95th percentiles of the draws)',
    );
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(
      within(await dialog('Annual savings of 99.9 % against today, P10')).getByRole('button', {
        name: `Annual savings at 99.9 %: ${exact} a year`,
      }),
    );
    expect(await dialog('Annual savings at 99.9 %')).toHaveTextContent(
      `= $86,400,000 − $17,280,000 = ${exact}`,
    );
    await user.keyboard('{Escape}');
    expect(cell).toHaveFocus();
  });

  it('opens a chance as the runs in which it happens ÷ the runs, beside the horizon', async () => {
    const user = userEvent.setup();
    const table = await renderShown();
    const { summary, figures } = shownFigures();
    const figure = figures.get(uncertaintyFigureId('s3', 'marginal', 'paysBackWithinHorizon'))!;
    const text = uncertaintyFigureText(figure, 'USD', false);
    await user.click(
      within(table).getByRole('button', {
        name: `Chance the step from 99.9 % to 99.99 % pays back within 3 years: ${text}`,
      }),
    );
    const open = await dialog('Chance the step from 99.9 % to 99.99 % pays back within 3 years');
    const step = summary.scenarios.find((s) => s.id === 's3')!.marginal;
    expect(open).toHaveTextContent('= #{r : Pᵣ ≤ H} / n');
    expect(open).toHaveTextContent(
      `= ${step.paysBackWithinHorizon.count.toLocaleString('en-US')} ÷ 10,000 = ${text}`,
    );
    expect(within(open).getByRole('button', { name: /^Horizon: / })).toBeInTheDocument();
    expect(within(open).getByRole('button', { name: /^Payback .*99\.99 %: / })).toBeInTheDocument();
  });

  it('keeps the cells’ text and every figure a button of its own name', async () => {
    const table = await renderShown();
    const buttons = within(table).getAllByRole('button');
    const names = buttons.map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(names.length);
    const row = within(table).getByRole('rowheader', { name: '99.9 %' }).closest('tr')!;
    // P10 / P50 / P90 in one cell, as before.
    expect(row.children[2]!.textContent).toMatch(/^\$[\d,]+ \/ \$[\d,]+ \/ \$[\d,]+$/);
  });
});
