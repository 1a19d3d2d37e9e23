// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SEED_EXAMPLE } from '../../model/presets';
import {
  cloningRunner,
  workerRunner,
  type SimulationRunner,
  type WorkerLike,
} from '../../simulation/simulation-runner';
import type { SimulationJob } from '../../simulation/simulate';
import { calculatorStore } from '../../state/calculator-store';
import { catalogueChosen } from '../../state/failure-modes-edits';
import { defaultState } from '../../state/session';
import { simulationViewStore } from '../export/simulation-view-store';
import { UncertaintyPanel } from './uncertainty-panel';

beforeEach(() => {
  const state = defaultState();
  calculatorStore.setState({ ...state, simulation: { ...state.simulation, enabled: true } });
  simulationViewStore.setState({ shown: null, failure: null });
});

const WAIT = { timeout: 20_000 };

/** The cells of a row of the Uncertainty table, by its row header. */
function cells(rowName: string): Record<string, string> {
  const table = screen.getByRole('table', { name: 'Uncertainty' });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
  const row = within(table).getByRole('rowheader', { name: rowName }).closest('tr')!;
  return Object.fromEntries([...row.children].map((cell, i) => [headers[i]!, cell.textContent ?? '']));
}

const dollars = (text: string) => Number(text.replace(/[$,]/g, ''));

/** Waits for the status line that names the runs and seed of the figures shown. */
const shownFor = (seed: string) =>
  screen.findByText(new RegExp(`runs with the random seed “${seed}”`), undefined, WAIT);

