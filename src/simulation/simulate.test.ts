import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { SEED_EXAMPLE } from '../model/presets';
import { evaluate, type CalculatorInputs, type ScenarioInput } from '../model/scenarios';
import type { RangeInput, RangeShape } from './range-distribution';
import { DEFAULT_RUNS, DEFAULT_SEED, simulate, simulateRuns, type SimulationJob } from './simulate';
import { normalCdf } from './special-functions';
import type { InputRanges } from './uncertain-inputs';

const COST_RANGE: RangeInput = { low: 1_000_000, high: 5_000_000, shape: 'lognormal' };
const costOnly: SimulationJob = {
  inputs: SEED_EXAMPLE,
  ranges: { downtimeCostPerHour: COST_RANGE },
  runs: DEFAULT_RUNS,
  seed: DEFAULT_SEED,
};
const byLabel = (summary: ReturnType<typeof simulate>, label: string) =>
  summary.scenarios.find((s) => s.label === label)!;

/** Normal-table points (Abramowitz & Stegun, ch. 26), to four decimals as the issue writes them. */
const Z_90 = 1.2816;
const Z_95 = 1.6449;
const costMu = (Math.log(COST_RANGE.low) + Math.log(COST_RANGE.high)) / 2;
const costSigma = (Math.log(COST_RANGE.high) - Math.log(COST_RANGE.low)) / (2 * Z_95);

// Issue 14's acceptance: the seed example with only the cost per hour uncertain, $1M–$5M as a
// lognormal 90 % interval, 10,000 runs. Analytic figures from the seed's 30-day month and 12-month year.
describe('the seed example with only the cost per hour uncertain', () => {
  const summary = simulate(costOnly);
  const exact = evaluate(SEED_EXAMPLE);

  it('reads 99.9 % annual savings P10 ≈ $41.3M, P50 ≈ $77.3M, P90 ≈ $144.7M: 34.56 h × √(lo·hi) × e^(±1.2816σ), within 2 %', () => {
    const hoursSavedPerYear = ((99.9 - 99.5) / 100) * 24 * 30 * 12; // 34.56 h
    expect(
      exact.scenarios[1]!.vsBaseline.annualSavings.div(SEED_EXAMPLE.downtimeCostPerHour).toNumber(),
    ).toBeCloseTo(hoursSavedPerYear, 12);
    const median = hoursSavedPerYear * Math.sqrt(COST_RANGE.low * COST_RANGE.high);
    const savings = byLabel(summary, '99.9 %').vsBaseline.annualSavings;
    expect(Math.abs(savings.p10 / (median * Math.exp(-Z_90 * costSigma)) - 1)).toBeLessThan(0.02);
    expect(Math.abs(savings.p50 / median - 1)).toBeLessThan(0.02);
    expect(Math.abs(savings.p90 / (median * Math.exp(Z_90 * costSigma)) - 1)).toBeLessThan(0.02);
    // The rounded figures, from the same formula.
    expect((median * Math.exp(-Z_90 * costSigma)) / 1e6).toBeCloseTo(41.3, 1);
    expect(median / 1e6).toBeCloseTo(77.3, 1);
    expect((median * Math.exp(Z_90 * costSigma)) / 1e6).toBeCloseTo(144.7, 1);
  });

  it('has the step 99.9 % → 99.99 % pay back within 3 years in about 2.6 % of runs: those whose cost is above $5,787,037', () => {
    const step = exact.scenarios[2]!.marginal;
    expect(step.fromLabel).toBe('99.9 %');
    // Pays back within the horizon when investment ÷ (savings per $ an hour × cost) ≤ 3 years.
    const savingsPerCost = step.annualSavings.div(SEED_EXAMPLE.downtimeCostPerHour).toNumber(); // 7.776 h
    const threshold = step.investment.toNumber() / (SEED_EXAMPLE.horizonYears * savingsPerCost);
    expect(Math.round(threshold)).toBe(5_787_037);
    const analytic = 1 - normalCdf((Math.log(threshold) - costMu) / costSigma);
    expect(analytic).toBeCloseTo(0.026, 3);
    const chance = byLabel(summary, '99.99 %').marginal.paysBackWithinHorizon;
    expect(chance.runs).toBe(DEFAULT_RUNS);
    const standardError = Math.sqrt((analytic * (1 - analytic)) / DEFAULT_RUNS);
    expect(Math.abs(chance.fraction - analytic)).toBeLessThan(4 * standardError);
  });

  it.each(['a', 'seed 2', '42', 'Nines', 'another seed'])(
    'moves no P50 by 1 %% or more under the seed "%s"',
    (seed) => {
      const other = simulate({ ...costOnly, seed });
      summary.scenarios.forEach((scenario, index) => {
        const moved = other.scenarios[index]!;
        for (const [a, b] of [
          [scenario.annualDowntimeCost.p50, moved.annualDowntimeCost.p50],
          [scenario.vsBaseline.annualSavings.p50, moved.vsBaseline.annualSavings.p50],
          [scenario.vsBaseline.npv.p50, moved.vsBaseline.npv.p50],
          [scenario.marginal.npv.p50, moved.marginal.npv.p50],
        ] as const) {
          expect(Math.abs(b - a)).toBeLessThan(0.01 * Math.abs(a) + 1e-6);
        }
      });
    },
  );
});

