// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { ResultsPanel } from './results-panel';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';

describe('the results panel', () => {
  it('writes tiny and large settings in plain digits, never in exponent notation', () => {
    const state = defaultState();
    // Valid values a share link (or the fields) can carry.
    state.inputs.calibrationMultiple = 1e-9;
    state.inputs.discountRatePercent = 1e-7;
    state.inputs.growthPerNine = 1000;
    calculatorStore.setState(state);
    const { container } = render(<ResultsPanel />);
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/\de[+-]?\d|NaN|Infinity/);
    expect(text).toContain('costs 0.000000001 × the annual infrastructure cost');
    expect(text).toContain('NPV over 3 years at 0.0000001 % a year');
    expect(text).toContain('NPV (3 y at 0.0000001%)');
    expect(text).toContain('g = 1,000 per nine');
  });
});
