import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What the reader is missing, in words; the reason follows after a colon: "This chart could not be drawn". */
  message: string;
  /** Names the part that failed above the message (a chart's title), so a reader knows which one. */
  title?: string;
  /** Classes for the message's box, so it takes the place (and look) of what it replaces. */
  className?: string;
  /**
   * When this value changes after a failure, the children are tried again: a chart that failed on
   * one set of inputs may draw on the next. Compared with Object.is.
   */
  resetKey?: unknown;
  children: ReactNode;
}

type ErrorBoundaryState =
  { failed: false; resetKey: unknown } | { failed: true; error: unknown; resetKey: unknown };

/**
 * Browsers word a failed `import()` of a lazy chunk differently; all mean the file did not arrive
 * (offline, or a new deploy removed the old chunk), which a reload fixes. Vite's preload helper
 * reports a missing CSS file its own way.
 */
const CHUNK_LOAD_FAILURE =
  /dynamically imported module|Importing a module script failed|Unable to preload CSS|ChunkLoadError/i;

/** The reason for a failure, in words a reader can act on; never "[object Object]" or an empty string. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  if (CHUNK_LOAD_FAILURE.test(text) || (error instanceof Error && CHUNK_LOAD_FAILURE.test(error.name))) {
    return 'part of the page could not be downloaded (are you offline?). Reload the page to try again.';
  }
  return text.trim() === '' || text === '[object Object]' ? 'an unexpected error.' : text;
}

/**
 * Keeps a failure in one part of the page (a chart that throws while drawing, a lazy chunk that
 * cannot be downloaded) from blanking the whole page: that part is replaced by a message in words,
 * and everything around it keeps working. A class component, because React offers error boundaries
 * only as classes. React itself reports the caught error to the console (root `onCaughtError`), so
 * nothing is logged here.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    // New inputs: forget the failure and draw the children again.
    return { failed: false, resetKey: props.resetKey };
  }

  render() {
    const { state } = this;
    if (!state.failed) return this.props.children;
    const { title, message, className } = this.props;
    return (
      <div className={className ? `fault ${className}` : 'fault'} role="alert">
        {title ? <p className="fault-title">{title}</p> : null}
        <p>
          {message}: {reasonOf(state.error)}
        </p>
      </div>
    );
  }
}