/** The seed example with a range on every input that can hold one, in all three shapes. */
const EVERY_RANGE: InputRanges = {
  downtimeCostPerHour: COST_RANGE,
  'scenarios.s1.investment': { low: 0, high: 1_000_000, shape: 'uniform' },
  'scenarios.s1.annualRunCost': { low: 0, high: 200_000, shape: 'uniform' },
  'scenarios.s2.investment': { low: 8_000_000, high: 20_000_000, shape: 'lognormal' },
  'scenarios.s2.annualRunCost': { low: 100_000, high: 1_000_000, shape: 'pert' },
  'scenarios.s3.investment': { low: 100_000_000, high: 250_000_000, shape: 'pert' },
  'scenarios.s3.annualRunCost': { low: 500_000, high: 3_000_000, shape: 'lognormal' },
};
const everyRange: SimulationJob = { ...costOnly, ranges: EVERY_RANGE, runs: 2000 };

describe('seeds (as Squiggle tests them)', () => {
  it('the same seed gives an identical summary, a different seed a different one', () => {
    expect(simulate(everyRange)).toEqual(simulate(everyRange));
    expect(simulate({ ...everyRange, seed: 'other' })).not.toEqual(simulate(everyRange));
  });

  it('never call Math.random: every draw comes from the seeded streams', () => {
    const random = vi.spyOn(Math, 'random');
    try {
      simulate(everyRange);
      expect(random).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
    }
  });

  it("an input's draws do not change when another input gains or loses a range", () => {
    const withOne = simulateRuns({ ...everyRange, ranges: { downtimeCostPerHour: COST_RANGE } });
    const withAll = simulateRuns(everyRange);
    expect(withAll.draws.get('downtimeCostPerHour')).toEqual(withOne.draws.get('downtimeCostPerHour'));
  });
});

describe('an amount that cannot be negative', () => {
  // A uniform range's ends are its 5th and 95th percentiles, so $0–$100 reaches to −$5.56 and $105.56.
  it.each<RangeShape>(['uniform', 'pert'])(
    'never draws below $0 from a %s range that starts at $0',
    (shape) => {
      const { draws } = simulateRuns({
        ...costOnly,
        ranges: { downtimeCostPerHour: { low: 0, high: 100, shape } },
        runs: 2000,
      });
      const cost = draws.get('downtimeCostPerHour')!;
      expect(Math.min(...cost)).toBe(0);
      expect(Object.is(Math.min(...cost), -0)).toBe(false);
      expect(Math.max(...cost)).toBeGreaterThan(100);
    },
  );
});

