import { describe, expect, it } from 'vitest';
import { inputValueText } from './input-value-text';

describe('an uncertain input’s value in its unit (the tornado’s P10 / P90)', () => {
  it.each<[number, Parameters<typeof inputValueText>[1], string]>([
    [2_000_000, 'money', '$2,000,000'],
    [52.142857, 'incidents-per-year', '52.1 a year'],
    [0.00123, 'incidents-per-year', '0.00123 a year'],
    [17.5, 'minutes', '17.5 min'],
    [0.25, 'share', '25 %'],
    [0.99999, 'share', 'over 99.9 %'],
    [1, 'share', '100 %'],
    [-50, 'percent-change', '−50 %'],
    [20, 'percent-change', '+20 %'],
    [-0, 'percent-change', '0 %'],
    // A dependency's share of time down, as its availability: three significant digits of the downtime, rounded down.
    [0.001, 'unavailability', '99.9 %'],
    [0.000316227766, 'unavailability', '99.9683 %'],
    [1e-5, 'unavailability', '99.999 %'],
    [0.5, 'unavailability', '50 %'],
    [1e-17, 'unavailability', 'over 99.999999999999 %'],
    [0, 'unavailability', 'over 99.999999999999 %'],
    [0.0001, 'unavailability', '99.99 %'],
    [0.00123, 'unavailability', '99.877 %'],
  ])('%d as %s reads "%s"', (value, unit, text) => {
    expect(inputValueText(value, unit, 'USD')).toBe(text);
  });
});
