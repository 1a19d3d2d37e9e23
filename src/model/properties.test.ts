import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from './decimal';
import { allowedDowntimeHours, annualDowntimeCost } from './downtime';
import { ruleInvestment, type InvestmentRule } from './investment';
import { LIMITS } from './limits';
import { PERIOD_CONVENTION_IDS, type PeriodConventionId, type PeriodHours } from './periods';
import { evaluate, type CalculatorInputs, type CalculatorResults, type ScenarioInput } from './scenarios';

/*
 * Property tests over the whole valid input domain of src/model/limits.ts. Expected values are derived
 * from the definitions (period lengths written out by hand, NPV at 0 % as a plain sum), never by
 * calling the function under test a second time.
 */

const RUNS = { numRuns: 1000 };

/** 1000 runs of a full evaluation take a few seconds; leave room on a loaded machine. */
const SLOW = { timeout: 60_000 };

// ---------------------------------------------------------------- arbitraries

/** "Round" availabilities as a user types them: 0.00001 … 99.99999 in steps of 0.00001. */
const niceAvailability = fc.integer({ min: 1, max: 9_999_999 }).map((n) => n / 100_000);

/** Any double strictly inside (0, 100), including the awkward ones fast-check likes to find. */
const anyAvailability = fc.double({
  min: 0,
  max: 100,
  minExcluded: true,
  maxExcluded: true,
  noNaN: true,
});

const availability = fc.oneof(niceAvailability, anyAvailability);

/**
 * Availabilities for the exactness properties. Below ~1e-20 % the exact value of 1 − a/100 needs more
 * than the configured 40 significant digits, so "exact" is only promised from 1e-9 % up (far below
 * any real availability).
 */
const exactAvailability = fc.oneof(
  niceAvailability,
  fc.double({ min: 1e-9, max: 100, maxExcluded: true, noNaN: true }),
);

const amount = fc.oneof(
  fc.integer({ min: 0, max: LIMITS.maxAmount }),
  fc.double({ min: 0, max: LIMITS.maxAmount, noNaN: true }),
);

const convention = fc.constantFrom<PeriodConventionId>(...PERIOD_CONVENTION_IDS);

const growth = fc.oneof(
  fc.constantFrom(10, 2, 1000),
  fc.double({
    min: LIMITS.minGrowthPerNineExclusive,
    max: LIMITS.maxGrowthPerNine,
    minExcluded: true,
    noNaN: true,
  }),
);

const multiple = fc.oneof(
  fc.constantFrom(2, 1, LIMITS.maxCalibrationMultiple),
  fc.double({ min: 0, max: LIMITS.maxCalibrationMultiple, minExcluded: true, noNaN: true }),
);

const horizon = fc.integer({ min: LIMITS.minHorizonYears, max: LIMITS.maxHorizonYears });

const ratePercent = fc.oneof(
  fc.integer({ min: LIMITS.minDiscountRatePercent, max: LIMITS.maxDiscountRatePercent }),
  fc.double({ min: LIMITS.minDiscountRatePercent, max: LIMITS.maxDiscountRatePercent, noNaN: true }),
);

const scenarioFields = fc.record({
  availabilityPercent: availability,
  investmentOverride: fc.option(amount, { nil: null, freq: 3 }),
  annualRunCost: fc.oneof(fc.constant(0), amount),
});

function inputsArbitrary(opts: { rate?: fc.Arbitrary<number> } = {}): fc.Arbitrary<CalculatorInputs> {
  return fc.record({
    downtimeCostPerHour: amount,
    baselineAvailabilityPercent: availability,
    monthlyInfraCost: amount,
    periodConvention: convention,
    growthPerNine: growth,
    calibrationMultiple: multiple,
    horizonYears: horizon,
    discountRatePercent: opts.rate ?? ratePercent,
    scenarios: fc
      .array(scenarioFields, { maxLength: LIMITS.maxScenarios })
      .map((list) => list.map((s, i): ScenarioInput => ({ ...s, id: `s${i}`, label: `Scenario ${i}` }))),
  });
}

// ---------------------------------------------------------------- helpers

