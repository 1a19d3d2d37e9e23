import Decimal from 'decimal.js';

/**
 * The one decimal.js configuration of the app. `precision` counts significant digits, not decimal
 * places: 40 keeps every money figure exact to well below a cent even at $10^12 an hour, and
 * fractional powers (the investment rule) correct to ~38 digits. Exponent notation is pushed far
 * out so `toString()` never yields "1e+21"-style text.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 60,
});

export type Dec = InstanceType<typeof Dec>;

/** A plain number or decimal string, as inputs arrive from the store or a share link. */
export type DecimalInput = number | string | Dec;

/** Converts a plain input into a `Dec`; throws on NaN/Infinity so bad values never travel silently. */
export function dec(value: DecimalInput): Dec {
  const d = new Dec(value);
  if (!d.isFinite()) throw new RangeError(`not a finite number: ${String(value)}`);
  return d;
}

/** Zero, as a shared constant (decimal.js values are immutable). */
export const ZERO = new Dec(0);
