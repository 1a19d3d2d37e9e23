import { beforeAll, describe, expect, it } from 'vitest';
import { createCalculatorStore } from './calculator-store';
import { defaultState, sessionOf, type CalculatorState } from './session';
import { SESSION_VERSION } from './session-versions';
import { SESSION_STORAGE_KEY, memoryStorage, type SessionEvent, type SyncStorage } from './session-storage';
import { loadSessionValidator } from './session-validator';

// The session schema loads lazily in the app (session-validator.ts); here it is loaded up front.
beforeAll(() => loadSessionValidator());

/** A storage holding `saved` (raw text) under the session key, recording what the store writes. */
function storageWith(saved?: string): SyncStorage & { writes: string[] } {
  const storage = memoryStorage();
  if (saved !== undefined) storage.setItem(SESSION_STORAGE_KEY, saved);
  const writes: string[] = [];
  return {
    getItem: storage.getItem,
    removeItem: storage.removeItem,
    setItem: (key, value) => {
      writes.push(value);
      storage.setItem(key, value);
    },
    writes,
  };
}

/** A store over `storage`, with the events it reported. */
function open(storage: SyncStorage) {
  const events: SessionEvent[] = [];
  const store = createCalculatorStore(defaultState(), storage, (event) => events.push(event));
  return { store, events, session: () => sessionOf(store.getState()) };
}

function savedText(state: CalculatorState, version = SESSION_VERSION): string {
  return JSON.stringify({ state, version });
}

const edited: CalculatorState = (() => {
  const state = defaultState();
  state.inputs.downtimeCostPerHour = 750_000;
  state.inputs.periodConvention = 'calendar';
  state.inputs.scenarios[1]!.label = 'Three nines';
  state.currency = 'EUR';
  state.compact = true;
  return state;
})();