/** Every Dec inside a result object, with its path, found by walking it (not by listing fields). */
function collectDecs(value: unknown, path = 'results', out: [string, Dec][] = []): [string, Dec][] {
  if (Dec.isDecimal(value)) {
    out.push([path, value as Dec]);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collectDecs(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collectDecs(v, `${path}.${k}`, out);
  }
  return out;
}

const PERIODS: (keyof PeriodHours)[] = ['day', 'week', 'month', 'quarter', 'year'];

/**
 * Period lengths in hours, written out by hand from each convention's definition:
 * seed: 30-day month, 90-day quarter, 360-day year; calendar: 365-day year, month = year/12 = 730 h;
 * gregorian: 365.2425-day year = 8765.82 h, month = 730.485 h, quarter = 2191.455 h.
 */
const HOURS: Record<PeriodConventionId, Record<keyof PeriodHours, string>> = {
  seed: { day: '24', week: '168', month: '720', quarter: '2160', year: '8640' },
  calendar: { day: '24', week: '168', month: '730', quarter: '2190', year: '8760' },
  gregorian: { day: '24', week: '168', month: '730.485', quarter: '2191.455', year: '8765.82' },
};

/** Levels of one evaluation (baseline and each scenario), for pairwise comparisons. */
function levels(results: CalculatorResults) {
  return [results.baseline, ...results.scenarios];
}

// ---------------------------------------------------------------- properties

describe('evaluate over random valid inputs', SLOW, () => {
  it('never throws, and every Dec in the result is finite (no NaN, no ±Infinity)', () => {
    fc.assert(
      fc.property(inputsArbitrary(), (inputs) => {
        const results = evaluate(inputs);
        const decs = collectDecs(results);
        // baseline: availability, 5 periods, cost = 7; each scenario adds 7 + 2 steps of ≥ 5 + 1.
        expect(decs.length).toBeGreaterThanOrEqual(7 + inputs.scenarios.length * 18);
        for (const [path, d] of decs) {
          if (!d.isFinite()) throw new Error(`${path} is ${d.toString()}`);
        }
        expect(results.scenarios).toHaveLength(inputs.scenarios.length);
      }),
      RUNS,
    );
  });

  it('downtime per period and annual downtime cost never rise as availability rises', () => {
    fc.assert(
      fc.property(inputsArbitrary(), (inputs) => {
        const all = levels(evaluate(inputs));
        for (const lo of all) {
          for (const hi of all) {
            if (!hi.availabilityPercent.gt(lo.availabilityPercent)) continue;
            for (const p of PERIODS) expect(hi.downtimeHours[p].lte(lo.downtimeHours[p])).toBe(true);
            expect(hi.annualDowntimeCost.lte(lo.annualDowntimeCost)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('downtime and annual cost never rise as availability rises (direct, two levels)', () => {
    fc.assert(
      fc.property(availability, availability, amount, convention, (a, b, cost, c) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const dLo = allowedDowntimeHours(lo, c);
        const dHi = allowedDowntimeHours(hi, c);
        for (const p of PERIODS) expect(dHi[p].lte(dLo[p])).toBe(true);
        expect(annualDowntimeCost(hi, cost, c).lte(annualDowntimeCost(lo, cost, c))).toBe(true);
      }),
      RUNS,
    );
  });

  it('annual savings against the baseline never fall as the target rises', () => {
    fc.assert(
      fc.property(inputsArbitrary(), (inputs) => {
        const scenarios = evaluate(inputs).scenarios;
        for (const lo of scenarios) {
          for (const hi of scenarios) {
            if (!hi.availabilityPercent.gte(lo.availabilityPercent)) continue;
            expect(hi.vsBaseline.annualSavings.gte(lo.vsBaseline.annualSavings)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('each marginal step starts from the next-lower scenario (ties by input order), the lowest from the baseline', () => {
    fc.assert(
      fc.property(inputsArbitrary(), (inputs) => {
        const results = evaluate(inputs);
        const a = inputs.scenarios.map((s) => new Dec(s.availabilityPercent));
        results.scenarios.forEach((s, i) => {
          // Ranked below i: lower availability, or equal availability and earlier in the input.
          const below = a
            .map((aj, j) => ({ aj, j }))
            .filter(({ aj, j }) => j !== i && (aj.lt(a[i]!) || (aj.eq(a[i]!) && j < i)));
          if (below.length === 0) {
            expect(s.marginal.fromLabel).toBe('Today');
            expect(s.marginal.fromAvailabilityPercent.eq(results.baseline.availabilityPercent)).toBe(true);
            expect(s.marginal.annualSavings.eq(s.vsBaseline.annualSavings)).toBe(true);
            return;
          }
          const prev = below.reduce((best, c) =>
            c.aj.gt(best.aj) || (c.aj.eq(best.aj) && c.j > best.j) ? c : best,
          );
          expect(s.marginal.fromLabel).toBe(`Scenario ${prev.j}`);
          const prevCost = results.scenarios[prev.j]!.annualDowntimeCost;
          expect(s.marginal.annualSavings.eq(prevCost.minus(s.annualDowntimeCost))).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('simple and discounted payback are null ("never") or ≥ 0, against the baseline and marginally', () => {
    fc.assert(
      fc.property(inputsArbitrary(), (inputs) => {
        for (const s of evaluate(inputs).scenarios) {
          for (const step of [s.vsBaseline, s.marginal]) {
            for (const years of [step.paybackYears, step.discountedPaybackYears]) {
              expect(years === null || years.gte(0)).toBe(true);
            }
            // "never" exactly when the net benefit is not positive (simple payback)
            expect(step.paybackYears === null).toBe(step.netAnnualBenefit.lte(0));
          }
        }
      }),
      RUNS,
    );
  });

  /*
   * NPV at 0 % is a plain sum. It is exact whenever every figure fits in decimal.js's 40 significant
   * digits: integer money, availabilities in steps of 0.00001 % and user-given (override) investments.
   * With the rule (irrational powers) or arbitrary doubles, each of the horizon's additions rounds to
   * 40 digits, so the model's running sum may differ from the one-shot expected value in the 40th
   * digit; the second property bounds that by 1e-36 of the figures' magnitude.
   */
  it('NPV at a 0 % discount rate is −investment + horizon × net annual benefit, exactly', () => {
    const integerMoney = fc.integer({ min: 0, max: LIMITS.maxAmount });
    const exactInputs = fc.record({
      downtimeCostPerHour: integerMoney,
      baselineAvailabilityPercent: niceAvailability,
      monthlyInfraCost: integerMoney,
      periodConvention: convention,
      growthPerNine: growth,
      calibrationMultiple: multiple,
      horizonYears: horizon,
      discountRatePercent: fc.constant(0),
      scenarios: fc
        .array(
          fc.record({
            availabilityPercent: niceAvailability,
            investmentOverride: integerMoney,
            annualRunCost: fc.oneof(fc.constant(0), integerMoney),
          }),
          { maxLength: LIMITS.maxScenarios },
        )
        .map((list) => list.map((s, i): ScenarioInput => ({ ...s, id: `s${i}`, label: `Scenario ${i}` }))),
    });
    fc.assert(
      fc.property(exactInputs, (inputs) => {
        for (const s of evaluate(inputs).scenarios) {
          for (const step of [s.vsBaseline, s.marginal]) {
            const expected = step.netAnnualBenefit.times(inputs.horizonYears).minus(step.investment);
            if (!step.npv.eq(expected)) {
              throw new Error(`npv ${step.npv.toString()} ≠ ${expected.toString()}`);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('NPV at a 0 % discount rate is −investment + horizon × net benefit to 1e-36 of their size (any inputs)', () => {
    fc.assert(
      fc.property(inputsArbitrary({ rate: fc.constant(0) }), (inputs) => {
        for (const s of evaluate(inputs).scenarios) {
          for (const step of [s.vsBaseline, s.marginal]) {
            const h = inputs.horizonYears;
            const expected = step.netAnnualBenefit.times(h).minus(step.investment);
            const scale = step.investment.abs().plus(step.netAnnualBenefit.abs().times(h));
            if (step.npv.minus(expected).abs().gt(scale.times('1e-36'))) {
              throw new Error(`npv ${step.npv.toString()} ≠ ${expected.toString()}`);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('the rule investment against the baseline is never negative', () => {
    fc.assert(
      fc.property(inputsArbitrary(), (inputs) => {
        for (const s of evaluate(inputs).scenarios) {
          if (s.investmentSource === 'rule') expect(s.vsBaseline.investment.gte(0)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('allowed downtime is unavailability × period length, exactly', SLOW, () => {
  it('for every convention and period', () => {
    fc.assert(
      fc.property(exactAvailability, convention, (a, c) => {
        const downtime = allowedDowntimeHours(a, c);
        const u = new Dec(100).minus(new Dec(a)).div(100);
        for (const p of PERIODS) {
          const expected = u.times(HOURS[c][p]);
          if (!downtime[p].eq(expected)) {
            throw new Error(`${a} % ${c} ${p}: ${downtime[p].toString()} ≠ ${expected.toString()}`);
          }
        }
      }),
      RUNS,
    );
  });

  // The month is year / 12 in hours, so 365-day and Gregorian months are exact too (730 h, 730.485 h).
  it('the calendar month at 99.9 % is exactly 0.73 h (0.001 × 730)', () => {
    expect(allowedDowntimeHours('99.9', 'calendar').month.toString()).toBe('0.73');
  });
});

describe('the investment rule', SLOW, () => {
  const rule = fc.record<InvestmentRule>({
    monthlyInfraCost: amount,
    growthPerNine: growth,
    calibrationMultiple: multiple,
  });

  it('is never negative', () => {
    fc.assert(
      fc.property(availability, availability, rule, (base, target, r) => {
        expect(ruleInvestment(base, target, r).gte(0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('is monotone (non-decreasing) in the target', () => {
    fc.assert(
      fc.property(availability, availability, availability, rule, (base, a, b, r) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(ruleInvestment(base, hi, r).gte(ruleInvestment(base, lo, r))).toBe(true);
      }),
      RUNS,
    );
  });

  it('is zero for any target at or below the baseline, and positive above it when infra cost > 0', () => {
    fc.assert(
      fc.property(niceAvailability, niceAvailability, rule, (a, b, r) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(ruleInvestment(hi, lo, r).isZero()).toBe(true);
        if (hi > lo && Number(r.monthlyInfraCost) > 0) {
          expect(ruleInvestment(lo, hi, r).gt(0)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('prices its calibration step, 99.5 % → 99.9 %, at multiple × 12 × monthly infra (1e-30 relative)', () => {
    fc.assert(
      fc.property(rule, (r) => {
        const expected = new Dec(r.calibrationMultiple).times(12).times(new Dec(r.monthlyInfraCost));
        const actual = ruleInvestment('99.5', '99.9', r);
        expect(actual.minus(expected).abs().lte(expected.times('1e-30'))).toBe(true);
      }),
      RUNS,
    );
  });
});
