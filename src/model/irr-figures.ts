import type { FigureId } from './figure';
import type { FormulaDefinition } from './formulas';
import { annuityInternalRateOfReturn } from './irr';
import { marginalFigureId, scenarioFigureId, type Figure, type ResultGraph } from './result-graph';

/*
 * The IRR of every step, as figures of the result graph. Apart from result-graph.ts and FORMULAS
 * because the root-finding code (irr.ts) is about 1 KiB gzip that the JavaScript before the first
 * results has no room for: the full table, the exports and the explanations load this module after the
 * first paint and read the same graph with these figures added.
 */

const NOT_COVERED = 'the savings do not cover the extra run cost';

const IRR_TERMS = [
  { name: 'investment', symbol: 'I' },
  { name: 'netAnnualBenefit', symbol: 'B' },
  { name: 'horizonYears', symbol: 'T' },
] as const;

/**
 * The IRR's formula, as a formula of `FORMULAS` is written: percent a year (the discount rate's unit,
 * so the two compare); null ("none") when no rate in (−100 %, 10,000 %) makes the NPV 0. The horizon
 * is a whole number of years (LIMITS). Not rounded.
 */
export const IRR_FORMULA: FormulaDefinition<typeof IRR_TERMS> = {
  words:
    'the internal rate of return: the yearly discount rate at which the NPV over the horizon is 0 (the investment now, the net annual benefit at the end of each year); none when no rate above −100 % and below 10,000 % makes it 0',
  symbols: 'ρ where −I + Σₜ₌₁…T B ÷ (1 + ρ)ᵗ = 0',
  unit: 'percent-per-year',
  terms: IRR_TERMS,
  conventions: ['endOfYearCashFlows'],
  compute: (v) =>
    annuityInternalRateOfReturn(v.investment, v.netAnnualBenefit, v.horizonYears.toNumber())?.times(100) ??
    null,
  never: (v) =>
    v.investment.isZero()
      ? 'nothing is invested, so no rate makes the NPV 0'
      : v.investment.gt(0) && v.netAnnualBenefit.lte(0)
        ? NOT_COVERED
        : v.investment.lt(0) && v.netAnnualBenefit.gte(0)
          ? 'the step costs less and gains, so the NPV is above 0 at every rate'
          : 'no rate below 10,000 % a year makes the NPV 0',
};

/** The id of a step's IRR: against today (`scenario.<id>.irr`) or the marginal step (`…marginal.irr`). */
export function irrFigureId(scenarioId: string, step: 'vsBaseline' | 'marginal'): FigureId {
  return step === 'marginal' ? `scenario.${scenarioId}.marginal.irr` : `scenario.${scenarioId}.irr`;
}

const extended = new WeakMap<ResultGraph, ResultGraph>();

/**
 * The same graph with the IRR of each scenario against today and of each marginal step added (ids
 * from `irrFigureId`, labels "IRR at 99.9 %", "IRR of the step 99.9 % → 99.99 %"), each after the
 * figures its formula uses. Every other figure, scenario and line is the graph's own. Built once per
 * graph (~0.1 ms a step).
 */
export function withIrrFigures(graph: ResultGraph): ResultGraph {
  const known = extended.get(graph);
  if (known) return known;
  const figures = new Map(graph.figures);
  const horizon: FigureId = 'input.horizonYears';
  for (const scenarioId of graph.scenarioIds) {
    for (const step of ['vsBaseline', 'marginal'] as const) {
      const term = (name: 'investment' | 'netAnnualBenefit' | 'npv') =>
        step === 'marginal' ? marginalFigureId(scenarioId, name) : scenarioFigureId(scenarioId, name);
      const values = {
        investment: graph.value(term('investment'))!,
        netAnnualBenefit: graph.value(term('netAnnualBenefit'))!,
        horizonYears: graph.value(horizon)!,
      };
      const id = irrFigureId(scenarioId, step);
      const value = IRR_FORMULA.compute(values);
      const figure: Figure = {
        id,
        // The NPV's label names the step in the graph's own words.
        label: graph.figure(term('npv')).label.replace(/^NPV/, 'IRR'),
        unit: IRR_FORMULA.unit,
        value,
        source: {
          kind: 'formula',
          formula: 'irr',
          terms: [
            { name: 'investment', symbol: 'I', figure: term('investment') },
            { name: 'netAnnualBenefit', symbol: 'B', figure: term('netAnnualBenefit') },
            { name: 'horizonYears', symbol: 'T', figure: horizon },
          ],
        },
      };
      if (value === null) figure.never = (IRR_FORMULA.never as (v: typeof values) => string)(values);
      figures.set(id, figure);
    }
  }
  const figure = (id: FigureId): Figure => figures.get(id) ?? graph.figure(id);
  const result: ResultGraph = { ...graph, figures, figure, value: (id) => figure(id).value };
  extended.set(graph, result);
  return result;
}
