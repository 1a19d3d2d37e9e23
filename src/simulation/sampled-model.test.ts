import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dec } from '../model/decimal';
import { PERIOD_CONVENTION_IDS, periodHours } from '../model/periods';
import { SEED_EXAMPLE } from '../model/presets';
import { evaluate, type CalculatorInputs, type StepFigures } from '../model/scenarios';
import { sampledModel, YEAR_HOURS, type SampledResults, type SampledStep } from './sampled-model';
import { drawInputs, modelColumns, uncertainInputs, type InputRanges } from './uncertain-inputs';

/*
 * The twin test: with every range collapsed to a point (low = high = the best estimate), the float64
 * twin equals the decimal.js model (src/model/scenarios.ts `evaluate`) within 1e-9 relative, on every
 * figure of every scenario, for every run. The exact model is the reference; nothing is hard-coded.
 */

const RELATIVE = 1e-9;
const RUNS = 4;

/** |twin − exact| ≤ 1e-9 × max(|exact|, scale); "never" (null) must be +Infinity in the twin. */
function expectClose(twin: number, exact: Dec | null, what: string, scale = 0) {
  if (exact === null) {
    expect(twin, what).toBe(Infinity);
    return;
  }
  const reference = exact.toNumber();
  const tolerance = RELATIVE * Math.max(Math.abs(reference), scale);
  expect(Math.abs(twin - reference), `${what}: twin ${twin}, exact ${exact.toString()}`).toBeLessThanOrEqual(
    tolerance,
  );
}

function expectStep(twin: SampledStep, exact: StepFigures, what: string, run: number) {
  const at = (column: Float64Array) => column[run]!;
  // NPV and net benefit are differences of terms; their error is measured against the terms' size.
  const terms = Math.max(
    Math.abs(exact.investment.toNumber()),
    Math.abs(exact.annualSavings.toNumber()) * 30,
  );
  expectClose(at(twin.annualSavings), exact.annualSavings, `${what} annual savings`);
  expectClose(at(twin.investment), exact.investment, `${what} investment`);
  expectClose(at(twin.annualRunCost), exact.annualRunCost, `${what} run cost`);
  expectClose(at(twin.netAnnualBenefit), exact.netAnnualBenefit, `${what} net benefit`, terms);
  expectClose(at(twin.paybackYears), exact.paybackYears, `${what} payback`);
  expectClose(at(twin.npv), exact.npv, `${what} NPV`, terms);
}

/** Every range collapsed onto its input's best estimate: the sampled path end to end, with nothing uncertain. */
function collapsedRanges(inputs: CalculatorInputs): InputRanges {
  const everyRange: InputRanges = { downtimeCostPerHour: { low: 1, high: 1, shape: 'uniform' } };
  for (const s of inputs.scenarios) {
    everyRange[`scenarios.${s.id}.investment`] = { low: 0, high: 0, shape: 'uniform' };
    everyRange[`scenarios.${s.id}.annualRunCost`] = { low: 0, high: 0, shape: 'uniform' };
  }
  // The best estimates, as the engine itself lists them, become each range's two ends.
  const collapsed: InputRanges = {};
  for (const input of uncertainInputs(inputs, everyRange)) {
    collapsed[input.key] = {
      low: input.best,
      high: input.best,
      shape: input.best > 0 ? 'lognormal' : 'pert',
    };
  }
  return collapsed;
}

function twinOf(inputs: CalculatorInputs): SampledResults {
  const uncertain = uncertainInputs(inputs, collapsedRanges(inputs));
  expect(uncertain).toHaveLength(1 + 2 * inputs.scenarios.length);
  return sampledModel(inputs, modelColumns(inputs, drawInputs(uncertain, RUNS, 'twin'), RUNS));
}

function expectTwin(inputs: CalculatorInputs) {
  const exact = evaluate(inputs);
  const twin = twinOf(inputs);
  for (let run = 0; run < RUNS; run += 1) {
    expectClose(twin.baseline.annualDowntimeCost[run]!, exact.baseline.annualDowntimeCost, 'baseline cost');
    exact.scenarios.forEach((scenario, index) => {
      const sampled = twin.scenarios[index]!;
      expect(sampled.id).toBe(scenario.id);
      expect(sampled.marginal.fromLabel).toBe(scenario.marginal.fromLabel);
      expectClose(sampled.annualDowntimeCost[run]!, scenario.annualDowntimeCost, `${scenario.label} cost`);
      expectStep(sampled.vsBaseline, scenario.vsBaseline, `${scenario.label} vs today`, run);
      expectStep(sampled.marginal, scenario.marginal, `${scenario.label} marginal`, run);
    });
  }
}

