import type { CalculatorInputs } from '../model/scenarios';
import { distributionQuantile } from './range-distribution';
import { sampledModel, type SampledStep } from './sampled-model';
import type { SimulationFailureModes } from './sampled-failure-modes';
import {
  modelColumns,
  type UncertainInput,
  type UncertainInputKey,
  type UncertainInputUnit,
} from './uncertain-inputs';

/** One bar of a tornado: the NPV when this input alone sits at its P10 and at its P90, the others at their best estimates. */
export interface TornadoBar {
  key: UncertainInputKey;
  label: string;
  /** The unit of `lowValue` and `highValue`. */
  unit: UncertainInputUnit;
  /** The input's own P10 and P90 (exact quantiles of its distribution), in its unit. */
  lowValue: number;
  highValue: number;
  /** NPV over the horizon, currency units, with the input at `lowValue` and at `highValue`. */
  npvAtLow: number;
  npvAtHigh: number;
  /** |npvAtHigh − npvAtLow|: the bars are sorted by it, widest first. */
  swing: number;
}

/** "What moves the answer" for one step: the NPV at every best estimate, and a bar per uncertain input. */
export interface Tornado {
  baseNpv: number;
  bars: TornadoBar[];
}

/** The tornado of each scenario's step against today and its marginal step, in input order. */
export interface ScenarioTornado {
  scenarioId: string;
  vsBaseline: Tornado;
  marginal: Tornado;
}

const P10 = 0.1;
const P90 = 0.9;

/**
 * One-at-a-time swings: each uncertain input alone at its P10 and P90 while every other input keeps
 * its best estimate, through the float64 twin. Every point is one "run" of a single model call
 * (run 0 at the best estimates, runs 2k + 1 and 2k + 2 for input k). Bars sorted by swing, widest
 * first; equal swings keep the inputs' order.
 */
export function tornadoes(
  inputs: CalculatorInputs,
  uncertain: readonly UncertainInput[],
  failureModes: SimulationFailureModes | null = null,
): ScenarioTornado[] {
  const runs = 1 + 2 * uncertain.length;
  const ends = uncertain.map((input) => ({
    low: distributionQuantile(input.distribution, P10),
    high: distributionQuantile(input.distribution, P90),
  }));
  const values = new Map<UncertainInputKey, Float64Array>(
    uncertain.map((input, k) => {
      const column = new Float64Array(runs).fill(input.best);
      column[2 * k + 1] = ends[k]!.low;
      column[2 * k + 2] = ends[k]!.high;
      return [input.key, column];
    }),
  );
  const results = sampledModel(inputs, modelColumns(inputs, values, runs, failureModes));
  const tornadoOf = (step: SampledStep): Tornado => ({
    baseNpv: step.npv[0]!,
    bars: uncertain
      .map((input, k) => {
        const npvAtLow = step.npv[2 * k + 1]!;
        const npvAtHigh = step.npv[2 * k + 2]!;
        return {
          key: input.key,
          label: input.label,
          unit: input.unit,
          lowValue: ends[k]!.low,
          highValue: ends[k]!.high,
          npvAtLow,
          npvAtHigh,
          swing: Math.abs(npvAtHigh - npvAtLow),
        };
      })
      .sort((a, b) => b.swing - a.swing),
  });
  return results.scenarios.map((scenario) => ({
    scenarioId: scenario.id,
    vsBaseline: tornadoOf(scenario.vsBaseline),
    marginal: tornadoOf(scenario.marginal),
  }));
}
