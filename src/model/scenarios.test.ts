import { describe, expect, it } from 'vitest';
import { evaluate, stepKind } from './scenarios';
import { Dec } from './decimal';
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

describe('the kind of a step', () => {
  it.each([
    // investment, net annual benefit, kind
    ['12000000', '69120000', 'pays-back'],
    ['0', '1', 'free'],
    ['-7100000', '8640000', 'dominates'],
    ['-7100000', '0', 'dominates'],
    ['-1', '-1', 'trade-off'],
    ['12000000', '0', 'never'],
    ['12000000', '-5', 'never'],
    ['0', '-17280000', 'never'],
    ['0', '0', 'no-change'],
  ])('investment %s and net benefit %s a year: %s', (investment, net, kind) => {
    expect(stepKind({ investment: new Dec(investment), netAnnualBenefit: new Dec(net) })).toBe(kind);
  });
});

// The case a new user met (issue "Figures you can trust while typing"): a quote of $4,900,000 for
// 99.95 % undercuts the rule's $12,000,000 for 99.9 %, so 99.95 % costs less and saves more.
describe('a quote that undercuts a lower target', () => {
  const inputs = {
    ...SEED_EXAMPLE,
    scenarios: [
      ...SEED_EXAMPLE.scenarios.slice(0, 2),
      {
        id: 's4',
        label: '99.95 %',
        availabilityPercent: 99.95,
        investmentOverride: 4_900_000,
        annualRunCost: 0,
      },
    ],
  };
  const results = evaluate(inputs);
  const byLabel = (label: string) => results.scenarios.find((s) => s.label === label)!;

  it('makes the higher target dominate the lower: negative marginal investment, never "immediate"', () => {
    const step = byLabel('99.95 %').marginal;
    expect(step.fromLabel).toBe('99.9 %');
    expect(step.investment.toFixed(2)).toBe('-7100000.00');
    // (0.1 % − 0.05 %) × 8,640 h × $2,000,000 = $8,640,000 a year more saved.
    expect(step.annualSavings.toFixed(2)).toBe('8640000.00');
    expect(step.kind).toBe('dominates');
    expect(step.fromInvestmentSource).toBe('rule');
  });

  it('names the lower target as dominated, and nothing else', () => {
    expect(byLabel('99.9 %').dominatedBy).toEqual({ id: 's4', label: '99.95 %' });
    expect(byLabel('99.95 %').dominatedBy).toBeNull();
    // 99.5 % needs no investment (it is today), so nothing that costs more dominates it.
    expect(byLabel('99.5 %').dominatedBy).toBeNull();
  });
});
