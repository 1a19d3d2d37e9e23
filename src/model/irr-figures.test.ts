import { describe, expect, it } from 'vitest';
import type { CostRange } from './cost-range';
import { Dec } from './decimal';
import type { FigureId } from './figure';
import { irrFigureId, withIrrFigures } from './irr-figures';
import { netPresentValue } from './payback';
import { SEED_EXAMPLE } from './presets';
import { evaluateResultGraph, marginalFigureId, scenarioFigureId, type ResultGraph } from './result-graph';
import type { CalculatorInputs } from './scenarios';

/** The seed's industry table gives e-commerce $1,000,000–$5,000,000 an hour; the seed example uses it. */
const ECOMMERCE: CostRange = { low: 1_000_000, high: 5_000_000 };

/** A quote, run costs, a target below today and one whose run cost exceeds what it saves. */
const VARIED: CalculatorInputs = {
  ...SEED_EXAMPLE,
  horizonYears: 5,
  discountRatePercent: 10,
  scenarios: [
    {
      id: 's4',
      label: null,
      availabilityPercent: 99.99,
      investmentOverride: 60_000_000,
      annualRunCost: 250_000,
    },
    { id: 's2', label: null, availabilityPercent: 99.9, investmentOverride: null, annualRunCost: 1_000_000 },
    { id: 's7', label: null, availabilityPercent: 99, investmentOverride: null, annualRunCost: 0 },
    {
      id: 's9',
      label: null,
      availabilityPercent: 99.95,
      investmentOverride: null,
      annualRunCost: 90_000_000,
    },
  ],
};

type StepName = 'investment' | 'netAnnualBenefit' | 'npv';
const steps = (s: string) =>
  [
    [irrFigureId(s, 'vsBaseline'), (name: StepName) => scenarioFigureId(s, name)],
    [irrFigureId(s, 'marginal'), (name: StepName) => marginalFigureId(s, name)],
  ] as const;

/** NPV of the step's own flows at `percent` a year, through the model's netPresentValue (payback.ts). */
function npvAt(graph: ResultGraph, term: (name: StepName) => FigureId, percent: Dec): Dec {
  const years = graph.value('input.horizonYears')!.toNumber();
  const benefit = graph.value(term('netAnnualBenefit'))!;
  return netPresentValue(
    percent.div(100),
    graph.value(term('investment'))!,
    Array.from({ length: years }, () => benefit),
  );
}

/*
 * The IRR of a step is the rate at which its own NPV is 0: checked through the model's NPV within a
 * cent, as Microsoft's IRR help says of its function ("NPV at the IRR is effectively 0"; irr.test.ts
 * checks the solver against that page's examples).
 */
describe('the IRR figures of a result graph', () => {
  it.each([
    ['the seed example', SEED_EXAMPLE],
    ['varied inputs', VARIED],
  ])(
    '%s: NPV at each IRR is 0 within a cent; at the discount rate it has the sign of IRR − rate',
    (_l, inputs) => {
      const graph = withIrrFigures(evaluateResultGraph(inputs, ECOMMERCE));
      let solved = 0;
      for (const s of graph.scenarioIds) {
        for (const [id, term] of steps(s)) {
          const irr = graph.figure(id);
          expect(irr.unit).toBe('percent-per-year');
          expect(irr.source.kind === 'formula' && irr.source.formula).toBe('irr');
          if (irr.value === null) {
            expect(irr.never, id).toBeTruthy();
            continue;
          }
          solved += 1;
          expect(npvAt(graph, term, irr.value).abs().lt('0.01'), id).toBe(true);
          // An outlay then returns: NPV > 0 exactly when the IRR beats the discount rate.
          if (graph.value(term('investment'))!.gt(0)) {
            expect(graph.value(term('npv'))!.comparedTo(0), id).toBe(
              irr.value.comparedTo(graph.value('input.discountRatePercent')!),
            );
          }
        }
      }
      expect(solved).toBeGreaterThan(2);
    },
  );

  it('says "none", with the reason, when nothing is invested or the savings do not cover the run cost', () => {
    const graph = withIrrFigures(evaluateResultGraph(VARIED, ECOMMERCE));
    // 99 % is below today: the rule invests nothing there.
    const free = graph.figure(irrFigureId('s7', 'vsBaseline'));
    expect(free.value).toBeNull();
    expect(free.never).toBe('nothing is invested, so no rate makes the NPV 0');
    // 99.95 % runs at $90,000,000 a year, more than it saves.
    expect(graph.value(scenarioFigureId('s9', 'netAnnualBenefit'))!.lt(0)).toBe(true);
    const costly = graph.figure(irrFigureId('s9', 'vsBaseline'));
    expect(costly.value).toBeNull();
    expect(costly.never).toBe('the savings do not cover the extra run cost');
  });

  it('seed example, 99.9 %: $12,000,000 returning $69,120,000 a year for 3 years solves (1 − (1 + ρ)⁻³) ÷ ρ = 12 ÷ 69.12', () => {
    const graph = withIrrFigures(evaluateResultGraph(SEED_EXAMPLE, ECOMMERCE));
    const rho = graph.value(irrFigureId('s2', 'vsBaseline'))!.div(100);
    const annuity = new Dec(1).minus(rho.plus(1).pow(-3)).div(rho);
    expect(annuity.minus(new Dec(12_000_000).div(69_120_000)).abs().lt('1e-20')).toBe(true);
    expect(graph.figure(irrFigureId('s2', 'vsBaseline')).label).toBe('IRR at 99.9 %');
    expect(graph.figure(irrFigureId('s3', 'marginal')).label).toBe('IRR of the step 99.9 % → 99.99 %');
  });

  it('keeps every figure of the graph, and each IRR comes after the figures it uses', () => {
    const base = evaluateResultGraph(SEED_EXAMPLE, ECOMMERCE);
    const graph = withIrrFigures(base);
    expect(withIrrFigures(base)).toBe(graph);
    const ids = [...graph.figures.keys()];
    expect(ids.slice(0, base.figures.size)).toEqual([...base.figures.keys()]);
    expect(ids).toHaveLength(base.figures.size + 2 * base.scenarioIds.length);
    for (const [id, figure] of graph.figures) {
      if (figure.source.kind !== 'formula') continue;
      for (const term of figure.source.terms)
        expect(ids.indexOf(term.figure), id).toBeLessThan(ids.indexOf(id));
    }
    expect(graph.value('scenario.s2.npv')).toBe(base.value('scenario.s2.npv'));
  });
});
