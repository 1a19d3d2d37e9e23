import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEvenSeries } from './break-even';
import { evaluateRange, type CostRange } from './cost-range';
import { Dec } from './decimal';
import type { FigureId, Unit } from './figure';
import { FORMULAS, SERIES_FORMULAS, type FormulaId, type TermDefinition } from './formulas';
import { investmentScale, nines, ruleInvestment } from './investment';
import { IRR_FORMULA, withIrrFigures } from './irr-figures';
import { LIMITS } from './limits';
import { periodHours, PERIOD_CONVENTION_IDS } from './periods';
import { SEED_EXAMPLE } from './presets';
import {
  costEndFigureId,
  evaluateResultGraph,
  marginalFigureId,
  scenarioFigureId,
  type ResultGraph,
} from './result-graph';
import { evaluate, type CalculatorInputs, type ScenarioInput, type StepFigures } from './scenarios';
import { totalCostCurve } from './total-cost-curve';

/** The seed's industry table gives e-commerce $1,000,000–$5,000,000 an hour; the seed example uses it. */
const ECOMMERCE: CostRange = { low: 1_000_000, high: 5_000_000 };

const UNITS: Unit[] = [
  'money',
  'money-per-year',
  'money-per-month',
  'money-per-hour',
  'hours',
  'hours-per-month',
  'hours-per-year',
  'years',
  'percent',
  'percent-per-year',
  'fraction',
  'nines',
  'ratio',
];

/** Inputs that exercise every branch the graph has: a quote, run costs, targets out of order, an unreachable payback. */
const VARIED: CalculatorInputs = {
  ...SEED_EXAMPLE,
  periodConvention: 'calendar',
  growthPerNine: 7,
  horizonYears: 5,
  discountRatePercent: 10,
  scenarios: [
    {
      id: 's4',
      label: 'Four nines',
      availabilityPercent: 99.99,
      investmentOverride: 60_000_000,
      annualRunCost: 250_000,
    },
    {
      id: 's2',
      label: 'Three nines',
      availabilityPercent: 99.9,
      investmentOverride: null,
      annualRunCost: 1_000_000,
    },
    { id: 's7', label: 'Worse', availabilityPercent: 99, investmentOverride: null, annualRunCost: 0 },
    {
      id: 's9',
      label: 'Costly',
      availabilityPercent: 99.95,
      investmentOverride: null,
      annualRunCost: 90_000_000,
    },
  ],
};

/** Walks every figure: the checks any graph must pass, whatever the inputs. */
function checkGraph(graph: ResultGraph): void {
  const seen = new Set<FigureId>();
  for (const [id, figure] of graph.figures) {
    expect(figure.id).toBe(id);
    expect(figure.label.trim(), id).not.toBe('');
    expect(UNITS, id).toContain(figure.unit);
    if (figure.value === null) expect(figure.never?.trim(), `${id} is null without a reason`).toBeTruthy();
    else {
      expect(figure.value.isFinite(), id).toBe(true);
      expect(figure.never, id).toBeUndefined();
    }
    const source = figure.source;
    if (source.kind === 'input') expect(source.input, id).toBeTruthy();
    else if (source.kind === 'convention') expect(source.convention, id).toBeTruthy();
    else {
      const definition = (source.formula === 'irr' ? IRR_FORMULA : FORMULAS[source.formula]) as {
        unit: Unit;
        terms: readonly TermDefinition[];
      };
      expect(definition, `${id}: formula ${source.formula}`).toBeDefined();
      expect(figure.unit, id).toBe(definition.unit);
      // Terms in the formula's order; a variadic term may repeat (or be absent: no targets).
      const names = source.terms.map((t) => t.name).filter((name, i, all) => all[i - 1] !== name);
      const expected = definition.terms.map((t) => t.name);
      expect(names, id).toEqual(
        expected.filter(
          (name) => names.includes(name) || !definition.terms.find((t) => t.name === name)!.variadic,
        ),
      );
      for (const term of source.terms) {
        const declared = definition.terms.find((t) => t.name === term.name)!;
        expect(term.symbol, id).toBe(declared.symbol);
        // Every term is a figure of the graph, evaluated before the figure that uses it (so: no cycles).
        expect(seen.has(term.figure), `${id}: term ${term.name} → ${term.figure}`).toBe(true);
      }
    }
    seen.add(id);
  }
}

