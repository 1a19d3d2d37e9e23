// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AnswerSection } from './components/results/answer-section';
import { ResultsPanel } from './components/results/results-panel';
import { simulationViewStore } from './components/export/simulation-view-store';
import { currentSimulationJob } from './components/simulation/simulation-job';
import { escapeMarkdownCell } from './export/markdown';
import { renderApp } from './render-app.test-helper';
import { calculatorStore } from './state/calculator-store';
import { defaultState } from './state/session';

// The charts have their own tests and would only slow this one down in jsdom.
vi.mock('./components/charts/charts-panel', () => ({ ChartsPanel: () => null }));

beforeEach(() => {
  calculatorStore.setState(defaultState());
  simulationViewStore.setState({ shown: null, failure: null });
});

const WAIT = { timeout: 30_000 };
const comparison = () => screen.getByRole('table', { name: 'Scenario comparison' });
const headers = () =>
  within(comparison())
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');

/** The cells of a row of the comparison, by its row header, keyed by their column's header. */
function cells(rowName: string): Record<string, string> {
  const row = within(comparison()).getByRole('rowheader', { name: rowName }).closest('tr')!;
  const names = headers();
  return Object.fromEntries([...row.children].map((cell, i) => [names[i]!, cell.textContent ?? '']));
}

const dollars = (text: string) => Number(text.replace(/[$,]/g, ''));
const answer = () => screen.getByRole('region', { name: 'Answer' });
const SAVINGS = 'Annual savings, P10 / P90 of 10,000 runs';
const PAYBACK = 'Payback, P10 / P90 of 10,000 runs';
const RUNS_AND_SEED = '(Chances from 10,000 runs of the ranges, simulated with the random seed “nines”.)';

// Issue 14's worked example: the seed example with the cost per hour $1,000,000–$5,000,000 as a
// lognormal 90 % interval: σ = (ln hi − ln lo) / (2 × 1.6449), median √(lo·hi) (normal-table points,
// Abramowitz & Stegun ch. 26).
const LOW = 1_000_000;
const HIGH = 5_000_000;
const SIGMA = (Math.log(HIGH) - Math.log(LOW)) / (2 * 1.6449);
const MEDIAN = Math.sqrt(LOW * HIGH);
/** The standard normal's upper tail (Abramowitz & Stegun 26.2.17, error under 7.5e-8). */
function upperTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  const tail =
    density *
    t *
    (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return z >= 0 ? tail : 1 - tail;
}

