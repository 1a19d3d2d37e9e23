import { useState, type ReactNode } from 'react';
import type { ParseResult } from '../../format/parse';
import { NumberField } from './number-field';
import { anchoredScale, type SliderScale } from './slider-scales';

export interface SliderFieldProps {
  label: string;
  value: number;
  scale: SliderScale;
  format: (value: number) => string;
  /** The slider's spoken value, e.g. "$2,000,000 per hour". */
  valueText: (value: number) => string;
  parse: (text: string) => ParseResult;
  onCommit: (value: number) => void;
  hint?: ReactNode;
}

/**
 * A slider paired with a number field, kept in sync. The field carries the accessible name
 * (`label`) and so does the slider: their roles tell them apart, and a screen reader does not say
 * "slider" twice.
 *
 * The slider keeps a typed figure: the last value that did not come from the slider itself (typed,
 * or set by a preset or a link) is a position of its own between the scale's stops, so a step away
 * from it and a step back returns to it, instead of snapping to the nearest stop.
 */
export function SliderField({
  label,
  value,
  scale,
  format,
  valueText,
  parse,
  onCommit,
  hint,
}: SliderFieldProps) {
  const [anchor, setAnchor] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  // The value changed from elsewhere (a preset, a link, Reset): it is the figure to keep.
  if (value !== lastValue) {
    setLastValue(value);
    setAnchor(value);
  }
  const positions = anchoredScale(scale, anchor);
  return (
    <div className="slider-field">
      <NumberField
        label={label}
        value={value}
        format={format}
        parse={parse}
        onCommit={(typed) => {
          setLastValue(typed);
          setAnchor(typed);
          onCommit(typed);
        }}
        valueText={valueText}
        hint={hint}
      />
      <input
        type="range"
        aria-label={label}
        min={positions.min}
        max={positions.max}
        step={1}
        value={positions.toPosition(value)}
        aria-valuetext={valueText(value)}
        onChange={(event) => {
          const slid = positions.toValue(Number(event.target.value));
          setLastValue(slid);
          onCommit(slid);
        }}
      />
    </div>
  );
}
