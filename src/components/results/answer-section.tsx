import { useMemo } from 'react';
import { answerSentences, sentenceText } from '../../format/answer-text';
import { formatMoney } from '../../format/format';
import { useCurrency } from '../../state/calculator-store';
import { useResultGraph } from '../../state/use-result-graph';

/**
 * "Answer": what to do, in plain sentences read from the result graph (answer-text.ts), at the top of
 * the results. Amounts in full (never compact): these are the sentences a reader quotes.
 */
export function AnswerSection() {
  const graph = useResultGraph();
  const currency = useCurrency();
  const sentences = useMemo(
    () => answerSentences(graph, (value) => formatMoney(value, currency)),
    [graph, currency],
  );
  return (
    <section className="panel answer" aria-labelledby="answer-heading">
      <h2 id="answer-heading">Answer</h2>
      <p>{sentences.map(sentenceText).join(' ')}</p>
    </section>
  );
}
