import { describe, expect, it } from 'vitest';
import { Dec } from '../model/decimal';
import { plainDecimal, plainNumber, spreadsheetDecimal } from './plain-number';

describe('plainDecimal', () => {
  it.each([
    ['0.000000000000000000000000000001', '0.000000000000000000000000000001'],
    ['147000000', '147000000'],
    ['99.99999999999375', '99.99999999999375'],
    ['-0', '0'],
    ['-12.5', '-12.5'],
  ])('writes %s as %s: every digit, no exponent, no -0', (value, text) => {
    expect(plainDecimal(new Dec(value))).toBe(text);
  });
});

describe('spreadsheetDecimal', () => {
  it.each([
    ['147000000', 'money', '147000000.00'],
    ['12345.675', 'money-per-year', '12345.68'],
    ['-0.001', 'money', '0.00'],
    ['1.73611111', 'years', '1.7361'],
    ['99.9999', 'percent', '99.9999'],
  ] as const)('writes %s (%s) as %s', (value, unit, text) => {
    expect(spreadsheetDecimal(new Dec(value), unit)).toBe(text);
  });
});

describe('plainNumber', () => {
  it('writes plain decimals: no exponent, no -0, no trailing zeros, never for an endless payback', () => {
    expect(plainNumber(1e-7, 6)).toBe('0');
    expect(plainNumber(0.000125, 6)).toBe('0.000125');
    expect(plainNumber(-0.001, 2)).toBe('0');
    expect(plainNumber(123456789012.5, 2)).toBe('123456789012.5');
    expect(plainNumber(-17046396.256, 2)).toBe('-17046396.26');
    expect(plainNumber(Infinity, 6)).toBe('never');
  });
});
