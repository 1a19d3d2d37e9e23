import { describe, expect, it } from 'vitest';
import { SEED_EXAMPLE } from '../model/presets';
import { simulate, type SimulationJob } from '../simulation/simulate';
import { uncertaintyFigureId, uncertaintyFigures, type Statistic } from '../simulation/uncertainty-figures';
import { explainUncertaintyFigure, inputTermId, RUNS_TERM, SEED_TERM } from './explain-uncertainty-text';
import { uncertaintyFigureText } from './uncertainty-format';

/*
 * Percentiles are Hyndman & Fan's type 7 ("Sample quantiles in statistical packages", The American
 * Statistician 50(4), 1996; the default of R, NumPy and PERCENTILE.INC): of n sorted values, the
 * p-quantile is at rank h = (n − 1) p, between the values at ⌊h⌋ and ⌈h⌉ (1-based: runs ⌊h⌋ + 1
 * and ⌊h⌋ + 2). The job: the worked example with the cost per hour as issue 14's $1M–$5M lognormal
 * 90 % interval and a quote range on 99.99 %'s investment.
 */

const job = (runs: number): SimulationJob => ({
  inputs: SEED_EXAMPLE,
  ranges: {
    downtimeCostPerHour: { low: 1_000_000, high: 5_000_000, shape: 'lognormal' },
    'scenarios.s3.investment': { low: 100_000_000, high: 200_000_000, shape: 'pert' },
  },
  runs,
  seed: 'nines',
});

const context = (runs: number) => {
  const summary = simulate(job(runs));
  return {
    summary,
    figures: uncertaintyFigures(summary),
    currency: 'USD' as const,
    exact: () => null,
    stale: false,
  };
};

describe('the explanation of a simulated figure', () => {
  it.each([
    { runs: 10_000, statistic: 'p10', where: 'between runs no. 1,000 and 1,001' },
    { runs: 10_000, statistic: 'p50', where: 'between runs no. 5,000 and 5,001' },
    { runs: 10_000, statistic: 'p90', where: 'between runs no. 9,000 and 9,001' },
    // h = 10 × 0.1 = 1, h = 10 × 0.5 = 5, h = 10 × 0.9 = 9: exactly on a run.
    { runs: 11, statistic: 'p10', where: 'run no. 2' },
    { runs: 11, statistic: 'p50', where: 'run no. 6' },
    { runs: 11, statistic: 'p90', where: 'run no. 10' },
    { runs: 1, statistic: 'p50', where: 'run no. 1' },
  ] as Array<{ runs: number; statistic: Statistic; where: string }>)(
    'places the $statistic of $runs runs at its type-7 rank: $where',
    ({ runs, statistic, where }) => {
      const c = context(runs);
      const id = uncertaintyFigureId('s2', 'vsBaseline', 'annualSavings', statistic);
      const e = explainUncertaintyFigure(c, id);
      const result = uncertaintyFigureText(c.figures.get(id)!, 'USD', false);
      expect(e.result).toBe(result);
      expect(e.substituted).toContain(`: ${where} of them in ascending order = ${result}`);
      expect(e.words).toMatch(new RegExp(`^the value ${statistic.slice(1)} % of the `));
      expect(e.origin).toContain('float64 by design');
    },
  );

  it('names the terms a figure depends on: the savings not the investment’s range, the NPV both', () => {
    const c = context(1_000);
    const terms = (name: 'annualSavings' | 'npv') =>
      explainUncertaintyFigure(c, uncertaintyFigureId('s3', 'vsBaseline', name, 'p50')).terms.map(
        (t) => t.figure,
      );
    expect(terms('annualSavings')).toEqual([RUNS_TERM, SEED_TERM, inputTermId('downtimeCostPerHour')]);
    expect(terms('npv')).toEqual([
      RUNS_TERM,
      SEED_TERM,
      inputTermId('downtimeCostPerHour'),
      inputTermId('scenarios.s3.investment'),
    ]);
    const range = explainUncertaintyFigure(c, inputTermId('scenarios.s3.investment'));
    expect(range.title).toBe('Investment of 99.99 %');
    expect(range.result).toBe('$100,000,000 to $200,000,000, pert');
  });

  it('gives a chance as the runs in which it happens ÷ the runs', () => {
    const c = context(1_000);
    const id = uncertaintyFigureId('s3', 'marginal', 'positiveNpv');
    const e = explainUncertaintyFigure(c, id);
    const { count } = c.summary.scenarios[2]!.marginal.positiveNpv;
    expect(e.symbols).toBe(`${e.title} = #{r : NPVᵣ > 0} / n`);
    expect(e.substituted).toBe(`= ${count.toLocaleString('en-US')} ÷ 1,000 = ${e.result}`);
  });
});
