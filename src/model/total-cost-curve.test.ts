import { describe, expect, it } from 'vitest';
import { Dec } from './decimal';
import { SEED_EXAMPLE } from './presets';
import { scenarioInvestment, type CalculatorInputs } from './scenarios';
import { totalCostCurve } from './total-cost-curve';

const seed = SEED_EXAMPLE;

describe('totalCostCurve', () => {
  const curve = totalCostCurve(seed);
  const pointAt = (percent: string) => curve.points.find((p) => p.availabilityPercent.eq(percent));

  it('runs from today to 99.999 %, ascending, with about 64 samples', () => {
    const first = curve.points[0]!;
    const last = curve.points.at(-1)!;
    expect(first.availabilityPercent.toString()).toBe('99.5');
    expect(last.availabilityPercent.toString()).toBe('99.999');
    // 64 samples over 2.70 nines → 24 a nine → 65 grid points from 99.5 % to 99.999 %, plus special points.
    expect(curve.points.length).toBeGreaterThanOrEqual(60);
    expect(curve.points.length).toBeLessThanOrEqual(80);
    for (let i = 1; i < curve.points.length; i += 1)
      expect(curve.points[i]!.nines.gt(curve.points[i - 1]!.nines)).toBe(true);
  });

  it('samples evenly in nines', () => {
    const gaps = curve.points.slice(1).map((p, i) => p.nines.minus(curve.points[i]!.nines).toNumber());
    const typical = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
    // The special points split a few gaps; no gap is wider than one step.
    expect(Math.max(...gaps)).toBeLessThanOrEqual(typical * (1 + 1e-9));
  });

  it.each([
    // availability, annual downtime cost, investment ÷ 3 years, total (seed inputs; Y = 8,640 h, k = 15,000)
    ['99.5', '86400000.00', '0.00', '86400000.00'], // today
    ['99.9', '17280000.00', '4000000.00', '21280000.00'], // 12,000,000 / 3
    ['99.99', '1728000.00', '49000000.00', '50728000.00'], // 147,000,000 / 3
    ['99.999', '172800.00', '499000000.00', '499172800.00'], // 1,497,000,000 / 3
  ])('%s %%: downtime %s + investment %s a year = %s', (percent, downtime, investment, total) => {
    const p = pointAt(percent)!;
    expect(p.annualDowntimeCost.toFixed(2)).toBe(downtime);
    expect(p.annualisedInvestment.toFixed(2)).toBe(investment);
    expect(p.annualRunCost.isZero()).toBe(true);
    expect(p.totalAnnualCost.toFixed(2)).toBe(total);
  });

  it('has whole nines and today exactly', () => {
    expect(pointAt('99.5')!.nines.toFixed(10)).toBe('2.3010299957');
    expect(pointAt('99.9')!.nines.toString()).toBe('3');
    expect(pointAt('99.99')!.nines.toString()).toBe('4');
  });

  // With the seed's inputs, g = 10 (p = 1), u = 1 − a, Y = 8,640 h, C = $2,000,000, k = $15,000:
  //   total(u) = C·Y·u + k·(1/u − 200)/3
  //   d total / du = C·Y − k/(3u²) = 0  ⇒  u* = sqrt(k / (3·C·Y)) = sqrt(15000 / (3 · 2e6 · 8640))
  //                                         ≈ 0.000537914  ⇒  a* ≈ 99.9462086 %,
  // between 99.9 % and 99.99 %, with total(u*) = 2·sqrt(C·Y·k/3) − 1,000,000 ≈ $17,590,320 a year.
  it('puts the cost-optimal availability at ≈ 99.946 % with the seed inputs', () => {
    const optimum = curve.costOptimal;
    const uStar = new Dec(15000).div(new Dec(3).times(2e6).times(8640)).sqrt();
    expect(optimum.availabilityPercent.gt(99.9)).toBe(true);
    expect(optimum.availabilityPercent.lt(99.99)).toBe(true);
    expect(optimum.availabilityPercent.toNumber()).toBeCloseTo(99.9462086, 6);
    expect(new Dec(100).minus(optimum.availabilityPercent).div(100).minus(uStar).abs().lt('1e-30')).toBe(
      true,
    );
    expect(optimum.totalAnnualCost.toNumber()).toBeCloseTo(17_590_320.06, 2);
  });

  it('the optimum is on the curve and no sample is cheaper', () => {
    expect(curve.points).toContain(curve.costOptimal);
    for (const p of curve.points) expect(p.totalAnnualCost.gte(curve.costOptimal.totalAnnualCost)).toBe(true);
  });

  it.each([
    // What changes, and where the optimum then lies (analytic in the comment).
    // 365-day year: u* = sqrt(15000 / (3 · 2e6 · 8760)) ≈ 0.000534207
    [{ periodConvention: 'calendar' as const }, 99.9465793],
    // 1-year horizon: u* = sqrt(15000 / (2e6 · 8640)) ≈ 0.000931695
    [{ horizonYears: 1 }, 99.9068305],
    // g = 100, p = 2: k = 2·6e6 / (1000² − 200²) = 12.5; u* = (12.5·2 / (3·2e6·8640))^(1/3) ≈ 0.000784197
    [{ growthPerNine: 100 }, 99.9215803],
  ])('optimum with %o ≈ %f %%', (patch, percent) => {
    expect(totalCostCurve({ ...seed, ...patch }).costOptimal.availabilityPercent.toNumber()).toBeCloseTo(
      percent,
      5,
    );
  });

  it.each([
    // No downtime cost: investing never pays, the optimum is today.
    [{ downtimeCostPerHour: 0 }, '99.5'],
    // Free infrastructure makes the rule free: the optimum is the top of the curve.
    [{ monthlyInfraCost: 0 }, '99.999'],
    // Today is already above the curve's default top: nothing to move to.
    [{ baselineAvailabilityPercent: 99.9999, scenarios: [] }, '99.9999'],
  ])('edge case %o: optimum at %s %%', (patch, percent) => {
    const c = totalCostCurve({ ...seed, ...patch });
    expect(c.costOptimal.availabilityPercent.toString()).toBe(percent);
    for (const p of c.points) expect(p.totalAnnualCost.gte(c.costOptimal.totalAnnualCost)).toBe(true);
  });

  it('reaches scenarios outside today … 99.999 %', () => {
    const inputs: CalculatorInputs = {
      ...seed,
      scenarios: [
        { ...seed.scenarios[0]!, id: 'low', label: 'Worse', availabilityPercent: 99 },
        { ...seed.scenarios[0]!, id: 'high', label: 'Six nines', availabilityPercent: 99.9999 },
      ],
    };
    const c = totalCostCurve(inputs);
    expect(c.points[0]!.availabilityPercent.toString()).toBe('99');
    expect(c.points.at(-1)!.availabilityPercent.toString()).toBe('99.9999');
    // Below today nothing is invested: 0.01 × 8640 h × $2,000,000.
    expect(c.points[0]!.totalAnnualCost.toFixed(2)).toBe('172800000.00');
  });

  it('scenario markers carry their own investment and run cost', () => {
    const inputs: CalculatorInputs = {
      ...seed,
      scenarios: [
        { ...seed.scenarios[1]!, investmentOverride: 6_000_000, annualRunCost: 1_000_000 },
        seed.scenarios[2]!,
      ],
    };
    const c = totalCostCurve(inputs);
    const [quoted, rule] = c.scenarios;
    // 17,280,000 + 6,000,000 / 3 + 1,000,000
    expect(quoted!.totalAnnualCost.toFixed(2)).toBe('20280000.00');
    expect(quoted!.investmentSource).toBe('override');
    // The rule's curve at 99.9 % is unchanged: 17,280,000 + 12,000,000 / 3.
    expect(c.points.find((p) => p.availabilityPercent.eq(99.9))!.totalAnnualCost.toFixed(2)).toBe(
      '21280000.00',
    );
    expect(rule!.totalAnnualCost.toFixed(2)).toBe('50728000.00');
    expect(rule!.nines.toString()).toBe('4');
  });

  it('marker investments agree with the table (scenarioInvestment), also for g ≠ 10', () => {
    const inputs = { ...seed, growthPerNine: 7 };
    const c = totalCostCurve(inputs);
    c.scenarios.forEach((marker, i) => {
      const expected = scenarioInvestment(inputs, inputs.scenarios[i]!).div(3);
      expect(marker.annualisedInvestment.minus(expected).abs().lt('1e-25')).toBe(true);
    });
  });
});