describe('the result graph', () => {
  it.each([
    ['the seed example', SEED_EXAMPLE],
    ['varied inputs', VARIED],
    ['no scenarios', { ...SEED_EXAMPLE, scenarios: [] }],
    ['no downtime cost', { ...SEED_EXAMPLE, downtimeCostPerHour: 0 }],
  ])(
    '%s: every figure has a label, a unit and a source, and every term is an earlier figure',
    (_, inputs) => {
      checkGraph(evaluateResultGraph(inputs, ECOMMERCE));
      // With the IRR figures added (irr-figures.ts) too.
      checkGraph(withIrrFigures(evaluateResultGraph(inputs, ECOMMERCE)));
    },
  );

  it('has, for each scenario, the figures against today, marginal, at both cost ends and for the total cost', () => {
    const graph = evaluateResultGraph(VARIED, ECOMMERCE);
    expect(graph.scenarioIds).toEqual(['s4', 's2', 's7', 's9']);
    const steps = [
      'annualSavings',
      'investment',
      'annualRunCost',
      'netAnnualBenefit',
      'paybackYears',
      'npv',
      'discountedPaybackYears',
    ] as const;
    for (const id of graph.scenarioIds) {
      for (const name of steps) {
        expect(graph.figures.has(scenarioFigureId(id, name))).toBe(true);
        expect(graph.figures.has(marginalFigureId(id, name))).toBe(true);
      }
      for (const end of ['lowCost', 'highCost'] as const)
        for (const name of [
          'annualDowntimeCost',
          'annualSavings',
          'netAnnualBenefit',
          'paybackYears',
        ] as const)
          expect(graph.figures.has(costEndFigureId(id, end, name))).toBe(true);
      for (const name of [
        'availabilityPercent',
        'downtimeHoursPerMonth',
        'downtimeHoursPerYear',
        'annualDowntimeCost',
        'ruleInvestment',
        'annualisedInvestment',
        'totalAnnualCost',
      ] as const)
        expect(graph.figures.has(scenarioFigureId(id, name))).toBe(true);
    }
    expect(graph.figure('totalCost.optimum.availabilityPercent').label).toBe('Cost-optimal availability');
    expect(() => graph.figure('scenario.s1.npv')).toThrow(/no figure scenario\.s1\.npv/);
    expect(() => graph.scenario('s1')).toThrow(/no scenario s1/);
  });

  it('says whether an investment is the rule’s estimate or the user’s figure, and where the marginal step starts', () => {
    const graph = evaluateResultGraph(VARIED, ECOMMERCE);
    expect(graph.scenario('s4')).toMatchObject({
      id: 's4',
      label: 'Four nines',
      investmentSource: 'override',
      stepFrom: { scenarioId: 's9', label: 'Costly' },
    });
    expect(graph.figure('scenario.s4.investment').source).toEqual({
      kind: 'input',
      input: 'scenarios.s4.investmentOverride',
    });
    expect(graph.scenario('s2').investmentSource).toBe('rule');
    expect(graph.figure('scenario.s2.investment').source).toMatchObject({
      kind: 'formula',
      formula: 'investmentByRule',
    });
    expect(graph.scenario('s7').stepFrom).toEqual({ scenarioId: null, label: 'Today' });
    expect(graph.scenario('s2').stepFrom).toEqual({ scenarioId: 's7', label: 'Worse' });
  });

  it('writes a formula as its terms: annual savings = today’s annual downtime cost − the target’s', () => {
    const figure = evaluateResultGraph(SEED_EXAMPLE, ECOMMERCE).figure('scenario.s2.annualSavings');
    expect(figure.label).toBe('Annual savings at 99.9 %');
    expect(figure.source).toEqual({
      kind: 'formula',
      formula: 'annualSavings',
      terms: [
        { name: 'before', symbol: 'D₀', figure: 'baseline.annualDowntimeCost' },
        { name: 'after', symbol: 'D₁', figure: 'scenario.s2.annualDowntimeCost' },
      ],
    });
    expect(FORMULAS.annualSavings.symbols).toBe('D₀ − D₁');
  });

  it('gives a reason where a figure is "never"', () => {
    const graph = evaluateResultGraph(VARIED, ECOMMERCE);
    // 99.95 % saves less than its $90,000,000 a year of run cost.
    expect(graph.value('scenario.s9.paybackYears')).toBeNull();
    expect(graph.figure('scenario.s9.paybackYears').never).toBe(
      'the savings do not cover the extra run cost',
    );
    // 99.99 % → from 99.95 %: the marginal discounted payback with a long, positive benefit.
    const slow = evaluateResultGraph(
      {
        ...SEED_EXAMPLE,
        discountRatePercent: 50,
        scenarios: [{ ...SEED_EXAMPLE.scenarios[2]!, investmentOverride: 1e12 }],
      },
      ECOMMERCE,
    ).figure('scenario.s3.discountedPaybackYears');
    expect(slow.value).toBeNull();
    expect(slow.never).toBe('the discounted savings do not cover the investment within 100 years');
  });
});

