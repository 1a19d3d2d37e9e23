import type { CalculatorInputs } from '../model/scenarios';
import { distributionQuantile, type RangeInput } from './range-distribution';
import { sampledModel, type SampledResults, type SampledStep } from './sampled-model';
import {
  chanceAboveOfSorted,
  chanceAtMostOfSorted,
  exceedanceOfSorted,
  histogramOfSorted,
  paybackPercentilesOf,
  percentilesOf,
  scaledSortedCopy,
  sortedCopy,
  type Chance,
  type ExceedancePoint,
  type Histogram,
  type PaybackPercentiles,
  type Percentiles,
} from './summarise';
import { tornadoes, type Tornado } from './tornado';
import { inputsWithToday, type SimulationFailureModes } from './sampled-failure-modes';
import {
  drawInputs,
  modelColumns,
  uncertainInputs,
  type InputRanges,
  type UncertainInput,
  type UncertainInputKey,
  type UncertainInputUnit,
} from './uncertain-inputs';

/** Runs when the user has not said ("Runs"): enough that a P50 moves well under 1 % between seeds. */
export const DEFAULT_RUNS = 10_000;
/** The most runs one simulation takes (memory: about 100 columns × 8 bytes × runs). */
export const MAX_RUNS = 100_000;
/** The seed when the user has not said ("Random seed"). */
export const DEFAULT_SEED = 'nines';
/** The longest seed text taken. */
export const MAX_SEED_LENGTH = 100;

/** What to simulate: the exact model's inputs (points), the ranges of some of them, how many runs and the seed. */
export interface SimulationJob {
  inputs: CalculatorInputs;
  ranges: InputRanges;
  /** Whole number, 1 … MAX_RUNS. */
  runs: number;
  /** Any text up to MAX_SEED_LENGTH characters; the same text gives the same runs on every machine. */
  seed: string;
  /**
   * The failure modes when the comparison takes them (today's availability from the catalogue, or
   * a "Plan" row): their fields typed as ranges are uncertain inputs too. Absent or null: none.
   */
  failureModes?: SimulationFailureModes | null;
}

/** A step over all runs: P10/P50/P90 of its figures, its chances, and NPV's distribution and tornado. */
export interface StepSummary {
  annualSavings: Percentiles;
  paybackYears: PaybackPercentiles;
  npv: Percentiles;
  /** Runs whose simple payback is at most the horizon (a step that needs nothing and saves pays back at once). */
  paysBackWithinHorizon: Chance;
  /** Runs whose NPV over the horizon is above 0. */
  positiveNpv: Chance;
  npvHistogram: Histogram;
  npvExceedance: ExceedancePoint[];
  /** What moves this step's NPV: each uncertain input alone at its P10 and P90. */
  tornado: Tornado;
  /** True when no run changes anything (no savings, investment or run cost): a target equal to where it starts. */
  changesNothing: boolean;
}

/** One scenario over all runs: P10/P50/P90 of its annual downtime cost, and its two steps. */
export interface ScenarioSummary {
  id: string;
  label: string;
  annualDowntimeCost: Percentiles;
  vsBaseline: StepSummary;
  /** The step from the next-lower scenario (`fromId`), or from today (`fromId` null: then equal to `vsBaseline`). */
  marginal: StepSummary & { fromId: string | null; fromLabel: string };
}

/** An uncertain input as the simulation read it: its range, best estimate and exact P10/P50/P90. */
export interface InputSummary {
  key: UncertainInputKey;
  label: string;
  /** What its values are (money, incidents a year, minutes, a share of users as a fraction, a change in percent). */
  unit: UncertainInputUnit;
  best: number;
  range: RangeInput;
  p10: number;
  p50: number;
  p90: number;
}

/** Everything the Uncertainty panel shows, as plain numbers (currency units, years). */
export interface SimulationSummary {
  runs: number;
  seed: string;
  horizonYears: number;
  inputs: InputSummary[];
  baseline: { annualDowntimeCost: Percentiles };
  scenarios: ScenarioSummary[];
}

/** What is wrong with a job, in words (null when nothing is). Ranges are checked when read. */
export function jobProblem(job: SimulationJob): string | null {
  if (!Number.isInteger(job.runs) || job.runs < 1 || job.runs > MAX_RUNS)
    return `Runs must be a whole number from 1 to ${MAX_RUNS.toLocaleString('en-US')}.`;
  if (typeof job.seed !== 'string' || job.seed.length > MAX_SEED_LENGTH)
    return `The random seed must be a text of at most ${MAX_SEED_LENGTH} characters.`;
  return null;
}

/** The raw runs of a job: its uncertain inputs, their draws, and the twin's figures in every run. */
export interface SimulationRuns {
  uncertain: UncertainInput[];
  draws: Map<UncertainInputKey, Float64Array>;
  results: SampledResults;
}

