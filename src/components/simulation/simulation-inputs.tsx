import { useId, useState } from 'react';
import { formatInputNumber } from '../../format/format';
import { parseBounded } from '../../format/parse';
import { scenarioFigureId } from '../../model/result-graph';
import {
  useCalculator,
  useCalculatorActions,
  useCurrency,
  useRanges,
  useScenarios,
} from '../../state/calculator-store';
import { useResultGraph } from '../../state/use-result-graph';
import { scenarioNames } from '../inputs/scenario-names';
import { NumberField } from '../inputs/number-field';
import { ScenarioRangeFields } from './scenario-range-fields';
import { RUNS_LIMIT, SEED_LENGTH_LIMIT, seedProblem } from './simulation-limits';

/**
 * The simulation's inputs while it is on: "Runs" and "Random seed" (saved in the session and the link),
 * and the range of each scenario's investment and extra run cost. The cost-per-hour range is with
 * the other inputs (cost-range-fields.tsx).
 */
export function SimulationInputs() {
  return (
    <>
      <SimulationSettingsFields />
      <ScenarioRangeList />
    </>
  );
}

/** "Runs" and "Random seed": they read the settings alone, so a step of another input leaves them be. */
function SimulationSettingsFields() {
  const settings = useCalculator((s) => s.simulation);
  const actions = useCalculatorActions();
  const seedId = useId();
  const [seedDraft, setSeedDraft] = useState(settings.seed);
  const [lastSeed, setLastSeed] = useState(settings.seed);
  if (settings.seed !== lastSeed) {
    setLastSeed(settings.seed);
    setSeedDraft(settings.seed);
  }
  const seedIssue = seedProblem(seedDraft);

  return (
    <>
      <p className="hint">
        Draws every range {formatInputNumber(settings.runs)} times and shows P10, P50 and P90 of each figure
        and the chance that a scenario pays back. The table above keeps using your figures.
      </p>
      <NumberField
        label="Runs"
        value={settings.runs}
        format={formatInputNumber}
        parse={(text) => parseBounded(text, { min: 1, max: RUNS_LIMIT, integer: true })}
        onCommit={(runs) => actions.simulationChanged({ runs })}
        hint="10,000 runs keep a P50 within about 1 % from one seed to another."
      />
      <div className="number-field">
        <label htmlFor={seedId}>Random seed</label>
        <input
          id={seedId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={SEED_LENGTH_LIMIT}
          value={seedDraft}
          aria-invalid={seedIssue ? true : undefined}
          aria-describedby={seedIssue ? `${seedId}-error` : undefined}
          onChange={(e) => {
            const seed = e.target.value;
            setSeedDraft(seed);
            if (seedProblem(seed) === null) actions.simulationChanged({ seed });
          }}
        />
        {seedIssue ? (
          <small id={`${seedId}-error`} className="field-error" role="alert">
            {seedIssue} The simulation keeps the seed “{settings.seed}”.
          </small>
        ) : null}
      </div>
    </>
  );
}

/**
 * The range of each scenario's investment and extra run cost, beside the figure the table uses for
 * it (the investment's moves with today's availability when the rule estimates it).
 */
function ScenarioRangeList() {
  const actions = useCalculatorActions();
  const scenarios = useScenarios();
  const ranges = useRanges();
  const currency = useCurrency();
  const graph = useResultGraph();
  const names = scenarioNames(scenarios);
  return (
    <>
      {scenarios.map((scenario, index) => {
        const name = names[index]!;
        const investmentKey = `scenarios.${scenario.id}.investment` as const;
        const runCostKey = `scenarios.${scenario.id}.annualRunCost` as const;
        return (
          <div key={scenario.id} className="scenario-ranges">
            <ScenarioRangeFields
              rangeKey={investmentKey}
              name={`Investment of ${name}`}
              best={graph.value(scenarioFigureId(scenario.id, 'investment'))!.toNumber()}
              range={ranges[investmentKey]}
              currency={currency}
              onChange={actions.rangeChanged}
            />
            <ScenarioRangeFields
              rangeKey={runCostKey}
              name={`Extra run cost of ${name}`}
              best={scenario.annualRunCost}
              range={ranges[runCostKey]}
              currency={currency}
              onChange={actions.rangeChanged}
            />
          </div>
        );
      })}
    </>
  );
}