describe('the simulation in the comparison and the Answer', { timeout: 90_000 }, () => {
  it('replaces the cost range’s columns with P10 / P90, quotes the chances in the Answer, keeps the exact columns while a newer run is pending and says so, and gives them back when switched off', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Show all columns' }));
    expect(headers()).toContain('Savings at low / high cost');
    expect(headers()).toContain('Payback at low / high cost');

    await user.click(await screen.findByRole('switch', { name: 'Simulate the ranges' }, WAIT));
    for (const [name, value] of [
      ['Low cost per hour', LOW],
      ['High cost per hour', HIGH],
    ] as const) {
      const field = screen.getByRole('textbox', { name });
      await user.clear(field);
      await user.type(field, String(value));
    }
    await screen.findByText(RUNS_AND_SEED, { exact: false }, WAIT);

    expect(headers()).not.toContain('Savings at low / high cost');
    expect(headers()).not.toContain('Payback at low / high cost');
    expect(headers()).toContain(SAVINGS);
    expect(headers()).toContain(PAYBACK);
    expect(new Set(headers()).size).toBe(headers().length);
    // 99.9 % saves 34.56 h a year (0.4 % of 8,640 h): its P10 / P90 are 34.56 h × the cost's P10 / P90.
    const hours = ((99.9 - 99.5) / 100) * 8_640;
    const analytic = [MEDIAN * Math.exp(-1.2816 * SIGMA), MEDIAN * Math.exp(1.2816 * SIGMA)].map(
      (c) => hours * c,
    );
    const shown = cells('99.9 %')[SAVINGS]!.split(' / ').map(dollars);
    shown.forEach((value, i) => expect(Math.abs(value / analytic[i]! - 1)).toBeLessThan(0.02));
    expect(cells('99.9 %')[PAYBACK]).toMatch(/^\d+\.\d\d \/ \d+\.\d\d years$/);
    // Each P10 and P90 explains itself: it is the Uncertainty table's figure, named after what it is.
    const row = within(comparison()).getByRole('rowheader', { name: '99.9 %' }).closest('tr')!;
    const [p10, p90] = shown.map((value) => `$${value.toLocaleString('en-US')}`);
    expect(
      within(row).getByRole('button', { name: `Annual savings of 99.9 % against today, P10: ${p10}` }),
    ).toHaveAttribute(
      'data-figure',
      expect.stringMatching(/^uncertainty\.[^.]+\.vsBaseline\.annualSavings\.p10$/),
    );
    expect(
      within(row).getByRole('button', { name: `Annual savings of 99.9 % against today, P90: ${p90}` }),
    ).toBeInTheDocument();
    expect(
      within(row).getByRole('button', { name: /^Payback of 99\.9 % against today, P10: / }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/P10 \/ P90: of 10,000 runs of the ranges, simulated with the random seed “nines”:/),
    ).toBeInTheDocument();

    // The step 99.9 % → 99.99 % costs $135,000,000 more for 7.776 h a year less downtime: it pays back
    // within 3 years when the cost per hour is above $135,000,000 ÷ (3 × 7.776 h) = $5,787,037.
    const breakEven = 135_000_000 / (3 * 7.776);
    const chance = upperTail((Math.log(breakEven) - Math.log(MEDIAN)) / SIGMA);
    expect(chance).toBeGreaterThan(0.02);
    const text = answer().querySelector('p')!.textContent ?? '';
    const step = /99\.99 % pays back within 3 years in [^;]+; the step from 99\.9 % does in (\d+) %\./.exec(
      text,
    );
    expect(step).not.toBeNull();
    expect(Math.abs(Number(step![1]) - chance * 100)).toBeLessThanOrEqual(1);
    expect(text).toMatch(/99\.99 % has a positive NPV over 3 years in [^;]+; the step from 99\.9 % does in /);
    expect(text).toMatch(/99\.9 % pays back within 3 years in every run/);
    expect(text).not.toMatch(/\b(0|100) %/);
    // The exact Answer comes first, as before: "Copy answer" still copies its first sentence.
    expect(text).toMatch(/^Go to 99\.9 %: \$12,000,000/);

    // Copy as Markdown quotes the same paragraph, chances included.
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await screen.findByText('Markdown table copied', {}, WAIT);
    const markdown = String(writeText.mock.calls[0]![0]);
    expect(markdown.split('\n')[2]).toBe(escapeMarkdownCell(text));
    expect(markdown).toContain(RUNS_AND_SEED);

    // A newer input: until its run ends, no percentile or chance of the old inputs is shown as current.
    const cost = screen.getByRole('textbox', { name: 'Downtime cost per hour' });
    await user.clear(cost);
    await user.type(cost, '3000000');
    // The exact figures at the ends of the cost range stand meanwhile, and the line under the table says so.
    expect(headers()).not.toContain(SAVINGS);
    expect(headers()).toContain('Savings at low / high cost');
    expect(
      screen.getByText(/P10 \/ P90: simulating 10,000 runs of the ranges for these inputs/),
    ).toBeInTheDocument();
    expect(answer()).toHaveTextContent(/Simulating the ranges \(10,000 runs\)/);
    expect(answer()).not.toHaveTextContent(RUNS_AND_SEED);
    await screen.findByText(RUNS_AND_SEED, { exact: false }, WAIT);
    expect(cells('99.9 %')[SAVINGS]).toMatch(/^\$[\d,]+ \/ \$[\d,]+$/);

    await user.click(screen.getByRole('switch', { name: 'Simulate the ranges' }));
    expect(headers()).toContain('Savings at low / high cost');
    expect(headers()).not.toContain(SAVINGS);
    expect(answer()).not.toHaveTextContent(/runs/);
  });
});

describe('a failed simulation', () => {
  it('says so under the table and in the Answer, keeps the low / high columns, and quotes no percentile', async () => {
    const state = defaultState();
    calculatorStore.setState({
      ...state,
      showAllColumns: true,
      simulation: { ...state.simulation, enabled: true },
    });
    simulationViewStore.setState({
      shown: null,
      failure: {
        job: currentSimulationJob(calculatorStore.getState()),
        message: 'The simulation could not run: out of memory',
      },
    });
    render(
      <>
        <AnswerSection />
        <ResultsPanel />
      </>,
    );
    expect(
      await screen.findByText(/P10 \/ P90: The simulation could not run: out of memory\./, {}, WAIT),
    ).toBeInTheDocument();
    // The exact figures at the ends of the cost range stay, and no percentile column is shown.
    expect(headers()).toContain('Savings at low / high cost');
    expect(headers()).toContain('Payback at low / high cost');
    expect(headers().filter((h) => h.includes('P10'))).toEqual([]);
    expect(
      await screen.findByText(/The simulation of the ranges failed, so no chances are quoted/, {}, WAIT),
    ).toBeInTheDocument();
  });
});