describe('the saved session', () => {
  it('saves the inputs only, under "nines:session" at the newest version', () => {
    const storage = storageWith();
    const { store } = open(storage);
    store.getState().actions.inputChanged('downtimeCostPerHour', 750_000);
    const saved = JSON.parse(storage.getItem(SESSION_STORAGE_KEY)!);
    expect(saved.version).toBe(SESSION_VERSION);
    expect(SESSION_VERSION).toBe(3);
    expect(Object.keys(saved.state).sort()).toEqual([
      'caseName',
      'compact',
      'currency',
      'dependencies',
      'failureModes',
      'inputs',
      'nextScenarioNumber',
      'presetId',
      'ranges',
      'showAllColumns',
      'simulation',
    ]);
    expect(saved.state.inputs.downtimeCostPerHour).toBe(750_000);
  });

  it('is restored by the next store over the same storage', () => {
    const storage = storageWith();
    const first = open(storage);
    first.store.getState().actions.sessionRestored(edited);
    first.store.getState().actions.scenarioAdded();
    const second = open(storage);
    expect(second.session()).toEqual(first.session());
    expect(second.session().inputs.scenarios).toHaveLength(4);
    expect(second.events).toEqual(['restored']);
  });

  it('starts from the defaults, silently, when nothing is saved', () => {
    const storage = storageWith();
    const { session, events } = open(storage);
    expect(session()).toEqual(defaultState());
    expect(events).toEqual([]);
    expect(storage.writes).toEqual([]);
  });

  it.each([
    ['corrupt JSON', '{"state": {"inputs": '],
    ['JSON that is not a saved session', '"hello"'],
    [
      'a session outside the limits',
      savedText({ ...edited, inputs: { ...edited.inputs, horizonYears: 99 } }),
    ],
    ['a session with an unknown field', savedText({ ...edited, extra: 1 } as CalculatorState)],
    ['a session with a __proto__ key', `{"version":2,"state":{"__proto__":{"polluted":true}}}`],
    ['a version 1 session with a __proto__ key', `{"version":1,"state":{"__proto__":{"polluted":true}}}`],
    ['a session saved by a newer version', savedText(edited, SESSION_VERSION + 1)],
  ])('falls back to the defaults with one notice on %s', (_name, text) => {
    const { session, events } = open(storageWith(text));
    expect(session()).toEqual(defaultState());
    expect(events).toEqual(['unreadable']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['corrupt JSON', '{"state": {"inputs": '],
    ['a session saved by a newer version', savedText(edited, SESSION_VERSION + 1)],
    ['an invalid version 1 session', JSON.stringify({ state: { inputs: {} }, version: 1 })],
  ])('does not overwrite an unusable saved session (%s) until the user changes something', (_name, text) => {
    const storage = storageWith(text);
    const { store } = open(storage);
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBe(text);
    store.getState().actions.compactToggled(true);
    expect(JSON.parse(storage.getItem(SESSION_STORAGE_KEY)!).state.compact).toBe(true);
  });
});

describe('migration from version 0', () => {
  const v0 = {
    presetId: 'financial',
    currency: 'GBP',
    downtimeCostPerHour: 10_000_000,
    baselineAvailability: 0.995,
    monthlyInfraCost: 400_000,
    targets: [
      { label: 'Three nines', availability: 0.999, investment: null },
      { label: 'Four nines (quote)', availability: 0.9999, investment: 250_000_000 },
    ],
  };

  it('turns fractions into percents and targets into scenarios, then saves in the newest version', () => {
    const storage = storageWith(JSON.stringify({ state: v0, version: 0 }));
    const { session, events } = open(storage);
    const expected: CalculatorState = {
      inputs: {
        downtimeCostPerHour: 10_000_000,
        baselineAvailabilityPercent: 99.5,
        monthlyInfraCost: 400_000,
        periodConvention: 'seed',
        growthPerNine: 10,
        calibrationMultiple: 2,
        horizonYears: 3,
        discountRatePercent: 8,
        scenarios: [
          {
            id: 's1',
            label: 'Three nines',
            availabilityPercent: 99.9,
            investmentOverride: null,
            annualRunCost: 0,
          },
          {
            id: 's2',
            label: 'Four nines (quote)',
            availabilityPercent: 99.99,
            investmentOverride: 250_000_000,
            annualRunCost: 0,
          },
        ],
      },
      presetId: 'financial',
      ranges: { downtimeCostPerHour: { low: 5_000_000, high: 15_000_000, shape: 'lognormal' } },
      currency: 'GBP',
      compact: false,
      nextScenarioNumber: 3,
      // What version 3 added, as a new session has it.
      caseName: null,
      showAllColumns: false,
      failureModes: defaultState().failureModes,
      dependencies: defaultState().dependencies,
      simulation: defaultState().simulation,
    };
    expect(session()).toEqual(expected);
    expect(events).toEqual(['restored']);
    expect(JSON.parse(storage.getItem(SESSION_STORAGE_KEY)!)).toEqual({
      state: expected,
      version: SESSION_VERSION,
    });
  });

  it.each([
    ['availability as a percent already', { ...v0, baselineAvailability: 99.5 }],
    ['targets that are not a list', { ...v0, targets: 'none' }],
    ['a target that is not an object', { ...v0, targets: [5] }],
    ['a missing field', { ...v0, downtimeCostPerHour: undefined }],
    ['no object at all', 42],
  ])(
    'gives the defaults and one notice for a version 0 session with %s, and keeps it saved',
    (_name, state) => {
      const text = JSON.stringify({ state, version: 0 });
      const storage = storageWith(text);
      const { session, events } = open(storage);
      expect(session()).toEqual(defaultState());
      expect(events).toEqual(['unreadable']);
      expect(storage.getItem(SESSION_STORAGE_KEY)).toBe(text);
    },
  );
});

describe('storage that refuses', () => {
  const blocked: SyncStorage = {
    getItem: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    removeItem: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  };

  it('blocked storage: the store works in memory and reports it once', () => {
    const { store, session, events } = open(blocked);
    const { actions } = store.getState();
    expect(() => {
      actions.inputChanged('downtimeCostPerHour', 1_000_000);
      actions.scenarioAdded();
      actions.currencyChosen('INR');
      store.persist.clearStorage();
    }).not.toThrow();
    expect(session().inputs.downtimeCostPerHour).toBe(1_000_000);
    expect(session().inputs.scenarios).toHaveLength(4);
    expect(session().currency).toBe('INR');
    expect(events).toEqual(['unsaveable']);
  });

  it('full storage: reads work, writes fail, nothing on screen is lost, one report', () => {
    const saved = storageWith(savedText(edited));
    const full: SyncStorage = {
      getItem: saved.getItem,
      removeItem: saved.removeItem,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    };
    const { store, session, events } = open(full);
    expect(session()).toEqual(edited);
    for (let n = 0; n < 20; n += 1) store.getState().actions.inputChanged('monthlyInfraCost', 1000 + n);
    expect(session().inputs.monthlyInfraCost).toBe(1019);
    expect(events).toEqual(['restored', 'unsaveable']);
  });
});

describe('the parts version 3 added', () => {
  it('are set by their actions and saved', () => {
    const storage = storageWith();
    const { store } = open(storage);
    const { actions } = store.getState();
    actions.caseNameChanged('Checkout 2027');
    actions.showAllColumnsToggled(true);
    actions.simulationChanged({ enabled: true, seed: 'plan B' });
    actions.failureModesEdited((fm) => ({ ...fm, useForBaseline: true, capPercent: 10 }));
    actions.dependenciesEdited((d) => ({ ...d, ownOutages: [{ count: 2, scopePercent: 50 }] }));
    actions.rangeChanged('scenarios.s1.investment', { low: 1, high: 2, shape: 'pert' });
    const saved = JSON.parse(storage.getItem(SESSION_STORAGE_KEY)!).state as CalculatorState;
    expect(saved.caseName).toBe('Checkout 2027');
    expect(saved.showAllColumns).toBe(true);
    expect(saved.simulation).toEqual({ enabled: true, runs: 10_000, seed: 'plan B' });
    expect(saved.failureModes).toMatchObject({ useForBaseline: true, capPercent: 10 });
    expect(saved.dependencies.ownOutages).toEqual([{ count: 2, scopePercent: 50 }]);
    expect(saved.ranges['scenarios.s1.investment']).toEqual({ low: 1, high: 2, shape: 'pert' });
  });

  it('a blank case name goes back to the preset’s; removing a scenario takes its ranges along', () => {
    const { store } = open(storageWith());
    const { actions } = store.getState();
    actions.caseNameChanged('   ');
    expect(store.getState().caseName).toBeNull();
    actions.rangeChanged('scenarios.s2.annualRunCost', { low: 0, high: 5, shape: 'uniform' });
    actions.scenarioRemoved('s2');
    expect(Object.keys(store.getState().ranges)).toEqual(['downtimeCostPerHour']);
  });

  it('stay when a preset is picked; Reset takes them back to a new session’s', () => {
    const { store } = open(storageWith());
    const { actions } = store.getState();
    actions.caseNameChanged('Mine');
    actions.simulationChanged({ enabled: true });
    actions.presetChosen('gaming');
    actions.presetChosen('seed');
    expect(store.getState()).toMatchObject({ caseName: 'Mine', simulation: { enabled: true } });
    actions.reset();
    expect(store.getState()).toMatchObject({ caseName: null, simulation: { enabled: false } });
  });
});
