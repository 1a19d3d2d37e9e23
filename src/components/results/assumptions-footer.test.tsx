// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { AssumptionsFooter } from './assumptions-footer';
import { shareLinkFor } from '../export/use-export-context';
import { calculatorStore } from '../../state/calculator-store';
import { catalogueChosen } from '../../state/failure-modes-edits';
import { defaultState } from '../../state/session';

beforeEach(() => {
  window.history.replaceState(null, '', '/nines/');
});

describe('the assumptions footnote', () => {
  it('reopens the case through a short link, not thousands of characters of the link itself', () => {
    // A failure catalogue makes the link long: every row and lever is in it.
    const state = defaultState();
    state.failureModes = catalogueChosen('production-failures-seed')(state.failureModes);
    calculatorStore.setState(state);
    const link = shareLinkFor(calculatorStore.getState());
    expect(link.length).toBeGreaterThan(2000);

    const { container } = render(<AssumptionsFooter />);
    const open = screen.getByRole('link', { name: 'Open this case in Nines' });
    // The same case at another address, so that a printed PDF keeps the link (share-link-text.ts).
    expect(open).toHaveAttribute('href', link.replace('#s=', '?#s='));
    // Opened beside the page, which already shows the case.
    expect(open).toHaveAttribute('target', '_blank');
    const footnote = container.querySelector('.share-line')!.textContent;
    expect(footnote).toBe(
      `Reopen this scenario: Open this case in Nines · http://localhost:3000/nines/#… (${link.length.toLocaleString('en-US')} characters in full)`,
    );
    expect(container.textContent).not.toContain('#s=');
  });
});
