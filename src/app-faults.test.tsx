// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './app';
import { calculatorStore } from './state/calculator-store';
import { defaultState } from './state/session';

// React may retry a failed render synchronously and call that recoverable: expected here, so each
// render passes a no-op onRecoverableError rather than let it surface as an unhandled error.
// Offline after a deploy: none of the lazy chunks arrives, so each `import()` in app.tsx rejects,
// with the words Chromium uses (test/e2e/faults.test.mjs blocks the real files in the browser). The mock
// rejects when app.tsx reads the component from the module, as vitest would wrap an error thrown by
// the factory itself in its own message.
const offline = vi.hoisted(() => (file: string, name: string) => () => ({
  get [name]() {
    throw new TypeError(`Failed to fetch dynamically imported module: https://example.org/assets/${file}.js`);
  },
}));
vi.mock('./components/charts/charts-panel', offline('charts-panel-1a2b', 'ChartsPanel'));
vi.mock('./components/export/export-toolbar', offline('export-toolbar-3c4d', 'ExportToolbar'));
vi.mock('./components/export/session-toolbar', offline('session-toolbar-5e6f', 'SessionToolbar'));
vi.mock('./components/results/assumptions-footer', offline('assumptions-footer-7a8b', 'AssumptionsFooter'));

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  calculatorStore.setState(defaultState());
  // React reports each caught error to the console; that is expected here.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  consoleError.mockRestore();
});

const RELOAD = 'part of the page could not be downloaded (are you offline?). Reload the page to try again.';

describe('lazy parts whose files cannot be downloaded', () => {
  it('each says so in words in its place, and the inputs and the table keep working', async () => {
    const user = userEvent.setup();
    render(<App />, { onRecoverableError: () => {} });
    // The lazy parts fail only once their imports do: seconds on a loaded machine (as test-setup.ts allows).
    await vi.waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(4), { timeout: 10_000 });
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      `Copy share link and Reset are unavailable: ${RELOAD}`,
      `Exports are unavailable: ${RELOAD}`,
      `The charts could not be shown: ${RELOAD}`,
      `The assumptions could not be shown: ${RELOAD}`,
    ]);

    // The inputs, whose chunk did arrive, come right after the first paint.
    const field = await screen.findByRole('textbox', { name: 'Downtime cost per hour' }, { timeout: 10_000 });
    await user.clear(field);
    await user.type(field, '1M');
    const table = screen.getByRole('table', { name: 'Scenario comparison' });
    const row = within(table).getByRole('rowheader', { name: '99.9 %' }).closest('tr')!;
    expect(row).toHaveTextContent('$34,560,000');
  });

  it('the embed view shows its table with the same messages in place of charts and assumptions', async () => {
    render(<App embed />, { onRecoverableError: () => {} });
    await vi.waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2), { timeout: 10_000 });
    expect(screen.getByRole('table', { name: 'Scenario comparison' })).toBeInTheDocument();
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(`The charts could not be shown: ${RELOAD}`);
  });
});
