// @vitest-environment jsdom
import { renderApp } from './render-app.test-helper';
import { describe, expect, it, beforeEach, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calculatorStore } from './state/calculator-store';
import { defaultState } from './state/session';

// These tests drive the inputs and the table; the charts have their own tests (charts-panel.test.tsx,
// app-charts.test.tsx) and would only slow every keystroke here by redrawing in jsdom.
vi.mock('./components/charts/charts-panel', () => ({ ChartsPanel: () => null }));

function table() {
  return screen.getByRole('table', { name: 'Scenario comparison' });
}

/** The text of the cell in the row headed `rowLabel` under the column headed `column`. */
function cell(rowLabel: string, column: string): string {
  const headers = within(table())
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const index = headers.findIndex((text) => text === column || text?.startsWith(column));
  if (index < 0) throw new Error(`no column ${column} in ${headers.join(' | ')}`);
  const row = within(table()).getByRole('rowheader', { name: rowLabel }).closest('tr')!;
  return row.children[index]!.textContent ?? '';
}

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

describe('the comparison page', () => {
  it('shows the worked example to the cent, with its conventions', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Show all columns' }));
    await user.selectOptions(screen.getByLabelText('Preset'), 'Worked example (e-commerce, $2M an hour)');
    expect(screen.getByLabelText('Period convention')).toHaveDisplayValue('30-day months (360-day year)');
    expect(cell('99.9 %', 'Downtime a month')).toBe('0.72 h (43.2 min)');
    expect(cell('99.9 %', 'Annual downtime cost')).toBe('$17,280,000');
    expect(cell('99.5 %', 'Annual downtime cost')).toBe('$86,400,000');
    expect(cell('99.9 %', 'Annual savings')).toBe('$69,120,000');
    expect(cell('99.9 %', 'Investment')).toBe('$12,000,000 (estimate)');
    expect(cell('99.9 %', 'Payback')).toBe('0.17 years (2.1 months)');
    expect(cell('99.99 %', 'Annual savings')).toBe('$84,672,000');
    expect(cell('99.99 %', 'Investment')).toBe('$147,000,000 (estimate)');
    expect(cell('99.99 %', 'Payback')).toBe('1.74 years (20.8 months)');
    expect(cell('99.99 %', 'Marginal annual savings')).toBe('$15,552,000');
    expect(cell('99.99 %', 'Marginal investment')).toBe('$135,000,000 (estimate)');
    expect(cell('99.99 %', 'Marginal payback')).toBe('8.68 years');
    expect(cell('99.5 %', 'Annual savings')).toBe('no change');
    expect(cell('99.5 %', 'Payback')).toBe('no change');
    expect(
      within(screen.getByRole('region', { name: 'Results' })).getByText(
        /Month = 30 days; year = 12 months = 360 days/,
      ),
    ).toBeInTheDocument();
    expect(
      within(await screen.findByRole('region', { name: 'Assumptions' })).getByText(
        /Month = 30 days; year = 12 months = 360 days/,
      ),
    ).toBeInTheDocument();
  });

  it('shows savings and payback at the low and high cost per hour beside the midpoint', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Show all columns' }));
    // E-commerce range, $1,000,000–$5,000,000 an hour; the midpoint columns keep their figures.
    expect(cell('99.9 %', 'Annual savings')).toBe('$69,120,000');
    expect(cell('99.9 %', 'Savings at low / high cost')).toBe('$34,560,000 / $172,800,000');
    expect(cell('99.9 %', 'Payback')).toBe('0.17 years (2.1 months)');
    expect(cell('99.9 %', 'Payback at low / high cost')).toBe('0.35 / 0.07 years');
    expect(cell('99.99 %', 'Payback at low / high cost')).toBe('3.47 / 0.69 years');
    expect(cell('99.5 %', 'Savings at low / high cost')).toBe('no change / no change');
    expect(cell('99.5 %', 'Payback at low / high cost')).toBe('never / never');
    expect(screen.getByText(/Low \/ high: at \$1,000,000 and \$5,000,000 an hour/)).toBeInTheDocument();

    const low = screen.getByLabelText('Low cost per hour');
    await user.clear(low);
    await user.type(low, '500000');
    // 0.004 × 8,640 h × $500,000 = $17,280,000; 12,000,000 / 17,280,000 = 0.69 years.
    expect(cell('99.9 %', 'Savings at low / high cost')).toBe('$17,280,000 / $172,800,000');
    expect(cell('99.9 %', 'Payback at low / high cost')).toBe('0.69 / 0.07 years');
  });

  it('recomputes as the user types a new cost per hour, accepting "1M"', async () => {
    const user = userEvent.setup();
    await renderApp();
    const field = screen.getByRole('textbox', { name: 'Downtime cost per hour' });
    await user.clear(field);
    await user.type(field, '1M');
    expect(cell('99.9 %', 'Annual savings')).toBe('$34,560,000');
    expect(screen.getByRole('slider', { name: 'Downtime cost per hour' })).toHaveAttribute(
      'aria-valuetext',
      '$1,000,000 per hour',
    );
  });

  it('keeps the last valid results and what was typed elsewhere when a field is wrong', async () => {
    const user = userEvent.setup();
    await renderApp();
    const infra = screen.getByRole('textbox', { name: 'Monthly infrastructure cost' });
    await user.clear(infra);
    await user.type(infra, '250,000');
    const availability = screen.getByRole('textbox', { name: 'Current availability' });
    // Pasted, so no shorter prefix ("1", "10") is ever a valid entry on the way.
    await user.clear(availability);
    await user.paste('100');
    expect(screen.getByText('Availability must be above 0 % and below 100 %.')).toBeInTheDocument();
    expect(availability).toHaveAttribute('aria-invalid', 'true');
    expect(availability).toHaveAccessibleDescription(/above 0 % and below 100 %/);
    // Results are those of 99.5 % today and $250,000 a month: half the seed's investment.
    expect(cell('99.9 %', 'Investment')).toBe('$6,000,000 (estimate)');
    expect(cell('99.9 %', 'Annual savings')).toBe('$69,120,000');
    expect(infra).toHaveValue('250,000');

    await user.clear(availability);
    expect(screen.getByText('Enter a number.')).toBeInTheDocument();
    await user.paste('abc');
    expect(screen.getByRole('alert')).toHaveTextContent(/Nines cannot read “abc” as a number\./);
    expect(cell('99.9 %', 'Annual savings')).toBe('$69,120,000');

    await user.clear(availability);
    await user.type(availability, '99.9%');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(cell('99.9 %', 'Annual savings')).toBe('no change');
  });

  it.each([
    ['Downtime cost per hour', '-5', 'Must be zero or more.'],
    ['Downtime cost per hour', '2000000000000', 'Must be at most 1,000,000,000,000.'],
    ['Monthly infrastructure cost', '1e5', 'Nines cannot read “1e5” as a number.'],
    ['Current availability', '0', 'Availability must be above 0 % and below 100 %.'],
  ])('%s rejects "%s" with a message beside it', async (label, typed, message) => {
    const user = userEvent.setup();
    await renderApp();
    const field = screen.getByRole('textbox', { name: label });
    await user.clear(field);
    await user.paste(typed);
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(cell('99.9 %', 'Investment')).toBe('$12,000,000 (estimate)');
  });

  it('adds, edits, labels and removes scenarios', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Show all columns' }));
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    const added = screen.getByRole('group', { name: 'Scenario 4' });
    expect(within(added).getByRole('textbox', { name: 'Target availability of 99.999 %' })).toHaveValue(
      '99.999',
    );
    expect(cell('99.999 %', 'Investment')).toBe('$1,497,000,000 (estimate)');

    const label = within(added).getByRole('textbox', { name: 'Label of scenario 4' });
    await user.clear(label);
    await user.type(label, 'Five nines');
    expect(cell('Five nines', 'Compared with')).toBe('99.99 % (99.99%)');

    const override = within(added).getByRole('textbox', { name: 'Your own quote for Five nines' });
    await user.type(override, '500M');
    expect(cell('Five nines', 'Investment')).toBe('$500,000,000 (your quote)');

    const runCost = within(added).getByRole('textbox', { name: 'Extra annual run cost for Five nines' });
    await user.clear(runCost);
    await user.type(runCost, '90,000,000');
    // Savings at 99.999 % are $86,227,200 a year: a $90M run cost is never covered.
    expect(cell('Five nines', 'Payback')).toBe('never');

    await user.click(screen.getByRole('button', { name: 'Remove Five nines' }));
    expect(within(table()).queryByRole('rowheader', { name: 'Five nines' })).not.toBeInTheDocument();
    expect(within(table()).getAllByRole('row')).toHaveLength(4);
  });

  it('changes the period convention and says which is in force', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.selectOptions(screen.getByLabelText('Period convention'), '365-day year');
    // 0.005 × 8,760 h × $2,000,000 = $87,600,000 a year today.
    expect(screen.getByRole('status', { name: 'Today' })).toHaveTextContent('costing $87,600,000 a year');
    expect(
      within(screen.getByRole('region', { name: 'Results' })).getByText(
        /Year = 365 days; month = year \/ 12/,
      ),
    ).toBeInTheDocument();
  });

  it('an industry preset sets the midpoint of the industry’s range and shows the range', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.selectOptions(screen.getByLabelText('Preset'), 'financial');
    expect(screen.getByRole('textbox', { name: 'Downtime cost per hour' })).toHaveValue('10,000,000');
    expect(
      screen.getByText(/Typical for the industry: \$5,000,000–\$15,000,000 an hour/),
    ).toBeInTheDocument();
  });
});