const scenario = (
  id: string,
  availabilityPercent: number,
  investmentOverride: number | null = null,
  annualRunCost = 0,
) => ({ id, label: `${availabilityPercent} %`, availabilityPercent, investmentOverride, annualRunCost });

describe('the float64 twin equals the exact model with every range collapsed to a point', () => {
  it.each<[string, CalculatorInputs]>([
    ['the seed example (src/model/presets.ts)', SEED_EXAMPLE],
    [
      'a 365-day year, quotes and run costs, horizon 5, discount 10 %',
      {
        ...SEED_EXAMPLE,
        periodConvention: 'calendar',
        horizonYears: 5,
        discountRatePercent: 10,
        scenarios: [
          scenario('s1', 99.9, 4_900_000, 250_000),
          scenario('s2', 99.95, null, 100_000),
          scenario('s3', 99.99, 90_000_000, 1_200_000),
        ],
      },
    ],
    [
      'the Gregorian year, growth 3, calibration 1.5, unsorted targets, one below today, a tie, no discount',
      {
        ...SEED_EXAMPLE,
        periodConvention: 'gregorian',
        baselineAvailabilityPercent: 99,
        growthPerNine: 3,
        calibrationMultiple: 1.5,
        horizonYears: 1,
        discountRatePercent: 0,
        scenarios: [
          scenario('a', 99.999),
          scenario('b', 98),
          scenario('c', 99.9),
          scenario('d', 99.9, null, 5),
        ],
      },
    ],
    [
      'a quote that undercuts a lower target (the step "dominates")',
      { ...SEED_EXAMPLE, scenarios: [...SEED_EXAMPLE.scenarios, scenario('s4', 99.95, 4_900_000)] },
    ],
    [
      'the largest amounts, seven nines, growth 1000',
      {
        ...SEED_EXAMPLE,
        downtimeCostPerHour: 1_000_000_000_000,
        monthlyInfraCost: 1_000_000_000,
        growthPerNine: 1000,
        horizonYears: 30,
        discountRatePercent: 100,
        scenarios: [scenario('s1', 99.99999), scenario('s2', 99.9999, 1)],
      },
    ],
    [
      'a run cost above the savings (never pays back) and a small business',
      {
        ...SEED_EXAMPLE,
        downtimeCostPerHour: 1,
        baselineAvailabilityPercent: 50,
        monthlyInfraCost: 10,
        scenarios: [scenario('s1', 60, null, 1_000_000), scenario('s2', 90.5, 0, 0.25)],
      },
    ],
  ])('%s', (_, inputs) => expectTwin(inputs));

  it('over generated inputs: any convention, targets in steps of 0.001 %, quotes, run costs, horizons and rates', () => {
    const target = fc.integer({ min: 50_000, max: 99_999 }).map((n) => n / 1000);
    const money = fc.integer({ min: 0, max: 1_000_000_000 });
    const arbitraryInputs = fc.record({
      downtimeCostPerHour: fc.integer({ min: 1, max: 100_000_000 }),
      baselineAvailabilityPercent: target,
      monthlyInfraCost: fc.integer({ min: 1, max: 10_000_000 }),
      periodConvention: fc.constantFrom(...PERIOD_CONVENTION_IDS),
      growthPerNine: fc.integer({ min: 11, max: 1000 }).map((n) => n / 10),
      calibrationMultiple: fc.integer({ min: 0, max: 100 }).map((n) => n / 10),
      horizonYears: fc.integer({ min: 1, max: 30 }),
      discountRatePercent: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
      scenarios: fc
        .array(fc.tuple(target, fc.option(money), money), { minLength: 1, maxLength: 5 })
        .map((list) => list.map(([a, quote, runCost], i) => scenario(`s${i}`, a, quote, runCost))),
    });
    fc.assert(
      fc.property(arbitraryInputs, (inputs) => expectTwin(inputs)),
      { numRuns: 200 },
    );
  });
});

describe('the hours in a year', () => {
  it.each(PERIOD_CONVENTION_IDS)('under the %s convention match the exact model', (id) => {
    expect(YEAR_HOURS[id]).toBe(periodHours(id).year.toNumber());
  });
});
