import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { CalculatorState } from './session';

/** localStorage key of the saved session. */
export const SESSION_STORAGE_KEY = 'nines:session';

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
