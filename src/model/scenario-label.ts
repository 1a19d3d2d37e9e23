import { Dec } from './decimal';

/**
 * The label a scenario follows until the user writes one: its target availability in percent, as
 * "99.9 %". Exact digits of the plain number (decimal.js `toFixed()` with no rounding), so a tiny
 * target reads 0.0000001 %, never 1e-7 %.
 */
export function followingLabel(availabilityPercent: number): string {
  return `${new Dec(availabilityPercent).toFixed()} %`;
}

/**
 * The label a scenario shows: the user's own text, or, when `label` is null (the scenario follows
 * its target), `followingLabel` of the target, so "99.9 %" becomes "99.95 %" when the target does.
 */
export function scenarioLabel(scenario: { label: string | null; availabilityPercent: number }): string {
  return scenario.label ?? followingLabel(scenario.availabilityPercent);
}
