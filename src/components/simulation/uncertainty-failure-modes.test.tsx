// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render-app.test-helper';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { simulationViewStore } from '../export/simulation-view-store';

vi.mock('../charts/charts-panel', () => ({ ChartsPanel: () => null }));

beforeEach(() => {
  calculatorStore.setState(defaultState());
  simulationViewStore.setState({ shown: null, failure: null });
});

const WAIT = { timeout: 30_000 };

/** The cells of a row of the Uncertainty table, by its row header, keyed by column header. */
function cells(rowName: string): Record<string, string> {
  const table = screen.getByRole('table', { name: 'Uncertainty' });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
  const row = within(table).getByRole('rowheader', { name: rowName }).closest('tr')!;
  return Object.fromEntries([...row.children].map((cell, i) => [headers[i]!, cell.textContent ?? '']));
}

/** "$1.2M" → 1,200,000 (the table writes money compactly or in full). */
function dollars(text: string): number {
  const match = /^\$([\d,.]+)([KMB]?)$/.exec(text.trim());
  if (!match) throw new Error(`not money: ${text}`);
  const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9 }[match[2] as '' | 'K' | 'M' | 'B'];
  return Number(match[1]!.replace(/,/g, '')) * scale;
}

const todaysCost = () => cells('Today')['Annual downtime cost, P10 / P50 / P90']!.split(' / ').map(dollars);

