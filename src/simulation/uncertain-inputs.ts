import type { CalculatorInputs } from '../model/scenarios';
import {
  rangeDistribution,
  sampleDistribution,
  type RangeDistribution,
  type RangeInput,
} from './range-distribution';
import { plainScenarioLabel } from './plain-label';
import { uniformStream } from './rng';
import { dependencyValueInputs, type DependencyInputKey } from './sampled-dependencies';
import {
  bestCatalogue,
  modeValueInputs,
  sampledCatalogue,
  unitBounds,
  type LeverCost,
  type ModeValueInput,
  type ModeValueUnit,
  type PlannedLever,
  type SimulationFailureModes,
} from './sampled-failure-modes';
import {
  ruleInvestmentFromUnavailability,
  scenarioInvestmentOf,
  unavailabilityOf,
  type ModelColumns,
} from './sampled-model';

/**
 * The input a range belongs to, as a path (the session keys its ranges the same way:
 * `ranges.downtimeCostPerHour`): the downtime cost per hour, and each scenario's investment and
 * extra run cost, by scenario id. The failure modes' fields (`modes.<id>.frequency`, …) and the
 * planned levers' values after (`levers.<id>.timeToRecover`, …) take their ranges from their own
 * texts ("1-2 per year"), not from the session's ranges.
 */
export type UncertainInputKey =
  | 'downtimeCostPerHour'
  | `scenarios.${string}.investment`
  | `scenarios.${string}.annualRunCost`
  | ModeValueInput['key']
  | DependencyInputKey;

/**
 * The unit of an uncertain input's values: currency units (an hour, once, or a year), a failure-mode
 * value's, or a dependency's unavailability (its share of time down, 0–1: its availability given as
 * a range is drawn as the lognormal of its unavailability).
 */
export type UncertainInputUnit = 'money' | ModeValueUnit | 'unavailability';

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
  /** What its values are: money, incidents a year, minutes, a share of users (fraction), a change in percent. */
  unit: UncertainInputUnit;
}

type Rangeable = Pick<UncertainInput, 'key' | 'label' | 'best' | 'unit'>;

/** Every input that can hold a range today, in a fixed order (the cost per hour, then each scenario's), with its best estimate. */
function rangeableInputs(inputs: CalculatorInputs): Rangeable[] {
  return [
    {
      key: 'downtimeCostPerHour',
      label: 'Downtime cost per hour',
      best: inputs.downtimeCostPerHour,
      unit: 'money',
    },
    ...inputs.scenarios.flatMap((scenario) => [
      {
        key: scenarioInvestmentKey(scenario.id),
        // As the page shows the scenario: its own label, or its target when it follows it (label null).
        label: `Investment of ${plainScenarioLabel(scenario)}`,
        best: scenarioInvestmentOf(inputs, scenario),
        unit: 'money' as const,
      },
      {
        key: scenarioRunCostKey(scenario.id),
        label: `Extra run cost of ${plainScenarioLabel(scenario)}`,
        best: scenario.annualRunCost,
        unit: 'money' as const,
      },
    ]),
  ];
}

/**
 * The inputs that hold a range, in the fixed order of `rangeableInputs`, then the failure modes'
 * fields and the planned levers' values typed as ranges (`modeValueInputs`), then the joined
 * dependencies given as ranges (`dependencyValueInputs`). A range for an input
 * that is not there (a removed scenario) is ignored. Throws a RangeError naming the input when a
 * range has a problem (see `rangeProblem`). `inputs` carries today's availability the comparison
 * uses (the catalogue's best estimate when it comes from the failure modes).
 */
