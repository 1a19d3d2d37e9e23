import { describe, expect, it } from 'vitest';
import { evaluate } from './scenarios';
import { oneMoreNine } from './downtime';
import { SEED_EXAMPLE } from './presets';

// Expected values come from running the seed's `calculate_reliability_roi` by hand
// (../shared/seed, "Reliability Investment ROI") and, for 99.99 %, from its 10×-per-nine rule.
describe('the seed example, to the cent', () => {
  const results = evaluate(SEED_EXAMPLE);
  const byLabel = (label: string) => results.scenarios.find((s) => s.label === label)!;

  it('baseline 99.5 % costs $86,400,000 a year (3.6 h a month)', () => {
    expect(results.baseline.downtimeHours.month.toString()).toBe('3.6');
    expect(results.baseline.annualDowntimeCost.toFixed(2)).toBe('86400000.00');
  });

  it.each([
    // label, h/month, annual cost, savings, investment, payback (2 dp)
    ['99.5 %', '3.6', '86400000.00', '0.00', '0.00', null],
    ['99.9 %', '0.72', '17280000.00', '69120000.00', '12000000.00', '0.17'],
    ['99.99 %', '0.072', '1728000.00', '84672000.00', '147000000.00', '1.74'],
  ])('%s', (label, hoursPerMonth, cost, savings, investment, payback) => {
    const s = byLabel(label);
    expect(s.downtimeHours.month.toString()).toBe(hoursPerMonth);
    expect(s.annualDowntimeCost.toFixed(2)).toBe(cost);
    expect(s.vsBaseline.annualSavings.toFixed(2)).toBe(savings);
    expect(s.vsBaseline.investment.toFixed(2)).toBe(investment);
    expect(s.vsBaseline.paybackYears?.toFixed(2) ?? null).toBe(payback);
  });

  it('the 99.9 % → 99.99 % step alone: $15,552,000 a year for $135,000,000, payback 8.68 years', () => {
    const m = byLabel('99.99 %').marginal;
    expect(m.fromLabel).toBe('99.9 %');
    expect(m.annualSavings.toFixed(2)).toBe('15552000.00');
    expect(m.investment.toFixed(2)).toBe('135000000.00');
    expect(m.paybackYears?.toFixed(2)).toBe('8.68');
  });
});

describe('oneMoreNine', () => {
  it.each([
    [99.5, 99.95],
    [99.9, 99.99],
    [99.99, 99.999],
    [90, 99],
    [99.99999, 99.99999],
    [99.999999, 99.99999],
  ])('%s %% → %s %%', (from, to) => {
    expect(oneMoreNine(from)).toBe(to);
  });
});
