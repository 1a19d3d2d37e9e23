import type Decimal from 'decimal.js';
import type { Unit } from '../model/figure';

/*
 * Numbers as plain machine text, for the CSV and the other exports a spreadsheet or a script reads:
 * never exponent notation, never digit grouping, never "-0". The page's own formatting (grouped,
 * rounded for reading) is format.ts; these keep what a reader recomputes with.
 */

/** A decimal at full precision (decimal.js `toFixed()` with no places: every digit, no exponent), never "-0". */
export function plainDecimal(value: Decimal): string {
  const text = value.toFixed();
  return /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * Decimals a spreadsheet gets for each unit: money to the cent, years to 4 decimals (a payback of
 * 1.7361 years is 0.0001 years ≈ 53 minutes off at most), hours to 4 decimals (under a second).
 * Percentages, nines, fractions and ratios keep every digit: an availability is what was typed
 * (99.99, 99.999), and rounding one to a few decimals would turn 99.9999 into 100.
 */
export const SPREADSHEET_DECIMALS: Partial<Record<Unit, number>> = {
  money: 2,
  'money-per-year': 2,
  'money-per-month': 2,
  'money-per-hour': 2,
  years: 4,
  hours: 4,
  'hours-per-month': 4,
  'hours-per-year': 4,
  // A rate of return to a ten-thousandth of a percent: finer is noise beside the inputs' precision.
  'percent-per-year': 4,
};

/**
 * A figure as text a spreadsheet reads as a number: rounded half-up to the unit's decimals
 * ({@link SPREADSHEET_DECIMALS}; trailing zeros kept, "147000000.00"), never exponent notation
 * (decimal.js `toFixed` never uses it), never "-0" (a tiny negative that rounds to zero is "0.00").
 */
export function spreadsheetDecimal(value: Decimal, unit: Unit): string {
  const places = SPREADSHEET_DECIMALS[unit];
  const text = places === undefined ? value.toFixed() : value.toFixed(places);
  return /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A float64 figure as plain text, never in exponent form and never "-0". */
export function plainNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'never' : '';
  const text = value.toFixed(decimals);
  const trimmed = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  return /^-0$/.test(trimmed) ? '0' : trimmed;
}
