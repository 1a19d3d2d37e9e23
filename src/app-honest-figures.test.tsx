// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { App } from './app';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app.test-helper';
import { calculatorStore } from './state/calculator-store';
import { defaultState } from './state/session';

// Edge figures in honest words: estimates are marked, a target below today shows what it costs, and
// a scenario beaten on every count is named as such (issue "Figures you can trust while typing").
vi.mock('./components/charts/charts-panel', () => ({ ChartsPanel: () => null }));

function row(label: RegExp) {
  const table = screen.getByRole('table', { name: 'Scenario comparison' });
  return within(table).getByRole('rowheader', { name: label }).closest('tr')!;
}

function cell(label: RegExp, column: string): string {
  const table = screen.getByRole('table', { name: 'Scenario comparison' });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const index = headers.findIndex((text) => text === column || text?.startsWith(column));
  return row(label).children[index]!.textContent ?? '';
}

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

describe('honest edge figures', () => {
  it('marks the rule’s investment as an estimate and the user’s own figure as a quote', () => {
    const state = defaultState();
    state.inputs.scenarios[2]!.investmentOverride = 100_000_000;
    state.showAllColumns = true;
    calculatorStore.setState(state);
    render(<App />);
    expect(cell(/^99\.9 %$/, 'Investment')).toBe('$12,000,000 (estimate)');
    expect(cell(/^99\.99 %$/, 'Investment')).toBe('$100,000,000 (your quote)');
    // The step from 99.9 % is priced by the rule at one end, so it is an estimate too.
    expect(cell(/^99\.99 %$/, 'Marginal investment')).toBe('$88,000,000 (estimate)');
    expect(cell(/^99\.5 %$/, 'Investment')).toBe('$0');
  });

  it('shows a target below today as a cost, not as "no savings"', () => {
    const state = defaultState();
    state.inputs.scenarios[0]!.availabilityPercent = 99;
    calculatorStore.setState(state);
    render(<App />);
    // (1 % − 0.5 %) × 8,640 h × $2,000,000 = $86,400,000 more downtime cost a year.
    expect(cell(/^99 %$/, 'Annual savings')).toBe('-$86,400,000 (more downtime)');
    expect(cell(/^99 %$/, 'Payback')).toBe('never (adds downtime)');
    expect(cell(/^99 %$/, 'NPV')).toMatch(/^-\$/);
  });

  it('names a dominated scenario and never calls a cheaper, better step "immediate"', () => {
    const state = defaultState();
    state.inputs.scenarios.push({
      id: 's4',
      label: '99.95 %',
      availabilityPercent: 99.95,
      investmentOverride: 4_900_000,
      annualRunCost: 0,
    });
    state.nextScenarioNumber = 5;
    state.showAllColumns = true;
    calculatorStore.setState(state);
    render(<App />);
    expect(within(row(/^99\.9 %/)).getByRole('rowheader')).toHaveTextContent('99.9 % dominated by 99.95 %');
    expect(cell(/^99\.95 %/, 'Marginal investment')).toBe('-$7,100,000 (cheaper, estimate)');
    expect(cell(/^99\.95 %/, 'Marginal payback')).toBe('dominates 99.9 %');
    expect(screen.queryByText('immediate')).not.toBeInTheDocument();
  });
});

describe('inputs a preset set', () => {
  it('say so beside the field until the user types a figure of their own', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.selectOptions(screen.getByLabelText('Preset'), 'saas');
    const cost = screen.getByRole('textbox', { name: 'Downtime cost per hour' });
    const infra = screen.getByRole('textbox', { name: 'Monthly infrastructure cost' });
    expect(cost).toHaveAccessibleDescription(
      /Set by the Enterprise SaaS preset \(the midpoint of its range\)/,
    );
    expect(infra).toHaveAccessibleDescription(/The worked example’s figure, which the preset does not set/);
    await user.clear(infra);
    await user.type(infra, '80,000');
    expect(infra).not.toHaveAccessibleDescription(/worked example/);
    await user.clear(cost);
    await user.type(cost, '300,000');
    expect(cost).not.toHaveAccessibleDescription(/preset/);
  });
});
