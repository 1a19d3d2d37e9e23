import { describe, expect, it } from 'vitest';
import { createCalculatorStore } from './calculator-store';
import { defaultState, sessionOf, type UndoableChange } from './session';
import { memoryStorage } from './session-storage';
import { PERIOD_CONVENTIONS } from '../model/periods';
import { undoableChangeText } from './undo-notice';

/** A store with a clock the test moves, and the undoable changes it reported. */
function open() {
  let clock = 0;
  const changes: UndoableChange[] = [];
  const store = createCalculatorStore(defaultState(), memoryStorage(), () => {}, {
    onUndoable: (change) => changes.push(change),
    now: () => clock,
  });
  const tick = (ms: number) => (clock += ms);
  const actions = () => store.getState().actions;
  const undo = () => store.temporal.getState().undo();
  const redo = () => store.temporal.getState().redo();
  return { store, changes, tick, actions, undo, redo };
}

describe('undo', () => {
  it('takes a preset back to what was typed before it', () => {
    const { store, changes, tick, actions, undo } = open();
    actions().inputChanged('downtimeCostPerHour', 300_000);
    tick(5_000);
    actions().presetChosen('saas');
    expect(store.getState().inputs.downtimeCostPerHour).toBe(550_000);
    expect(changes.map((c) => c.kind)).toEqual(['preset']);
    expect(undoableChangeText(changes[0]!)).toBe(
      'Preset “Enterprise SaaS”: downtime cost per hour $550,000 (was $300,000); ' +
        'cost range $100,000–$1,000,000 (was $1,000,000–$5,000,000); ' +
        `periods ${PERIOD_CONVENTIONS.calendar.label} (was ${PERIOD_CONVENTIONS.seed.label}).`,
    );
    undo();
    expect(store.getState().inputs.downtimeCostPerHour).toBe(300_000);
    expect(store.getState().presetId).toBe('seed');
    expect(store.getState().inputs.periodConvention).toBe('seed');
  });

  it('takes a removed scenario back, in its place', () => {
    const { store, changes, actions, undo, redo } = open();
    const before = sessionOf(store.getState());
    actions().scenarioRemoved('s2');
    expect(store.getState().inputs.scenarios.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(undoableChangeText(changes[0]!)).toBe('Removed 99.9 %.');
    undo();
    expect(sessionOf(store.getState())).toEqual(before);
    redo();
    expect(store.getState().inputs.scenarios.map((s) => s.id)).toEqual(['s1', 's3']);
  });

  it('takes Reset back', () => {
    const { store, changes, tick, actions, undo } = open();
    actions().inputChanged('horizonYears', 5);
    actions().currencyChosen('EUR');
    tick(5_000);
    actions().reset();
    expect(store.getState().inputs.horizonYears).toBe(3);
    expect(undoableChangeText(changes[0]!)).toBe('Every input was reset to the worked example.');
    undo();
    expect(store.getState().inputs.horizonYears).toBe(5);
    expect(store.getState().currency).toBe('EUR');
  });

  it('undoes a burst of edits (keystrokes, a slider drag) as one step, and a pause starts a new one', () => {
    const { store, tick, actions, undo } = open();
    for (const value of [9, 99, 99.8]) {
      actions().inputChanged('baselineAvailabilityPercent', value);
      tick(200);
    }
    tick(2_000);
    actions().inputChanged('horizonYears', 5);
    undo();
    expect(store.getState().inputs.horizonYears).toBe(3);
    expect(store.getState().inputs.baselineAvailabilityPercent).toBe(99.8);
    undo();
    expect(store.getState().inputs.baselineAvailabilityPercent).toBe(99.5);
  });

  it('keeps a preset a step of its own even right after typing', () => {
    const { store, actions, undo } = open();
    actions().inputChanged('downtimeCostPerHour', 300_000);
    actions().presetChosen('gaming');
    actions().inputChanged('monthlyInfraCost', 1_000);
    undo();
    expect(store.getState().inputs.monthlyInfraCost).toBe(500_000);
    expect(store.getState().presetId).toBe('gaming');
    undo();
    expect(store.getState().inputs.downtimeCostPerHour).toBe(300_000);
  });

  it('records nothing for a change that changes nothing', () => {
    const { store, actions } = open();
    actions().presetChosen('seed');
    actions().compactToggled(false);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('presets and periods', () => {
  it.each(['financial', 'ecommerce', 'social', 'saas', 'gaming'] as const)(
    'the %s preset counts in 365-day years',
    (preset) => {
      const { store, actions } = open();
      actions().presetChosen(preset);
      expect(store.getState().inputs.periodConvention).toBe('calendar');
    },
  );

  it('the worked example keeps the specification’s 30-day months, so its figures reproduce it', () => {
    const { store, actions } = open();
    actions().presetChosen('gaming');
    actions().presetChosen('seed');
    expect(store.getState().inputs.periodConvention).toBe('seed');
  });
});
