import { Suspense, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders `children` only after the page has painted once, `fallback` until then. The first results
 * (inputs and table) then commit and paint without waiting for, or competing with, the lazy chunks
 * (charts, toolbars), which start loading only afterwards.
 */
export function AfterFirstPaint({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // rAF fires before the next paint; the timeout after it runs once that paint is done.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return <>{painted ? children : fallback}</>;
}

/** A lazily loaded panel: mounted after the first paint, with the same placeholder while its chunk loads. */
export function LaterPanel({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return (
    <AfterFirstPaint fallback={fallback}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </AfterFirstPaint>
  );
}