describe('the formulas', () => {
  const token = (symbol: string) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}_])${symbol.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`,
      'u',
    );
  const all = [...Object.entries(FORMULAS), ...Object.entries(SERIES_FORMULAS)] as Array<
    [string, { words: string; symbols: string; terms: readonly TermDefinition[] }]
  >;

  it.each(all)('%s: words, and each term’s symbol once in the symbols as a whole token', (_, definition) => {
    expect(definition.words.trim()).not.toBe('');
    const symbols = definition.terms.map((t) => t.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    expect(new Set(definition.terms.map((t) => t.name)).size).toBe(symbols.length);
    for (const term of definition.terms) {
      expect(definition.symbols, term.symbol).toMatch(token(term.symbol));
    }
  });

  it('each formula is used by some figure of the graphs above', () => {
    const used = new Set<FormulaId>();
    for (const inputs of [SEED_EXAMPLE, VARIED]) {
      for (const figure of evaluateResultGraph(inputs, ECOMMERCE).figures.values())
        if (figure.source.kind === 'formula' && figure.source.formula !== 'irr')
          used.add(figure.source.formula);
    }
    expect([...used].sort()).toEqual(Object.keys(FORMULAS).sort());
  });
});

// ---------------------------------------------------------------- values

/**
 * Published values (the seed's `calculate_reliability_roi` worked by hand, as in scenarios.test.ts,
 * and the total-cost optimum derived analytically in total-cost-curve.test.ts), by figure id.
 * Seed example: $2,000,000 an hour, 99.5 % today, $500,000 a month, the seed's 30-day month.
 */
const SEED_FIGURES: Array<[FigureId, string | null]> = [
  ['convention.hoursPerYear', '8640.00'],
  ['baseline.downtimeHoursPerMonth', '3.60'],
  ['baseline.annualDowntimeCost', '86400000.00'],
  ['rule.scale', '15000.00'], // 2 × 12 × 500,000 / (1000 − 200)
  ['scenario.s1.annualSavings', '0.00'],
  ['scenario.s1.paybackYears', null],
  ['scenario.s2.downtimeHoursPerMonth', '0.72'],
  ['scenario.s2.annualDowntimeCost', '17280000.00'],
  ['scenario.s2.annualSavings', '69120000.00'],
  ['scenario.s2.investment', '12000000.00'],
  ['scenario.s2.paybackYears', '0.17'],
  ['scenario.s3.annualDowntimeCost', '1728000.00'],
  ['scenario.s3.annualSavings', '84672000.00'],
  ['scenario.s3.investment', '147000000.00'],
  ['scenario.s3.paybackYears', '1.74'],
  ['scenario.s3.marginal.annualSavings', '15552000.00'],
  ['scenario.s3.marginal.investment', '135000000.00'],
  ['scenario.s3.marginal.paybackYears', '8.68'],
  // At $1,000,000 and $5,000,000 an hour (the e-commerce range).
  ['scenario.s2.lowCost.annualSavings', '34560000.00'],
  ['scenario.s2.highCost.annualSavings', '172800000.00'],
  ['scenario.s3.lowCost.paybackYears', '3.47'],
  ['scenario.s3.highCost.paybackYears', '0.69'],
  // Total cost: 17,280,000 + 12,000,000 / 3; the optimum 2·sqrt(C·Y·k/3) − 1,000,000 ≈ $17,590,320.06.
  ['scenario.s2.totalAnnualCost', '21280000.00'],
  ['scenario.s3.totalAnnualCost', '50728000.00'],
  ['totalCost.optimum.totalAnnualCost', '17590320.06'],
];

describe('the seed example’s published figures', () => {
  const graph = evaluateResultGraph(SEED_EXAMPLE, ECOMMERCE);
  it.each(SEED_FIGURES)('%s = %s', (id, expected) => {
    expect(graph.value(id)?.toFixed(2) ?? null).toBe(expected);
  });

  it('puts the cost-optimal availability at ≈ 99.946 %', () => {
    // u* = sqrt(k / (3·C·Y)) = sqrt(15000 / (3 · 2e6 · 8640)), as derived in total-cost-curve.test.ts.
    const uStar = new Dec(15000).div(new Dec(3).times(2e6).times(8640)).sqrt();
    expect(graph.value('totalCost.optimum.unavailability')!.minus(uStar).abs().lt('1e-30')).toBe(true);
    expect(graph.value('totalCost.optimum.availabilityPercent')!.toFixed(3)).toBe('99.946');
  });
});

/** The figures `evaluate`, `evaluateRange`, `totalCostCurve` and the rule give, by the graph's id. */
function referenceFigures(inputs: CalculatorInputs, costRange: CostRange): Array<[FigureId, Dec | null]> {
  const results = evaluate(inputs);
  const range = evaluateRange(inputs, costRange, results);
  const curve = totalCostCurve(inputs);
  const out: Array<[FigureId, Dec | null]> = [
    ['convention.hoursPerYear', periodHours(inputs.periodConvention).year],
    ['convention.hoursPerMonth', periodHours(inputs.periodConvention).month],
    ['rule.scale', investmentScale(inputs)],
    ['baseline.availabilityPercent', results.baseline.availabilityPercent],
    ['baseline.nines', nines(inputs.baselineAvailabilityPercent)],
    ['baseline.downtimeHoursPerMonth', results.baseline.downtimeHours.month],
    ['baseline.downtimeHoursPerYear', results.baseline.downtimeHours.year],
    ['baseline.annualDowntimeCost', results.baseline.annualDowntimeCost],
    ['baseline.lowCost.annualDowntimeCost', range.low.baseline.annualDowntimeCost],
    ['baseline.highCost.annualDowntimeCost', range.high.baseline.annualDowntimeCost],
    ['baseline.annualisedInvestment', curve.baseline.annualisedInvestment],
    ['baseline.totalAnnualCost', curve.baseline.totalAnnualCost],
    ['totalCost.optimum.availabilityPercent', curve.costOptimal.availabilityPercent],
    ['totalCost.optimum.nines', curve.costOptimal.nines],
    ['totalCost.optimum.annualDowntimeCost', curve.costOptimal.annualDowntimeCost],
    ['totalCost.optimum.annualisedInvestment', curve.costOptimal.annualisedInvestment],
    ['totalCost.optimum.annualRunCost', curve.costOptimal.annualRunCost],
    ['totalCost.optimum.totalAnnualCost', curve.costOptimal.totalAnnualCost],
    ['totalCost.top.availabilityPercent', curve.points.at(-1)!.availabilityPercent],
  ];
  const stepNames: Array<Exclude<keyof StepFigures, 'kind'>> = [
    'annualSavings',
    'investment',
    'annualRunCost',
    'netAnnualBenefit',
    'paybackYears',
    'npv',
    'discountedPaybackYears',
  ];
  const step = (id: (name: Exclude<keyof StepFigures, 'kind'>) => FigureId, figures: StepFigures) => {
    for (const name of stepNames) out.push([id(name), figures[name]]);
  };
  results.scenarios.forEach((s, i) => {
    const marker = curve.scenarios[i]!;
    out.push(
      [scenarioFigureId(s.id, 'availabilityPercent'), s.availabilityPercent],
      [scenarioFigureId(s.id, 'nines'), marker.nines],
      [scenarioFigureId(s.id, 'downtimeHoursPerMonth'), s.downtimeHours.month],
      [scenarioFigureId(s.id, 'downtimeHoursPerYear'), s.downtimeHours.year],
      [scenarioFigureId(s.id, 'annualDowntimeCost'), s.annualDowntimeCost],
      [
        scenarioFigureId(s.id, 'ruleInvestment'),
        ruleInvestment(inputs.baselineAvailabilityPercent, inputs.scenarios[i]!.availabilityPercent, inputs),
      ],
      [scenarioFigureId(s.id, 'annualisedInvestment'), marker.annualisedInvestment],
      [scenarioFigureId(s.id, 'totalAnnualCost'), marker.totalAnnualCost],
    );
    step((name) => scenarioFigureId(s.id, name), s.vsBaseline);
    step((name) => marginalFigureId(s.id, name), s.marginal);
    for (const [end, at] of [
      ['lowCost', range.low],
      ['highCost', range.high],
    ] as const) {
      const e = at.scenarios[i]!;
      out.push(
        [costEndFigureId(s.id, end, 'annualDowntimeCost'), e.annualDowntimeCost],
        [costEndFigureId(s.id, end, 'annualSavings'), e.vsBaseline.annualSavings],
        [costEndFigureId(s.id, end, 'netAnnualBenefit'), e.vsBaseline.netAnnualBenefit],
        [costEndFigureId(s.id, end, 'paybackYears'), e.vsBaseline.paybackYears],
      );
    }
  });
  return out;
}

/** Every figure equal to today's computation, exactly; the lines the charts draw too. */
function expectSameAsEvaluate(inputs: CalculatorInputs, costRange: CostRange): void {
  const graph = evaluateResultGraph(inputs, costRange);
  for (const [id, expected] of referenceFigures(inputs, costRange)) {
    const value = graph.value(id);
    if (expected === null || value === null) expect(value, id).toBe(expected);
    else expect(value.eq(expected), `${id}: ${value.toString()} ≠ ${expected.toString()}`).toBe(true);
  }
  const text = (x: unknown) =>
    JSON.stringify(x, (_, v: unknown) => (Dec.isDecimal(v) ? (v as Dec).toString() : v));
  expect(text(graph.totalCostCurve())).toBe(text(totalCostCurve(inputs).points));
  const range = evaluateRange(inputs, costRange);
  const lines = graph.breakEven();
  expect(text(lines.mid)).toBe(text(breakEvenSeries(inputs, range.mid)));
  expect(text(lines.low)).toBe(text(breakEvenSeries(inputs, range.low)));
  expect(text(lines.high)).toBe(text(breakEvenSeries(inputs, range.high)));
}

describe('the same figures as evaluate, evaluateRange, totalCostCurve and breakEvenSeries', () => {
  it.each([
    ['the seed example', SEED_EXAMPLE, ECOMMERCE],
    ['varied inputs', VARIED, { low: 300_000, high: 9_000_000 }],
    ['no scenarios', { ...SEED_EXAMPLE, scenarios: [] }, ECOMMERCE],
    ['no downtime cost', { ...SEED_EXAMPLE, downtimeCostPerHour: 0 }, { low: 0, high: 0 }],
    ['free infrastructure (the optimum at the top)', { ...SEED_EXAMPLE, monthlyInfraCost: 0 }, ECOMMERCE],
    ['today above five nines', { ...SEED_EXAMPLE, baselineAvailabilityPercent: 99.9999 }, ECOMMERCE],
  ])('%s', (_, inputs, costRange) => {
    expectSameAsEvaluate(inputs, costRange);
  });

  const amount = fc.oneof(
    fc.integer({ min: 0, max: LIMITS.maxAmount }),
    fc.double({ min: 0, max: LIMITS.maxAmount, noNaN: true }),
  );
  const availability = fc.oneof(
    fc.integer({ min: 1, max: 9_999_999 }).map((n) => n / 100_000),
    fc.double({ min: 0, max: 100, minExcluded: true, maxExcluded: true, noNaN: true }),
  );
  const inputs: fc.Arbitrary<CalculatorInputs> = fc.record({
    downtimeCostPerHour: amount,
    baselineAvailabilityPercent: availability,
    monthlyInfraCost: amount,
    periodConvention: fc.constantFrom(...PERIOD_CONVENTION_IDS),
    growthPerNine: fc.oneof(
      fc.constant(10),
      fc.double({ min: 1, max: LIMITS.maxGrowthPerNine, minExcluded: true, noNaN: true }),
    ),
    calibrationMultiple: fc.double({
      min: 0,
      max: LIMITS.maxCalibrationMultiple,
      minExcluded: true,
      noNaN: true,
    }),
    horizonYears: fc.integer({ min: LIMITS.minHorizonYears, max: LIMITS.maxHorizonYears }),
    discountRatePercent: fc.double({ min: 0, max: LIMITS.maxDiscountRatePercent, noNaN: true }),
    scenarios: fc
      .array(
        fc.record({
          availabilityPercent: availability,
          investmentOverride: fc.option(amount, { nil: null, freq: 3 }),
          annualRunCost: fc.oneof(fc.constant(0), amount),
        }),
        { maxLength: LIMITS.maxScenarios },
      )
      .map((list) =>
        list.map((s, i): ScenarioInput => ({ ...s, id: `s${i + 1}`, label: `Scenario ${i + 1}` })),
      ),
  });

  it('over random valid inputs', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(inputs, amount, amount, (i, low, high) => {
        checkGraph(evaluateResultGraph(i, { low, high }));
        expectSameAsEvaluate(i, { low, high });
      }),
      { numRuns: 150 },
    );
  });
});

describe('what each scenario is, besides its figures', () => {
  // A quote of $4,900,000 for 99.95 % undercuts the rule's $12,000,000 for 99.9 % (scenarios.test.ts).
  const inputs = {
    ...SEED_EXAMPLE,
    scenarios: [
      ...SEED_EXAMPLE.scenarios,
      {
        id: 's4',
        label: '99.95 %',
        availabilityPercent: 99.95,
        investmentOverride: 4_900_000,
        annualRunCost: 0,
      },
    ],
  };
  const graph = evaluateResultGraph(inputs, { low: 1_000_000, high: 5_000_000 });
  const results = evaluate(inputs);

  it.each(results.scenarios.map((s) => [s.label, s] as const))(
    '%s: the kinds of its steps and what dominates it are those of evaluate()',
    (_label, s) => {
      const info = graph.scenario(s.id);
      expect(info.kind).toEqual({ vsBaseline: s.vsBaseline.kind, marginal: s.marginal.kind });
      expect(info.dominatedBy).toEqual(s.dominatedBy);
    },
  );

  it('names 99.9 % as dominated by the cheaper 99.95 % quote', () => {
    expect(graph.scenario('s2').dominatedBy).toEqual({ id: 's4', label: '99.95 %' });
    expect(graph.scenario('s4').kind.marginal).toBe('dominates');
  });
});
