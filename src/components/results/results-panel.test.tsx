// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResultsPanel } from './results-panel';
import { formatRatePercent } from '../../format/format';
import { withIrrFigures } from '../../model/irr-figures';
import { evaluateResultGraph } from '../../model/result-graph';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState, sessionOf } from '../../state/session';

const headers = () =>
  within(screen.getByRole('table', { name: 'Scenario comparison' }))
    .getAllByRole('columnheader')
    .map((h) => h.textContent);

describe('the results panel', () => {
  it('writes tiny and large settings in plain digits, never in exponent notation', () => {
    const state = defaultState();
    // Valid values a share link (or the fields) can carry.
    state.inputs.calibrationMultiple = 1e-9;
    state.inputs.discountRatePercent = 1e-7;
    state.inputs.growthPerNine = 1000;
    calculatorStore.setState(state);
    const { container } = render(<ResultsPanel />);
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/\de[+-]?\d|NaN|Infinity/);
    expect(text).toContain('costs 0.000000001 × the annual infrastructure cost');
    expect(text).toContain('NPV over 3 years at 0.0000001 % a year');
    expect(text).toContain('NPV (3 y at 0.0000001%)');
    expect(text).toContain('g = 1,000 per nine');
  });

  it('shows the columns a decision needs, and every column at the press of "Show all columns", saved with the session', async () => {
    calculatorStore.setState(defaultState());
    const user = userEvent.setup();
    render(<ResultsPanel />);
    expect(headers()).toEqual([
      'Scenario',
      'Availability',
      'Downtime a month',
      'Annual downtime cost',
      'Annual savings',
      'Investment',
      'Payback',
      'NPV (3 y at 8%)',
      'Marginal payback',
    ]);
    const toggle = screen.getByRole('button', { name: 'Show all columns' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(sessionOf(calculatorStore.getState()).showAllColumns).toBe(true);
    expect(headers()).toEqual([
      'Scenario',
      'Availability',
      'Downtime a month',
      'Annual downtime cost',
      'Annual savings',
      'Savings at low / high cost',
      'Investment',
      'Extra run cost a year',
      'Payback',
      'Payback at low / high cost',
      'NPV (3 y at 8%)',
      'Discounted payback',
      'IRR',
      'Compared with',
      'Marginal annual savings',
      'Marginal investment',
      'Marginal payback',
      'Marginal IRR',
    ]);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(headers()).toHaveLength(9);
  });

  it('shows the IRR with one decimal, and "none" where nothing is invested, once its figures have loaded', async () => {
    const state = defaultState();
    state.showAllColumns = true;
    calculatorStore.setState(state);
    render(<ResultsPanel />);
    const table = screen.getByRole('table', { name: 'Scenario comparison' });
    const cell = (row: string, column: string) =>
      within(table).getByRole('rowheader', { name: row }).closest('tr')!.children[headers().indexOf(column)]!
        .textContent;
    // The IRR's code loads on demand: "…" for that moment.
    await waitFor(() => expect(cell('99.5 %', 'IRR')).toBe('none'));
    expect(cell('99.5 %', 'Marginal IRR')).toBe('none');
    // The rate at which the step's own NPV is 0 (irr-figures.test.ts checks that), one decimal.
    const graph = withIrrFigures(evaluateResultGraph(state.inputs, state.ranges.downtimeCostPerHour));
    expect(cell('99.9 %', 'IRR')).toBe(formatRatePercent(graph.value('scenario.s2.irr')));
    expect(cell('99.99 %', 'Marginal IRR')).toBe(formatRatePercent(graph.value('scenario.s3.marginal.irr')));
    expect(cell('99.99 %', 'Marginal IRR')).not.toBe('none');
  });
});
