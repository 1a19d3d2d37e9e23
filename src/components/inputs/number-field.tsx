import { useId, useState, type ReactNode } from 'react';
import type { ParseResult } from '../../format/parse';

export interface NumberFieldProps {
  label: string;
  value: number;
  /** Turns the committed value into the text shown when the value changes from elsewhere. */
  format: (value: number) => string;
  parse: (text: string) => ParseResult;
  onCommit: (value: number) => void;
  hint?: ReactNode;
  /** Hide the visible label (the accessible name stays) when a surrounding label already says it. */
  visuallyHiddenLabel?: boolean;
  placeholder?: string;
}

/**
 * A text field for a number. What the user types stays as typed; a valid entry is committed at once
 * (results follow while typing), an invalid one shows its message beside the field and commits
 * nothing, so the last valid results stay on screen.
 */
export function NumberField({
  label,
  value,
  format,
  parse,
  onCommit,
  hint,
  visuallyHiddenLabel,
  placeholder,
}: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const [lastValue, setLastValue] = useState(value);

  // The value changed from elsewhere (slider, preset, reset): show it, unless the draft already means it.
  if (value !== lastValue) {
    setLastValue(value);
    const current = parse(draft);
    if (!current.ok || current.value !== value) {
      setDraft(format(value));
      setError(null);
    }
  }

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
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined
        }
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const parsed = parse(text);
          if (parsed.ok) {
            setError(null);
            if (parsed.value !== value) {
              setLastValue(parsed.value);
              onCommit(parsed.value);
            }
          } else {
            setError(parsed.message);
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
      {error ? (
        <small id={errorId} className="field-error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}
