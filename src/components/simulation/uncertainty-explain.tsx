import { useMemo } from 'react';
import { explainFigure, figureText, type Explanation } from '../../format/explain-text';
import { explainUncertaintyFigure, type UncertaintyExplainId } from '../../format/explain-uncertainty-text';
import type { FigureId } from '../../model/figure';
import { uncertaintyFigures } from '../../simulation/uncertainty-figures';
import { useCalculator, useCurrency } from '../../state/calculator-store';
import { useResultGraph } from '../../state/use-result-graph';
import { useSimulationView } from '../export/simulation-view-store';
import { ExplainView } from '../results/explain-view';
import { currentSimulationJob } from './simulation-job';

export interface UncertaintyExplainDialogProps {
  /** The figure opened first: `uncertainty.…`. */
  figure: string;
  onClose: () => void;
}

/**
 * The explanation of a figure of the Uncertainty table (a percentile or a chance) in the dialog the
 * other figures open (explain-view.tsx), from the run the table shows; its exact-model term opens
 * the result graph's explanation of that figure, one level down. A chunk of its own, loaded on the
 * first click on such a figure.
 */
export function UncertaintyExplainDialog({ figure, onClose }: UncertaintyExplainDialogProps) {
  const shown = useSimulationView((view) => view.shown);
  const job = useCalculator(currentSimulationJob);
  const currency = useCurrency();
  const graph = useResultGraph();
  const figures = useMemo(() => (shown === null ? null : uncertaintyFigures(shown.summary)), [shown]);
  const exact = (id: FigureId) => {
    const found = graph.figures.get(id);
    return found === undefined ? null : { label: found.label, text: figureText(found, currency) };
  };
  const explain = (id: UncertaintyExplainId): Explanation<UncertaintyExplainId> => {
    if (!id.startsWith('uncertainty.')) return explainFigure(graph, id as FigureId, currency);
    if (shown === null || figures === null)
      return { figure: id, title: 'No run yet', result: '—', terms: [], conventions: [] };
    return explainUncertaintyFigure(
      { summary: shown.summary, figures, currency, exact, stale: shown.job !== job },
      id as `uncertainty.${string}`,
    );
  };
  return <ExplainView figure={figure as UncertaintyExplainId} explain={explain} onClose={onClose} />;
}
