import { describe, expect, it } from 'vitest';
import { createCalculatorStore } from './calculator-store';
import {
  capChanged,
  catalogueChosen,
  incidentsPerYearChanged,
  leverAdded,
  modeAdded,
  modeRemoved,
  modeTextChanged,
} from './failure-modes-edits';
import { productionFailuresCatalogue, rootCauseFrequency, ROOT_CAUSES } from '../model/failure-catalogues';
import { defaultFailureModes, defaultState } from './session';
import { memoryStorage } from './session-storage';

describe('the failure-mode edits', () => {
  it('replaces the rows with a catalogue’s, its words as typed, and Undo brings the rows before it back', () => {
    let clock = 0;
    const store = createCalculatorStore(defaultState(), memoryStorage(), () => {}, { now: () => clock });
    const edit = store.getState().actions.failureModesEdited;
    edit(modeAdded);
    edit((fm) => modeTextChanged(fm.modes[0]!.id, 'frequency', 'weekly')(fm));
    const typed = store.getState().failureModes;
    clock += 5_000;
    edit(catalogueChosen('production-failures-seed'));
    const seed = productionFailuresCatalogue();
    expect(store.getState().failureModes.modes.map((m) => [m.name, m.text])).toEqual(
      seed.entries.map((e) => [e.mode.name, e.text]),
    );
    // Each suggested lever is on the row of its own mode, its costs blank ("cost needed").
    const { modes, levers } = store.getState().failureModes;
    expect(levers.map((l) => modes.find((m) => m.id === l.modeId)!.name)).toEqual(
      seed.levers.map((l) => seed.entries.find((e) => e.mode.id === l.lever.modeId)!.mode.name),
    );
    expect(levers.every((l) => l.text.oneTimeCost === '' && l.text.annualRunCost === '')).toBe(true);
    store.temporal.getState().undo();
    expect(store.getState().failureModes).toEqual(typed);
  });

  it('sets the cap on one mode’s share of the budget as one undoable step, and a catalogue keeps it', () => {
    let clock = 0;
    const store = createCalculatorStore(defaultState(), memoryStorage(), () => {}, { now: () => clock });
    const edit = store.getState().actions.failureModesEdited;
    const before = store.getState().failureModes;
    // Typing "12.5" commits 1, 12, 12.5 in one burst: one step of the history.
    for (const cap of [1, 12, 12.5]) edit(capChanged(cap));
    expect(store.getState().failureModes).toEqual({ ...before, capPercent: 12.5 });
    clock += 5_000;
    edit(catalogueChosen('production-failures-seed'));
    expect(store.getState().failureModes.capPercent).toBe(12.5);
    store.temporal.getState().undo();
    store.temporal.getState().undo();
    expect(store.getState().failureModes).toEqual(before);
  });

  it('never repeats an id, and removing a mode takes its levers with it', () => {
    let fm = catalogueChosen('production-failures-seed')(defaultFailureModes());
    fm = leverAdded(modeAdded(fm));
    const ids = [...fm.modes, ...fm.levers].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    const first = fm.modes[0]!.id;
    fm = modeRemoved(first)(fm);
    expect(fm.levers.some((l) => l.modeId === first)).toBe(false);
  });

  it('has every root cause’s frequency follow "Incidents a year"', () => {
    const fm = incidentsPerYearChanged(40)(catalogueChosen('root-causes-seed')(defaultFailureModes()));
    expect(fm.modes.map((m) => m.text.frequency)).toEqual(
      ROOT_CAUSES.map((c) => rootCauseFrequency(c.shareOfIncidents, 40).text),
    );
  });
});
