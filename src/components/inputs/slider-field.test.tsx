// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { CalculatorInputsPanel } from './calculator-inputs';

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

/**
 * One keyboard step on a slider, as ArrowRight (+1) or ArrowLeft (−1) makes it: jsdom moves no
 * range input on a key, so the step is the change event the browser would fire (the real keys are
 * pressed in test/e2e/journey.test.mjs).
 */
function step(slider: HTMLElement, by: 1 | -1) {
  fireEvent.change(slider, { target: { value: String(Number((slider as HTMLInputElement).value) + by) } });
}

describe('a slider beside a typed figure', () => {
  it('steps from a typed $300,000 to the next stop and back to $300,000', async () => {
    const user = userEvent.setup();
    render(<CalculatorInputsPanel />);
    const field = screen.getByRole('textbox', { name: 'Downtime cost per hour' });
    const slider = screen.getByRole('slider', { name: 'Downtime cost per hour' });
    await user.clear(field);
    await user.type(field, '300000');

    // The stops around $300,000 are $290,000 and $320,000 (slider-scales.test.ts derives them).
    step(slider, 1);
    expect(field).toHaveValue('320,000');
    expect(slider).toHaveAttribute('aria-valuetext', '$320,000 per hour');
    expect(calculatorStore.getState().inputs.downtimeCostPerHour).toBe(320_000);
    step(slider, -1);
    expect(field).toHaveValue('300,000');
    expect(calculatorStore.getState().inputs.downtimeCostPerHour).toBe(300_000);
    step(slider, -1);
    expect(field).toHaveValue('290,000');
    step(slider, 1);
    expect(field).toHaveValue('300,000');
  });

  it('keeps a figure set by a preset the same way', async () => {
    const user = userEvent.setup();
    render(<CalculatorInputsPanel />);
    // Enterprise SaaS: the midpoint of $100,000–$1,000,000, $550,000, which is no stop of the scale.
    await user.selectOptions(screen.getByLabelText('Preset'), 'Enterprise SaaS');
    const field = screen.getByRole('textbox', { name: 'Downtime cost per hour' });
    const slider = screen.getByRole('slider', { name: 'Downtime cost per hour' });
    expect(field).toHaveValue('550,000');
    step(slider, -1);
    expect(Number(calculatorStore.getState().inputs.downtimeCostPerHour)).toBeLessThan(550_000);
    step(slider, 1);
    expect(field).toHaveValue('550,000');
  });

  it('gives the slider and its field the same name, never "… slider"', () => {
    render(<CalculatorInputsPanel />);
    for (const slider of screen.getAllByRole('slider')) {
      const name = slider.getAttribute('aria-label') ?? '';
      expect(name).not.toMatch(/slider/i);
      expect(screen.getByRole('textbox', { name })).toBeInTheDocument();
    }
  });
});