export function uncertainInputs(
  inputs: CalculatorInputs,
  ranges: InputRanges,
  failureModes: SimulationFailureModes | null = null,
): UncertainInput[] {
  const fromModes = [
    ...(failureModes === null ? [] : modeValueInputs(failureModes, inputs.periodConvention)),
    ...dependencyValueInputs(failureModes?.uncertainDependencies ?? []),
  ];
  const modeRanges = new Map<UncertainInputKey, RangeInput | null>(
    fromModes.map((input) => [input.key, input.range]),
  );
  const all: Rangeable[] = [...rangeableInputs(inputs), ...fromModes];
  return all.flatMap((input) => {
    const range = modeRanges.has(input.key) ? modeRanges.get(input.key) : ranges[input.key];
    if (range === undefined || range === null) return [];
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
 * Every rangeable amount cannot fall below 0 (a cost per hour, an investment, a run cost, a count
 * or a time), but a uniform or PERT range reaches a little beyond its ends (they are its 5th and
 * 95th percentiles) and a lognormal has no top: a draw below 0 counts as 0, so a range from near 0
 * never samples a negative cost; a share of users above 100 % counts as 100 %; a change below
 * −100 % counts as −100 %.
 */
export function drawInputs(
  uncertain: readonly UncertainInput[],
  runs: number,
  seed: string,
): Map<UncertainInputKey, Float64Array> {
  return new Map(
    uncertain.map((input) => {
      const { min, max } =
        input.unit === 'money'
          ? { min: 0, max: Infinity }
          : input.unit === 'unavailability'
            ? { min: 0, max: 1 }
            : unitBounds(input.unit);
      const draws = sampleDistribution(input.distribution, runs, uniformStream(seed, input.key));
      // In place, in a plain loop: a callback per draw (`map`) is the slowest part of a first run,
      // before the engine has compiled it.
      for (let i = 0; i < draws.length; i += 1) draws[i] = Math.min(max, Math.max(min, draws[i]!));
      return [input.key, draws];
    }),
  );
}

/**
 * The model's columns for `runs` runs: the drawn column of each uncertain input, the best estimate
 * in every run for the others. Common random numbers by construction: one column per input, read
 * by every scenario and step. With failure modes: today's unavailability in every run from the
 * catalogue (when the comparison takes it; a scenario priced by the rule then costs what the rule
 * says from that run's today), and the plan of levers as one more scenario.
 */
export function modelColumns(
  inputs: CalculatorInputs,
  values: ReadonlyMap<UncertainInputKey, Float64Array>,
  runs: number,
  failureModes: SimulationFailureModes | null = null,
): ModelColumns {
  const column = (key: UncertainInputKey, best: number) => {
    const drawn = values.get(key);
    if (drawn === undefined) return new Float64Array(runs).fill(best);
    if (drawn.length !== runs) throw new RangeError(`${key}: ${drawn.length} values for ${runs} runs`);
    return drawn;
  };
  const catalogue =
    failureModes === null ? null : sampledCatalogue(failureModes, inputs.periodConvention, runs, column);
  const best = failureModes === null ? null : bestCatalogue(failureModes, inputs.periodConvention);
  const todayFromModes = catalogue !== null && failureModes!.baselineFromModes;
  const baseline = todayFromModes
    ? { unavailability: catalogue.unavailability, bestUnavailability: best!.unavailability }
    : undefined;
  const investmentOf = (scenario: CalculatorInputs['scenarios'][number]) => {
    const key = scenarioInvestmentKey(scenario.id);
    if (baseline === undefined || scenario.investmentOverride !== null || values.has(key))
      return column(key, scenarioInvestmentOf(inputs, scenario));
    // The rule from each run's own today: a worse today leaves less to buy.
    const target = unavailabilityOf(scenario.availabilityPercent);
    return baseline.unavailability.map((today) => ruleInvestmentFromUnavailability(inputs, target, today));
  };
  const levers = failureModes?.planLevers ?? null;
  // The plan's cost in every run: the sum of its levers' (each drawn when typed as a range).
  const planCost = (planned: readonly PlannedLever[], cost: LeverCost) => {
    const total = new Float64Array(runs);
    for (const lever of planned) {
      const values = column(`levers.${lever.id}.${cost}`, lever[cost] ?? 0);
      for (let i = 0; i < runs; i += 1) total[i] = total[i]! + values[i]!;
    }
    return total;
  };
  const plan =
    catalogue?.planUnavailability && typeof best?.planUnavailability === 'number' && levers !== null
      ? {
          unavailability: catalogue.planUnavailability,
          bestUnavailability: best.planUnavailability,
          investment: planCost(levers, 'oneTimeCost'),
          annualRunCost: planCost(levers, 'annualRunCost'),
        }
      : undefined;
  return {
    runs,
    downtimeCostPerHour: column('downtimeCostPerHour', inputs.downtimeCostPerHour),
    scenarios: inputs.scenarios.map((scenario) => ({
      investment: investmentOf(scenario),
      annualRunCost: column(scenarioRunCostKey(scenario.id), scenario.annualRunCost),
    })),
    ...(baseline ? { baseline } : {}),
    ...(plan ? { plan } : {}),
  };
}
