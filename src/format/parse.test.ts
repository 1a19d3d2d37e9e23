import { describe, expect, it } from 'vitest';
import { parseAmount, parseAvailability, parseBounded, parseNumberText } from './parse';

const MAX = 1e12;

// What people type, and what each field makes of it. The texts in the first rows are the ones a new
// user typed into the first release (issue "Figures you can trust while typing").
describe('parseAvailability', () => {
  it.each([
    ['99.9', 99.9],
    ['99,9', 99.9],
    ['99.95%', 99.95],
    ['99,95 %', 99.95],
    [' 99.5 ', 99.5],
    ['99.999', 99.999],
    ['99,999', 99.999],
    ['.5', 0.5],
  ])('reads %j as %s %%', (text, value) => {
    expect(parseAvailability(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['100', /below 100 %/],
    ['0', /above 0 %/],
    ['1e6', /cannot read “1e6” as a number\. Write it like 99\.9, 99,9 or 99\.9 %/],
    ['99.', /cannot read/],
    ['99,9,9', /cannot read/],
    ['2M', /percentage such as 99\.9/],
    ['', /Enter a number/],
    ['ninety', /cannot read/],
  ])('refuses %j with a message', (text, message) => {
    const result = parseAvailability(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('parseAmount', () => {
  it.each([
    ['2000000', 2_000_000],
    ['2,000,000', 2_000_000],
    ['2.000.000', 2_000_000],
    ['2 000 000', 2_000_000],
    ['1.234.567,89', 1_234_567.89],
    ['1,234,567.89', 1_234_567.89],
    ['$2.5k', 2_500],
    ['2M', 2_000_000],
    ['€1.5bn', 1_500_000_000],
    ['400,000', 400_000],
    ['2,5', 2.5],
    ['0.125', 0.125],
    ['0', 0],
    ['-0', 0],
  ])('reads %j as %s', (text, value) => {
    expect(parseAmount(text, MAX)).toEqual({ ok: true, value });
  });

  it.each([
    ['400.000', [400, 400_000]],
    ['2.000', [2, 2_000]],
  ])('asks which %j means', (text, choices) => {
    const result = parseAmount(text, MAX);
    expect(result).toMatchObject({ ok: false, choices });
    if (!result.ok) expect(result.message).toMatch(/could mean .* or .*: which one\?/);
  });

  it.each([
    ['1e6', /cannot read “1e6” as a number\. Write it like 2000000, 2,000,000, 2\.000\.000, 2M or \$2\.5k\./],
    ['0x10', /cannot read/],
    ['-5', /zero or more/],
    ['5%', /not a percentage/],
    ['2M%', /mixes a suffix/],
    ['2,00,000', /cannot read/],
    ['2000000000000000', /at most 1,000,000,000,000/],
  ])('refuses %j with a message', (text, message) => {
    const result = parseAmount(text, MAX);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('takes the reading that fits when only one does: "999.999" dollars within a $1,000 limit is $999.999', () => {
    expect(parseAmount('999.999', 1_000)).toEqual({ ok: true, value: 999.999 });
  });
});

describe('parseBounded', () => {
  it.each([
    ['7,5', { min: 0, max: 100 }, 7.5],
    ['3', { min: 1, max: 30, integer: true }, 3],
  ])('reads %j within %j as %s', (text, bounds, value) => {
    expect(parseBounded(text, bounds)).toEqual({ ok: true, value });
  });

  it.each([
    ['2.5', { min: 1, max: 30, integer: true }, /whole number/],
    ['31', { min: 1, max: 30, integer: true }, /at most 30/],
    ['1', { min: 1, max: 30, minExclusive: true }, /above 1/],
  ])('refuses %j within %j', (text, bounds, message) => {
    const result = parseBounded(text, bounds);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('parseNumberText', () => {
  it('never returns NaN, Infinity or -0', () => {
    for (const text of ['-0', '-0.0', '0,0', '9'.repeat(400), 'NaN', 'Infinity']) {
      const result = parseNumberText(text);
      if (result.ok) {
        expect(Number.isFinite(result.value)).toBe(true);
        expect(Object.is(result.value, -0)).toBe(false);
      }
    }
  });
});
