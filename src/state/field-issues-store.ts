import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * A field whose text is not a value the page can use. The figures then keep the value the field had
 * before the edit began, and the results and every export say so in one line. Kept apart from the
 * calculator store: it is about what is on screen now, and is never saved or shared.
 */
export interface FieldIssue {
  /** One issue per field (the field's own id). */
  id: string;
  /** The field's name, e.g. "Current availability". */
  label: string;
  /** The text as typed. */
  typed: string;
  /** Why it is not used, in words. */
  message: string;
  /** The value the figures use instead, as words, e.g. "99.5%" or "$2,000,000 per hour". */
  used: string;
}

export interface FieldIssuesState {
  issues: FieldIssue[];
  actions: {
    fieldIssueReported(issue: FieldIssue): void;
    fieldIssueCleared(id: string): void;
  };
}

export function createFieldIssuesStore() {
  return createStore<FieldIssuesState>()((set) => ({
    issues: [],
    actions: {
      fieldIssueReported: (issue) =>
        set((state) => ({
          issues: state.issues.some((i) => i.id === issue.id)
            ? state.issues.map((i) => (i.id === issue.id ? issue : i))
            : [...state.issues, issue],
        })),
      fieldIssueCleared: (id) =>
        set((state) =>
          state.issues.some((i) => i.id === id) ? { issues: state.issues.filter((i) => i.id !== id) } : state,
        ),
    },
  }));
}

/** The app's field issues. */
export const fieldIssuesStore = createFieldIssuesStore();

export const useFieldIssues = () => useStore(fieldIssuesStore, (s) => s.issues);
export const useFieldIssueActions = () => useStore(fieldIssuesStore, (s) => s.actions);

/**
 * The line the results and every export carry while fields hold text that is not used, e.g.
 * "Figures use Current availability 99.5%, not your entry “100”: Availability must be above 0 % and
 * below 100 %." One sentence per field; null when every field is fine.
 */
export function fieldIssuesText(issues: readonly FieldIssue[]): string | null {
  if (issues.length === 0) return null;
  return issues
    .map((issue) => {
      const reason = issue.message.replace(/\s*$/, '');
      return `Figures use ${issue.label} ${issue.used}, not your entry “${issue.typed.trim()}”: ${reason}${/[.?!]$/.test(reason) ? '' : '.'}`;
    })
    .join(' ');
}