describe('the simulation with today’s availability from the failure modes', () => {
  it('spreads today’s downtime cost by the ranges typed in the failure modes, and names them in “What moves the answer”', async () => {
    await renderApp();
    // The cost per hour as one figure, so that any spread in today's cost comes from the failure modes.
    const low = screen.getByRole('textbox', { name: 'Low cost per hour' });
    const high = screen.getByRole('textbox', { name: 'High cost per hour' });
    const cost = (screen.getByRole('textbox', { name: 'Downtime cost per hour' }) as HTMLInputElement).value;
    await userEvent.clear(low);
    await userEvent.type(low, cost);
    await userEvent.clear(high);
    await userEvent.type(high, cost);
    // The switch comes after the first chart (here there is none: the page stops waiting for it).
    await userEvent.click(await screen.findByRole('switch', { name: 'Simulate the ranges' }, WAIT));
    await screen.findByText(/runs with the random seed/, undefined, WAIT);
    // One figure everywhere: today's cost is the same at P10, P50 and P90.
    const [pointP10, pointP50, pointP90] = todaysCost();
    expect(pointP10).toBe(pointP50);
    expect(pointP50).toBe(pointP90);

    await userEvent.click(screen.getByRole('button', { name: 'Work out availability from failure modes' }));
    const table = await screen.findByRole('table', { name: 'Failure modes' }, WAIT);
    await userEvent.click(screen.getByRole('button', { name: 'Add failure mode' }));
    const name = within(table).getByRole('textbox', { name: 'Name of failure mode 1' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Deploy');
    const field = (name: string) => within(table).getByRole('textbox', { name: `${name} of Deploy` });
    await userEvent.type(field('Frequency'), '1-2 per month');
    await userEvent.type(field('Time to detect'), '5 min');
    await userEvent.type(field('Time to recover'), '30 min');
    await userEvent.type(field('Users affected'), '100 %');
    await userEvent.tab();
    await userEvent.click(screen.getByRole('switch', { name: "Use failure modes for today's availability" }));

    // The frequency is a lognormal 90 % interval of 12–24 incidents a year; everything else a point,
    // so today's cost at P10 / P50 / P90 is the frequency's quantiles × 35 min × the cost per hour.
    await vi.waitFor(
      () => {
        const [p10, p50, p90] = todaysCost();
        expect(p10).toBeLessThan(p50!);
        expect(p50).toBeLessThan(p90!);
      },
      { timeout: 30_000, interval: 200 },
    );
    const sigma = (Math.log(24) - Math.log(12)) / (2 * 1.6449);
    const median = (Math.sqrt(12 * 24) * 35 * Number(cost.replace(/,/g, ''))) / 60;
    const [p10, p50, p90] = todaysCost();
    // Within 2 % and the table's rounding (three significant digits when compact).
    expect(Math.abs(p50! / median - 1)).toBeLessThan(0.02);
    expect(Math.abs(p90! / p10! / Math.exp(2 * 1.2816 * sigma) - 1)).toBeLessThan(0.04);

    // The range as the simulation read it, with its shape: above 0, so lognormal.
    const ranges = screen.getByRole('list', { name: 'Ranges read from the failure modes' });
    expect(
      within(ranges)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Frequency of Deploy: 12 a year to 24 a year, read as a lognormal 90 % interval']);

    const moves = await screen.findAllByRole('table', { name: /^What moves the answer for/ }, WAIT);
    expect(within(moves[0]!).getByRole('rowheader', { name: 'Frequency of Deploy' })).toBeInTheDocument();
    expect(
      within(moves[0]!).getByRole('rowheader', { name: 'Frequency of Deploy' }).closest('tr')!.textContent,
    ).toMatch(/a year \/ .* a year/);
  });
});

describe('a lever’s relative change typed as a range, with the simulation on', () => {
  it('reads “−30 % to −60 %” as a range, lists it under “Ranges read from the failure modes” and in “What moves the answer”, and keeps it through a bad edit', async () => {
    await renderApp();
    await userEvent.click(await screen.findByRole('switch', { name: 'Simulate the ranges' }, WAIT));
    await screen.findByText(/runs with the random seed/, undefined, WAIT);

    await userEvent.click(screen.getByRole('button', { name: 'Work out availability from failure modes' }));
    const modes = await screen.findByRole('table', { name: 'Failure modes' }, WAIT);
    await userEvent.click(screen.getByRole('button', { name: 'Add failure mode' }));
    const name = within(modes).getByRole('textbox', { name: 'Name of failure mode 1' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Deploy');
    const field = (label: string) => within(modes).getByRole('textbox', { name: `${label} of Deploy` });
    await userEvent.type(field('Frequency'), '12');
    await userEvent.type(field('Time to detect'), '5 min');
    await userEvent.type(field('Time to recover'), '30 min');
    await userEvent.type(field('Users affected'), '100 %');

    const levers = screen.getByRole('table', { name: 'Levers' });
    await userEvent.click(screen.getByRole('button', { name: 'Add lever' }));
    const leverName = within(levers).getByRole('textbox', { name: 'Name of lever 1' });
    await userEvent.clear(leverName);
    await userEvent.type(leverName, 'Canary');
    const recovery = within(levers).getByRole('textbox', { name: 'Time to recover after Canary' });
    await userEvent.type(recovery, '−30 % to −60 %');
    await userEvent.tab();
    // What was typed stays; beside it, how it is read (the midpoint is the best estimate).
    expect(recovery).toHaveValue('−30 % to −60 %');
    expect(recovery).toHaveAttribute('aria-invalid', 'false');
    expect(recovery).toHaveAccessibleDescription('Read as −60 % to −30 %; best estimate −45 %.');
    await userEvent.type(within(levers).getByRole('textbox', { name: 'One-time cost of Canary' }), '50000');
    await userEvent.type(within(levers).getByRole('textbox', { name: 'Annual run cost of Canary' }), '0');
    await userEvent.click(within(levers).getByRole('checkbox', { name: 'In plan Canary' }));

    const rangeItem = 'Time to recover after Canary: −60 % to −30 %, read as a uniform 90 % interval';
    const listed = () =>
      within(screen.getByRole('list', { name: 'Ranges read from the failure modes' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    await vi.waitFor(() => expect(listed()).toEqual([rangeItem]), { timeout: 30_000, interval: 200 });

    // "What moves the answer" shows the Plan (the last scenario) with the change at its P10 and P90:
    // uniform with its 5th and 95th percentiles on −60 and −30, so width 30 / 0.9 from −60 − 0.05 × width.
    const width = 30 / 0.9;
    const quantile = (p: number) => -60 - 0.05 * width + p * width;
    const percent = (value: number) => `−${Math.abs(value).toPrecision(3)} %`;
    const moves = await screen.findByRole('table', { name: 'What moves the answer for Plan' }, WAIT);
    const row = within(moves).getByRole('rowheader', { name: 'Time to recover after Canary' }).closest('tr')!;
    expect(row.children[1]!.textContent).toBe(`${percent(quantile(0.1))} / ${percent(quantile(0.9))}`);

    // A bad edit: its message beside the field, and the figures (and the simulation) keep the range.
    await userEvent.clear(recovery);
    await userEvent.type(recovery, '−30 % to −150 %');
    expect(recovery).toHaveValue('−30 % to −150 %');
    expect(recovery).toHaveAttribute('aria-invalid', 'true');
    expect(recovery).toHaveAccessibleDescription(
      'A value cannot fall by more than 100 %. The figures use “−30 % to −60 %”, the value before this edit.',
    );
    await userEvent.tab();
    // Once the run of the inputs on screen is shown (not the one before the edit), the range is still there.
    await vi.waitFor(
      () => {
        expect(screen.getByText(/runs with the random seed/)).toBeInTheDocument();
        expect(listed()).toEqual([rangeItem]);
      },
      { timeout: 30_000, interval: 200 },
    );
  });
});
