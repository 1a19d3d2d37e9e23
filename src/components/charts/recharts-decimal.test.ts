import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The library recharts was written for, by its file (the bare name is aliased to the stand-in).
import Light from 'decimal.js-light/decimal.mjs';
import Stand from './recharts-decimal';

/*
 * The stand-in must give recharts' tick arithmetic (recharts/es6/util/scale: getNiceTickValues.js and
 * util/arithmetic.js) what decimal.js-light 2.5.1 gives it: a differential test against the library
 * itself, on the values axes see. recharts reads every result through `toNumber` (a double), so the
 * results must be the same doubles. Two differences below a double's reach are allowed, and said:
 * decimal.js rounds a quotient's 20th significant digit half-up where decimal.js-light truncates it
 * (at most one unit in a double's last place once read), and decimal.js keeps a negative zero where
 * decimal.js-light has none (a tick of −0 is a money tick, and the money ticks fold it to $0).
 */

/** Axis values: data extremes, steps and tick counts of every size a chart meets. */
const value = fc.oneof(
  fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(0, 1, 2, 5, 10, 0.1, 0.2, 0.5, 1e-7, 123_456_789, 86_400_000, 99.99),
);
const nonZero = value.filter((v) => v !== 0);
const RUNS = { numRuns: 3000 };

/** The same double, or one unit in its last place apart; +0 and −0 count as one. */
function sameDouble(stand: number, light: number): boolean {
  if (stand === light) return true;
  return Math.abs(stand - light) <= Number.EPSILON * Math.abs(light);
}

/** The stand-in's instances, with the one method it adds to decimal.js under decimal.js-light's name. */
type StandDecimal = InstanceType<typeof Stand> & { isint(): boolean };
type Both = { stand: StandDecimal; light: InstanceType<typeof Light> };
const both = (v: number): Both => ({ stand: new Stand(v) as StandDecimal, light: new Light(v) });

describe('the stand-in for decimal.js-light in recharts', () => {
  it('reads numbers as decimal.js-light does', () => {
    fc.assert(
      fc.property(value, (v) => {
        const { stand, light } = both(v);
        expect(stand.toNumber() === light.toNumber()).toBe(true);
        if (v !== 0) expect(stand.toString()).toBe(light.toString());
      }),
      RUNS,
    );
  });

  it('does recharts’ arithmetic to the same doubles, and compares as decimal.js-light does', () => {
    fc.assert(
      fc.property(value, nonZero, (a, b) => {
        const x = both(a);
        const y = both(b);
        for (const op of ['add', 'sub', 'mul', 'div', 'mod'] as const) {
          const stand = x.stand[op](y.stand).toNumber();
          const light = x.light[op](y.light).toNumber();
          expect(sameDouble(stand, light), `${a} ${op} ${b}: ${stand} against ${light}`).toBe(true);
        }
        expect(x.stand.lt(y.stand)).toBe(x.light.lt(y.light));
        expect(x.stand.lte(y.stand)).toBe(x.light.lte(y.light));
        expect(x.stand.isint()).toBe(x.light.isint());
      }),
      RUNS,
    );
  });

  it('finds an axis step’s digit count and powers of ten as decimal.js-light does', () => {
    fc.assert(
      fc.property(nonZero, fc.integer({ min: -20, max: 20 }), (v, n) => {
        // getDigitCount and the steps' magnitude: floor(log10 |v|), then 10^n.
        expect(Math.floor(new Stand(v).abs().log(10).toNumber())).toBe(
          Math.floor(new Light(v).abs().log(10).toNumber()),
        );
        expect(new Stand(10).pow(n).toString()).toBe(new Light(10).pow(n).toString());
      }),
      RUNS,
    );
  });

  it('leaves the app’s own decimal.js configuration as it was', async () => {
    const { Dec } = await import('../../model/decimal');
    expect(Dec.precision).toBe(40);
    expect(new Dec(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
  });
});
