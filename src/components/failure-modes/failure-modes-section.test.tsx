// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render-app.test-helper';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { formatNumber } from '../../format/format';
import { badMinutesPerYear, minutesPerYear, modeValues } from '../../model/failure-modes';
import { parseDurationText, parseFrequencyText, parseUsersAffectedText } from '../../format/failure-text';
import { readFailureModes } from '../../state/failure-modes-reading';
import { catalogueChosen } from '../../state/failure-modes-edits';
import { defaultFailureModes } from '../../state/session';

vi.mock('../charts/charts-panel', () => ({ ChartsPanel: () => null }));

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

/** The expected bad minutes of a row typed as these texts, from the model and the text readers. */
function expectedMinutes(texts: [string, string, string, string]): string {
  const read = <T,>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : null);
  const values = modeValues(
    {
      id: 'x',
      name: 'x',
      frequency: read(parseFrequencyText(texts[0])),
      timeToDetect: read(parseDurationText(texts[1])),
      timeToRecover: read(parseDurationText(texts[2])),
      usersAffected: read(parseUsersAffectedText(texts[3])),
    },
    calculatorStore.getState().inputs.periodConvention,
  )!;
  return formatNumber(badMinutesPerYear(values), 2);
}

async function openSection() {
  await renderApp();
  await userEvent.click(screen.getByRole('button', { name: 'Work out availability from failure modes' }));
  return screen.findByRole('table', { name: 'Failure modes' }, { timeout: 10_000 });
}

function badMinutesOf(table: HTMLElement, rowIndex: number): string {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const column = headers.indexOf('Bad minutes a year');
  const row = within(table).getAllByRole('row')[rowIndex + 1]!;
  return row.children[column]!.textContent ?? '';
}

/** Each share cell's words about the cap, row by row: "over the 25 % cap" or "" (rows as the table lists them). */
function capWords(table: HTMLElement): string[][] {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
  const shares = headers.flatMap((h, j) => (h.startsWith('Share of the budget at') ? [j] : []));
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => shares.map((j) => /over the .* cap/.exec(row.children[j]!.textContent ?? '')?.[0] ?? ''));
}

/** The same, as the model has it for the session in the store at a cap in percent. */
function expectedCapWords(capPercent: number): string[][] {
  const { failureModes, inputs } = calculatorStore.getState();
  const reading = readFailureModes({ ...failureModes, capPercent }, inputs);
  return reading.modes.map((_, i) =>
    reading.budgets.map((b) =>
      b.figures.modes[i]!.shareOfBudget!.gt(capPercent / 100) ? `over the ${capPercent} % cap` : '',
    ),
  );
}

