import { createStore, type StateCreator } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { useStore } from 'zustand';
import { temporal } from 'zundo';
import type { CalculatorInputs, ScenarioInput } from '../model/scenarios';
import { INDUSTRIES, rangeMidpoint } from '../model/presets';
import { defaultRangeShape, type RangeInput, type RangedInputId } from '../model/ranges';
import type { PeriodConventionId } from '../model/periods';
import type { CurrencyCode } from '../format/format';
import { LIMITS } from '../model/limits';
import { oneMoreNine } from '../model/downtime';
import { noticesStore, UNREADABLE_NOTICE, UNSAVEABLE_NOTICE } from './notices-store';
import { openSession, validateSession } from './session-validator';
import {
  defaultState,
  sessionOf,
  type CalculatorState,
  type DependenciesSession,
  type FailureModesSession,
  type PresetId,
  type ScenarioRangeKey,
  type SimulationSettings,
  type UndoableChange,
} from './session';
import { SESSION_VERSION } from './session-versions';
import {
  SESSION_STORAGE_KEY,
  browserStorage,
  guardedStorage,
  memoryStorage,
  type SessionEvent,
  type SyncStorage,
} from './session-storage';

type ScalarInput = Exclude<keyof CalculatorInputs, 'scenarios' | 'periodConvention'>;
type ScenarioPatch = Partial<Omit<ScenarioInput, 'id'>>;

export interface CalculatorActions {
  presetChosen(presetId: PresetId): void;
  inputChanged(name: ScalarInput, value: number): void;
  periodConventionChosen(id: PeriodConventionId): void;
  /**
   * A new range for an input (only a valid one: the form holds an invalid range back, with a message);
   * null takes a scenario's range away (the cost per hour always has one).
   */
  rangeChanged(input: RangedInputId, range: RangeInput): void;
  rangeChanged(input: ScenarioRangeKey, range: RangeInput | null): void;
  /** "Case name": null or blank goes back to the preset's name. */
  caseNameChanged(name: string | null): void;
  showAllColumnsToggled(on: boolean): void;
  /** Replaces the failure modes, levers and plan with what `edit` makes of them (pure edits live beside the page). */
  failureModesEdited(edit: (current: FailureModesSession) => FailureModesSession): void;
  /** Replaces the dependency tree and own outages with what `edit` makes of them. */
  dependenciesEdited(edit: (current: DependenciesSession) => DependenciesSession): void;
  simulationChanged(patch: Partial<SimulationSettings>): void;
  currencyChosen(currency: CurrencyCode): void;
  compactToggled(compact: boolean): void;
  scenarioAdded(): void;
  scenarioEdited(id: string, patch: ScenarioPatch): void;
  scenarioRemoved(id: string): void;
  sessionRestored(state: CalculatorState): void;
  reset(): void;
}

export type CalculatorStore = CalculatorState & { actions: CalculatorActions };

/**
 * Whether two sessions hold the same inputs. They are plain JSON (what is saved), small, and compared
 * once per change, so their JSON text is the simplest exact comparison.
 */
