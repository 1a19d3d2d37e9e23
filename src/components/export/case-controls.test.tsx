// @vitest-environment jsdom
import { renderApp } from '../../render-app.test-helper';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calculatorStore } from '../../state/calculator-store';
import { noticesStore } from '../../state/notices-store';
import { defaultState, sessionOf } from '../../state/session';
import { loadSessionValidator } from '../../state/session-validator';
import { SESSION_VERSION } from '../../state/session-versions';
import * as download from './download';

beforeAll(() => loadSessionValidator());
vi.mock('../charts/charts-panel', () => ({ ChartsPanel: () => null }));

beforeEach(() => {
  calculatorStore.setState(defaultState());
  noticesStore.setState({ notices: [] });
  vi.restoreAllMocks();
});

/** Saves the case with the page's button and returns the file it downloaded. */
async function saveCase(user: ReturnType<typeof userEvent.setup>) {
  const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => {});
  await user.click(await screen.findByRole('button', { name: 'Save case' }));
  await waitFor(() => expect(saved).toHaveBeenCalledOnce());
  const [blob, name] = saved.mock.calls[0]!;
  return { name, text: await blob.text() };
}

const caseFile = (text: string, name = 'case.json') => new File([text], name, { type: 'application/json' });

describe('Case name, Save case and Open case', () => {
  it('names the case after the preset until a name is typed, and saves it under that name', async () => {
    const user = userEvent.setup();
    await renderApp();
    const name = await screen.findByRole('textbox', { name: 'Case name' });
    expect(name).toHaveValue('Worked example');
    await user.clear(name);
    expect(name).toHaveValue('');
    await user.type(name, 'Checkout 2027');
    expect(calculatorStore.getState().caseName).toBe('Checkout 2027');

    const file = await saveCase(user);
    expect(file.name).toMatch(/^nines-checkout-2027-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = JSON.parse(file.text);
    expect(saved.version).toBe(SESSION_VERSION);
    expect(saved.session).toEqual(sessionOf(calculatorStore.getState()));
    expect(screen.getByText(file.name, { exact: false })).toHaveAttribute('role', 'status');
  });

  it('opens a saved case from the file picker, replacing the session', async () => {
    const user = userEvent.setup();
    await renderApp();
    const cost = await screen.findByRole('textbox', { name: 'Downtime cost per hour' });
    await user.clear(cost);
    await user.type(cost, '750000');
    const file = await saveCase(user);
    const edited = sessionOf(calculatorStore.getState());

    calculatorStore.setState(defaultState());
    await waitFor(() => expect(cost).toHaveValue('2,000,000'));
    await user.upload(screen.getByLabelText('Case file to open'), caseFile(file.text));
    await waitFor(() => expect(sessionOf(calculatorStore.getState())).toEqual(edited));
    expect(await screen.findByText('Opened case.json')).toBeInTheDocument();
  });

  it.each([
    [
      'truncated',
      (text: string) => text.slice(0, 200),
      'the file is incomplete or damaged (it is not valid JSON)',
    ],
    [
      'newer',
      (text: string) => text.replace(`"version": ${SESSION_VERSION}`, `"version": ${SESSION_VERSION + 1}`),
      'it was made by a newer version of Nines',
    ],
  ])('keeps the session as it was when a %s file is dropped on the page', async (_kind, spoil, reason) => {
    const user = userEvent.setup();
    await renderApp();
    const file = await saveCase(user);
    const before = sessionOf(calculatorStore.getState());
    const dropped = caseFile(spoil(file.text));
    fireEvent.drop(window, { dataTransfer: { files: [dropped], types: ['Files'] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `This case file could not be opened: ${reason}. Keeping your current session.`,
    );
    expect(sessionOf(calculatorStore.getState())).toEqual(before);
  });
});
