import { memo, useId, useState } from 'react';
import { formatInputNumber, formatMoneyNumber } from '../../format/format';
import { parseAmount } from '../../format/parse';
import { LIMITS } from '../../model/limits';
import {
  pointAgainstRange,
  rangeProblems,
  rangeWidenedToInclude,
  type RangeInput,
  type RangeShape,
} from '../../model/ranges';
import { useCalculator, useCalculatorActions, useCostRange, useCurrency } from '../../state/calculator-store';
import { NumberField } from './number-field';

const END_NAMES = { low: 'Low cost per hour', high: 'High cost per hour' };

const SHAPE_LABELS: Record<RangeShape, string> = {
  lognormal: 'Lognormal (skewed towards the low end)',
  uniform: 'Uniform (every value alike)',
  pert: 'PERT (around your cost per hour)',
};

const sameRange = (a: RangeInput, b: RangeInput) =>
  a.low === b.low && a.high === b.high && a.shape === b.shape;

/**
 * The range of the downtime cost per hour: its low and high ends, read as a 90 % interval, and its
 * shape. The low / high figures use the ends. The three controls form one range, checked as a whole:
 * a range that does not hold together (low above high, a lognormal range from 0) keeps what was typed
 * in every field, says what is wrong beside them, and is not used, so the figures keep the last good
 * range and say so. A cost per hour outside its own range is named, with a way to widen the range.
 * Memoised: it reads the store itself, so the inputs panel rendering again does not render it again.
 */
export const CostRangeFields = memo(function CostRangeFields() {
  const range = useCostRange();
  const downtimeCostPerHour = useCalculator((s) => s.inputs.downtimeCostPerHour);
  const currency = useCurrency();
  const actions = useCalculatorActions();
  const shapeId = useId();
  const noteId = useId();

  // What the three controls hold, valid or not; the store holds the last valid range.
  const [draft, setDraft] = useState(range);
  const [lastRange, setLastRange] = useState(range);
  // The range changed from elsewhere (preset, reset, a link, the widen button): show it.
  if (range !== lastRange) {
    setLastRange(range);
    setDraft(range);
  }

  const change = (patch: Partial<RangeInput>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (rangeProblems(next).length === 0 && !sameRange(next, range))
      actions.rangeChanged('downtimeCostPerHour', next);
  };

  const money = (value: number) => formatMoneyNumber(value, currency);
  const problems = rangeProblems(draft, END_NAMES);
  const where = problems.length === 0 ? pointAgainstRange(downtimeCostPerHour, draft) : 'inside';
  const widened = rangeWidenedToInclude(draft, downtimeCostPerHour);
  const canWiden = rangeProblems(widened).length === 0;

  return (
    <fieldset
      className="range-fields"
      aria-describedby={problems.length > 0 || where !== 'inside' ? noteId : undefined}
    >
      <legend>Cost-per-hour range</legend>
      <NumberField
        label="Low cost per hour"
        value={draft.low}
        format={formatInputNumber}
        parse={(t) => parseAmount(t, LIMITS.maxAmount)}
        onCommit={(low) => change({ low })}
      />
      <NumberField
        label="High cost per hour"
        value={draft.high}
        format={formatInputNumber}
        parse={(t) => parseAmount(t, LIMITS.maxAmount)}
        onCommit={(high) => change({ high })}
      />
      <div className="field">
        <label htmlFor={shapeId}>Shape of the cost-per-hour range</label>
        <select
          id={shapeId}
          value={draft.shape}
          onChange={(e) => change({ shape: e.target.value as RangeShape })}
        >
          {(Object.keys(SHAPE_LABELS) as RangeShape[]).map((shape) => (
            <option key={shape} value={shape}>
              {SHAPE_LABELS[shape]}
            </option>
          ))}
        </select>
        <small className="hint">
          Low and high are read as a 90 % interval: nine times in ten, the cost of an hour down lies between
          them.
        </small>
      </div>
      {problems.length > 0 ? (
        <div id={noteId} className="field-error" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
          <p>
            {sameRange(draft, range)
              ? 'The low / high figures use these ends as they are.'
              : `Until it is fixed, the low / high figures keep ${money(range.low)}–${money(range.high)} an hour.`}
          </p>
        </div>
      ) : where !== 'inside' ? (
        <div id={noteId} className="range-note">
          <p>
            Your cost per hour, {money(downtimeCostPerHour)}, is {where} this range: the low/high figures do
            not bracket it.
            {canWiden ? '' : ' A lognormal range cannot reach 0: pick another shape to include it.'}
          </p>
          {canWiden ? (
            <button type="button" onClick={() => actions.rangeChanged('downtimeCostPerHour', widened)}>
              Widen the range to include it
            </button>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
});
