// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render-app.test-helper';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';

// The charts have their own tests and would only slow this one down in jsdom.
vi.mock('../charts/charts-panel', () => ({ ChartsPanel: () => null }));

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

const table = () => screen.getByRole('table', { name: 'Scenario comparison' });
const dialog = (name: string | RegExp) => screen.findByRole('dialog', { name }, { timeout: 10_000 });

/** The figure button in the row headed `row` under the column headed `column`. */
function figureIn(row: string, column: string) {
  const headers = within(table())
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
  const tr = within(table()).getByRole('rowheader', { name: row }).closest('tr')!;
  return within(tr.children[headers.findIndex((h) => h.startsWith(column))] as HTMLElement).getAllByRole(
    'button',
  );
}

describe('explaining a figure', () => {
  it('keeps the keyboard in the dialog: Tab past its last control comes back to its first, Shift+Tab goes round the other way', async () => {
    const user = userEvent.setup();
    await renderApp();
    await screen.findByRole('region', { name: 'Answer' }, { timeout: 10_000 });
    const [savings] = figureIn('99.9 %', 'Annual savings');
    await user.click(savings!);
    const open = await dialog('Annual savings at 99.9 %');
    const controls = within(open).getAllByRole('button');
    const [first, last] = [controls[0]!, controls.at(-1)!];
    expect(last).toHaveAccessibleName('Close');
    // It opens on its heading; Shift+Tab from there goes to its last control, not to the page.
    await waitFor(() => expect(within(open).getByRole('heading')).toHaveFocus());
    await user.tab({ shift: true });
    expect(last).toHaveFocus();
    await user.tab();
    expect(first).toHaveFocus();
    await user.tab({ shift: true });
    expect(last).toHaveFocus();
  });

  it('opens "Annual savings" of the 99.9 % row with the subtraction, a term one level down, and Escape back to the figure', async () => {
    const user = userEvent.setup();
    await renderApp();
    // The figures are the seed's: 0.5 % × 8,640 h × $2,000,000 today, 0.1 % × … at 99.9 %.
    await screen.findByRole('region', { name: 'Answer' }, { timeout: 10_000 });
    const [savings] = figureIn('99.9 %', 'Annual savings');
    expect(savings).toHaveAccessibleName('Annual savings at 99.9 %: $69,120,000');
    await user.click(savings!);
    const open = await dialog('Annual savings at 99.9 %');
    expect(open).toHaveTextContent('annual downtime cost before the step − annual downtime cost after it');
    expect(open).toHaveTextContent(
      'Annual savings at 99.9 % = annual downtime cost today − annual downtime cost at 99.9 %',
    );
    expect(open).toHaveTextContent('= $86,400,000 − $17,280,000 = $69,120,000');

    await user.click(
      within(open).getByRole('button', { name: 'Annual downtime cost today: $86,400,000 a year' }),
    );
    const term = await dialog('Annual downtime cost today');
    expect(term).toHaveTextContent('= downtime a year today × downtime cost per hour');
    expect(term).toHaveTextContent('× $2,000,000 = $86,400,000');
    // Down to the input, which says where it comes from.
    await user.click(
      within(term).getByRole('button', { name: 'Downtime cost per hour: $2,000,000 an hour' }),
    );
    const input = await dialog('Downtime cost per hour');
    expect(input).toHaveTextContent('An input, as the worked example has it.');
    await user.click(within(input).getByRole('button', { name: 'Back' }));
    await dialog('Annual downtime cost today');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(savings).toHaveFocus();
  });

  it(
    'explains every figure of the full table, and each explanation’s result is the cell’s figure',
    { timeout: 120_000 },
    async () => {
      const user = userEvent.setup();
      const state = defaultState();
      state.showAllColumns = true;
      calculatorStore.setState(state);
      await renderApp();
      await screen.findByRole('region', { name: 'Answer' }, { timeout: 10_000 });
      // The IRR's figures load on demand.
      await waitFor(() => expect(within(table()).queryByText('…')).not.toBeInTheDocument());
      const buttons = within(table()).getAllByRole('button');
      // 3 rows × 17 columns with one figure, 2 with a pair.
      expect(buttons).toHaveLength(3 * (15 + 2 * 2));
      const number = /-?[$]?[\d,]+(\.\d+)?%?/;
      for (const button of buttons) {
        const text = button.textContent!;
        const name = button.getAttribute('aria-label')!.replace(`: ${text}`, '');
        await user.click(button);
        const open = await dialog(name);
        const result = within(open).getByText(
          (_, el) => el?.classList.contains('explain-formula') ?? false,
        ).textContent!;
        const final = result.split(' = ').at(-1)!;
        const shown = text.match(number)?.[0];
        // The cell's figure is the explanation's result ("$12,000,000 (estimate)" is $12,000,000); words
        // in a cell ("no change", "never", "none") stand for a zero or missing value.
        if (shown && !/^(no change|never|none|immediate|dominates|cheaper)/.test(text)) {
          expect(final.startsWith(shown), `${name}: ${final} vs ${text}`).toBe(true);
        } else {
          expect(final, `${name}: ${final} vs ${text}`).toMatch(/^(\$0|never|none|0\.0%|immediate)/);
        }
        await user.keyboard('{Escape}');
        await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      }
    },
  );
});