/** Draws every uncertain input and evaluates the twin for every run. Throws a RangeError on a bad job or range. */
export function simulateRuns(job: SimulationJob): SimulationRuns {
  const problem = jobProblem(job);
  if (problem !== null) throw new RangeError(problem);
  const failureModes = job.failureModes ?? null;
  const inputs = inputsWithToday(job.inputs, failureModes);
  const uncertain = uncertainInputs(inputs, job.ranges, failureModes);
  const draws = drawInputs(uncertain, job.runs, job.seed);
  return {
    uncertain,
    draws,
    results: sampledModel(inputs, modelColumns(inputs, draws, job.runs, failureModes)),
  };
}

/** Whether every run of a step has no savings, no investment and no run cost. */
function changesNothing(step: SampledStep): boolean {
  for (let i = 0; i < step.npv.length; i += 1) {
    if (step.annualSavings[i] !== 0 || step.investment[i] !== 0 || step.annualRunCost[i] !== 0) return false;
  }
  return true;
}

/**
 * The ascending copy of a column in `scratch` (a buffer of one column's length, reused for every
 * sort). A column that is `multiple` (≥ 0) × the cost per hour in every run is the sorted cost
 * scaled: a sort of ten thousand values is the largest single cost of a summary.
 */
type SortInto = (values: Float64Array, multiple?: number | null) => Float64Array;

function sortInto(costPerHour: Float64Array, scratch: Float64Array): SortInto {
  let sortedCost: Float64Array | null = null;
  return (values, multiple = null) => {
    if (multiple === null || !(multiple >= 0)) return sortedCopy(values, scratch);
    sortedCost ??= sortedCopy(costPerHour);
    return scaledSortedCopy(sortedCost, multiple, scratch);
  };
}

/** A step's summary; `sorted` gives a column's ascending copy (see `sortInto`). */
function stepSummary(
  step: SampledStep,
  horizonYears: number,
  tornado: Tornado,
  sorted: SortInto,
): StepSummary {
  const annualSavings = percentilesOf(
    step.annualSavings,
    sorted(step.annualSavings, step.savingsPerCostPerHour),
  );
  // The chance is read off the sorted copy before the next sort reuses its buffer.
  const sortedPayback = sorted(step.paybackYears);
  const paybackYears = paybackPercentilesOf(step.paybackYears, sortedPayback);
  const paysBackWithinHorizon = chanceAtMostOfSorted(sortedPayback, horizonYears);
  const sortedNpv = sorted(step.npv);
  return {
    annualSavings,
    paybackYears,
    npv: percentilesOf(step.npv, sortedNpv),
    paysBackWithinHorizon,
    positiveNpv: chanceAboveOfSorted(sortedNpv, 0),
    npvHistogram: histogramOfSorted(sortedNpv),
    npvExceedance: exceedanceOfSorted(sortedNpv),
    tornado,
    changesNothing: changesNothing(step),
  };
}

/** Summarises the runs of a job (see `SimulationSummary`). */
export function summariseRuns(job: SimulationJob, runs: SimulationRuns): SimulationSummary {
  const { horizonYears } = job.inputs;
  const failureModes = job.failureModes ?? null;
  const swings = tornadoes(inputsWithToday(job.inputs, failureModes), runs.uncertain, failureModes);
  const sorted = sortInto(runs.results.downtimeCostPerHour, new Float64Array(job.runs));
  const percentiles = (values: Float64Array, multiple: number | null) =>
    percentilesOf(values, sorted(values, multiple));
  return {
    runs: job.runs,
    seed: job.seed,
    horizonYears,
    inputs: runs.uncertain.map((input) => ({
      key: input.key,
      label: input.label,
      unit: input.unit,
      best: input.best,
      range: input.range,
      p10: distributionQuantile(input.distribution, 0.1),
      p50: distributionQuantile(input.distribution, 0.5),
      p90: distributionQuantile(input.distribution, 0.9),
    })),
    baseline: {
      annualDowntimeCost: percentiles(
        runs.results.baseline.annualDowntimeCost,
        runs.results.baseline.downtimeHoursPerYear,
      ),
    },
    scenarios: runs.results.scenarios.map((scenario, index) => {
      const tornado = swings[index]!;
      const vsBaseline = stepSummary(scenario.vsBaseline, horizonYears, tornado.vsBaseline, sorted);
      const { fromId, fromLabel } = scenario.marginal;
      const marginal =
        fromId === null ? vsBaseline : stepSummary(scenario.marginal, horizonYears, tornado.marginal, sorted);
      return {
        id: scenario.id,
        label: scenario.label,
        annualDowntimeCost: percentiles(scenario.annualDowntimeCost, scenario.downtimeHoursPerYear),
        vsBaseline,
        marginal: { ...marginal, fromId, fromLabel },
      };
    }),
  };
}

/** Simulates a job and summarises it: the engine the runners call. Throws a RangeError on a bad job or range. */
export function simulate(job: SimulationJob): SimulationSummary {
  return summariseRuns(job, simulateRuns(job));
}
