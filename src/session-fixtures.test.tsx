// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResultsPanel } from './components/results/results-panel';
import { calculatorStore, createCalculatorStore } from './state/calculator-store';
import { defaultState, sessionOf, type CalculatorState } from './state/session';
import { SESSION_STORAGE_KEY, memoryStorage, type SessionEvent } from './state/session-storage';
import { loadSessionValidator } from './state/session-validator';
import { decodeShareLink } from './state/share-link';

/*
 * Every session an earlier release saved or shared opens in this one with the same table, to the
 * cent. The fixtures and the table text each produced in the release that wrote them are frozen in
 * src/state/fixtures (see its README): the expected text below is read from there, never typed.
 */

beforeAll(() => loadSessionValidator());

const fixture = (name: string) =>
  readFileSync(`${process.cwd()}/src/state/fixtures/${name}`, 'utf8').replace(/\n$/, '');
const tables = JSON.parse(fixture('tables.json')) as Record<string, string[][]>;

/** Columns of the full table that later releases added: an earlier table has no such figures. */
const ADDED_COLUMNS = ['IRR', 'Marginal IRR'];

/**
 * The full comparison table (after "Show all columns", as the earlier releases showed every column)
 * as rows of cell texts, headers first (as the browser tests read it), without `ADDED_COLUMNS`.
 */
async function tableOf(state: CalculatorState): Promise<string[][]> {
  calculatorStore.setState(state);
  render(<ResultsPanel />);
  const toggle = screen.getByRole('button', { name: 'Show all columns' });
  if (toggle.getAttribute('aria-pressed') !== 'true') await userEvent.setup().click(toggle);
  const table = screen.getByRole('table', { name: 'Scenario comparison' });
  const rows = [...table.querySelectorAll('tr')].map((row) =>
    [...row.children].map((cell) => (cell.textContent ?? '').trim()),
  );
  const keep = rows[0]!.map((header) => !ADDED_COLUMNS.includes(header));
  return rows.map((row) => row.filter((_, j) => keep[j]));
}

/** The words this release changed on purpose around the same figures: see fixtures/reworded.json. */
const REWORDED = JSON.parse(fixture('reworded.json')) as { rules: Array<{ was: string; now: string }> };

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern a cell that read `was` in an earlier release must match now (test/e2e/harness.mjs has the same). */
function allowedNow(was: string): RegExp {
  const rule = REWORDED.rules.find((r) => new RegExp(r.was).test(was));
  if (!rule) return new RegExp(`^${escape(was)}$`);
  return new RegExp(
    rule.now
      .replace('{was:(your figure)=>(your quote)}', escape(was.replace(' (your figure)', ' (your quote)')))
      .replace('{was}', escape(was)),
  );
}

/** Expects `now` to be the earlier release's table `was`, figure for figure, with only `REWORDED` words changed. */
function expectSameFigures(now: string[][], was: string[][]) {
  expect(now.map((row) => row.length)).toEqual(was.map((row) => row.length));
  now.forEach((row, i) =>
    row.forEach((cell, j) => {
      const before = was[i]![j]!;
      if (cell === before) return;
      expect(cell, `row ${i}, column ${j}: was “${before}”`).toMatch(allowedNow(before));
    }),
  );
}

/** The session a store opens from `saved` (localStorage text), with what it reported. */
function openSaved(saved: string) {
  const storage = memoryStorage();
  storage.setItem(SESSION_STORAGE_KEY, saved);
  const events: SessionEvent[] = [];
  const store = createCalculatorStore(defaultState(), storage, (event) => events.push(event));
  return { session: sessionOf(store.getState()), events };
}

const savedFixtures = Object.keys(tables).filter((name) => name.includes('-saved-'));
const linkFixtures = Object.keys(tables).filter((name) => name.includes('-link-'));

describe('frozen sessions of earlier releases', () => {
  it('covers saved sessions of versions 0 to 3 and share links of versions 1 to 3', () => {
    const count = (names: string[], version: string) =>
      names.filter((name) => name.startsWith(version)).length;
    expect([0, 1, 2, 3].map((v) => count(savedFixtures, `v${v}-`))).toEqual([2, 3, 3, 3]);
    expect([1, 2, 3].map((v) => count(linkFixtures, `v${v}-`))).toEqual([3, 3, 3]);
  });

  it.each(['worked-example', 'custom', 'jpy-compact'])(
    'the version 3 link and saved session of %s open as the same session, with every part version 3 added',
    (slug) => {
      const session = openSaved(fixture(`v3-saved-${slug}.json`)).session;
      expect(decodeShareLink(fixture(`v3-link-${slug}.txt`))).toEqual({ ok: true, state: session });
      if (slug === 'custom') {
        expect(session.caseName).toBe('Checkout “2027” | plan');
        expect(session.showAllColumns).toBe(true);
        expect(session.simulation).toEqual({ enabled: true, runs: 2_000, seed: 'plan B' });
        expect(session.failureModes.modes).toHaveLength(10);
        expect(session.dependencies.tree.children).toHaveLength(2);
        expect(Object.keys(session.ranges)).toEqual(['downtimeCostPerHour', 'scenarios.s1.investment']);
      }
    },
  );

  it.each(savedFixtures)('the saved session %s opens with the same table', async (name) => {
    const { session, events } = openSaved(fixture(name));
    expect(events).toEqual(['restored']);
    expectSameFigures(await tableOf(session), tables[name]!);
  });

  it.each(linkFixtures)('the share link %s opens with the same table', async (name) => {
    const decoded = decodeShareLink(fixture(name));
    if (!decoded.ok) throw new Error(decoded.message);
    expectSameFigures(await tableOf(decoded.state), tables[name]!);
  });

  it.each(['worked-example', 'custom', 'jpy-compact'])(
    'the version 1 and 2 links and saved sessions of %s open as the same session',
    (slug) => {
      const session = openSaved(fixture(`v2-saved-${slug}.json`)).session;
      expect(openSaved(fixture(`v1-saved-${slug}.json`)).session).toEqual(session);
      expect(decodeShareLink(fixture(`v1-link-${slug}.txt`))).toEqual({ ok: true, state: session });
      expect(decodeShareLink(fixture(`v2-link-${slug}.txt`))).toEqual({ ok: true, state: session });
    },
  );

  it('a version 1 label that reads as its target follows it in version 2; the others stay as typed', () => {
    const decoded = decodeShareLink(fixture('v1-link-custom.txt'));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.state.inputs.scenarios.map((s) => s.label)).toEqual([
      '99.9 %', // at 99.95 %: the target was changed after the label was written, so it is the user's
      '<b>Checkout</b> & "quotes" <script>x</script>',
      null,
    ]);
    expect(decoded.state.ranges).toEqual({
      downtimeCostPerHour: { low: 100_000, high: 1_000_000, shape: 'lognormal' },
    });
  });
});
