import { describe, expect, it } from 'vitest';
import { SEED_EXAMPLE } from '../model/presets';
import { evaluateResultGraph } from '../model/result-graph';
import { simulate, type ScenarioSummary, type SimulationSummary } from '../simulation/simulate';
import type { Chance } from '../simulation/summarise';
import { answerChanceSentences } from './answer-chances';

// The seed's worked example (99.5 % today; targets 99.5 %, 99.9 %, 99.99 %; 3 years at 8 %) with the
// cost per hour $1M–$5M, lognormal, as issue 14's acceptance has it. The Answer recommends 99.9 % (best
// NPV) and its last step is 99.9 % → 99.99 %.
const COST = { low: 1_000_000, high: 5_000_000 };
const graph = evaluateResultGraph(SEED_EXAMPLE, COST);
const summary = simulate({
  inputs: SEED_EXAMPLE,
  ranges: { downtimeCostPerHour: { ...COST, shape: 'lognormal' } },
  runs: 2_000,
  seed: 'nines',
});

const chance = (count: number, runs = 2_000): Chance => ({ count, runs, fraction: count / runs });

/**
 * The summary with the chances of 99.9 % (against today) and of the step 99.9 % → 99.99 % set to these
 * counts of 2,000; 99.99 % against today pays back in 1,100 runs and has a positive NPV in 600.
 */
function withCounts(best: [number, number], step: [number, number]): SimulationSummary {
  const copy = structuredClone(summary);
  const [, s2, s3] = copy.scenarios as [ScenarioSummary, ScenarioSummary, ScenarioSummary];
  s2.vsBaseline.paysBackWithinHorizon = chance(best[0]);
  s2.vsBaseline.positiveNpv = chance(best[1]);
  s3.marginal.paysBackWithinHorizon = chance(step[0]);
  s3.marginal.positiveNpv = chance(step[1]);
  s3.vsBaseline.paysBackWithinHorizon = chance(1_100);
  s3.vsBaseline.positiveNpv = chance(600);
  return copy;
}

const done = (s: SimulationSummary) => ({ kind: 'done' as const, summary: s });
const RUNS_AND_SEED = '(Chances from 2,000 runs of the ranges, simulated with the random seed “nines”.)';

describe('the Answer’s chances', () => {
  it.each([
    // [best's payback and NPV counts, the last step's payback and NPV counts, the words for each]
    [
      [2_000, 2_000],
      [52, 0],
      ['every run', 'every run', '3 %', 'no run'],
    ],
    [
      [1_999, 1],
      [1, 1_990],
      ['more than 99 % of runs', 'less than 1 % of runs', 'less than 1 %', 'more than 99 %'],
    ],
    [
      [1_820, 1_000],
      [1_989, 11],
      ['91 % of runs', '50 % of runs', '99 %', '1 %'],
    ],
  ] as const)('best %j, last step %j: %j', (best, step, words) => {
    expect(answerChanceSentences(graph, done(withCounts([...best], [...step])))).toEqual([
      `99.9 % pays back within 3 years in ${words[0]}; the step from 99.5 % does in every run.`,
      `99.9 % has a positive NPV over 3 years in ${words[1]}; the step from 99.5 % does in every run.`,
      `99.99 % pays back within 3 years in 55 % of runs; the step from 99.9 % does in ${words[2]}.`,
      `99.99 % has a positive NPV over 3 years in 30 % of runs; the step from 99.9 % does in ${words[3]}.`,
      RUNS_AND_SEED,
    ]);
  });

  it('quote the simulation’s own counts, and never 0 % or 100 % for a share strictly between', () => {
    const sentences = answerChanceSentences(graph, done(summary));
    const step = summary.scenarios[2]!.marginal.paysBackWithinHorizon;
    // Analytic: the step pays back within 3 years when the cost per hour exceeds $5,787,037
    // ($135,000,000 ÷ (3 years × 7.776 h saved a year)), a lognormal tail of about 2.6 %.
    const sigma = Math.log(5) / (2 * 1.6449);
    const z = Math.log(135_000_000 / (3 * 7.776) / Math.sqrt(5e12)) / sigma;
    const tail = 0.5 * erfc(z / Math.SQRT2);
    expect(Math.abs(step.fraction - tail)).toBeLessThan(0.01);
    expect(sentences[2]).toMatch(
      new RegExp(`the step from 99\\.9 % does in ${Math.round(step.fraction * 100)} %\\.$`),
    );
    expect(sentences.join(' ')).not.toMatch(/\b(0|100) %/);
    expect(sentences.at(-1)).toBe(RUNS_AND_SEED);
  });

  it.each([
    ['off', { kind: 'off' } as const, []],
    [
      'pending',
      { kind: 'pending', runs: 10_000 } as const,
      [
        'Simulating the ranges (10,000 runs): the chances that each target pays back follow when the run ends.',
      ],
    ],
    [
      'failed',
      { kind: 'failed', message: 'The simulation could not run: x' } as const,
      [
        'The simulation of the ranges failed, so no chances are quoted; the exact figures do not depend on it.',
      ],
    ],
  ])('%s: %j', (_, status, sentences) => {
    expect(answerChanceSentences(graph, status)).toEqual(sentences);
  });

  it('say nothing when there is no target to buy', () => {
    const above = evaluateResultGraph({ ...SEED_EXAMPLE, baselineAvailabilityPercent: 99.999 }, COST);
    expect(answerChanceSentences(above, done(summary))).toEqual([]);
  });

  it('quote one target once when the recommended one is the highest', () => {
    const inputs = { ...SEED_EXAMPLE, scenarios: SEED_EXAMPLE.scenarios.slice(0, 2) };
    const two = simulate({ inputs, ranges: {}, runs: 100, seed: 'nines' });
    const sentences = answerChanceSentences(evaluateResultGraph(inputs, COST), done(two));
    expect(sentences).toEqual([
      '99.9 % pays back within 3 years in every run; the step from 99.5 % does in every run.',
      '99.9 % has a positive NPV over 3 years in every run; the step from 99.5 % does in every run.',
      '(Chances from 100 runs of the ranges, simulated with the random seed “nines”.)',
    ]);
  });
});

/** The complementary error function (Abramowitz & Stegun 7.1.26, error under 1.5e-7). */
function erfc(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const value = y * Math.exp(-x * x);
  return x >= 0 ? value : 2 - value;
}
