import type { CurrencyCode } from '../format/format';
import { INDUSTRIES, SEED_EXAMPLE, type IndustryId } from '../model/presets';
import type { InputRanges } from '../model/ranges';
import type { CalculatorInputs } from '../model/scenarios';

/**
 * The session: everything the user chose, as the store holds it, the browser saves it and a share
 * link carries it. A leaf module (it imports nothing from src/state), so that the store, the schema,
 * the storage adapter and the share-link codec can all depend on it without an import circle.
 */

export type PresetId = 'seed' | IndustryId;

/** Everything the user chose. Results are never stored: they are derived from this by the model. */
export interface CalculatorState {
  /** The point inputs (best estimates): every exact figure uses these. */
  inputs: CalculatorInputs;
  presetId: PresetId;
  /**
   * Ranges beside the point inputs, keyed by the input they belong to: today the downtime cost per
   * hour's (the seed's industry table gives ranges), which the low / high figures use.
   */
  ranges: InputRanges;
  currency: CurrencyCode;
  /** Compact money in the table ($69.1M instead of $69,120,000). */
  compact: boolean;
  /** Counter for new scenario ids, so ids never repeat within a session. */
  nextScenarioNumber: number;
}

export function defaultState(): CalculatorState {
  const ecommerce = INDUSTRIES.find((i) => i.id === 'ecommerce')!;
  return {
    inputs: structuredClone(SEED_EXAMPLE),
    presetId: 'seed',
    ranges: {
      downtimeCostPerHour: {
        low: ecommerce.costPerHourLow,
        high: ecommerce.costPerHourHigh,
        shape: 'lognormal',
      },
    },
    currency: 'USD',
    compact: false,
    nextScenarioNumber: SEED_EXAMPLE.scenarios.length + 1,
  };
}

/** The inputs part of a store's state, without the actions: what is saved and shared. */
export function sessionOf(state: CalculatorState): CalculatorState {
  const { inputs, presetId, ranges, currency, compact, nextScenarioNumber } = state;
  return { inputs, presetId, ranges, currency, compact, nextScenarioNumber };
}

/**
 * A change that replaces several inputs at once or removes one, so the page offers to undo it:
 * picking a preset, Reset, removing a scenario. `before` and `after` are the sessions around it.
 */
export interface UndoableChange {
  kind: 'preset' | 'reset' | 'scenario-removed';
  before: CalculatorState;
  after: CalculatorState;
}