describe('with every range collapsed to a point', () => {
  it('every percentile is the exact figure and every chance is all or nothing', () => {
    const inputs: CalculatorInputs = {
      ...SEED_EXAMPLE,
      scenarios: SEED_EXAMPLE.scenarios.map((s, i) => ({ ...s, annualRunCost: i * 1_000_000 })),
    };
    const exact = evaluate(inputs);
    const point = (value: number): RangeInput => ({ low: value, high: value, shape: 'pert' });
    const ranges: InputRanges = { downtimeCostPerHour: point(inputs.downtimeCostPerHour) };
    exact.scenarios.forEach((s, i) => {
      ranges[`scenarios.${s.id}.investment`] = point(s.vsBaseline.investment.toNumber());
      ranges[`scenarios.${s.id}.annualRunCost`] = point(inputs.scenarios[i]!.annualRunCost);
    });
    const summary = simulate({ ...costOnly, inputs, ranges, runs: 100 });
    const expectAll = (percentiles: object, exactValue: number | null) => {
      for (const value of Object.values(percentiles)) {
        if (exactValue === null || value === null) expect(value).toBe(exactValue);
        else expect(Math.abs(value - exactValue)).toBeLessThanOrEqual(1e-9 * Math.abs(exactValue));
      }
    };
    exact.scenarios.forEach((s, i) => {
      const simulated = summary.scenarios[i]!;
      expectAll(simulated.annualDowntimeCost, s.annualDowntimeCost.toNumber());
      for (const [step, exactStep] of [
        [simulated.vsBaseline, s.vsBaseline],
        [simulated.marginal, s.marginal],
      ] as const) {
        expectAll(step.annualSavings, exactStep.annualSavings.toNumber());
        expectAll(step.npv, exactStep.npv.toNumber());
        expectAll(step.paybackYears, exactStep.paybackYears?.toNumber() ?? null);
        const paysBack = exactStep.paybackYears !== null && exactStep.paybackYears.lte(inputs.horizonYears);
        expect(step.paysBackWithinHorizon.count).toBe(paysBack ? 100 : 0);
        expect(step.positiveNpv.count).toBe(exactStep.npv.gt(0) ? 100 : 0);
      }
    });
  });
});

describe('what moves the answer (tornado)', () => {
  const summary = simulate(everyRange);

  it('puts each input alone at its P10 and P90 and reads the exact NPV there, widest swing first', () => {
    const exactNpv = (inputs: CalculatorInputs, index: number) =>
      evaluate(inputs).scenarios[index]!.vsBaseline.npv.toNumber();
    const withInput = (key: string, value: number): CalculatorInputs => {
      if (key === 'downtimeCostPerHour') return { ...SEED_EXAMPLE, downtimeCostPerHour: value };
      const [, id, field] = key.split('.');
      const change = (s: ScenarioInput): ScenarioInput =>
        s.id !== id
          ? s
          : field === 'investment'
            ? { ...s, investmentOverride: value }
            : { ...s, annualRunCost: value };
      return { ...SEED_EXAMPLE, scenarios: SEED_EXAMPLE.scenarios.map(change) };
    };
    summary.scenarios.forEach((scenario, index) => {
      const { baseNpv, bars } = scenario.vsBaseline.tornado;
      // Within a dollar (1e-8 of these NPVs): the twin's tolerance, at the exact model's best estimates.
      expect(Math.abs(baseNpv - exactNpv(SEED_EXAMPLE, index))).toBeLessThan(1);
      expect(bars).toHaveLength(7);
      for (const bar of bars) {
        const input = summary.inputs.find((i) => i.key === bar.key)!;
        expect([bar.lowValue, bar.highValue]).toEqual([input.p10, input.p90]);
        expect(Math.abs(bar.npvAtLow - exactNpv(withInput(bar.key, bar.lowValue), index))).toBeLessThan(1);
        expect(Math.abs(bar.npvAtHigh - exactNpv(withInput(bar.key, bar.highValue), index))).toBeLessThan(1);
      }
      const swings = bars.map((bar) => bar.swing);
      expect(swings).toEqual([...swings].sort((a, b) => b - a));
    });
    // The 99.99 % NPV moves most with the cost per hour, then its own investment.
    expect(
      byLabel(summary, '99.99 %')
        .vsBaseline.tornado.bars.slice(0, 2)
        .map((bar) => bar.key),
    ).toEqual(['downtimeCostPerHour', 'scenarios.s3.investment']);
  });
});

