import { lazy, memo, Suspense, useDeferredValue, useMemo } from 'react';
import { answerSentences } from '../../format/answer-text';
import { formatMoney, type CurrencyCode } from '../../format/format';
import type { ResultGraph } from '../../model/result-graph';
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
 *
 * Drawn a moment after the comparison, from deferred copies of the graph and the currency: a render
 * React can pause, so a slider's step answers in the table first and this follows once the main
 * thread is free (busy meanwhile, as the charts are).
 */
export function AnswerSection() {
  const live = useResultGraph();
  const graph = useDeferredValue(live);
  const currency = useDeferredValue(useCurrency());
  const simulating = useCalculator((s) => s.simulation.enabled);
  return (
    <section className="panel answer" aria-labelledby="answer-heading" aria-busy={graph !== live}>
      <h2 id="answer-heading">Answer</h2>
      <AnswerText graph={graph} currency={currency} simulating={simulating} />
      <ExplainHost />
    </section>
  );
}

/** The sentences and, with the simulation on, the chances; memoised on the (deferred) graph. */
const AnswerText = memo(function AnswerText({
  graph,
  currency,
  simulating,
}: {
  graph: ResultGraph;
  currency: CurrencyCode;
  simulating: boolean;
}) {
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
    <p>
      {parts}
      {simulating ? (
        <Suspense fallback={null}>
          <AnswerChances graph={graph} />
        </Suspense>
      ) : null}
    </p>
  );
});
