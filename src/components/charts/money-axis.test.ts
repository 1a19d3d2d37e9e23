import { describe, expect, it } from 'vitest';
import { labelWidth, linearTicks, moneyAxisWidth } from './money-axis';

describe('linearTicks: the ticks recharts draws on a linear axis (d3-array `ticks`)', () => {
  // Examples from d3-array's documentation and its ticks tests (github.com/d3/d3-array, test/ticks-test.js).
  it.each([
    [0, 1, 10, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]],
    [0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0, 1, 2, [0, 0.5, 1]],
    [0, 10, 10, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    [-10, 10, 10, [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]],
    [1, 0, 5, [1, 0.8, 0.6, 0.4, 0.2, 0]],
    [1, 1, 5, [1]],
  ])('ticks(%d, %d, %d)', (start, stop, count, expected) => {
    expect(linearTicks(start, stop, count)).toEqual(expected);
  });

  it('gives the ticks the seed example’s cost chart shows in Chromium ($0 … $200M)', () => {
    // The tallest whisker: 99.99 % savings at $5,000,000 an hour, $211,680,000 (the chart's table).
    expect(linearTicks(0, 211_680_000)).toEqual([0, 50e6, 100e6, 150e6, 200e6]);
  });
});

describe('moneyAxisWidth: a y axis as wide as recharts measured it', () => {
  it('estimates tick labels as Chromium draws them at 12 px (measured: "$100M" 40.9 px, "-$100M" 45.2 px)', () => {
    expect(labelWidth('$100M')).toBeCloseTo(40.9, 0);
    expect(labelWidth('-$100M')).toBeCloseTo(45.2, 0);
    expect(labelWidth('$0')).toBeCloseTo(15.3, 0);
  });

  it('is never narrower, and at most a pixel wider, than recharts measured for the seed example', () => {
    // Chromium, width="auto": the plot began at 72 px (cost) and 76 px (break-even), less the 4 px margin.
    expect(moneyAxisWidth([0, 211_680_000], 'USD')).toBe(68);
    const breakEven = moneyAxisWidth([-147_000_000, 507_000_000], 'USD');
    expect(breakEven).toBeGreaterThanOrEqual(72);
    expect(breakEven).toBeLessThanOrEqual(73);
  });

  it('takes the widest label, negative ticks included, and ignores figures that are not finite', () => {
    expect(moneyAxisWidth([-5e12, 1], 'USD')).toBeGreaterThan(moneyAxisWidth([0, 1], 'USD'));
    expect(moneyAxisWidth([Number.NaN, Number.POSITIVE_INFINITY, 5], 'USD')).toBe(moneyAxisWidth([5], 'USD'));
  });
});