describe('the section Uncertainty', () => {
  it('shows the seed example’s 99.9 % savings at P10 / P50 / P90 near their analytic values (cost per hour $1M–$5M, lognormal)', async () => {
    render(<UncertaintyPanel runner={cloningRunner()} />);
    await shownFor('nines');
    // Issue 14's acceptance: 34.56 h saved a year × the cost's quantiles √(lo·hi) · e^(±1.2816σ),
    // σ = (ln hi − ln lo) / (2 × 1.6449) (normal-table points, Abramowitz & Stegun ch. 26).
    const hours = ((99.9 - 99.5) / 100) * 24 * 30 * 12;
    const sigma = (Math.log(5e6) - Math.log(1e6)) / (2 * 1.6449);
    const median = hours * Math.sqrt(1e6 * 5e6);
    const analytic = [median * Math.exp(-1.2816 * sigma), median, median * Math.exp(1.2816 * sigma)];
    const shown = cells('99.9 %')['Annual savings, P10 / P50 / P90']!.split(' / ').map(dollars);
    shown.forEach((value, i) => expect(Math.abs(value / analytic[i]! - 1)).toBeLessThan(0.02));
    expect(screen.getByRole('table', { name: 'Uncertainty' })).toBeInTheDocument();
  });

  it('says the chances in words, the marginal step beside its scenario', async () => {
    render(<UncertaintyPanel runner={cloningRunner()} />);
    await shownFor('nines');
    const sentences = within(screen.getByRole('list', { name: 'Chances in words' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    // The marginal step's row is named in the comparison table's words, not "Step from".
    const step = cells('99.99 % compared with 99.9 %')['Chance of paying back within 3 years'];
    expect(screen.getByRole('table', { name: 'Uncertainty' })).not.toHaveTextContent(/step from/i);
    const own = cells('99.99 %')['Chance of paying back within 3 years'];
    expect(sentences).toContain(
      `99.99 % pays back within 3 years in ${own} of runs; the step from 99.9 % does in ${step}.`,
    );
    // A target equal to today's availability changes nothing, and says so once.
    expect(sentences.filter((s) => s === '99.5 % changes nothing against today.')).toHaveLength(1);
    expect(cells('99.5 %')['Payback in years, P10 / P50 / P90']).toBe('changes nothing');
  });

  it('follows Runs and Random seed, and the same seed gives the same figures again', async () => {
    render(<UncertaintyPanel runner={cloningRunner()} />);
    await shownFor('nines');
    const first = cells('99.99 %');
    calculatorStore.getState().actions.simulationChanged({ seed: 'another', runs: 2_000 });
    await screen.findByText('2,000 runs with the random seed “another”.', undefined, WAIT);
    expect(cells('99.99 %')).not.toEqual(first);
    calculatorStore.getState().actions.simulationChanged({ seed: 'nines', runs: 10_000 });
    await shownFor('nines');
    expect(cells('99.99 %')).toEqual(first);
  });

  it('says its figures are out of date while inputs change, and shows the run of the newest inputs, not one they superseded', async () => {
    render(<UncertaintyPanel runner={cloningRunner()} />);
    await shownFor('nines');
    const { actions } = calculatorStore.getState();
    actions.inputChanged('downtimeCostPerHour', 3_000_000);
    expect(
      await screen.findByText('Updating: the figures below are of the inputs before your last change.'),
    ).toBeInTheDocument();
    actions.inputChanged('downtimeCostPerHour', 4_000_000);
    await shownFor('nines');
    expect(simulationViewStore.getState().shown!.job.inputs.downtimeCostPerHour).toBe(4_000_000);
  });

  it('follows a scenario’s investment range: What moves the answer names it for that scenario, not for another', async () => {
    render(<UncertaintyPanel runner={cloningRunner()} />);
    await shownFor('nines');
    calculatorStore
      .getState()
      .actions.rangeChanged('scenarios.s3.investment', { low: 50_000_000, high: 200_000_000, shape: 'pert' });
    const table = await screen.findByRole('table', { name: 'What moves the answer for 99.99 %' }, WAIT);
    await within(table).findByRole('rowheader', { name: 'Investment of 99.99 %' }, WAIT);
    const picker = screen.getByRole('combobox', { name: 'Scenario for What moves the answer' });
    await userEvent.setup().selectOptions(picker, '99.9 %');
    const other = screen.getByRole('table', { name: 'What moves the answer for 99.9 %' });
    expect(within(other).queryByRole('rowheader', { name: 'Investment of 99.99 %' })).toBeNull();
  });

  it('a failed worker says so in words; nothing else of the page depends on it', async () => {
    const failing: WorkerLike = {
      listeners: new Map<string, (event: Event) => void>(),
      postMessage() {
        queueMicrotask(() =>
          this.listeners.get('error')?.(
            Object.assign(new Event('error'), { message: 'script did not load' }),
          ),
        );
      },
      addEventListener(type: string, listener: (event: Event) => void) {
        this.listeners.set(type, listener);
      },
      terminate() {},
    } as WorkerLike & { listeners: Map<string, (event: Event) => void> };
    render(<UncertaintyPanel runner={workerRunner(() => failing)} />);
    expect(await screen.findByRole('alert', undefined, WAIT)).toHaveTextContent(
      'The simulation stopped: its worker failed (script did not load). The figures above do not depend on it.',
    );
    expect(screen.queryByRole('table', { name: 'Uncertainty' })).toBeNull();
    expect(calculatorStore.getState().inputs).toEqual(SEED_EXAMPLE);
  });

  it('with today from the failure modes, the first run waits for them: no run leaves them out', async () => {
    const state = calculatorStore.getState();
    calculatorStore.setState({
      failureModes: {
        ...catalogueChosen('production-failures-seed')(state.failureModes),
        useForBaseline: true,
      },
    });
    const working = cloningRunner();
    const ran: SimulationJob[] = [];
    const runner: SimulationRunner = {
      run: (job) => {
        ran.push(job);
        return working.run(job);
      },
      dispose: () => working.dispose(),
    };
    render(<UncertaintyPanel runner={runner} />);
    await shownFor('nines');
    expect(ran.length).toBeGreaterThan(0);
    // Each run took today's availability from the catalogue (a run without it would be shown as current).
    for (const job of ran) expect(job.failureModes?.baselineFromModes).toBe(true);
  });

  it('after a failed run, an edit shows the new run as pending, not failed, and then its figures', async () => {
    // The first run fails; the next one (of the edited inputs) succeeds.
    const working = cloningRunner();
    let calls = 0;
    const runner: SimulationRunner = {
      run: (job) =>
        ++calls === 1
          ? Promise.resolve({
              kind: 'failed',
              runId: calls,
              message: 'The simulation could not run: out of memory.',
            })
          : working.run(job),
      dispose: () => working.dispose(),
    };
    render(<UncertaintyPanel runner={runner} />);
    expect(await screen.findByRole('alert', undefined, WAIT)).toHaveTextContent('out of memory');
    act(() => calculatorStore.getState().actions.simulationChanged({ seed: 'another' }));
    // At once: the failure was of the inputs before the edit, so it is no longer shown.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Simulating 10,000 runs…');
    await shownFor('another');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
