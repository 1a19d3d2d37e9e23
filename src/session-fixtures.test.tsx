// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
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

/** The comparison table as rows of cell texts, headers first (as the browser tests read it). */
function tableOf(state: CalculatorState): string[][] {
  calculatorStore.setState(state);
  render(<ResultsPanel />);
  const table = screen.getByRole('table', { name: 'Scenario comparison' });
  return [...table.querySelectorAll('tr')].map((row) =>
    [...row.children].map((cell) => (cell.textContent ?? '').trim()),
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
  it('covers saved sessions of versions 0 and 1 and share links of version 1', () => {
    expect(savedFixtures.filter((name) => name.startsWith('v0-'))).toHaveLength(2);
    expect(savedFixtures.filter((name) => name.startsWith('v1-'))).toHaveLength(3);
    expect(linkFixtures).toHaveLength(3);
  });

  it.each(savedFixtures)('the saved session %s opens with the same table', (name) => {
    const { session, events } = openSaved(fixture(name));
    expect(events).toEqual(['restored']);
    expect(tableOf(session)).toEqual(tables[name]);
  });

  it.each(linkFixtures)('the share link %s opens with the same table', (name) => {
    const decoded = decodeShareLink(fixture(name));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(tableOf(decoded.state)).toEqual(tables[name]);
  });

  it.each(['worked-example', 'custom', 'jpy-compact'])(
    'the version 1 link and saved session of %s open as the same session',
    (slug) => {
      const decoded = decodeShareLink(fixture(`v1-link-${slug}.txt`));
      expect(decoded).toEqual({ ok: true, state: openSaved(fixture(`v1-saved-${slug}.json`)).session });
    },
  );
});
