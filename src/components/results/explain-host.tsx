import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { FigureId } from '../../model/figure';

const ExplainDialog = lazy(() =>
  import('./explain-dialog').then((module) => ({ default: module.ExplainDialog })),
);

/**
 * Opens the explanation of any figure button of the page (`button[data-figure]`: the Answer's and the
 * table's figures), by one listener on the document, so the figures themselves cost the first results
 * nothing but their buttons. The dialog loads on the first open; on close, focus returns to the figure.
 */
export function ExplainHost() {
  const [figure, setFigure] = useState<FigureId | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const open = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.('button[data-figure]');
      if (!(button instanceof HTMLElement)) return;
      opener.current = button;
      setFigure(button.dataset.figure as FigureId);
    };
    document.addEventListener('click', open);
    return () => document.removeEventListener('click', open);
  }, []);
  if (figure === null) return null;
  return (
    <Suspense fallback={null}>
      <ExplainDialog
        key={figure}
        figure={figure}
        onClose={() => {
          setFigure(null);
          opener.current?.focus();
        }}
      />
    </Suspense>
  );
}
