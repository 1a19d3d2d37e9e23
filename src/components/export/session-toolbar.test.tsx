// @vitest-environment jsdom
import { renderApp } from '../../render-app.test-helper';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState, sessionOf } from '../../state/session';
import { loadSessionValidator } from '../../state/session-validator';
import { decodeShareLink } from '../../state/share-link';

// The session schema loads lazily in the app (session-validator.ts); here it is loaded up front.
beforeAll(() => loadSessionValidator());

// These tests type into the inputs; redrawing three charts in jsdom on every keystroke brought them
// to the 5 s limit on a busy machine, and the charts have their own tests (as in app.test.tsx).
vi.mock('../charts/charts-panel', () => ({ ChartsPanel: () => null }));

const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
beforeEach(() => {
  calculatorStore.setState(defaultState());
  // A page opened from an embed's "Open in Nines" may carry other query parameters: they stay.
  window.history.replaceState(null, '', '/tools/nines/?team=sre&embed=1');
});
afterEach(() => {
  if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
});

/** The session a copied or shown link carries, checked to keep the page's path and query but not `embed`. */
function sessionIn(link: string) {
  const url = new URL(link);
  expect(url.pathname + url.search).toBe('/tools/nines/?team=sre');
  const decoded = decodeShareLink(url.hash.replace(/^#s=/, ''));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.state;
}

describe('Copy share link', () => {
  it('copies the full URL of the current inputs and says so politely', async () => {
    const user = userEvent.setup(); // installs a working clipboard stub
    await renderApp();
    const field = screen.getByRole('textbox', { name: 'Downtime cost per hour' });
    await user.clear(field);
    await user.type(field, '1.5M');
    await user.click(await screen.findByRole('button', { name: 'Copy share link' }));

    expect(screen.getByText('Link copied')).toHaveAttribute('role', 'status');
    const copied = await navigator.clipboard.readText();
    expect(sessionIn(copied)).toEqual(sessionOf(calculatorStore.getState()));
    expect(sessionIn(copied).inputs.downtimeCostPerHour).toBe(1_500_000);
    expect(screen.queryByRole('textbox', { name: 'Share link' })).not.toBeInTheDocument();
  });

  it('shows the link in a read-only field when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    );
    await renderApp();
    await user.click(await screen.findByRole('button', { name: 'Copy share link' }));

    const link = screen.getByRole('textbox', { name: 'Share link' });
    expect(link).toHaveAttribute('readonly');
    expect(link).toHaveFocus();
    expect(sessionIn((link as HTMLInputElement).value)).toEqual(defaultState());
    expect(screen.queryByText('Link copied')).not.toBeInTheDocument();

    // The field follows later changes, so what is copied by hand is never stale.
    await user.selectOptions(screen.getByLabelText('Currency'), 'EUR');
    expect(sessionIn((link as HTMLInputElement).value).currency).toBe('EUR');
  });

  it('shows the link in a read-only field when there is no clipboard at all', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await renderApp();
    await user.click(await screen.findByRole('button', { name: 'Copy share link' }));
    expect(screen.getByRole('textbox', { name: 'Share link' })).toHaveAttribute('readonly');
    expect(screen.queryByText('Link copied')).not.toBeInTheDocument();
  });
});

describe('Reset', () => {
  it('asks first; Cancel (or Escape) keeps everything', async () => {
    const user = userEvent.setup();
    await renderApp();
    const field = screen.getByRole('textbox', { name: 'Downtime cost per hour' });
    await user.clear(field);
    await user.type(field, '750000');
    const reset = screen.getByRole('button', { name: 'Reset' });

    await user.click(reset);
    const dialog = screen.getByRole('alertdialog', { name: 'Reset to the defaults?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(reset).toHaveFocus();
    expect(field).toHaveValue('750,000');

    await user.click(reset);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(field).toHaveValue('750,000');
  });

  it('"Reset to defaults" brings back the worked example', async () => {
    const user = userEvent.setup();
    await renderApp();
    const field = screen.getByRole('textbox', { name: 'Downtime cost per hour' });
    await user.clear(field);
    await user.type(field, '750000');
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    await user.selectOptions(screen.getByLabelText('Currency'), 'GBP');

    await user.click(await screen.findByRole('button', { name: 'Reset' }));
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(field).toHaveValue('2,000,000');
    expect(screen.getByLabelText('Currency')).toHaveDisplayValue('USD');
    expect(screen.queryByRole('group', { name: 'Scenario 4' })).not.toBeInTheDocument();
    expect(sessionOf(calculatorStore.getState())).toEqual(defaultState());
    expect(screen.getByText('Inputs reset to the defaults')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset' })).toHaveFocus();
  });
});
