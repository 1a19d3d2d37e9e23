import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { isEmbedUrl } from './export/links';
import {
  appSessionRestored,
  calculatorStore,
  clearUndoHistory,
  redoLastChange,
  undoLastChange,
} from './state/calculator-store';
import { noticesStore } from './state/notices-store';
import { restoreSession, startSession } from './state/session-bootstrap';
import { browserStorage } from './state/session-storage';
import './styles.css';

/**
 * Restores the session, connects it to the address bar, then renders, so the saved session's or a
 * share link's figures are on screen from the first paint. The session schema is fetched first only
 * when the page has a link or a saved session to check; a first visit renders without it.
 *
 * A promise chain, not a top-level await: with a top-level await in the entry, Rolldown moves every
 * module the schema chunk shares with the entry into chunks of their own (seven more requests) so that
 * the schema chunk never waits on the entry while the entry waits on it.
 */
async function start() {
  await restoreSession({ store: calculatorStore, storage: browserStorage(), hash: window.location.hash });
  startSession({
    store: calculatorStore,
    notices: noticesStore,
    savedSessionRestored: appSessionRestored(),
    window,
  });
  // What was restored or opened is where undo starts: there is nothing before it to go back to.
  clearUndoHistory();
  const app = <App embed={isEmbedUrl(window.location.href)} />;
  // StrictMode's double renders are checks for development; the production build leaves it out.
  createRoot(document.getElementById('root')!).render(
    import.meta.env.DEV ? <StrictMode>{app}</StrictMode> : app,
  );
  // The undo keys come with the panels after the first paint (before it there is nothing to undo; asked
  // for earlier, their chunk would load beside the first results). If that chunk cannot be downloaded,
  // the panels it holds say so in their places and the keys do nothing.
  requestAnimationFrame(() =>
    setTimeout(() =>
      import('./components/undo-shortcuts').then(
        ({ listenForUndoKeys }) => listenForUndoKeys(window, { undo: undoLastChange, redo: redoLastChange }),
        () => {},
      ),
    ),
  );
}

void start();
