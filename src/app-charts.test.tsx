// @vitest-environment jsdom
import { describe, expect, it, beforeEach } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from './app';
import { calculatorStore, defaultState } from './state/calculator-store';

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

describe('the page with its charts', () => {
  it('shows a placeholder, then loads the three charts below the results', async () => {
    render(<App />);
    expect(screen.getByText('Loading charts…')).toBeInTheDocument();
    // The recharts chunk is large: under a loaded test run it can take more than the default second.
    const figures = await screen.findAllByRole('figure', {}, { timeout: 10_000 });
    const charts = screen.getByRole('region', { name: 'Charts' });
    expect(figures.map((f) => f.getAttribute('data-chart'))).toEqual(['cost', 'break-even', 'total-cost']);
    const results = screen.getByRole('region', { name: 'Results' });
    expect(results.compareDocumentPosition(charts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  }, 20_000);
});
