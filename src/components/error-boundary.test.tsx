// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ErrorBoundary } from './error-boundary';

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // React reports every caught error to the console; keep the test output clean, but check it did.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  consoleError.mockRestore();
});

function Chart({ fail }: { fail: unknown }): React.ReactNode {
  if (fail !== null) throw fail;
  return <p>Chart drawn</p>;
}

function Page({ fail, resetKey }: { fail: unknown; resetKey?: unknown }) {
  return (
    <main>
      <h1>Results</h1>
      <ErrorBoundary message="This chart could not be drawn" title="Break-even over time" resetKey={resetKey}>
        <Chart fail={fail} />
      </ErrorBoundary>
      <button type="button">Export CSV</button>
    </main>
  );
}

describe('ErrorBoundary', () => {
  it('replaces a child that throws with the message in words; its siblings still render', () => {
    render(<Page fail={new Error('the axis has no ticks')} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Break-even over time');
    expect(alert).toHaveTextContent('This chart could not be drawn: the axis has no ticks');
    expect(screen.queryByText('Chart drawn')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Results' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalled();
  });

  it('renders its children untouched when nothing fails', () => {
    render(<Page fail={null} />);
    expect(screen.getByText('Chart drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['a thrown string', 'bad data', 'This chart could not be drawn: bad data'],
    ['an error without a message', new TypeError(''), 'This chart could not be drawn: TypeError'],
    ['a thrown object', { code: 7 }, 'This chart could not be drawn: an unexpected error.'],
    [
      'a lazy chunk that did not arrive (Chromium)',
      new TypeError(
        'Failed to fetch dynamically imported module: https://example.org/assets/charts-panel-1a2b.js',
      ),
      'This chart could not be drawn: part of the page could not be downloaded (are you offline?). Reload the page to try again.',
    ],
    [
      'a lazy chunk that did not arrive (Safari)',
      new TypeError('Importing a module script failed.'),
      'This chart could not be drawn: part of the page could not be downloaded (are you offline?). Reload the page to try again.',
    ],
  ])('words %s for a reader', (_, thrown, text) => {
    render(<Page fail={thrown} />);
    expect(screen.getByRole('alert')).toHaveTextContent(text);
  });

  it('tries again when its reset key changes, and not before', () => {
    const { rerender } = render(<Page fail={new Error('no room')} resetKey={1} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    // Same key: the failure stays even though the child would now draw.
    rerender(<Page fail={null} resetKey={1} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(<Page fail={null} resetKey={2} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Chart drawn')).toBeInTheDocument();
  });
});
