import type Decimal from 'decimal.js';
import type { StepFigures, StepKind } from '../model/scenarios';
import { formatPayback } from './format';

/** Money as the caller shows it (currency and compactness chosen there). */
type Money = (value: Decimal) => string;

/**
 * Annual savings in words that never hide a loss: the amount when positive, "no change" at zero, and
 * for a step that adds downtime its cost with the sign kept: "−$17,280,000 (more downtime)".
 */
export function savingsText(step: Pick<StepFigures, 'annualSavings'>, money: Money): string {
  const sign = step.annualSavings.comparedTo(0);
  if (sign === 0) return 'no change';
  if (sign > 0) return money(step.annualSavings);
  return `${money(step.annualSavings)} (more downtime)`;
}

/**
 * An investment figure with where it comes from, so an estimate never reads like a vendor's quote:
 * "$12,000,000 (estimate)" for the rule of thumb's, "$4,900,000 (your quote)" for the user's own.
 * Nothing is added to zero (nothing to invest is no estimate). A negative step (a quote undercutting
 * the level it starts from) reads "−$7,100,000 (cheaper)".
 */
export function investmentText(value: Decimal, source: 'estimate' | 'quote', money: Money): string {
  const sign = value.comparedTo(0);
  if (sign === 0) return money(value);
  if (sign < 0) return `${money(value)} (cheaper${source === 'estimate' ? ', estimate' : ''})`;
  return `${money(value)} (${source === 'estimate' ? 'estimate' : 'your quote'})`;
}

/**
 * A payback (simple or discounted: `years`) in words that fit the kind of step: a number of years
 * only when something is invested and paid back; "dominates 99.9 %" for a step that is cheaper and
 * at least as good as the level it starts from (`fromLabel`), never "immediate" for a negative
 * investment; "never (adds downtime)" for a target below where it starts.
 */
export function paybackText(
  step: Pick<StepFigures, 'kind' | 'annualSavings'>,
  years: Decimal | null,
  fromLabel: string,
): string {
  const words: Record<StepKind, () => string> = {
    'pays-back': () => formatPayback(years),
    free: () => 'immediate (nothing to invest)',
    dominates: () => `dominates ${fromLabel}`,
    'trade-off': () => `cheaper than ${fromLabel}, saves less`,
    never: () => (step.annualSavings.lt(0) ? 'never (adds downtime)' : 'never'),
    'no-change': () => 'no change',
  };
  return words[step.kind]();
}
