import { lazy, Suspense, useMemo } from 'react';
import { answerSentences } from '../../format/answer-text';
import { formatMoney } from '../../format/format';
import { useCalculator, useCurrency } from '../../state/calculator-store';
import { useResultGraph } from '../../state/use-result-graph';
import { ExplainHost } from './explain-host';

// The chances load with the simulation, once it is switched on: a first visit does not fetch them.
const AnswerChances = lazy(() =>
  import('./answer-chances').then((module) => ({ default: module.AnswerChances })),
);

/**
 * "Answer": what to do, in plain sentences read from the result graph (answer-text.ts), at the top of
 * the results. Amounts in full (never compact): these are the sentences a reader quotes. With the
 * simulation on, the chances follow (answer-chances.tsx).
 */
export function AnswerSection() {
  const graph = useResultGraph();
  const currency = useCurrency();
  const simulating = useCalculator((s) => s.simulation.enabled);
  const sentences = useMemo(
    () => answerSentences(graph, (value) => formatMoney(value, currency)),
    [graph, currency],
  );
  // Each figure's first mention is a button that explains it (a second one would repeat its name).
  const seen = new Set<string>();
  const parts = sentences.flatMap((sentence, i) => [
    i > 0 ? ' ' : '',
    ...sentence.map((part, j) => {
      if (typeof part === 'string') return part;
      if (seen.has(part.figure)) return part.text;
      seen.add(part.figure);
      return (
        <button
          key={`${i}-${j}`}
          type="button"
          className="figure"
          data-figure={part.figure}
          aria-label={`${graph.figure(part.figure).label}: ${part.text}, in the answer`}
        >
          {part.text}
        </button>
      );
    }),
  ]);
  return (
    <section className="panel answer" aria-labelledby="answer-heading">
      <h2 id="answer-heading">Answer</h2>
      <p>
        {parts}
        {simulating ? (
          <Suspense fallback={null}>
            <AnswerChances graph={graph} />
          </Suspense>
        ) : null}
      </p>
      <ExplainHost />
    </section>
  );
}
