// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { calculatorStore, defaultState } from '../../state/calculator-store';
import { CalculatorInputsPanel } from './calculator-inputs';

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

describe('a slider beside its field', () => {
  it('gives the slider and its field the same name, never "… slider"', () => {
    render(<CalculatorInputsPanel />);
    for (const slider of screen.getAllByRole('slider')) {
      const name = slider.getAttribute('aria-label') ?? '';
      expect(name).not.toMatch(/slider/i);
      expect(screen.getByRole('textbox', { name })).toBeInTheDocument();
    }
  });
});
