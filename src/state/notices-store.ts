import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * Messages about the session itself (a link that would not open, a browser that will not save),
 * shown at the top of the page until dismissed. Kept apart from the calculator store, which holds
 * inputs only and is what gets saved and shared.
 */
export interface Notice {
  /** One notice per id: showing an id again replaces its text instead of stacking a duplicate. */
  id: string;
  /** `error` is announced at once (role="alert"); `info` politely (role="status"). */
  tone: 'error' | 'info';
  message: string;
  /** A button beside the message, e.g. "Undo"; pressing it also dismisses the notice. */
  action?: { label: string; run: () => void };
  /** Dismissed by itself after this long (for notices that only offer something for a while). */
  dismissAfterMs?: number;
}

export interface NoticesState {
  notices: Notice[];
  actions: {
    noticeShown(notice: Notice): void;
    noticeDismissed(id: string): void;
  };
}

export function createNoticesStore() {
  return createStore<NoticesState>()((set) => ({
    notices: [],
    actions: {
      noticeShown: (notice) =>
        set((state) => ({
          notices: state.notices.some((n) => n.id === notice.id)
            ? state.notices.map((n) => (n.id === notice.id ? notice : n))
            : [...state.notices, notice],
        })),
      noticeDismissed: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
    },
  }));
}

export type NoticesStoreApi = ReturnType<typeof createNoticesStore>;

/** The app's notices. */
export const noticesStore = createNoticesStore();

export const useNotices = () => useStore(noticesStore, (s) => s.notices);
export const useNoticeActions = () => useStore(noticesStore, (s) => s.actions);

/** Shown once when the browser refuses to store the session (storage blocked or full). */
export const UNSAVEABLE_NOTICE: Notice = {
  id: 'session-storage',
  tone: 'error',
  message: "Your session can't be saved in this browser; it will be lost when you close the tab.",
};

/** Shown when a saved session exists but cannot be used (corrupt, or outside today's limits). */
export const UNREADABLE_NOTICE: Notice = {
  id: 'saved-session',
  tone: 'error',
  message: 'Your saved session could not be read, so Nines started from the defaults.',
};

/**
 * Shown when the address holds a share link that does not decode. `reason` is the decoder's clause;
 * `showingInstead` says what the page shows: the saved session or the defaults (on load), or the
 * session that was already open (a link pasted into an open page).
 */
export function brokenLinkNotice(
  reason: string,
  showingInstead: 'saved session' | 'defaults' | 'current session',
): Notice {
  const instead = {
    'saved session': 'Showing your saved session.',
    defaults: 'Showing the defaults.',
    'current session': 'Keeping your current session.',
  }[showingInstead];
  return {
    id: 'share-link',
    tone: 'error',
    message: `This share link could not be opened: ${reason}. ${instead}`,
  };
}
