import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { Dec } from '../model/decimal';
import { DEFAULT_ASSUMPTIONS, INDUSTRIES } from '../model/presets';
import type { CalculatorState } from './session';

/** localStorage key of the saved session. */
export const SESSION_STORAGE_KEY = 'nines:session';
/** Version of the saved shape; bump it with a step in `migrateSession`. */
export const SESSION_VERSION = 1;

/** The part of Web Storage that saving needs; tests pass their own. */
export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * What happened to the saved session: restored from storage; present but unusable (the app starts
 * from the defaults); or storage refusing to read or write (blocked, full), so nothing will be kept.
 */
export type SessionEvent = 'restored' | 'unreadable' | 'unsaveable';

/** A storage that lives as long as the page: the default for stores made in tests. */
export function memoryStorage(): SyncStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/**
 * The browser's localStorage, looked up on each call: merely reading `window.localStorage` throws
 * where storage is blocked (some privacy settings, sandboxed frames), and that must be caught.
 */
export function browserStorage(): SyncStorage {
  return {
    getItem: (key) => window.localStorage.getItem(key),
    setItem: (key, value) => window.localStorage.setItem(key, value),
    removeItem: (key) => window.localStorage.removeItem(key),
  };
}

/**
 * Whether `storage` holds anything under the session key, usable or not: only then is the session
 * schema worth loading. A storage that refuses counts as holding nothing (the store reports it).
 */
export function hasSavedSession(storage: SyncStorage): boolean {
  try {
    return storage.getItem(SESSION_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Adapts a storage for zustand's `persist` so that it never throws: a storage that refuses reports
 * `unsaveable` (once; the app keeps working in memory), text that is not a saved session reports
 * `unreadable` and reads as nothing saved. The state read here is still unchecked: the store's
 * `merge` validates it.
 */
export function guardedStorage(
  storage: SyncStorage,
  onEvent: (event: SessionEvent) => void,
): PersistStorage<CalculatorState> {
  let refusedReported = false;
  const refused = () => {
    if (refusedReported) return;
    refusedReported = true;
    onEvent('unsaveable');
  };
  return {
    getItem(name) {
      let text: string | null;
      try {
        text = storage.getItem(name);
      } catch {
        refused();
        return null;
      }
      if (text === null) return null;
      try {
        const saved: unknown = JSON.parse(text);
        if (!isRecord(saved) || !('state' in saved)) throw new TypeError('not a saved session');
        // Only its shape is known here: the store's merge validates the contents with the session schema.
        return saved as unknown as StorageValue<CalculatorState>;
      } catch {
        onEvent('unreadable');
        return null;
      }
    },
    setItem(name, value) {
      try {
        storage.setItem(name, JSON.stringify(value));
      } catch {
        refused();
      }
    },
    removeItem(name) {
      try {
        storage.removeItem(name);
      } catch {
        refused();
      }
    },
  };
}

/** A fraction (0.995) as a percent (99.5), exactly: decimal arithmetic, so 0.9999 gives 99.99, not 99.99000000000001. */
function percentOfFraction(fraction: unknown): unknown {
  return typeof fraction === 'number' && Number.isFinite(fraction)
    ? new Dec(fraction).times(100).toNumber()
    : fraction;
}

/**
 * Version 0, the first release, saved a flat shape: availabilities as fractions (0.995), a list of
 * `targets` with an optional `investment`, no period convention (it was always the seed's), no
 * investment-rule settings and no cost range.
 *
 *   { presetId, currency, downtimeCostPerHour, baselineAvailability: 0.995, monthlyInfraCost,
 *     targets: [{ label, availability: 0.999, investment: null }] }
 */
function migrateFromV0(old: Record<string, unknown>): unknown {
  const industry =
    INDUSTRIES.find((i) => i.id === old.presetId) ?? INDUSTRIES.find((i) => i.id === 'ecommerce')!;
  // Anything of the wrong type is passed on as it is, so that validation names it.
  const targets = old.targets;
  const scenarios = Array.isArray(targets)
    ? targets.map((target: unknown, index) =>
        isRecord(target)
          ? {
              id: `s${index + 1}`,
              label: target.label,
              availabilityPercent: percentOfFraction(target.availability),
              investmentOverride: target.investment ?? null,
              annualRunCost: 0,
            }
          : target,
      )
    : targets;
  return {
    inputs: {
      downtimeCostPerHour: old.downtimeCostPerHour,
      baselineAvailabilityPercent: percentOfFraction(old.baselineAvailability),
      monthlyInfraCost: old.monthlyInfraCost,
      periodConvention: 'seed',
      ...DEFAULT_ASSUMPTIONS,
      scenarios,
    },
    presetId: old.presetId,
    costRange: { low: industry.costPerHourLow, high: industry.costPerHourHigh },
    currency: old.currency,
    compact: false,
    nextScenarioNumber: (Array.isArray(scenarios) ? scenarios.length : 0) + 1,
  };
}

/**
 * Brings a saved session of an older `version` to the current shape. The result is typed as the
 * current shape because zustand asks for it, but it is still unchecked: `merge` validates it, and
 * data that does not fit gives the defaults and a notice, never a crash.
 */
export function migrateSession(saved: unknown, version: number): CalculatorState {
  const migrated = version === 0 && isRecord(saved) ? migrateFromV0(saved) : saved;
  return migrated as CalculatorState;
}
