import { memo, useId, useState } from 'react';
import { formatInputNumber, formatMoneyNumber, type CurrencyCode } from '../../format/format';
import { parseAmount, type ParseResult } from '../../format/parse';
import { LIMITS } from '../../model/limits';
import {
  defaultRangeShape,
  pointAgainstRange,
  rangeProblems,
  type RangeInput,
  type RangeShape,
} from '../../model/ranges';
import type { ScenarioRangeKey } from '../../state/session';
import { NumberField } from '../inputs/number-field';
import { useLatestCallback } from '../inputs/use-latest-callback';

const SHAPE_LABELS: Record<RangeShape, string> = {
  lognormal: 'Lognormal (skewed towards the low end)',
  uniform: 'Uniform (every value alike)',
  pert: 'PERT (around the figure the table uses)',
};

/** An end as a field shows it: empty for none. */
const formatEnd = (value: number | null) => (value === null ? '' : formatInputNumber(value));
/** An end in words, for the line that says which value the figures use. */
const endInWords = (value: number | null) => (value === null ? 'no range' : formatInputNumber(value));

/** An empty end (no range), or an amount. */
function parseEnd(text: string): ParseResult<number | null> {
  if (text.trim() === '') return { ok: true, value: null };
  return parseAmount(text, LIMITS.maxAmount);
}

interface Draft {
  low: number | null;
  high: number | null;
  /** null until the user picks one: a new range then takes `defaultRangeShape` of its low end. */
  shape: RangeShape | null;
}

const draftOf = (range: RangeInput | undefined): Draft =>
  range === undefined ? { low: null, high: null, shape: null } : { ...range };

export interface ScenarioRangeFieldsProps {
  rangeKey: ScenarioRangeKey;
  /** The input in words, the start of each control's name: "Investment of 99.9 %". */
  name: string;
  /** The figure the table uses for it (the quote, the rule's estimate, or the run cost), currency units. */
  best: number;
  range: RangeInput | undefined;
  currency: CurrencyCode;
  onChange: (key: ScenarioRangeKey, range: RangeInput | null) => void;
}

/**
 * The range of one scenario input for the simulation: low, high (a 90 % interval) and shape, as the
 * cost-per-hour range has them, checked as a whole. Both ends empty = no range (the simulation uses
 * the figure the table uses in every run). A range that does not hold together keeps what was typed,
 * says what is wrong beside the fields, and is not used: the simulation keeps the last good range
 * (or none) and says so. Memoised (every prop is a value or a stable action): a step of another
 * input's slider does not render it again unless the figure the table uses for it moved.
 */
export const ScenarioRangeFields = memo(function ScenarioRangeFields({
  rangeKey,
  name,
  best,
  range,
  currency,
  onChange,
}: ScenarioRangeFieldsProps) {
  const shapeId = useId();
  const noteId = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(range));
  const [lastRange, setLastRange] = useState(range);
  // Changed from elsewhere (undo, reset, a link): show it.
  if (range !== lastRange) {
    setLastRange(range);
    setDraft(draftOf(range));
  }

  const names = { low: `${name}, low`, high: `${name}, high` };
  const shape = draft.shape ?? defaultRangeShape(draft.low ?? 1);
  const complete =
    draft.low !== null && draft.high !== null ? { low: draft.low, high: draft.high, shape } : null;
  const problems =
    complete !== null
      ? rangeProblems(complete, names)
      : draft.low === null && draft.high === null
        ? []
        : [`Give both ends of the range of ${lowerFirst(name)}, or leave both empty for none.`];

  const change = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (next.low === null && next.high === null) {
      if (range !== undefined) onChange(rangeKey, null);
      return;
    }
    if (next.low === null || next.high === null) return;
    const candidate = { low: next.low, high: next.high, shape: next.shape ?? defaultRangeShape(next.low) };
    if (rangeProblems(candidate).length > 0) return;
    if (
      range &&
      range.low === candidate.low &&
      range.high === candidate.high &&
      range.shape === candidate.shape
    )
      return;
    onChange(rangeKey, candidate);
  };

  const lowChanged = useLatestCallback((low: number | null) => change({ low }));
  const highChanged = useLatestCallback((high: number | null) => change({ high }));
  const money = (value: number) => formatMoneyNumber(value, currency);
  const where = complete !== null && problems.length === 0 ? pointAgainstRange(best, complete) : 'inside';
  return (
    <fieldset
      className="range-fields"
      aria-describedby={problems.length > 0 || where !== 'inside' ? noteId : undefined}
    >
      <legend>Range of {lowerFirst(name)}</legend>
      <NumberField
        label={names.low}
        value={draft.low}
        format={formatEnd}
        valueText={endInWords}
        parse={parseEnd}
        onCommit={lowChanged}
        placeholder="empty = no range"
      />
      <NumberField
        label={names.high}
        value={draft.high}
        format={formatEnd}
        valueText={endInWords}
        parse={parseEnd}
        onCommit={highChanged}
        placeholder="empty = no range"
      />
      <div className="field">
        <label htmlFor={shapeId}>{name}, shape</label>
        <select id={shapeId} value={shape} onChange={(e) => change({ shape: e.target.value as RangeShape })}>
          {(Object.keys(SHAPE_LABELS) as RangeShape[]).map((option) => (
            <option key={option} value={option}>
              {SHAPE_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      {problems.length > 0 ? (
        <div id={noteId} className="field-error" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
          <p>
            {range === undefined
              ? `Until it is fixed, the simulation uses ${money(best)} in every run.`
              : `Until it is fixed, the simulation keeps ${money(range.low)}–${money(range.high)}.`}
          </p>
        </div>
      ) : where !== 'inside' ? (
        <div id={noteId} className="range-note">
          <p>
            The figure the table uses, {money(best)}, is {where} this range.
          </p>
        </div>
      ) : null}
    </fieldset>
  );
});

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
