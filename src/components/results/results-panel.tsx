import { lazy, Suspense } from 'react';
import {
  formatHoursAndMinutes,
  formatInputNumber,
  formatMoney,
  formatMoneyNumber,
  formatPercent,
} from '../../format/format';
import { CONVENTIONS, FORMULAS } from '../../model/formulas';
import { PERIOD_CONVENTIONS } from '../../model/periods';
import {
  useCalculator,
  useCompact,
  useCostRange,
  useCurrency,
  useCalculatorActions,
  useShowAllColumns,
} from '../../state/calculator-store';
import { fieldIssuesText, useFieldIssues } from '../../state/field-issues-store';
import { useResultGraph } from '../../state/use-result-graph';
import { ScenarioTable } from './scenario-table';
import { useUnreachableTargets } from './use-unreachable-targets';
import { useIrrFigures } from './use-irr-figures';

// With the simulation on, its percentiles take the place of the cost range's columns: their words and
// figures load with it, once it is switched on (the first results do not carry them).
const SimulatedColumns = lazy(() =>
  import('../simulation/simulated-columns').then((module) => ({ default: module.SimulatedColumns })),
);

/** Capitalises a formula's words for the start of a sentence. */
const sentence = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;

/** Today's figures, the conventions in force, and the comparison table, all read from the result graph. */
export function ResultsPanel() {
  const showAllColumns = useShowAllColumns();
  // The full table shows the IRR, whose figures load on demand.
  const graph = useIrrFigures(useResultGraph(), showAllColumns);
  const costRange = useCostRange();
  const currency = useCurrency();
  const compact = useCompact();
  const actions = useCalculatorActions();
  const convention = PERIOD_CONVENTIONS[graph.periodConvention];
  const issuesText = fieldIssuesText(useFieldIssues());
  const unreachable = useUnreachableTargets();
  const simulating = useCalculator((s) => s.simulation.enabled);
  const amount = (id: Parameters<typeof graph.value>[0]) => graph.value(id)!;
  const plain = (id: Parameters<typeof graph.value>[0]) => formatInputNumber(amount(id).toNumber());
  const tableProps = { graph, currency, compact, showAllColumns, unreachable };
  const lowHigh = showAllColumns ? (
    <p className="hint">
      Low / high: at {formatMoneyNumber(costRange.low, currency)} and{' '}
      {formatMoneyNumber(costRange.high, currency)} an hour, the cost-per-hour range; investment is the same
      at every cost.
    </p>
  ) : null;
  const exact = (
    <>
      <ScenarioTable {...tableProps} />
      {lowHigh}
    </>
  );
  return (
    <section className="panel results" aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      {/* Always in the page, so screen readers announce the line when it appears. */}
      <p className="figures-warning" role="status">
        {issuesText}
      </p>
      <output className="summary" aria-label="Today">
        Today, at {formatPercent(amount('baseline.availabilityPercent'))}:{' '}
        {formatHoursAndMinutes(amount('baseline.downtimeHoursPerMonth'))} of downtime a month, costing{' '}
        {formatMoney(amount('baseline.annualDowntimeCost'), currency)} a year.
      </output>
      <label className="toggle" data-export-exclude="">
        <input type="checkbox" checked={compact} onChange={(e) => actions.compactToggled(e.target.checked)} />{' '}
        Compact amounts
      </label>{' '}
      <button
        type="button"
        className="toggle-button"
        aria-pressed={showAllColumns}
        data-export-exclude=""
        onClick={() => actions.showAllColumnsToggled(!showAllColumns)}
      >
        Show all columns
      </button>
      {simulating ? (
        // Until its chunk is here (the first switch-on), the columns at the ends of the cost range stay.
        <Suspense fallback={exact}>
          <SimulatedColumns table={tableProps} lowHigh={lowHigh} />
        </Suspense>
      ) : (
        exact
      )}
      <details className="conventions" open>
        <summary>Conventions</summary>
        <ul>
          <li>
            Periods: {convention.description} Downtime a year is {FORMULAS.downtimeHoursPerYear.words}.
          </li>
          <li>
            Annual downtime cost = {FORMULAS.annualDowntimeCost.words}; annual savings ={' '}
            {FORMULAS.annualSavings.words}, against today.
          </li>
          <li>
            Investment (one-time), by the rule of thumb: {FORMULAS.ruleInvestment.words}; n = −log₁₀(1 −
            availability), g = {plain('input.growthPerNine')} per nine, and k set so that 99.5 % → 99.9 %
            costs {plain('input.calibrationMultiple')} × the annual infrastructure cost. A figure of your own
            replaces it. “(estimate)” marks an investment from the rule; “(your quote)” one you typed. A
            scenario that another beats on availability, investment and run cost at once is marked
            “dominated”.
          </li>
          <li>Payback = {FORMULAS.paybackYears.words}.</li>
          <li>
            NPV over {plain('input.horizonYears')} years at {plain('input.discountRatePercent')} % a year:{' '}
            {CONVENTIONS.endOfYearCashFlows.words} {sentence(FORMULAS.discountedPaybackYears.words)}
          </li>
          <li>{CONVENTIONS.marginalStep.words}</li>
          <li>{CONVENTIONS.exactDecimals.words}</li>
        </ul>
      </details>
    </section>
  );
}
