import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchoredScale, linearScale, logScale, ninesScale, type SliderScale } from './slider-scales';

const costScale = logScale(1_000, 100_000_000);

/** Every value the scale's positions give, lowest position first. */
function stops(scale: SliderScale): number[] {
  const values: number[] = [];
  for (let p = scale.min; p <= scale.max; p += 1) values.push(scale.toValue(p));
  return values;
}

describe.each([
  ['the money scale, $1,000 to $100,000,000', costScale],
  ['the nines scale', ninesScale],
  ['the horizon scale, 1 to 30 years', linearScale(1, 30, 1)],
  ['the discount-rate scale, 0 to 30 % by 0.5', linearScale(0, 30, 0.5)],
])('%s', (_name, scale) => {
  it('rises strictly from each position to the next, and each stop goes back to its own position', () => {
    const values = stops(scale);
    values.slice(1).forEach((value, i) => expect(value).toBeGreaterThan(values[i]!));
    values.forEach((value, position) => expect(scale.toPosition(value)).toBe(scale.min + position));
  });

  it('keeps a typed value between two stops: one step up is the next stop, one step back the typed value', () => {
    const values = stops(scale);
    const between = fc
      .tuple(fc.integer({ min: 0, max: values.length - 2 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }))
      .map(([i, t]) => values[i]! + (values[i + 1]! - values[i]!) * t)
      .filter((v) => !values.includes(v));
    fc.assert(
      fc.property(between, (typed) => {
        const anchored = anchoredScale(scale, typed);
        const at = anchored.toPosition(typed);
        expect(anchored.toValue(at)).toBe(typed);
        expect(anchored.toValue(at + 1)).toBe(Math.min(...values.filter((v) => v > typed)));
        expect(anchored.toValue(at - 1)).toBe(Math.max(...values.filter((v) => v < typed)));
        // Back from either neighbour lands on the typed value again.
        expect(anchored.toValue(anchored.toPosition(anchored.toValue(at + 1)) - 1)).toBe(typed);
        expect(anchored.toValue(anchored.toPosition(anchored.toValue(at - 1)) + 1)).toBe(typed);
        expect(anchored.max).toBe(scale.max + 1);
      }),
    );
  });

  it('leaves the scale alone when the typed value is a stop', () => {
    for (const value of stops(scale)) expect(anchoredScale(scale, value)).toBe(scale);
  });
});

describe('anchoredScale on the money scale', () => {
  it('steps from a typed $300,000 to the stops around it and back', () => {
    // Positions 59 and 60 of 24 a decade from $1,000: 1,000 × 10^(59/24) = 287,298 and
    // 1,000 × 10^(60/24) = 316,228, each rounded to two significant digits.
    expect(costScale.toValue(59)).toBe(290_000);
    expect(costScale.toValue(60)).toBe(320_000);
    const anchored = anchoredScale(costScale, 300_000);
    const typed = anchored.toPosition(300_000);
    expect(anchored.toValue(typed + 1)).toBe(320_000);
    expect(anchored.toValue(typed - 1)).toBe(290_000);
    expect(anchored.toValue(anchored.toPosition(320_000) - 1)).toBe(300_000);
  });

  it('keeps a typed value beyond either end as a position of its own', () => {
    const below = anchoredScale(costScale, 500);
    expect(below.toPosition(500)).toBe(0);
    expect(below.toValue(1)).toBe(1_000);
    const above = anchoredScale(costScale, 500_000_000);
    expect(above.toPosition(500_000_000)).toBe(above.max);
    expect(above.toValue(above.max - 1)).toBe(100_000_000);
  });

  it('keeps a typed availability between the nines stops', () => {
    const anchored = anchoredScale(ninesScale, 99.97);
    const at = anchored.toPosition(99.97);
    expect(anchored.toValue(at - 1)).toBe(99.95);
    expect(anchored.toValue(at + 1)).toBe(99.99);
  });
});
