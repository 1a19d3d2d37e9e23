import type { RangeInput } from './ranges';
import { evaluate, type CalculatorInputs, type CalculatorResults } from './scenarios';

/** Low and high ends of the cost per hour, currency units an hour: the range's ends, whatever its shape. */
export type CostRange = Pick<RangeInput, 'low' | 'high'>;

/** The model's results at the low end, the current cost (mid) and the high end of the cost per hour. */
export interface RangeResults {
  low: CalculatorResults;
  mid: CalculatorResults;
  high: CalculatorResults;
}

/**
 * Evaluates the inputs three times: with downtimeCostPerHour replaced by `costRange.low` (currency
 * units an hour), as given (the midpoint: the current cost), and replaced by `costRange.high`.
 * Everything else, investment included, is unchanged. The ends are taken as given (the current cost
 * need not lie between them). Pass `mid` when `evaluate(inputs)` is already at hand, to skip
 * recomputing it. Exact, not rounded.
 */
export function evaluateRange(
  inputs: CalculatorInputs,
  costRange: CostRange,
  mid: CalculatorResults = evaluate(inputs),
): RangeResults {
  return {
    low: evaluate({ ...inputs, downtimeCostPerHour: costRange.low }),
    mid,
    high: evaluate({ ...inputs, downtimeCostPerHour: costRange.high }),
  };
}
