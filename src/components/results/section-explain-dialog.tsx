import { dependencyFigureText } from '../../format/dependency-text';
import { formatMoney, formatNumber, formatPayback, formatPercent } from '../../format/format';
import { explainSectionFigure, type SectionFigure } from '../../format/explain-section-text';
import { DEPENDENCY_FORMULAS, type DependencyFigureId } from '../../model/dependency-figures';
import { FAILURE_MODE_FORMULAS, type FailureModeFigureId } from '../../model/failure-mode-figures';
import { useCurrency, useFailureModes, useInputs } from '../../state/calculator-store';
import { readFailureModes } from '../../state/failure-modes-reading';
import { failureModeGraphOf } from '../../state/failure-mode-graph';
import { useDependencyTree, useFailureModesReader } from '../../state/use-result-graph';
import { useDependencyGraph } from '../dependencies/use-dependency-graph';
import { minutesText } from '../../format/failure-text';
import { shareText } from '../failure-modes/failure-figures-text';
import { ExplainView } from './explain-view';

/*
 * The explanations of the Dependencies' and the failure modes' figures, in the dialog the result
 * graph's figures open (explain-view.tsx). A chunk of its own, loaded on the first click on one of
 * those figures: the sections' graphs are theirs (dependency-figures.ts, failure-mode-figures.ts).
 */

export interface SectionExplainDialogProps {
  /** The figure opened first: `dependencies.…` or `failureModes.…`. */
  figure: string;
  onClose: () => void;
}

function DependencyExplanation({ figure, onClose }: SectionExplainDialogProps) {
  const graph = useDependencyGraph();
  const reader = {
    figure: (id: DependencyFigureId) => graph.figure(id),
    formula: (id: string) => DEPENDENCY_FORMULAS[id as keyof typeof DEPENDENCY_FORMULAS],
    text: (f: SectionFigure<DependencyFigureId>) => dependencyFigureText(graph, graph.figure(f.id)),
  };
  return (
    <ExplainView
      figure={figure as DependencyFigureId}
      explain={(id) => explainSectionFigure(reader, id)}
      onClose={onClose}
    />
  );
}

function FailureModeExplanation({ figure, onClose }: SectionExplainDialogProps) {
  const currency = useCurrency();
  // The same reading as the section's (the reader keeps it), so the figures are the ones on screen.
  useFailureModesReader();
  const session = useFailureModes();
  const inputs = useInputs();
  const graph = failureModeGraphOf(readFailureModes(session, inputs, useDependencyTree()), session, inputs);
  const money = (value: SectionFigure<FailureModeFigureId>['value']) => formatMoney(value!, currency);
  const text = (f: SectionFigure<FailureModeFigureId>): string => {
    const value = f.value!;
    switch (f.unit) {
      case 'percent':
        return formatPercent(value);
      case 'share':
        return shareText(value);
      case 'count-per-year':
        return `${formatNumber(value, 4)} a year`;
      case 'minutes':
        return `${formatNumber(value, 4)} min`;
      case 'minutes-per-year':
        return `${minutesText(value)} min a year`;
      case 'hours-per-year':
        return `${formatNumber(value, 2)} h a year`;
      case 'money':
        return money(value);
      case 'money-per-year':
        return `${money(value)} a year`;
      case 'money-per-hour':
        return `${money(value)} an hour`;
      case 'years':
        return formatPayback(value);
      default:
        return formatNumber(value, 6);
    }
  };
  const reader = {
    figure: (id: FailureModeFigureId) => graph.figure(id),
    formula: (id: string) => FAILURE_MODE_FORMULAS[id as keyof typeof FAILURE_MODE_FORMULAS],
    text,
  };
  return (
    <ExplainView
      figure={figure as FailureModeFigureId}
      explain={(id) => explainSectionFigure(reader, id)}
      onClose={onClose}
    />
  );
}

/** The explanation of a Dependencies or failure-mode figure, by the prefix of its id. */
export function SectionExplainDialog(props: SectionExplainDialogProps) {
  return props.figure.startsWith('dependencies.') ? (
    <DependencyExplanation {...props} />
  ) : (
    <FailureModeExplanation {...props} />
  );
}
