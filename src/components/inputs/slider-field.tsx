import type { ReactNode } from 'react';
import type { ParseResult } from '../../format/parse';
import { NumberField } from './number-field';
import type { SliderScale } from './slider-scales';

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
  return (
    <div className="slider-field">
      <NumberField
        label={label}
        value={value}
        format={format}
        parse={parse}
        onCommit={onCommit}
        hint={hint}
      />
      <input
        type="range"
        aria-label={label}
        min={scale.min}
        max={scale.max}
        step={1}
        value={scale.toPosition(value)}
        aria-valuetext={valueText(value)}
        onChange={(event) => onCommit(scale.toValue(Number(event.target.value)))}
      />
    </div>
  );
}