describe('common random numbers: a scenario never ranks worse than a strictly weaker copy of itself', () => {
  const shape = fc.constantFrom<RangeShape>('lognormal', 'uniform', 'pert');
  const positiveRange = fc
    .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 101, max: 2000 }), shape)
    .map(([low, factor, s]): RangeInput => ({ low, high: (low * factor) / 100, shape: s }));
  const cases = fc.record({
    cost: positiveRange,
    baseline: fc.integer({ min: 9000, max: 9989 }).map((n) => n / 100),
    targetGap: fc.integer({ min: 1, max: 999 }).map((n) => n / 10_000),
    weakerBy: fc.record({
      availability: fc.integer({ min: 0, max: 500 }).map((n) => n / 100_000),
      investment: fc.integer({ min: 0, max: 10_000_000 }),
      runCost: fc.integer({ min: 0, max: 1_000_000 }),
    }),
    investment: fc.integer({ min: 0, max: 500_000_000 }),
    runCost: fc.integer({ min: 0, max: 5_000_000 }),
    otherInvestment: positiveRange,
    otherRunCost: positiveRange,
    seed: fc.string({ maxLength: 8 }),
  });

  it('in every run, so in every percentile and chance (property)', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { availability, investment, runCost } = c.weakerBy;
        fc.pre(availability > 0 || investment > 0 || runCost > 0);
        const target = Math.min(99.9999, c.baseline + (100 - c.baseline) * c.targetGap * 10);
        const inputs: CalculatorInputs = {
          ...SEED_EXAMPLE,
          baselineAvailabilityPercent: c.baseline,
          scenarios: [
            {
              id: 'other',
              label: 'Other',
              availabilityPercent: 99.95,
              investmentOverride: null,
              annualRunCost: 0,
            },
            {
              id: 'x',
              label: 'X',
              availabilityPercent: target,
              investmentOverride: c.investment,
              annualRunCost: c.runCost,
            },
            {
              id: 'weaker',
              label: 'Weaker X',
              availabilityPercent: target - availability,
              investmentOverride: c.investment + investment,
              annualRunCost: c.runCost + runCost,
            },
          ],
        };
        const job: SimulationJob = {
          inputs,
          ranges: {
            downtimeCostPerHour: c.cost,
            'scenarios.other.investment': c.otherInvestment,
            'scenarios.other.annualRunCost': c.otherRunCost,
          },
          runs: 500,
          seed: c.seed,
        };
        const { results } = simulateRuns(job);
        const [x, weaker] = [results.scenarios[1]!.vsBaseline, results.scenarios[2]!.vsBaseline];
        for (let i = 0; i < job.runs; i += 1) {
          expect(x.npv[i]!).toBeGreaterThanOrEqual(weaker.npv[i]!);
          expect(x.paybackYears[i]!).toBeLessThanOrEqual(weaker.paybackYears[i]!);
        }
        const summary = simulate(job);
        const [sx, sw] = [summary.scenarios[1]!.vsBaseline, summary.scenarios[2]!.vsBaseline];
        for (const p of ['p10', 'p50', 'p90', 'mean'] as const)
          expect(sx.npv[p]).toBeGreaterThanOrEqual(sw.npv[p]);
        expect(sx.positiveNpv.count).toBeGreaterThanOrEqual(sw.positiveNpv.count);
        expect(sx.paysBackWithinHorizon.count).toBeGreaterThanOrEqual(sw.paysBackWithinHorizon.count);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a job the engine refuses, in words', () => {
  it.each<[string, Partial<SimulationJob>, string]>([
    ['no runs', { runs: 0 }, 'Runs must be a whole number from 1 to 100,000.'],
    ['a fraction of a run', { runs: 1.5 }, 'Runs must be a whole number from 1 to 100,000.'],
    ['too many runs', { runs: 100_001 }, 'Runs must be a whole number from 1 to 100,000.'],
    [
      'a seed too long',
      { seed: 'x'.repeat(101) },
      'The random seed must be a text of at most 100 characters.',
    ],
    [
      'a lognormal cost range from 0',
      { ranges: { downtimeCostPerHour: { low: 0, high: 5, shape: 'lognormal' } } },
      'Downtime cost per hour: a lognormal range must stay above 0',
    ],
  ])('%s', (_, change, message) => {
    expect(() => simulate({ ...costOnly, ...change })).toThrow(message);
  });

  it('ignores a range of a scenario that is not there', () => {
    const summary = simulate({
      ...costOnly,
      runs: 10,
      ranges: { ...costOnly.ranges, 'scenarios.gone.investment': COST_RANGE },
    });
    expect(summary.inputs.map((input) => input.key)).toEqual(['downtimeCostPerHour']);
  });
});
