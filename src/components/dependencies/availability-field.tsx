import { useEffect, useId, useState } from 'react';
import {
  availabilityRangeText,
  parseAvailabilityEntry,
  type AvailabilityEntry,
} from '../../format/availability-text';
import { formatAvailabilityFromUnavailability, formatInputNumber } from '../../format/format';
import type { ParseResult } from '../../format/parse';
import type { NodeOutcome } from '../../model/dependencies';
import type { Dependency } from '../../model/dependency-tree';
import { useFieldIssueActions } from '../../state/field-issues-store';

/** What the field holds: nothing yet, or an entry (one figure, or a range and its best estimate). */
type Held = AvailabilityEntry | null;

const heldOf = (node: Dependency): Held =>
  node.availabilityPercent === null
    ? null
    : { percent: node.availabilityPercent, range: node.availabilityRange ?? null };

const same = (a: Held, b: Held) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.percent === b.percent &&
    a.range?.low === b.range?.low &&
    a.range?.high === b.range?.high);

/** The text the field shows for what it holds: "99.95", or a range "99.9–99.99". */
const textOf = (held: Held) =>
  held === null
    ? ''
    : held.range === null
      ? formatInputNumber(held.percent)
      : availabilityRangeText(held.range, formatInputNumber);

/** What it holds in words, for the line that says which value the figures use. */
const wordsOf = (held: Held) =>
  held === null ? 'none yet' : `${textOf(held)} %${held.range === null ? '' : ' (a 90 % range)'}`;

/**
 * "Availability of …": one availability ("99.95", "four nines") or a 90 % range ("99.9-99.99",
 * "three to four nines"). It behaves as the number fields do (number-field.tsx): what is typed
 * stays as typed, a valid entry is committed at once, and while the text is not usable the message
 * stays beside the field, the figures keep the entry from before the edit, and the field-issues
 * store is told. Its own component because its value is a pair (a point and a range): two ranges
 * with one best estimate are different entries. Beside a range, a line says what the figures use:
 * its best estimate, the geometric mean of the ends' unavailabilities (the dependency's computed
 * availability, `outcome`).
 */
export function AvailabilityField({
  node,
  outcome,
  onCommit,
}: {
  node: Dependency;
  outcome: NodeOutcome | undefined;
  /** A new entry, or null: back to none (the entry before the edit, when there was none). */
  onCommit: (entry: AvailabilityEntry | null) => void;
}) {
  const id = useId();
  const label = `Availability of ${node.name}`;
  const value = heldOf(node);
  const [draft, setDraft] = useState(() => textOf(value));
  const [message, setMessage] = useState<string | null>(null);
  const [lastValue, setLastValue] = useState(value);
  const [editStart, setEditStart] = useState(value);
  const { fieldIssueReported, fieldIssueCleared } = useFieldIssueActions();

  // Changed from elsewhere (undo, a restored session): show it, unless the draft already means it.
  if (!same(value, lastValue)) {
    setLastValue(value);
    setEditStart(value);
    const current = parseAvailabilityEntry(draft);
    if (!current.ok || !same(current.value, value)) {
      setDraft(textOf(value));
      setMessage(null);
    }
  }

  const usedText = wordsOf(editStart);
  useEffect(() => {
    if (message) fieldIssueReported({ id, label, typed: draft, message, used: usedText });
    else fieldIssueCleared(id);
  }, [message, id, label, draft, usedText, fieldIssueReported, fieldIssueCleared]);
  useEffect(() => () => fieldIssueCleared(id), [id, fieldIssueCleared]);

  const commit = (next: Held) => {
    if (same(next, value)) return;
    setLastValue(next);
    onCommit(next);
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const range = node.availabilityRange;
  const hint =
    range && outcome?.ok
      ? `Range ${availabilityRangeText(range, formatInputNumber)} % (90 %); figures use ${formatAvailabilityFromUnavailability(outcome.unavailability)}, its best estimate: the geometric mean of the ends’ downtime, the middle in nines.`
      : null;
  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        placeholder="99.95, four nines, 99.9-99.99"
        aria-invalid={message ? true : undefined}
        aria-describedby={
          [message ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined
        }
        onFocus={() => {
          if (!message) setEditStart(value);
        }}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const parsed: ParseResult<AvailabilityEntry> = parseAvailabilityEntry(text);
          if (parsed.ok) {
            setMessage(null);
            commit(parsed.value);
          } else {
            setMessage(parsed.message);
            commit(editStart);
          }
        }}
        onBlur={() => {
          const parsed = parseAvailabilityEntry(draft);
          if (parsed.ok) setDraft(textOf(parsed.value));
        }}
      />
      {hint ? (
        <small id={hintId} className="hint">
          {hint}
        </small>
      ) : null}
      {message ? (
        <small id={errorId} className="field-error" role="alert">
          {message}
        </small>
      ) : null}
    </div>
  );
}
