import type { ResultGraph } from '../../model/result-graph';
import { calculatorStore } from '../../state/calculator-store';

/**
 * The Answer's sentences on the chances as the page shows them at the click (answer-chances.ts), for
 * Copy as Markdown: null when the simulation is off. Their words and the simulation's status load only
 * then, on demand, so the export toolbar a first visit loads does not carry them.
 */
export async function answerChancesNow(graph: ResultGraph): Promise<string | null> {
  if (!calculatorStore.getState().simulation.enabled) return null;
  const [{ answerChanceSentences }, { simulationStatusNow }] = await Promise.all([
    import('../../format/answer-chances'),
    import('../simulation/use-simulation-status'),
  ]);
  const sentences = answerChanceSentences(graph, simulationStatusNow());
  return sentences.length > 0 ? sentences.join(' ') : null;
}
