import { render, screen } from '@testing-library/react';
import { App, type AppProps } from './app';

/**
 * Renders the page as a visit sees it once it has painted: the figures first, then the inputs panel,
 * the cost-per-hour range and the scenario list, which load right after the first paint. Waits for both, so a test can type.
 */
export async function renderApp(props: AppProps = {}) {
  const result = render(<App {...props} />);
  await screen.findByRole('textbox', { name: 'Downtime cost per hour' }, { timeout: 10_000 });
  await screen.findByRole('button', { name: 'Add scenario' }, { timeout: 10_000 });
  await screen.findByRole('textbox', { name: 'Low cost per hour' }, { timeout: 10_000 });
  return result;
}
