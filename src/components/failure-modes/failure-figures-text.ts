import type Decimal from 'decimal.js';
import { formatNumber } from '../../format/format';

/*
 * Words for the failure-mode figures beside the table. The figures come from the model exact; these
 * only round them for reading, and never show "100 %" for a share below it or "0 %" for one above 0.
 */

/** A fraction as a percentage with one decimal: 0.2976 → "29.8 %"; "under 0.1 %" / "over 99.9 %" near the ends. */
export function shareText(fraction: Decimal): string {
  const percent = fraction.times(100);
  const text = formatNumber(percent, 1);
  if (text === '0' && !percent.isZero()) return 'under 0.1 %';
  if (text === '100' && percent.lt(100)) return 'over 99.9 %';
  return `${text} %`;
}

/** An IRR (fraction) as a percentage, or "none" when no rate solves. */
export function irrText(irr: Decimal | null): string {
  return irr === null ? 'none' : shareText(irr);
}
