import { describe, expect, it } from 'vitest';
import { investmentScale, nines, ruleInvestment, type InvestmentRule } from './investment';

/*
 * The rule under test (the project's specification, as documented in investment.ts):
 *   investment(a) = k · (g^n(a) − g^n(baseline)),  n(a) = −log10(1 − a/100),
 *   k chosen so that going from 99.5 % to 99.9 % costs calibrationMultiple × 12 × monthlyInfraCost.
 * Every expected value below is worked out by hand (or, for non-integer powers, with JavaScript's
 * Math on doubles) without calling the model.
 */

const SEED_RULE: InvestmentRule = { monthlyInfraCost: 500_000, growthPerNine: 10, calibrationMultiple: 2 };

describe('nines', () => {
  // n = −log10(1 − a/100): 99.9 → −log10(0.001) = 3, and so on; exact for powers of ten.
  it.each([
    ['90', '1'],
    ['99', '2'],
    ['99.9', '3'],
    ['99.99', '4'],
    ['99.999', '5'],
  ])('nines(%s) = %s exactly', (percent, expected) => {
    expect(nines(percent).eq(expected)).toBe(true);
  });

  it('nines(99.5) = log10(200) = 2.30103 (5 dp)', () => {
    // −log10(0.005) = log10(200) = 2 + log10(2) = 2.301029995…
    expect(nines('99.5').toFixed(5)).toBe('2.30103');
    expect(Math.abs(nines('99.5').toNumber() - Math.log10(200))).toBeLessThan(1e-12);
  });
});

describe('investment rule with the seed inputs (baseline 99.5 %, $500,000/month, g = 10, multiple 2)', () => {
  // With g = 10: g^n(a) = 10^(−log10(1 − a)) = 1 / (1 − a).
  //   99.5 → 1/0.005 = 200; 99.9 → 1000; 99.99 → 10,000; 99.999 → 100,000.
  //   k = 2 × 12 × 500,000 / (1000 − 200) = 12,000,000 / 800 = 15,000.
  it('scale k = 15,000', () => {
    expect(investmentScale(SEED_RULE).eq(15_000)).toBe(true);
  });

  it.each([
    // 15,000 × (1000 − 200)     = 12,000,000
    ['99.9', '12000000.00'],
    // 15,000 × (10,000 − 200)   = 147,000,000
    ['99.99', '147000000.00'],
    // 15,000 × (100,000 − 200)  = 1,497,000,000
    ['99.999', '1497000000.00'],
    // 15,000 × (400 − 200)      = 3,000,000 (99.75 % → 1/0.0025 = 400)
    ['99.75', '3000000.00'],
    // target = baseline → nothing to invest
    ['99.5', '0.00'],
    // targets below the baseline never cost (and never refund) anything
    ['99', '0.00'],
    ['50', '0.00'],
  ])('99.5 %% → %s %% costs %s', (target, expected) => {
    expect(ruleInvestment('99.5', target, SEED_RULE).toFixed(2)).toBe(expected);
  });

  it('99.9 % costs exactly 12,000,000 (not merely to the cent)', () => {
    expect(ruleInvestment(99.5, 99.9, SEED_RULE).eq(12_000_000)).toBe(true);
  });

  it('a target below the baseline returns exactly zero, never a negative number', () => {
    const result = ruleInvestment(99.99, 99.9, SEED_RULE);
    expect(result.isZero()).toBe(true);
    expect(result.isNegative()).toBe(false);
  });

  it('from a different baseline: 99.9 % → 99.99 % is 15,000 × (10,000 − 1000) = 135,000,000', () => {
    // k does not depend on the baseline: it is always calibrated on 99.5 → 99.9.
    expect(ruleInvestment(99.9, 99.99, SEED_RULE).eq(135_000_000)).toBe(true);
  });
});

describe('investment rule with other growth factors', () => {
  it('g = 100 (exact): g^n(a) = (1 − a)^−2, k = 12,000,000 / (10^6 − 40,000) = 12.5', () => {
    // 99.5 → 0.005^−2 = 40,000; 99.9 → 0.001^−2 = 1,000,000; 99.99 → 0.0001^−2 = 100,000,000.
    // k = 12,000,000 / 960,000 = 12.5; investment(99.99) = 12.5 × (10^8 − 40,000) = 1,249,500,000.
    const rule = { ...SEED_RULE, growthPerNine: 100 };
    expect(investmentScale(rule).eq('12.5')).toBe(true);
    expect(ruleInvestment(99.5, 99.99, rule).eq(1_249_500_000)).toBe(true);
  });

  // Cross-check by a different formula: g^n computed directly as Math.pow(g, n) on doubles,
  // n = −Math.log10(1 − a/100), instead of the model's (1 − a)^(−log10 g) in decimal.js.
  function independentInvestment(g: number, multiple: number, monthly: number, base: number, target: number) {
    const curve = (a: number) => Math.pow(g, -Math.log10(1 - a / 100));
    const k = (multiple * 12 * monthly) / (curve(99.9) - curve(99.5));
    return Math.max(0, k * (curve(target) - curve(base)));
  }

  it.each([
    // g, multiple, monthly infra, baseline, target
    [2, 2, 500_000, 99.5, 99.9],
    [2, 2, 500_000, 99.5, 99.99],
    [2, 2, 500_000, 99.5, 99.999],
    [2, 2, 500_000, 99, 99.95],
    [3, 1.5, 250_000, 99.5, 99.99],
    [7.5, 4, 1_000_000, 98, 99.999],
    [1.1, 0.5, 80_000, 99.5, 99.9],
  ])(
    'g = %s, multiple %s, infra %s/month: %s %% → %s %% matches Math.pow to 1e-9',
    (g, m, infra, base, target) => {
      const expected = independentInvestment(g, m, infra, base, target);
      const actual = ruleInvestment(base, target, {
        monthlyInfraCost: infra,
        growthPerNine: g,
        calibrationMultiple: m,
      }).toNumber();
      expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-9);
    },
  );

  it('g = 2 at 99.9 %: the calibration step itself costs 2 × 12 × 500,000 = 12,000,000', () => {
    const rule = { ...SEED_RULE, growthPerNine: 2 };
    // Not exact for g = 2 (2^2.30103… is irrational), so compare to well below a cent.
    expect(ruleInvestment(99.5, 99.9, rule).minus(12_000_000).abs().lt('1e-20')).toBe(true);
  });

  it('g = 2, scale k = 12,000,000 / (8 − 2^log10(200)) ≈ 3,906,370.49 (Math cross-check)', () => {
    const expected = 12_000_000 / (8 - Math.pow(2, Math.log10(200)));
    const actual = investmentScale({ ...SEED_RULE, growthPerNine: 2 }).toNumber();
    expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-9);
    expect(investmentScale({ ...SEED_RULE, growthPerNine: 2 }).toFixed(2)).toBe('3906370.49');
  });

  it('scales linearly with monthly infrastructure cost and with the calibration multiple', () => {
    // Doubling infra and tripling the multiple multiplies k (and every investment) by 6: 90,000 × 9,800.
    const rule = { monthlyInfraCost: 1_000_000, growthPerNine: 10, calibrationMultiple: 6 };
    expect(investmentScale(rule).eq(90_000)).toBe(true);
    expect(ruleInvestment(99.5, 99.99, rule).eq(882_000_000)).toBe(true);
  });

  it('zero monthly infrastructure cost makes every step free', () => {
    expect(ruleInvestment(99.5, 99.999, { ...SEED_RULE, monthlyInfraCost: 0 }).isZero()).toBe(true);
  });
});
