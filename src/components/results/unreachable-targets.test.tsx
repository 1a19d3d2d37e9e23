// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { ResultsPanel } from './results-panel';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';

describe('the comparison with dependencies', () => {
  it('marks a target above the ceiling unreachable, with the reason, and only that one', async () => {
    // Microsoft's composite SLA: 99.95 % × 99.99 % = 99.940005 %, below the worked example's 99.99 % target.
    const state = defaultState();
    state.dependencies.tree = {
      ...state.dependencies.tree,
      children: [
        { kind: 'dependency', id: 'n1', name: 'Web app', availabilityPercent: 99.95 },
        { kind: 'dependency', id: 'n2', name: 'Database', availabilityPercent: 99.99 },
      ],
    };
    calculatorStore.setState(state);
    render(<ResultsPanel />);
    const table = screen.getByRole('table', { name: 'Scenario comparison' });
    const mark = await within(table).findByText(
      'unreachable: above the 99.940005 % ceiling from dependencies',
    );
    expect(mark.closest('th')).toHaveTextContent(/^99\.99 %/);
    expect(within(table).getAllByText(/unreachable/)).toHaveLength(1);
  });

  it('marks nothing without dependencies', () => {
    calculatorStore.setState(defaultState());
    render(<ResultsPanel />);
    expect(screen.queryByText(/unreachable/)).not.toBeInTheDocument();
  });
});
