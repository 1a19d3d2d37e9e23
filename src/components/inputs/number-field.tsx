import { memo, useEffect, useId, useState, type ReactNode } from 'react';
import type { ParseResult } from '../../format/parse';
import { formatInputNumber } from '../../format/format';
import { useFieldIssueActions } from '../../state/field-issues-store';

export interface NumberFieldProps<T = number> {
  label: string;
  value: T;
  /** Turns the committed value into the text shown when the value changes from elsewhere. */
  format: (value: T) => string;
  parse: (text: string) => ParseResult<T>;
  onCommit: (value: T) => void;
  /** The value in words for the line that says which value the figures use, e.g. "$2,000,000 per hour". */
  valueText?: (value: T) => string;
  hint?: ReactNode;
  /** Hide the visible label (the accessible name stays) when a surrounding label already says it. */
  visuallyHiddenLabel?: boolean;
  placeholder?: string;
  /** Whether two values are the same entry; `===` unless given (a value that is a pair needs its own). */
  same?: (a: T, b: T) => boolean;
}

type Refusal = Extract<ParseResult, { ok: false }>;

/**
 * A text field for a number. What the user types stays as typed. A valid entry is committed at once
 * (results follow while typing). While the text is not a usable value, the field shows why beside it
 * and the figures use the value the field had before the edit began — never a prefix of the text
 * ("100" must not leave 10 % in force) — and the field reports that to the field-issues store, so
 * the results and exports can say which value they use. Typing and pasting end in the same place.
 * Memoised: given values and functions of one identity (module functions, `useLatestCallback`), it
 * renders again only when one of them changes.
 */
export const NumberField = memo(NumberFieldOf) as typeof NumberFieldOf;

function NumberFieldOf<T = number>({
  label,
  value,
  format,
  parse,
  onCommit,
  valueText = format,
  hint,
  visuallyHiddenLabel,
  placeholder,
  same = (a, b) => a === b,
}: NumberFieldProps<T>) {
  const id = useId();
  const [draft, setDraft] = useState(() => format(value));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [lastValue, setLastValue] = useState(value);
  // The value before the current edit began: what the figures fall back to while the text is unusable.
  const [editStart, setEditStart] = useState(value);
  const { fieldIssueReported, fieldIssueCleared } = useFieldIssueActions();

  // The value changed from elsewhere (slider, preset, undo, reset): show it, unless the draft already means it.
  if (!same(value, lastValue)) {
    setLastValue(value);
    setEditStart(value);
    const current = parse(draft);
    if (!current.ok || !same(current.value, value)) {
      setDraft(format(value));
      setRefusal(null);
    }
  }

  const usedText = valueText(editStart);
  useEffect(() => {
    if (refusal) fieldIssueReported({ id, label, typed: draft, message: refusal.message, used: usedText });
    else fieldIssueCleared(id);
  }, [refusal, id, label, draft, usedText, fieldIssueReported, fieldIssueCleared]);
  useEffect(() => () => fieldIssueCleared(id), [id, fieldIssueCleared]);

  const commit = (next: T) => {
    if (!same(next, value)) {
      setLastValue(next);
      onCommit(next);
    }
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className="number-field">
      <label htmlFor={id} className={visuallyHiddenLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        placeholder={placeholder}
        aria-invalid={refusal ? true : undefined}
        aria-describedby={
          [refusal ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined
        }
        onFocus={() => {
          // A new edit begins from what the figures use now; while the text is still refused, the
          // figures keep using the value from before the first refused edit.
          if (!refusal) setEditStart(value);
        }}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const parsed = parse(text);
          if (parsed.ok) {
            setRefusal(null);
            commit(parsed.value);
          } else {
            setRefusal(parsed);
            commit(editStart);
          }
        }}
        onBlur={() => {
          const parsed = parse(draft);
          if (parsed.ok) setDraft(format(parsed.value));
        }}
      />
      {hint ? (
        <small id={hintId} className="hint">
          {hint}
        </small>
      ) : null}
      {refusal ? (
        <small id={errorId} className="field-error" role="alert">
          {refusal.message}
        </small>
      ) : null}
      {refusal?.choices ? (
        <span className="choices">
          {refusal.choices.map((choice) => (
            <button
              key={choice}
              type="button"
              onClick={() => {
                const parsed = parse(formatInputNumber(choice));
                if (!parsed.ok) return;
                setDraft(format(parsed.value));
                setRefusal(null);
                commit(parsed.value);
              }}
            >
              {`Use ${formatInputNumber(choice)} for ${label}`}
            </button>
          ))}
        </span>
      ) : null}
    </div>
  );
}
