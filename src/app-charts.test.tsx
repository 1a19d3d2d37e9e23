// @vitest-environment jsdom
import { describe, expect, it, beforeEach } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from './app';
import { calculatorStore } from './state/calculator-store';
import { defaultState } from './state/session';

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

describe('the page with its charts', { timeout: 30_000 }, () => {
  it('shows a placeholder, then loads the three charts below the results', async () => {
    render(<App />);
    expect(screen.getByText('Loading charts…')).toBeInTheDocument();
    // The placeholder is a region named "Charts" too: wait for the panel's own heading, then its figures
    // (the chunk loads and three charts draw in jsdom, which took over a second on a busy machine).
    const heading = await screen.findByRole('heading', { name: 'Charts', level: 2 }, { timeout: 10_000 });
    const charts = heading.closest('section')!;
    const figures = await screen.findAllByRole('figure', {}, { timeout: 10_000 });
    expect(figures.map((f) => f.getAttribute('data-chart'))).toEqual(['cost', 'break-even', 'total-cost']);
    const results = screen.getByRole('region', { name: 'Results' });
    expect(results.compareDocumentPosition(charts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  }, 20_000);
});
