import { describe, expect, it } from 'vitest';
import { betaCdf, betaQuantile, logGamma, normalCdf, normalQuantile } from './special-functions';

describe('the standard normal quantile', () => {
  // Percentage points of the normal distribution, as tabulated in Abramowitz & Stegun, Handbook of
  // Mathematical Functions, chapter 26, to nine decimals.
  it.each([
    [0.9, 1.281551566],
    [0.95, 1.644853627],
    [0.975, 1.959963985],
    [0.99, 2.326347874],
    [0.995, 2.575829304],
    [0.999, 3.090232306],
    [0.9999, 3.719016485],
  ])('Φ⁻¹(%s) = %s, and Φ⁻¹(1 − p) = −Φ⁻¹(p)', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 9);
    expect(normalQuantile(1 - p)).toBeCloseTo(-z, 9);
  });

  it('is 0 at one half and infinite at the ends', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });
});

describe('the standard normal distribution function', () => {
  // The normal probability function, as tabulated in Abramowitz & Stegun, chapter 26, to ten
  // decimals; the fit used is good to about 1e-7.
  it.each([
    [0.5, 0.6914624613],
    [1, 0.8413447461],
    [1.5, 0.9331927987],
    [2, 0.9772498681],
    [3, 0.998650102],
  ])('Φ(%s) = %s, and Φ(−x) = 1 − Φ(x)', (x, value) => {
    expect(Math.abs(normalCdf(x) - value)).toBeLessThan(2e-7);
    expect(Math.abs(normalCdf(-x) - (1 - value))).toBeLessThan(2e-7);
  });

  it('inverts the quantile', () => {
    for (const p of [0.01, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.99]) {
      expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(2e-7);
    }
  });
});

describe('the log-gamma function', () => {
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  it.each([1, 2, 3, 5, 6, 10, 20])('ln Γ(%s) = ln((n − 1)!)', (n) => {
    expect(logGamma(n)).toBeCloseTo(Math.log(factorial(n - 1)), 12);
  });

  it('Γ(1/2) = √π and Γ(3/2) = √π / 2', () => {
    expect(Math.exp(logGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 13);
    expect(Math.exp(logGamma(1.5))).toBeCloseTo(Math.sqrt(Math.PI) / 2, 13);
  });
});

describe('the regularised incomplete beta function', () => {
  // For whole a and b, I_x(a, b) is the chance of at least a successes in a + b − 1 trials of
  // chance x: Σ_{j=a}^{a+b−1} C(a+b−1, j) xʲ (1 − x)^(a+b−1−j).
  const binomial = (n: number, k: number): number => (k === 0 ? 1 : (binomial(n, k - 1) * (n - k + 1)) / k);
  const byBinomialSum = (x: number, a: number, b: number) => {
    const n = a + b - 1;
    let sum = 0;
    for (let j = a; j <= n; j += 1) sum += binomial(n, j) * x ** j * (1 - x) ** (n - j);
    return sum;
  };
  it.each([
    [1, 5],
    [2, 3],
    [3, 3],
    [4, 2],
    [5, 1],
    [2, 9],
  ])('I_x(%s, %s) matches its binomial sum', (a, b) => {
    for (const x of [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
      expect(betaCdf(x, a, b)).toBeCloseTo(byBinomialSum(x, a, b), 13);
    }
  });

  it('is 0 and 1 at the ends', () => {
    expect(betaCdf(0, 2, 3)).toBe(0);
    expect(betaCdf(1, 2, 3)).toBe(1);
  });

  it('has a quantile that inverts it, for the PERT shapes Beta(1 + 4r, 5 − 4r)', () => {
    for (const r of [0, 0.1, 0.25, 0.5, 0.8, 1]) {
      for (const p of [0.001, 0.05, 0.1, 0.5, 0.9, 0.95, 0.999]) {
        const x = betaQuantile(p, 1 + 4 * r, 5 - 4 * r);
        expect(betaCdf(x, 1 + 4 * r, 5 - 4 * r)).toBeCloseTo(p, 12);
      }
    }
    // Beta(1, 5): I_x = 1 − (1 − x)⁵, so the quantile is 1 − (1 − p)^(1/5).
    expect(betaQuantile(0.05, 1, 5)).toBeCloseTo(1 - 0.95 ** 0.2, 14);
  });
});
