// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../app';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { UNSAVEABLE_NOTICE, noticesStore } from '../../state/notices-store';
import { loadShareLinkCodec, startSession } from '../../state/session-bootstrap';
import { loadSessionValidator } from '../../state/session-validator';
import { encodeShareLink } from '../../state/share-link';

// The session schema and the share-link codec load lazily in the app (before the first render when
// the page opens a link: restoreSession); here they are loaded up front.
beforeAll(() => Promise.all([loadSessionValidator(), loadShareLinkCodec()]));

let stop: (() => void) | undefined;
beforeEach(() => {
  calculatorStore.setState(defaultState());
  noticesStore.setState({ notices: [] });
});
afterEach(() => stop?.());

/** Opens the app as main.tsx does, at `url`, with nothing saved. */
function openApp(url: string) {
  window.history.replaceState(null, '', url);
  stop = startSession({ store: calculatorStore, notices: noticesStore, savedSessionRestored: false, window });
  render(<App />);
}

describe('notices', () => {
  it('a broken share link: says why at the top of the page, and the results still show', async () => {
    const user = userEvent.setup();
    openApp(`/#s=${encodeShareLink(defaultState()).slice(0, 40)}`);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This share link could not be opened: the link is incomplete or damaged. Showing the defaults.',
    );
    expect(screen.getByRole('table', { name: 'Scenario comparison' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '99.9 %' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a label from a link is shown as text, never as markup', () => {
    const state = defaultState();
    state.inputs.scenarios[0]!.label = '<img src=x onerror=alert(1)>';
    openApp(`/#s=${encodeShareLink(state)}`);
    expect(screen.getByRole('rowheader', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows each notice once, however often it is raised', () => {
    openApp('/');
    const { noticeShown } = noticesStore.getState().actions;
    // As the store reports a failing write on every change: the notice must not stack.
    act(() => noticeShown(UNSAVEABLE_NOTICE));
    act(() => noticeShown(UNSAVEABLE_NOTICE));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Your session can't be saved in this browser; it will be lost when you close the tab.",
    );
  });
});