describe('the failure-modes section', () => {
  it('marks the modes over the cap typed in "Cap on one mode’s share of the budget (%)", and keeps the cap through bad text', async () => {
    const user = userEvent.setup();
    const table = await openSection();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Failure catalogue' }),
      'Production failures (seed)',
    );
    const cap = screen.getByRole('textbox', { name: "Cap on one mode's share of the budget (%)" });
    expect(cap).toHaveValue('25');
    expect(capWords(table)).toEqual(expectedCapWords(25));
    // Some share lies above 10 % and at or below 25 % (the model says so), so its words must appear.
    expect(expectedCapWords(10)).not.toEqual(expectedCapWords(25));
    await user.clear(cap);
    await user.type(cap, '10');
    expect(calculatorStore.getState().failureModes.capPercent).toBe(10);
    expect(capWords(table)).toEqual(expectedCapWords(10));
    // The next edit begins with 10 in force (a field's edit runs from focus to blur).
    await user.tab();
    const figures = table.textContent;
    for (const bad of ['0', 'abc', '120']) {
      await user.clear(cap);
      await user.type(cap, bad);
      // What was typed stays, with a message beside it; the figures keep the cap from before the edit.
      expect(cap).toHaveValue(bad);
      expect(cap).toHaveAttribute('aria-invalid', 'true');
      const message = within(cap.parentElement!).getByRole('alert');
      expect(cap.getAttribute('aria-describedby')).toContain(message.id);
      expect(message.textContent).not.toBe('');
      expect(calculatorStore.getState().failureModes.capPercent).toBe(10);
      expect(table.textContent).toBe(figures);
      expect(capWords(table)).toEqual(expectedCapWords(10));
    }
    await user.clear(cap);
    await user.type(cap, '12.5 %');
    expect(cap).not.toHaveAttribute('aria-invalid');
    expect(capWords(table)).toEqual(expectedCapWords(12.5));
  });

  it('shows a saved or linked cap in its field and in the table’s words', async () => {
    calculatorStore.setState({
      failureModes: {
        ...catalogueChosen('production-failures-seed')(defaultFailureModes()),
        capPercent: 12.5,
      },
    });
    await renderApp();
    const table = await screen.findByRole('table', { name: 'Failure modes' }, { timeout: 10_000 });
    expect(screen.getByRole('textbox', { name: "Cap on one mode's share of the budget (%)" })).toHaveValue(
      '12.5',
    );
    expect(capWords(table)).toEqual(expectedCapWords(12.5));
    expect(table.textContent).toContain('over the 12.5 % cap');
  });

  it('reads the specification’s own words typed into a row as bad minutes a year', async () => {
    const table = await openSection();
    await userEvent.click(screen.getByRole('button', { name: 'Add failure mode' }));
    const name = within(table).getByRole('textbox', { name: 'Name of failure mode 1' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Network Partition');
    const texts: [string, string, string, string] = ['1-2 per year', '<30s', '5-30min', 'SEV1'];
    for (const [field, text] of [
      ['Frequency', texts[0]],
      ['Time to detect', texts[1]],
      ['Time to recover', texts[2]],
      ['Users affected', texts[3]],
    ] as const)
      await userEvent.type(
        within(table).getByRole('textbox', { name: `${field} of Network Partition` }),
        text,
      );
    expect(badMinutesOf(table, 0)).toBe(expectedMinutes(texts));
    expect(screen.getByText('Availability from failure modes').parentElement!.textContent).toMatch(/%/);
  });

  it('shows a message beside a bad value, keeps the text and the other fields, and keeps the last figures', async () => {
    const table = await openSection();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Failure catalogue' }),
      'Production failures (seed)',
    );
    const before = badMinutesOf(table, 0);
    const field = within(table).getByRole('textbox', { name: 'Time to recover of Network Partition' });
    await userEvent.clear(field);
    await userEvent.type(field, 'soon-ish');
    expect(field).toHaveValue('soon-ish');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field.parentElement!.textContent).toMatch(/Write it like/);
    expect(within(table).getByRole('textbox', { name: 'Frequency of Network Partition' })).toHaveValue(
      '1-2 per year',
    );
    expect(badMinutesOf(table, 0)).toBe(before);
  });

  it('flags the out-of-control recovery of external dependencies until it is set', async () => {
    const table = await openSection();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Failure catalogue' }),
      'Root causes (seed)',
    );
    expect(screen.getByRole('textbox', { name: 'Incidents a year' })).toHaveValue('12');
    const field = within(table).getByRole('textbox', { name: 'Time to recover of External Dependency' });
    expect(field.parentElement!.textContent).toMatch(/out of control/);
    await userEvent.clear(field);
    await userEvent.type(field, '1-4 hours');
    expect(field).toHaveAttribute('aria-invalid', 'false');
  });

  it('takes today’s availability from the catalogue when the switch is on, and adds a Plan row', async () => {
    await openSection();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Failure catalogue' }),
      'Production failures (seed)',
    );
    const available = screen
      .getByText('Availability from failure modes')
      .parentElement!.querySelector('output')!.textContent!;
    await userEvent.click(screen.getByRole('switch', { name: "Use failure modes for today's availability" }));
    expect(screen.getByRole('status', { name: 'Today' }).textContent).toContain(available);
    // The input shows it read-only, with where it comes from; the typed value waits for the switch.
    expect(screen.queryByRole('textbox', { name: 'Current availability' })).toBeNull();
    const shown = screen.getByText('Current availability', { selector: 'span' }).parentElement!;
    expect(shown.textContent).toContain(available);
    expect(shown.textContent).toMatch(/From the failure modes/);
    const levers = screen.getByRole('table', { name: 'Levers' });
    const first = within(levers).getAllByRole('checkbox')[0]!;
    const name = first.getAttribute('aria-label')!.replace(/^In plan /, '');
    await userEvent.type(within(levers).getByRole('textbox', { name: `One-time cost of ${name}` }), '50000');
    await userEvent.type(within(levers).getByRole('textbox', { name: `Annual run cost of ${name}` }), '0');
    await userEvent.click(within(levers).getByRole('checkbox', { name: `In plan ${name}` }));
    const comparison = screen.getByRole('table', { name: 'Scenario comparison' });
    const plan = within(comparison).getByRole('rowheader', { name: /^Plan/ }).closest('tr')!;
    expect(plan.textContent).toContain('$50,000');
  });

  it('adds a dependency typed under Dependencies to the catalogue as a read-only row while the switch is on', async () => {
    const user = userEvent.setup();
    const table = await openSection();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Failure catalogue' }),
      'Production failures (seed)',
    );
    await user.click(screen.getByRole('switch', { name: "Use failure modes for today's availability" }));
    const total = () => screen.getByText('Availability from failure modes').parentElement!.textContent!;
    const before = total();
    const minutesBefore = calculatorStore.getState().failureModes.modes.length;
    await user.click(screen.getByRole('button', { name: 'Show dependencies' }));
    await user.click(await screen.findByRole('button', { name: 'Add dependency' }, { timeout: 10_000 }));
    const name = document.activeElement as HTMLInputElement;
    await user.clear(name);
    await user.type(name, 'Payments API');
    await user.tab();
    await user.type(screen.getByRole('textbox', { name: 'Availability of Payments API' }), '99.9');
    // Its row: named after it, marked as from Dependencies, with no field and no "Remove" of its own.
    const row = (
      await within(table).findByRole('rowheader', { name: /^Payments API/ }, { timeout: 10_000 })
    ).closest('tr')!;
    expect(row.textContent).toContain('(from Dependencies)');
    expect(within(row).queryByRole('textbox')).toBeNull();
    expect(within(row).queryByRole('button', { name: /^Remove/ })).toBeNull();
    // 0.1 % of the seed convention's 8,640-hour year: 518.4 bad minutes.
    const year = minutesPerYear(calculatorStore.getState().inputs.periodConvention);
    expect(badMinutesOf(table, minutesBefore)).toBe(formatNumber(year.times('0.001'), 2));
    expect(total()).not.toBe(before);
    expect(screen.getByRole('status', { name: 'Today' }).textContent).toContain(
      screen.getByText('Availability from failure modes').parentElement!.querySelector('output')!
        .textContent!,
    );
  });
});
