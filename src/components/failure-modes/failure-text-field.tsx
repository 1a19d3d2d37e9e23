import { useId } from 'react';
import { fieldEditEnded, fieldEditStarted, type FieldReading } from '../../state/failure-modes-reading';

export interface FailureTextFieldProps {
  /** The accessible name, unique on the page: "Frequency of Network Partition". */
  label: string;
  text: string;
  /** What the text reads as (a message when it cannot be read); null for a plain text such as a name. */
  reading: FieldReading | null;
  /** The key of the field's value in the reader's memory (`fieldKey`); null for a plain text. */
  memoryKey: string | null;
  onChange(text: string): void;
  placeholder?: string;
}

/**
 * One text cell of the failure-mode or lever table: what is shown is what was typed; a text that
 * cannot be read gets its message beside the field, naming what is accepted, and says which value
 * the figures use instead (the one from before the edit), or that they wait for one.
 */
export function FailureTextField({
  label,
  text,
  reading,
  memoryKey,
  onChange,
  placeholder,
}: FailureTextFieldProps) {
  const id = useId();
  const message = reading?.message ?? null;
  const note = reading?.note ?? null;
  return (
    <div className="cell-field">
      <input
        type="text"
        aria-label={label}
        value={text}
        placeholder={placeholder}
        aria-invalid={message !== null}
        aria-describedby={message !== null || note !== null ? `${id}-message` : undefined}
        onFocus={() => memoryKey !== null && fieldEditStarted(memoryKey)}
        onBlur={() => memoryKey !== null && fieldEditEnded(memoryKey)}
        onChange={(e) => onChange(e.target.value)}
      />
      {message !== null ? (
        <small className="field-error" id={`${id}-message`}>
          {message}{' '}
          {reading?.usedText
            ? `The figures use “${reading.usedText}”, the value before this edit.`
            : 'The figures wait for a value that can be read.'}
        </small>
      ) : note !== null ? (
        <small className="hint" id={`${id}-message`}>
          {note}
        </small>
      ) : null}
    </div>
  );
}
