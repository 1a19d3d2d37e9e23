import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { explanationText, type Explanation } from '../../format/explain-text';

export interface ExplainViewProps<Id extends string> {
  /** The figure opened first. */
  figure: Id;
  /** How a figure of the graph at hand is computed (its terms are figures of the same graph). */
  explain: (id: Id) => Explanation<Id>;
  /** Called on Escape or "Close"; the caller returns focus to the figure. */
  onClose: () => void;
}

/**
 * "How is this figure computed?": a dialog named after the figure, with its formula in words and in
 * symbols, the same with the user's values and units, and the result; each term opens in turn (one
 * level down, "Back" returns), down to the inputs, which say where they come from. "Copy" puts the
 * derivation on the clipboard as plain text. Escape closes it. The graph is the caller's: the result
 * graph's figures, or a section's (explain-dialog.tsx, section-explain-dialog.tsx).
 */
export function ExplainView<Id extends string>({ figure, explain, onClose }: ExplainViewProps<Id>) {
  const [path, setPath] = useState<Id[]>([figure]);
  // Which figure's derivation was copied last: the note goes when another is open.
  const [copiedFor, setCopiedFor] = useState<Id | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const current = path.at(-1)!;
  const e = explain(current);
  useEffect(() => heading.current?.focus(), [current]);
  return (
    <div
      className="explain-backdrop"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        } else if (event.key === 'Tab') keepFocusIn(box.current, event);
      }}
    >
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby="explain-title"
        className="panel explain-dialog"
      >
        <h2 id="explain-title" tabIndex={-1} ref={heading}>
          {e.title}
        </h2>
        {e.words ? <p>{`${e.title} is ${e.words}.`}</p> : null}
        {e.symbols ? (
          <p className="explain-formula">
            {e.symbols}
            <br />
            {e.named}
            <br />
            {e.substituted}
          </p>
        ) : (
          <p className="explain-formula">{`${e.title} = ${e.result}`}</p>
        )}
        {e.origin ? <p>{e.origin}</p> : null}
        {e.terms.length > 0 ? (
          <ul aria-label="Terms">
            {e.terms.map((t, i) => (
              <li key={`${t.figure}-${i}`}>
                {t.symbol} ={' '}
                <button type="button" className="figure" onClick={() => setPath([...path, t.figure])}>
                  {`${t.label}: ${t.text}`}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {e.conventions.length > 0 ? <p className="hint">Conventions: {e.conventions.join(' ')}</p> : null}
        <div className="explain-actions">
          {path.length > 1 ? (
            <button type="button" onClick={() => setPath(path.slice(0, -1))}>
              Back
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard?.writeText(explanationText(e)).then(() => setCopiedFor(current));
            }}
          >
            Copy
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
          <span role="status">{copiedFor === current ? 'Copied.' : ''}</span>
        </div>
      </div>
    </div>
  );
}

/**
 * A modal dialog keeps the keyboard in it: Tab from its last control goes to its first, Shift+Tab
 * from its first (or from its heading, where it opens) to its last, so the page behind it is never
 * reached by Tab while it is open.
 */
function keepFocusIn(dialog: HTMLElement | null, event: KeyboardEvent): void {
  if (dialog === null) return;
  const controls = [
    ...dialog.querySelectorAll<HTMLElement>('button, [href], input, select, textarea'),
  ].filter((control) => !control.hasAttribute('disabled'));
  const first = controls[0];
  const last = controls.at(-1);
  if (first === undefined || last === undefined) return;
  const active = document.activeElement;
  if (
    event.shiftKey &&
    (active === first || !dialog.contains(active) || active?.getAttribute('tabindex') === '-1')
  ) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
