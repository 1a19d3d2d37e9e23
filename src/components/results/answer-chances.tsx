import { useMemo } from 'react';
import { answerChanceSentences } from '../../format/answer-chances';
import type { ResultGraph } from '../../model/result-graph';
import { useSimulationStatus } from '../simulation/use-simulation-status';

/**
 * The Answer's sentences on the chances while the simulation is on (answer-chances.ts words them):
 * the chances of the inputs on screen, or that the run is pending or failed. Its own chunk, loaded
 * only once the simulation is switched on.
 */
export function AnswerChances({ graph }: { graph: ResultGraph }) {
  const status = useSimulationStatus();
  const sentences = useMemo(() => answerChanceSentences(graph, status), [graph, status]);
  return sentences.length > 0 ? <span className="answer-chances"> {sentences.join(' ')}</span> : null;
}
