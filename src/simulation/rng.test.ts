import { describe, expect, it } from 'vitest';
import { antithetic, seedFromText, uniformStream } from './rng';

const take = (source: () => number, n: number) => Array.from({ length: n }, source);

describe('the seeded uniform streams', () => {
  it('give numbers in [0, 1), the same for the same seed and stream name', () => {
    const a = take(uniformStream('nines', 'downtimeCostPerHour'), 1000);
    expect(a).toEqual(take(uniformStream('nines', 'downtimeCostPerHour'), 1000));
    expect(a.every((u) => u >= 0 && u < 1)).toBe(true);
  });

  it('differ between seeds and between the inputs of one seed', () => {
    const first = (seed: string, stream: string) => take(uniformStream(seed, stream), 4);
    expect(first('nines', 'x')).not.toEqual(first('nines!', 'x'));
    expect(first('nines', 'scenarios.s1.investment')).not.toEqual(first('nines', 'scenarios.s2.investment'));
    expect(first('', '')).not.toEqual(first(' ', ''));
  });

  it('look uniform: the mean of 100,000 draws is ½ within four standard errors (1/√(12 n))', () => {
    const draws = take(uniformStream('nines', 'mean'), 100_000);
    const mean = draws.reduce((sum, u) => sum + u, 0) / draws.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 / Math.sqrt(12 * draws.length));
  });

  it('hash a seed text the same way every time, and tell near texts apart', () => {
    expect(seedFromText('nines')).toBe(seedFromText('nines'));
    expect(new Set(['a', 'b', 'ab', 'ba', '1', '01'].map(seedFromText)).size).toBe(6);
  });
});

describe('antithetic pairs', () => {
  it('read u₁, u₂, 1 − u₁, 1 − u₂ and so on', () => {
    const plain = take(uniformStream('nines', 'a'), 4);
    const paired = take(antithetic(uniformStream('nines', 'a')), 8);
    expect(paired).toEqual([
      plain[0],
      plain[1],
      1 - plain[0]!,
      1 - plain[1]!,
      plain[2],
      plain[3],
      1 - plain[2]!,
      1 - plain[3]!,
    ]);
  });
});
