import type { ResultGraph } from '../model/result-graph';
import { paybackSentence, positiveNpvSentence } from '../simulation/chance-sentences';
import type { ScenarioSummary } from '../simulation/simulate';
import type { SimulationStatus } from '../simulation/simulation-status';
import { bestTargetId, topTargetId } from './answer-text';
import { runsText } from './uncertainty-format';

/**
 * The Answer's sentences on the chances, when the simulation is on (after the exact sentences of
 * answer-text.ts): for the target the Answer recommends and for the highest one (its marginal step is
 * the Answer's "last step"), the chance it pays back within the horizon and the chance its NPV is
 * positive, each with its marginal step's (chance-sentences.ts words them: whole percents, never
 * "100 %" or "0 %" for a share strictly between none and all), then the runs and the seed. While a run
 * is pending or when it failed, one sentence says so and no chance is quoted: a summary of other
 * inputs is never quoted as current. None when the simulation is off or there is no target to buy.
 */
export function answerChanceSentences(graph: ResultGraph, status: SimulationStatus): string[] {
  if (status.kind === 'off') return [];
  if (status.kind === 'pending')
    return [
      `Simulating the ranges (${runsText(status.runs)}): the chances that each target pays back follow when the run ends.`,
    ];
  if (status.kind === 'failed')
    return [
      'The simulation of the ranges failed, so no chances are quoted; the exact figures do not depend on it.',
    ];
  const { summary } = status;
  const best = bestTargetId(graph);
  if (best === null) return [];
  const ids = [...new Set([best, topTargetId(graph) ?? best])];
  const scenarios = ids
    .map((id) => summary.scenarios.find((s) => s.id === id))
    .filter((s): s is ScenarioSummary => s !== undefined);
  if (scenarios.length === 0) return [];
  return [
    ...scenarios.flatMap((scenario) => [
      paybackSentence(scenario, summary.horizonYears),
      // "Changes nothing" once is enough (as the Uncertainty section words it).
      ...(scenario.vsBaseline.changesNothing && scenario.marginal.fromId === null
        ? []
        : [positiveNpvSentence(scenario, summary.horizonYears)]),
    ]),
    `(Chances from ${runsText(summary.runs)} of the ranges, simulated with the random seed “${summary.seed}”.)`,
  ];
}
