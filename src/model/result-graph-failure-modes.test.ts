import { describe, expect, it } from 'vitest';
import type { CostRange } from './cost-range';
import { Dec } from './decimal';
import type { FigureId } from './figure';
import { SEED_EXAMPLE } from './presets';
import { evaluateResultGraph, PLAN_SCENARIO_ID, type ResultGraph } from './result-graph';
import type { CalculatorInputs } from './scenarios';

// The failure modes' levels in the result graph: a baseline from the catalogue is today's
// availability as if typed, and the plan is a scenario like any other, priced at its levers' sums.
// Each expectation compares with the same figures made the ordinary way (a typed baseline, a
// scenario with a quote), so none of them is a hard-coded figure.

const RANGE: CostRange = { low: 1_000_000, high: 5_000_000 };

/** Every figure's value by id, with the scenario id `from` renamed to `to` (to compare two graphs). */
function values(graph: ResultGraph, from?: string, to?: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [id, figure] of graph.figures)
    out[from && to ? id.replace(`scenario.${from}.`, `scenario.${to}.`) : id] =
      figure.value?.toString() ?? null;
  return out;
}

describe('the failure modes in the result graph', () => {
  it('takes today’s availability from the catalogue exactly as a typed one, with its own source', () => {
    const typed: CalculatorInputs = { ...SEED_EXAMPLE, baselineAvailabilityPercent: 99.7 };
    const fromModes = evaluateResultGraph(SEED_EXAMPLE, RANGE, {
      baselineAvailabilityPercent: new Dec('99.7'),
      plan: null,
    });
    expect(values(fromModes)).toEqual(values(evaluateResultGraph(typed, RANGE)));
    expect(fromModes.figure('baseline.availabilityPercent').source).toEqual({
      kind: 'input',
      input: 'failureModes.availabilityPercent',
    });
  });

  it('adds the plan as a scenario "Plan" with every figure a quoted scenario has, marginal ones included', () => {
    const plan = {
      availabilityPercent: new Dec('99.8'),
      investment: new Dec(75_000),
      annualRunCost: new Dec(1_000),
    };
    const withPlan = evaluateResultGraph(SEED_EXAMPLE, RANGE, { baselineAvailabilityPercent: null, plan });
    const asScenario = evaluateResultGraph(
      {
        ...SEED_EXAMPLE,
        scenarios: [
          ...SEED_EXAMPLE.scenarios,
          {
            id: 'q',
            label: 'Plan',
            availabilityPercent: 99.8,
            investmentOverride: 75_000,
            annualRunCost: 1_000,
          },
        ],
      },
      RANGE,
    );
    expect(withPlan.scenarioIds).toEqual([...SEED_EXAMPLE.scenarios.map((s) => s.id), PLAN_SCENARIO_ID]);
    expect(values(withPlan)).toEqual(values(asScenario, 'q', PLAN_SCENARIO_ID));
    expect(withPlan.scenario(PLAN_SCENARIO_ID).label).toBe('Plan');
    const investment: FigureId = `scenario.${PLAN_SCENARIO_ID}.investment`;
    expect(withPlan.figure(investment).source).toEqual({
      kind: 'input',
      input: 'failureModes.plan.investment',
    });
    expect(withPlan.value(`scenario.${PLAN_SCENARIO_ID}.marginal.investment`)).not.toBeNull();
  });
});
