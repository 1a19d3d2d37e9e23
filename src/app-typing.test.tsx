// @vitest-environment jsdom
import { renderApp } from './render-app.test-helper';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calculatorStore } from './state/calculator-store';
import { defaultState } from './state/session';

// What is shown is what was typed: each text below is typed, and pasted, into the page, and the
// figures either use what it means or keep the value from before the edit and say so. Never a prefix.
vi.mock('./components/charts/charts-panel', () => ({ ChartsPanel: () => null }));

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

const today = () => screen.getByRole('status', { name: 'Today' }).textContent ?? '';
const warning = () => document.querySelector('.figures-warning')?.textContent ?? '';

function cell(rowLabel: string, column: string): string {
  const table = screen.getByRole('table', { name: 'Scenario comparison' });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const index = headers.findIndex((text) => text === column || text?.startsWith(column));
  const row = within(table).getByRole('rowheader', { name: rowLabel }).closest('tr')!;
  return row.children[index]!.textContent ?? '';
}

type Entry = 'typed' | 'pasted';

async function enter(how: Entry, field: string, text: string) {
  const user = userEvent.setup();
  const input = screen.getByRole('textbox', { name: field });
  await user.clear(input);
  if (how === 'typed') await user.type(input, text);
  else await user.paste(text);
  return user;
}

describe.each<Entry>(['typed', 'pasted'])('text %s into a field', (how) => {
  it.each([
    // [field, text, what the summary of today then says]
    [
      'Current availability',
      '99,9',
      'Today, at 99.9%: 0.72 h (43.2 min) of downtime a month, costing $17,280,000 a year.',
    ],
    [
      'Current availability',
      '99.8 %',
      'Today, at 99.8%: 1.44 h (86.4 min) of downtime a month, costing $34,560,000 a year.',
    ],
    [
      'Downtime cost per hour',
      '2.000.000',
      'Today, at 99.5%: 3.6 h (216 min) of downtime a month, costing $86,400,000 a year.',
    ],
    [
      'Downtime cost per hour',
      '1.000.000',
      'Today, at 99.5%: 3.6 h (216 min) of downtime a month, costing $43,200,000 a year.',
    ],
  ])('%s “%s” is used as it means', async (field, text, summary) => {
    await renderApp();
    await enter(how, field, text);
    expect(today()).toBe(summary);
    expect(warning()).toBe('');
  });

  it.each([
    ['Current availability', '100', '99.5%', /below 100 %/],
    [
      'Current availability',
      '1e6',
      '99.5%',
      /cannot read “1e6” as a number\. Write it like 99\.9, 99,9 or 99\.9 %\./,
    ],
    ['Downtime cost per hour', '2,00,000', '$2,000,000 per hour', /cannot read/],
  ])(
    '%s “%s” keeps the figures at the value before the edit, and says so',
    async (field, text, used, reason) => {
      await renderApp();
      await enter(how, field, text);
      // Never the figures of a prefix ("10" or "1" for "100" or "1e6").
      expect(today()).toBe(
        'Today, at 99.5%: 3.6 h (216 min) of downtime a month, costing $86,400,000 a year.',
      );
      expect(warning()).toContain(`Figures use ${field} ${used}, not your entry “${text}”`);
      expect(warning()).toMatch(reason);
      expect(screen.getByRole('textbox', { name: field })).toHaveValue(text);
      expect(screen.getByRole('textbox', { name: field })).toHaveAccessibleDescription(reason);
    },
  );

  it('asks what an ambiguous amount means, keeping the old figure until answered', async () => {
    await renderApp();
    const user = await enter(how, 'Monthly infrastructure cost', '400.000');
    expect(cell('99.9 %', 'Investment')).toMatch(/^\$12,000,000/);
    expect(warning()).toContain(
      'Figures use Monthly infrastructure cost $500,000 per month, not your entry “400.000”',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('“400.000” could mean 400 or 400,000: which one?');
    await user.click(screen.getByRole('button', { name: 'Use 400,000 for Monthly infrastructure cost' }));
    // 99.5 % → 99.9 % costs 2 × the annual infrastructure cost: 2 × 12 × $400,000.
    expect(cell('99.9 %', 'Investment')).toMatch(/^\$9,600,000/);
    expect(warning()).toBe('');
    expect(screen.getByRole('textbox', { name: 'Monthly infrastructure cost' })).toHaveValue('400,000');
  });
});

it('keeps the value from before the edit even after valid prefixes were typed and the field left', async () => {
  const user = userEvent.setup();
  await renderApp();
  const field = screen.getByRole('textbox', { name: 'Current availability' });
  await user.clear(field);
  await user.type(field, '99.8');
  await user.tab();
  expect(today()).toMatch(/^Today, at 99\.8%/);
  await user.click(field);
  await user.type(field, '9x');
  expect(today()).toMatch(/^Today, at 99\.8%/);
  expect(warning()).toContain('Figures use Current availability 99.8%, not your entry “99.89x”');
  await user.tab();
  await user.click(field);
  await user.type(field, 'y');
  // A second edit of a still-refused text falls back to the same value, not to a prefix.
  expect(today()).toMatch(/^Today, at 99\.8%/);
  await user.clear(field);
  await user.type(field, '99.95');
  expect(today()).toMatch(/^Today, at 99\.95%/);
  expect(warning()).toBe('');
});