function sameSession(a: CalculatorState, b: CalculatorState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** When the last edit was recorded in the undo history, shared by the actions and the history. */
interface UndoGrouping {
  lastEdit: number;
}

/** How long a burst of edits (keystrokes in one field, a slider drag) may pause and still undo as one step. */
export const UNDO_GROUP_MS = 1_000;

/** The store's state and its actions, starting from `initial`; `onUndoable` hears the big changes. */
function calculatorState(
  initial: CalculatorState,
  onUndoable: (change: UndoableChange) => void,
  history: UndoGrouping,
): StateCreator<CalculatorStore, [['zustand/persist', unknown], ['temporal', unknown]]> {
  return (set, get) => {
    /** Applies `change` and reports it as undoable when it changed anything. */
    const undoable = (
      kind: UndoableChange['kind'],
      change: (state: CalculatorStore) => Partial<CalculatorState>,
    ) => {
      const before = sessionOf(get());
      // Always a step of its own: never merged into a burst of edits before or after it.
      history.lastEdit = Number.NEGATIVE_INFINITY;
      set(change);
      history.lastEdit = Number.NEGATIVE_INFINITY;
      const after = sessionOf(get());
      if (!sameSession(before, after)) onUndoable({ kind, before, after });
    };
    return {
      ...initial,
      actions: {
        presetChosen: (presetId) =>
          undoable('preset', (state) => {
            // A preset sets the calculator's inputs; the failure modes, dependencies, simulation
            // settings, case name and table columns are the user's own and stay.
            if (presetId === 'seed')
              return {
                ...defaultState(),
                currency: state.currency,
                compact: state.compact,
                caseName: state.caseName,
                showAllColumns: state.showAllColumns,
                failureModes: state.failureModes,
                dependencies: state.dependencies,
                simulation: state.simulation,
              };
            const industry = INDUSTRIES.find((i) => i.id === presetId)!;
            // Industry presets count time as people do, in 365-day years; only the worked example keeps
            // the specification's 30-day months so that its figures reproduce the specification's.
            return {
              presetId,
              ranges: {
                ...state.ranges,
                downtimeCostPerHour: {
                  low: industry.costPerHourLow,
                  high: industry.costPerHourHigh,
                  shape: defaultRangeShape(industry.costPerHourLow),
                },
              },
              inputs: {
                ...state.inputs,
                downtimeCostPerHour: rangeMidpoint(industry),
                periodConvention: 'calendar',
              },
            };
          }),
        inputChanged: (name, value) => set((state) => ({ inputs: { ...state.inputs, [name]: value } })),
        periodConventionChosen: (id) =>
          set((state) => ({ inputs: { ...state.inputs, periodConvention: id } })),
        rangeChanged: (input: RangedInputId | ScenarioRangeKey, range: RangeInput | null) =>
          set((state) => {
            const ranges = { ...state.ranges };
            if (range !== null) ranges[input] = range;
            else if (input !== 'downtimeCostPerHour') delete ranges[input];
            return { ranges };
          }),
        caseNameChanged: (name) => set({ caseName: name === null || name.trim() === '' ? null : name }),
        showAllColumnsToggled: (on) => set({ showAllColumns: on }),
        failureModesEdited: (edit) => set((state) => ({ failureModes: edit(state.failureModes) })),
        dependenciesEdited: (edit) => set((state) => ({ dependencies: edit(state.dependencies) })),
        simulationChanged: (patch) => set((state) => ({ simulation: { ...state.simulation, ...patch } })),
        currencyChosen: (currency) => set({ currency }),
        compactToggled: (compact) => set({ compact }),
        scenarioAdded: () =>
          set((state) => {
            if (state.inputs.scenarios.length >= LIMITS.maxScenarios) return {};
            const highest = Math.max(
              state.inputs.baselineAvailabilityPercent,
              ...state.inputs.scenarios.map((s) => s.availabilityPercent),
            );
            // A new scenario proposes one more nine than the highest so far.
            const next = oneMoreNine(highest);
            const scenario: ScenarioInput = {
              id: `s${state.nextScenarioNumber}`,
              label: null,
              availabilityPercent: next,
              investmentOverride: null,
              annualRunCost: 0,
            };
            return {
              nextScenarioNumber: state.nextScenarioNumber + 1,
              inputs: { ...state.inputs, scenarios: [...state.inputs.scenarios, scenario] },
            };
          }),
        scenarioEdited: (id, patch) =>
          set((state) => ({
            inputs: {
              ...state.inputs,
              scenarios: state.inputs.scenarios.map((s) => (s.id === id ? { ...s, ...patch } : s)),
            },
          })),
        scenarioRemoved: (id) =>
          undoable('scenario-removed', (state) => ({
            inputs: { ...state.inputs, scenarios: state.inputs.scenarios.filter((s) => s.id !== id) },
            // Its ranges go with it (an undo brings them back with the scenario).
            ranges: Object.fromEntries(
              Object.entries(state.ranges).filter(([key]) => !key.startsWith(`scenarios.${id}.`)),
            ) as CalculatorState['ranges'],
          })),
        sessionRestored: (restored) => set({ ...restored }),
        reset: () => undoable('reset', () => defaultState()),
      },
    };
  };
}

/** Why a saved session of another version is not restored; reported as 'unreadable'. */
class UnusableSavedSession extends Error {}

/**
 * Creates a store that saves its inputs to `storage` under "nines:session" (at `SESSION_VERSION`) and starts
 * from what is saved there, if it is valid. The app uses one instance with localStorage; tests make
 * their own with a storage of their own (by default one in memory). `onEvent` hears whether a saved
 * session was restored, unusable, or whether storage refuses to work.
 *
 * The saved session is validated by the lazily loaded schema (session-validator.ts), which must be
 * loaded before the store reads storage. With `skipHydration` the store starts from `initial` and
 * reads storage only at `store.persist.rehydrate()`, so the schema can be loaded first, and only when
 * something is saved; without it, the store reads storage at once.
 */
export function createCalculatorStore(
  initial: CalculatorState = defaultState(),
  storage: SyncStorage = memoryStorage(),
  onEvent: (event: SessionEvent) => void = () => {},
  {
    skipHydration = false,
    onUndoable = () => {},
    now = () => Date.now(),
  }: { skipHydration?: boolean; onUndoable?: (change: UndoableChange) => void; now?: () => number } = {},
) {
  const history: UndoGrouping = { lastEdit: Number.NEGATIVE_INFINITY };
  return createStore<CalculatorStore>()(
    // The undo history keeps the inputs only (what is saved), skips changes that change nothing, and
    // takes a burst of edits as one step: the state before the burst's first edit is the one kept.
    temporal(
      persist<CalculatorStore, [['temporal', unknown]], [], CalculatorState>(
        calculatorState(initial, onUndoable, history),
        {
          name: SESSION_STORAGE_KEY,
          version: SESSION_VERSION,
          storage: guardedStorage(storage, onEvent),
          partialize: sessionOf,
          // An older saved session goes through the one chain of session versions (session-migrations.ts)
          // and is checked here, before zustand would save the result over it. One that cannot be brought
          // to this version (made by a newer release) or is invalid once it is (or cannot be checked, the
          // schema not having loaded) fails the hydration: zustand then keeps the defaults and writes
          // nothing, so what is saved stays as it was until the user changes something.
          migrate: (saved, version) => {
            const result = openSession(saved, version);
            if (!result.ok) throw new UnusableSavedSession();
            return result.value;
          },
          onRehydrateStorage: () => (_state, error) => {
            if (error) onEvent('unreadable');
          },
          skipHydration,
          // Saved data is untrusted (edited by hand, left by an older build, corrupted): it goes
          // through the share links' schema, and anything invalid (or anything at all, should the
          // schema not have loaded) leaves the defaults in place.
          merge: (saved, current) => {
            if (saved === undefined) return current;
            const result = validateSession(saved);
            if (!result.ok) {
              onEvent('unreadable');
              return current;
            }
            onEvent('restored');
            return { ...current, ...result.value };
          },
        },
      ),
      {
        // persist reads storage while the store is still being made (without skipHydration), when
        // there is no state yet to record: nothing to undo then.
        partialize: (state) => (state === undefined ? state : sessionOf(state)),
        equality: (past, current) => past === undefined || sameSession(past, current),
        limit: 100,
        handleSet: (recordPast) => {
          return (pastState, replace) => {
            const at = now();
            if (at - history.lastEdit > UNDO_GROUP_MS) recordPast(pastState, replace as false);
            history.lastEdit = at;
          };
        },
      },
    ),
  );
}

export type CalculatorStoreApi = ReturnType<typeof createCalculatorStore>;

let appSessionWasRestored = false;
const { noticeShown, noticeDismissed } = noticesStore.getState().actions;

/**
 * The app's store, saved in localStorage; storage trouble becomes a notice, never an error. It starts
 * from the defaults: main.tsx restores the saved session (`restoreSession`) before the first render.
 */
export const calculatorStore = createCalculatorStore(
  defaultState(),
  browserStorage(),
  (event) => {
    if (event === 'restored') appSessionWasRestored = true;
    else noticeShown(event === 'unsaveable' ? UNSAVEABLE_NOTICE : UNREADABLE_NOTICE);
  },
  {
    skipHydration: true,
    // Picking a preset, Reset and removing a scenario replace what was typed: say what they replaced,
    // with an Undo button, until the next change (Ctrl/⌘+Z works at any time).
    // The notice's words load on the first such change, not before the first results.
    onUndoable: (change) => {
      const recorded = calculatorStore.temporal.getState().pastStates.length;
      void import('./undo-notice').then(({ UNDO_NOTICE_ID, undoNotice }) => {
        // Another change came first: this one is no longer the last, so it offers no undo of its own.
        if (calculatorStore.temporal.getState().pastStates.length !== recorded) return;
        noticeShown(undoNotice(change, undoLastChange));
        const unsubscribe = calculatorStore.temporal.subscribe((history) => {
          if (history.pastStates.length === recorded) return;
          noticeDismissed(UNDO_NOTICE_ID);
          unsubscribe();
        });
      });
    },
  },
);

/** Takes the app's session back one step in its undo history, if there is one. */
export function undoLastChange(): void {
  calculatorStore.temporal.getState().undo();
}

/** Takes the app's session forward again after an undo. */
export function redoLastChange(): void {
  calculatorStore.temporal.getState().redo();
}

/** Starts the undo history afresh: restoring a saved session or opening a link is not an edit to undo. */
export function clearUndoHistory(): void {
  calculatorStore.temporal.getState().clear();
}

/** Whether the app's store started from a saved session rather than the defaults. */
export const appSessionRestored = () => appSessionWasRestored;

/** Reads a slice of the app's store; pass an atomic selector (a single field), never one building a new object. */
export function useCalculator<T>(selector: (state: CalculatorStore) => T): T {
  return useStore(calculatorStore, selector);
}

export const useInputs = () => useCalculator((s) => s.inputs);
/**
 * The target scenarios alone: a part that keeps its identity while other inputs change, so a list of
 * scenario fields does not render again on every step of another input's slider.
 */
export const useScenarios = () => useCalculator((s) => s.inputs.scenarios);
export const usePresetId = () => useCalculator((s) => s.presetId);
export const useRanges = () => useCalculator((s) => s.ranges);
/** The range of the downtime cost per hour, which the low / high figures use. */
export const useCostRange = () => useCalculator((s) => s.ranges.downtimeCostPerHour);
export const useCurrency = () => useCalculator((s) => s.currency);
export const useCompact = () => useCalculator((s) => s.compact);
/** Whether the comparison shows every column or only those a decision needs. */
export const useShowAllColumns = () => useCalculator((s) => s.showAllColumns);
export const useCalculatorActions = () => useCalculator((s) => s.actions);
export const useFailureModes = () => useCalculator((s) => s.failureModes);
