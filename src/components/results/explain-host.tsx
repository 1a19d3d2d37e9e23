import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { FigureId } from '../../model/figure';

const ExplainDialog = lazy(() =>
  import('./explain-dialog').then((module) => ({ default: module.ExplainDialog })),
);
// The Dependencies' and the failure modes' figures: their explanations load on their first open.
const SectionExplainDialog = lazy(() =>
  import('./section-explain-dialog').then((module) => ({ default: module.SectionExplainDialog })),
);
// The Uncertainty table's percentiles and chances: their explanations load on their first open.
const UncertaintyExplainDialog = lazy(() =>
  import('../simulation/uncertainty-explain').then((module) => ({
    default: module.UncertaintyExplainDialog,
  })),
);
const ofSection = (figure: string) =>
  figure.startsWith('dependencies.') || figure.startsWith('failureModes.');

/**
 * Opens the explanation of any figure button of the page (`button[data-figure]`: the Answer's, the
 * table's, the Dependencies', the failure modes' and the Uncertainty table's figures), by one listener on the document, so the figures themselves cost the first results
 * nothing but their buttons. The dialog loads on the first open; on close, focus returns to the figure.
 */
export function ExplainHost() {
  const [figure, setFigure] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const open = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.('button[data-figure]');
      if (!(button instanceof HTMLElement)) return;
      opener.current = button;
      setFigure(button.dataset.figure ?? null);
    };
    document.addEventListener('click', open);
    return () => document.removeEventListener('click', open);
  }, []);
  if (figure === null) return null;
  const onClose = () => {
    setFigure(null);
    opener.current?.focus();
  };
  return (
    <Suspense fallback={null}>
      {figure.startsWith('uncertainty.') ? (
        <UncertaintyExplainDialog key={figure} figure={figure} onClose={onClose} />
      ) : ofSection(figure) ? (
        <SectionExplainDialog key={figure} figure={figure} onClose={onClose} />
      ) : (
        <ExplainDialog key={figure} figure={figure as FigureId} onClose={onClose} />
      )}
    </Suspense>
  );
}
