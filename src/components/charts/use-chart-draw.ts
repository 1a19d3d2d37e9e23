import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { flushSync } from 'react-dom';
import { firstChartDrawn } from '../../state/first-chart';
import { drawAllRequested, subscribeDrawAll } from './draw-all-charts';

/** Added to a chart's place in the queue while it is out of view: charts in view draw first. */
const OUT_OF_VIEW = 100;

/** Longest a chart may hold its turn, ms, should it never report that it has drawn. */
const TURN_LIMIT_MS = 3000;

/** Runs `callback` once the next frame has been painted (rAF runs before the paint; the timeout after it). */
function afterNextPaint(callback: () => void): void {
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(callback, 0));
  } else {
    setTimeout(callback, 16);
  }
}

interface Turn {
  priority: number;
  draw: () => void;
}

/**
 * Lets the charts draw one at a time, each in its own task after a painted frame. A recharts update
 * cannot be interrupted once it commits (its store notifies its parts synchronously), so drawing the
 * three charts in one task kept a key press waiting behind all three; one at a time, a key press
 * waits behind one at most, and the table's frame is painted before any chart's.
 */
export class DrawQueue {
  private readonly waiting = new Map<number, Turn>();
  private drawing: number | null = null;
  private turnPending = false;
  private limit: ReturnType<typeof setTimeout> | undefined;

  /** Asks for a turn for the chart `id`; `priority` orders the turns (lowest first). */
  request(id: number, priority: number, draw: () => void): void {
    this.waiting.set(id, { priority, draw });
    this.schedule();
  }

  /** Takes back a chart's request that has not had its turn yet. */
  withdraw(id: number): void {
    this.waiting.delete(id);
  }

  /** The chart `id` has drawn (or gone): the next chart may draw after the next frame. */
  done(id: number): void {
    if (this.drawing !== id) return;
    this.drawing = null;
    // The panels that wait for the first chart may come now (the page's first turn is over).
    firstChartDrawn();
    clearTimeout(this.limit);
    this.schedule();
  }

  private schedule(): void {
    if (this.drawing !== null || this.turnPending || this.waiting.size === 0) return;
    this.turnPending = true;
    afterNextPaint(() => {
      this.turnPending = false;
      this.next();
    });
  }

  private next(): void {
    if (this.drawing !== null) return;
    let first: [number, Turn] | undefined;
    for (const entry of this.waiting) if (!first || entry[1].priority < first[1].priority) first = entry;
    if (!first) return;
    const [id, turn] = first;
    this.waiting.delete(id);
    this.drawing = id;
    this.limit = setTimeout(() => this.done(id), TURN_LIMIT_MS);
    turn.draw();
  }
}

/**
 * The page's one queue: the three charts and the simulation's charts take their turns in it, so that
 * a key press never waits behind more than one chart, whichever panel it is in.
 */
const PAGE_DRAW_QUEUE = new DrawQueue();

/** True while the page is printed: every chart draws its current figures at once, synchronously. */
export const DrawNowContext = createContext(false);

/**
 * True from the page's `beforeprint` to its `afterprint`, for DrawNowContext. Set synchronously
 * (flushSync): the browser lays the page out for print right after `beforeprint` returns, so the
 * charts must be drawn by then.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

export interface ChartDraw<T> {
  /** What to draw: the figures last drawn (null before the first turn), or the current ones. */
  drawn: T | null;
  /** Whether `drawn` is behind the current figures (the chart is out of view or waiting its turn). */
  busy: boolean;
  /** Attach to the chart's canvas: its visibility decides whether the chart redraws. */
  canvasRef: React.RefObject<HTMLDivElement | null>;
  /**
   * The canvas's width, px, when the chart first drew in its turn (null before, while printing, or
   * where nothing is measured): a container that starts at it draws the chart once, where one that
   * starts at a guess draws it at the guess and again at the measured width.
   */
  width: number | null;
}

/**
 * Decides when a chart draws `latest` (its memoised plot description): first drawn in its turn after
 * mount (charts in view first), then redrawn in its turn whenever `latest` changes while the canvas
 * is in view; out of view it keeps its last picture until it scrolls into view. While an export asks
 * (drawAllCharts) every chart draws, in view or not; while printing (DrawNowContext) at once.
 */
export function useChartDraw<T>(id: number, latest: T): ChartDraw<T> {
  const queue = PAGE_DRAW_QUEUE;
  const drawNow = useContext(DrawNowContext);
  const exportAsks = useSyncExternalStore(subscribeDrawAll, drawAllRequested, () => false);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<T | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  // Where IntersectionObserver is missing (jsdom), every chart counts as in view.
  const [inView, setInView] = useState<boolean | null>(() =>
    typeof IntersectionObserver === 'function' ? null : true,
  );
  const latestRef = useRef(latest);
  const shownRef = useRef(shown);
  useLayoutEffect(() => {
    latestRef.current = latest;
    shownRef.current = shown;
  });

  if (drawNow && shown !== latest) {
    // Printing: draw the current figures in this render (storing them so that the picture stays).
    setShown(latest);
  }

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setInView(entry.isIntersecting);
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);

  const stale = shown !== latest;
  const wanted = stale && inView !== null && (inView || shown === null || exportAsks);
  const priority = inView ? id : OUT_OF_VIEW + id;
  useEffect(() => {
    if (!wanted) return;
    queue.request(id, priority, () => {
      const next = latestRef.current;
      if (next === shownRef.current) {
        queue.done(id);
        return;
      }
      // Laid out and painted by now (a turn comes after a frame), so reading the width is cheap.
      const measured = canvasRef.current?.clientWidth ?? 0;
      startTransition(() => {
        setShown(next);
        if (measured > 0) setWidth((known) => known ?? measured);
      });
    });
    return () => queue.withdraw(id);
  }, [queue, id, wanted, priority, latest]);

  // After the commit that shows a turn's figures (recharts' own effects have run by now).
  useEffect(() => queue.done(id), [queue, id, shown]);
  useEffect(() => () => queue.done(id), [queue, id]);

  const drawn = drawNow ? latest : shown;
  return { drawn, busy: drawn !== latest, canvasRef, width };
}
