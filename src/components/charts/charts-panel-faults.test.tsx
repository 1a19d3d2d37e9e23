// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../app';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';

/** While true, the break-even chart throws as it draws, as a recharts bug on odd data might. */
const breakEven = vi.hoisted(() => ({ failing: true }));
vi.mock('./break-even-chart', async (importOriginal) => {
  const original = await importOriginal<typeof import('./break-even-chart')>();
  return {
    ...original,
    BreakEvenChart: (props: Parameters<typeof original.BreakEvenChart>[0]) => {
      if (breakEven.failing) throw new Error('the month axis has no ticks');
      return <original.BreakEvenChart {...props} />;
    },
  };
});

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  calculatorStore.setState(defaultState());
  breakEven.failing = true;
  // React reports the caught error to the console; that is expected here.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  consoleError.mockRestore();
});

/**
 * The throw is expected: React may retry a failed concurrent render synchronously and report that
 * as "recoverable", which would surface as an unhandled error of the test run.
 */
const expectedFailure = { onRecoverableError: () => {} };

/** The charts panel once its chunk has loaded (the placeholder is a region named "Charts" too). */
async function loadedCharts(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: 'Charts', level: 2 }, { timeout: 10_000 });
  return heading.closest('section')!;
}

// Each test loads the charts' chunk and draws two or three charts in jsdom: slow on a busy machine.
describe('a chart that cannot be drawn', { timeout: 20_000 }, () => {
  it('says so in its place; the other charts, the table and the inputs keep working', async () => {
    render(<App />, expectedFailure);
    const charts = await loadedCharts();
    const alert = await within(charts).findByRole('alert');
    expect(alert).toHaveTextContent('Break-even over time');
    expect(alert).toHaveTextContent('This chart could not be drawn: the month axis has no ticks');
    expect(
      within(charts)
        .getAllByRole('figure')
        .map((f) => f.getAttribute('data-chart')),
    ).toEqual(['cost', 'total-cost']);

    act(() => calculatorStore.getState().actions.inputChanged('downtimeCostPerHour', 1_000_000));
    const table = screen.getByRole('table', { name: 'Scenario comparison' });
    const row = within(table).getByRole('rowheader', { name: '99.9 %' }).closest('tr')!;
    expect(row).toHaveTextContent('$34,560,000');

    // Its SVG export says why there is nothing to export, rather than failing silently.
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Chart to export'), 'Break-even over time');
    await user.click(screen.getByRole('button', { name: 'Export SVG' }));
    expect(
      await screen.findByText(
        'Export failed: the chart “Break-even over time” is not on screen (still loading, or it could not be drawn)',
      ),
    ).toBeInTheDocument();
  });

  it('is drawn again once its figures change and it no longer fails', async () => {
    render(<App />, expectedFailure);
    const charts = await loadedCharts();
    await within(charts).findByRole('alert');
    breakEven.failing = false;
    act(() => calculatorStore.getState().actions.inputChanged('horizonYears', 5));
    await within(charts).findByRole('figure', { name: 'Break-even over time' }, { timeout: 10_000 });
    expect(within(charts).queryByRole('alert')).not.toBeInTheDocument();
  });
});
