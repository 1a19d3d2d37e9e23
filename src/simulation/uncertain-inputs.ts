import type { CalculatorInputs } from '../model/scenarios';
import {
  rangeDistribution,
  sampleDistribution,
  type RangeDistribution,
  type RangeInput,
} from './range-distribution';
import { plainScenarioLabel } from './plain-label';
import { uniformStream } from './rng';
import { scenarioInvestmentOf, type ModelColumns } from './sampled-model';

/**
 * The input a range belongs to, as a path (the session keys its ranges the same way:
 * `ranges.downtimeCostPerHour`). Today: the downtime cost per hour, and each scenario's investment
 * and extra run cost, by scenario id. Later features add their own paths beside these
 * (`modes.<id>.eventsPerYear`, `levers.<id>.effect.hoursToRecover`, `dependencies.<id>.availability`),
 * each with its best estimate in `uncertainInputs` and its column in `ModelColumns`.
 */
export type UncertainInputKey =
  'downtimeCostPerHour' | `scenarios.${string}.investment` | `scenarios.${string}.annualRunCost`;

/** Ranges keyed by the input they belong to; an input without a range is a point (its best estimate). */
export type InputRanges = Partial<Record<UncertainInputKey, RangeInput>>;

/** The path of a scenario's one-time investment (its quote, or the rule's figure). */
export function scenarioInvestmentKey(scenarioId: string): UncertainInputKey {
  return `scenarios.${scenarioId}.investment`;
}

/** The path of a scenario's extra annual run cost. */
export function scenarioRunCostKey(scenarioId: string): UncertainInputKey {
  return `scenarios.${scenarioId}.annualRunCost`;
}

/** An input that holds a range: what it is called, its best estimate (the point value), its range and distribution. */
export interface UncertainInput {
  key: UncertainInputKey;
  /** In words, for the tornado and the samples: "Downtime cost per hour", "Investment of 99.9 %". */
  label: string;
  /** The point value every exact figure uses, in the input's unit (PERT's mode, the tornado's centre). */
  best: number;
  range: RangeInput;
  distribution: RangeDistribution;
}

/** Every input that can hold a range today, in a fixed order (the cost per hour, then each scenario's), with its best estimate. */
function rangeableInputs(inputs: CalculatorInputs): Array<Pick<UncertainInput, 'key' | 'label' | 'best'>> {
  return [
    { key: 'downtimeCostPerHour', label: 'Downtime cost per hour', best: inputs.downtimeCostPerHour },
    ...inputs.scenarios.flatMap((scenario) => [
      {
        key: scenarioInvestmentKey(scenario.id),
        // As the page shows the scenario: its own label, or its target when it follows it (label null).
        label: `Investment of ${plainScenarioLabel(scenario)}`,
        best: scenarioInvestmentOf(inputs, scenario),
      },
      {
        key: scenarioRunCostKey(scenario.id),
        label: `Extra run cost of ${plainScenarioLabel(scenario)}`,
        best: scenario.annualRunCost,
      },
    ]),
  ];
}

/**
 * The inputs that hold a range, in the fixed order of `rangeableInputs`. A range for an input that
 * is not there (a removed scenario) is ignored. Throws a RangeError naming the input when a range
 * has a problem (see `rangeProblem`).
 */
export function uncertainInputs(inputs: CalculatorInputs, ranges: InputRanges): UncertainInput[] {
  return rangeableInputs(inputs).flatMap((input) => {
    const range = ranges[input.key];
    if (range === undefined) return [];
    try {
      return [{ ...input, range, distribution: rangeDistribution(range, input.best) }];
    } catch (error) {
      throw new RangeError(`${input.label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/**
 * The draws of every uncertain input for `runs` runs under `seed`: each from its own stream, named by
 * its key, so the same seed gives the same draws of an input whatever other inputs hold ranges.
 * Every rangeable input is an amount that cannot fall below 0 (a cost per hour, an investment, a run
 * cost), but a uniform or PERT range reaches a little beyond its ends (they are its 5th and 95th
 * percentiles): a draw below 0 counts as 0, so a range from near 0 never samples a negative cost.
 */
export function drawInputs(
  uncertain: readonly UncertainInput[],
  runs: number,
  seed: string,
): Map<UncertainInputKey, Float64Array> {
  return new Map(
    uncertain.map((input) => [
      input.key,
      sampleDistribution(input.distribution, runs, uniformStream(seed, input.key)).map((draw) =>
        Math.max(0, draw),
      ),
    ]),
  );
}

/**
 * The model's columns for `runs` runs: the drawn column of each uncertain input, the best estimate
 * in every run for the others. Common random numbers by construction: one column per input, read
 * by every scenario and step.
 */
export function modelColumns(
  inputs: CalculatorInputs,
  values: ReadonlyMap<UncertainInputKey, Float64Array>,
  runs: number,
): ModelColumns {
  const column = (key: UncertainInputKey, best: number) => {
    const drawn = values.get(key);
    if (drawn === undefined) return new Float64Array(runs).fill(best);
    if (drawn.length !== runs) throw new RangeError(`${key}: ${drawn.length} values for ${runs} runs`);
    return drawn;
  };
  return {
    runs,
    downtimeCostPerHour: column('downtimeCostPerHour', inputs.downtimeCostPerHour),
    scenarios: inputs.scenarios.map((scenario) => ({
      investment: column(scenarioInvestmentKey(scenario.id), scenarioInvestmentOf(inputs, scenario)),
      annualRunCost: column(scenarioRunCostKey(scenario.id), scenario.annualRunCost),
    })),
  };
}
