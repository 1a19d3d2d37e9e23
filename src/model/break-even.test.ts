import { describe, expect, it } from 'vitest';
import { breakEvenSeries } from './break-even';
import { SEED_EXAMPLE } from './presets';
import { evaluate, type CalculatorInputs } from './scenarios';

const seed = SEED_EXAMPLE;

describe('breakEvenSeries', () => {
  const series = breakEvenSeries(seed, evaluate(seed));
  const byLabel = (label: string) => series.find((s) => s.label === label)!;

  it('has one line per scenario, months 0 … 12 × horizon', () => {
    expect(series.map((s) => s.label)).toEqual(['99.5 %', '99.9 %', '99.99 %']);
    for (const s of series) expect(s.points.map((p) => p.month)).toEqual([...Array(37).keys()]);
  });

  it.each([
    // label, month, cumulative net benefit: −investment + (savings / 12) × month
    ['99.9 %', 0, '-12000000.00'], // the investment, paid at month 0
    ['99.9 %', 1, '-6240000.00'], // 69,120,000 / 12 = 5,760,000 a month
    ['99.9 %', 12, '57120000.00'],
    ['99.9 %', 36, '195360000.00'],
    ['99.99 %', 0, '-147000000.00'],
    ['99.99 %', 12, '-62328000.00'], // 84,672,000 a year
    ['99.99 %', 36, '107016000.00'],
    ['99.5 %', 36, '0.00'], // today's level: nothing spent, nothing saved
  ])('%s at month %i: %s', (label, month, value) => {
    expect(byLabel(label).points[month]!.cumulativeNetBenefit.toFixed(2)).toBe(value);
  });

  it.each([
    // label, payback in months (2 dp); the line crosses zero there
    ['99.9 %', '2.08'], // 12,000,000 / 69,120,000 years × 12
    ['99.99 %', '20.83'], // 147,000,000 / 84,672,000 years × 12
    ['99.5 %', null], // no net benefit: never
  ])('%s pays back at month %s', (label, months) => {
    const s = byLabel(label);
    expect(s.paybackMonths?.toFixed(2) ?? null).toBe(months);
    if (s.paybackMonths) {
      expect(s.netAnnualBenefit.div(12).times(s.paybackMonths).minus(s.investment).abs().lt('1e-20')).toBe(
        true,
      );
    }
  });

  it('subtracts the extra run cost from the monthly benefit', () => {
    const inputs: CalculatorInputs = {
      ...seed,
      horizonYears: 1,
      scenarios: [{ ...seed.scenarios[1]!, annualRunCost: 9_120_000 }],
    };
    const [s] = breakEvenSeries(inputs, evaluate(inputs));
    // (69,120,000 − 9,120,000) / 12 = 5,000,000 a month; 12,000,000 / 5,000,000 = 2.4 months.
    expect(s!.points[12]!.cumulativeNetBenefit.toFixed(2)).toBe('48000000.00');
    expect(s!.paybackMonths?.toFixed(2)).toBe('2.40');
  });
});
