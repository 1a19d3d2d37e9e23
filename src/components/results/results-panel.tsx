import { useMemo } from 'react';
import {
  formatHoursAndMinutes,
  formatInputNumber,
  formatMoney,
  formatMoneyNumber,
  formatPercent,
} from '../../format/format';
import { evaluateRange } from '../../model/cost-range';
import { PERIOD_CONVENTIONS } from '../../model/periods';
import {
  useCompact,
  useCostRange,
  useCurrency,
  useInputs,
  useResults,
  useCalculatorActions,
} from '../../state/calculator-store';
import { fieldIssuesText, useFieldIssues } from '../../state/field-issues-store';
import { ScenarioTable } from './scenario-table';

/** Today's figures, the conventions in force, and the comparison table. */
export function ResultsPanel() {
  const inputs = useInputs();
  const results = useResults();
  const costRange = useCostRange();
  const range = useMemo(() => evaluateRange(inputs, costRange, results), [inputs, costRange, results]);
  const currency = useCurrency();
  const compact = useCompact();
  const actions = useCalculatorActions();
  const convention = PERIOD_CONVENTIONS[inputs.periodConvention];
  const issuesText = fieldIssuesText(useFieldIssues());
  return (
    <section className="panel results" aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      {/* Always in the page, so screen readers announce the line when it appears. */}
      <p className="figures-warning" role="status">
        {issuesText}
      </p>
      <output className="summary" aria-label="Today">
        Today, at {formatPercent(results.baseline.availabilityPercent)}:{' '}
        {formatHoursAndMinutes(results.baseline.downtimeHours.month)} of downtime a month, costing{' '}
        {formatMoney(results.baseline.annualDowntimeCost, currency)} a year.
      </output>
      <label className="toggle" data-export-exclude="">
        <input type="checkbox" checked={compact} onChange={(e) => actions.compactToggled(e.target.checked)} />{' '}
        Compact amounts
      </label>
      <ScenarioTable results={results} range={range} inputs={inputs} currency={currency} compact={compact} />
      <p className="hint">
        Low / high: at {formatMoneyNumber(costRange.low, currency)} and{' '}
        {formatMoneyNumber(costRange.high, currency)} an hour, the cost-per-hour range; investment is the same
        at every cost.
      </p>
      <details className="conventions" open>
        <summary>Conventions</summary>
        <ul>
          <li>Periods: {convention.description} Downtime a year = (1 − availability) × hours in a year.</li>
          <li>
            Annual downtime cost = downtime hours a year × downtime cost per hour; savings are against today.
          </li>
          <li>
            Investment (one-time) = k · (g<sup>n(target)</sup> − g<sup>n(today)</sup>), n = −log₁₀(1 −
            availability), g = {formatInputNumber(inputs.growthPerNine)} per nine, k set so that 99.5 % → 99.9
            % costs {formatInputNumber(inputs.calibrationMultiple)} × the annual infrastructure cost; a figure
            of your own replaces it.
          </li>
          <li>
            Payback = investment ÷ (annual savings − extra run cost); “never” when savings do not cover the
            run cost.
          </li>
          <li>
            NPV: investment now, net benefit at the end of each of {inputs.horizonYears} years, discounted at{' '}
            {formatInputNumber(inputs.discountRatePercent)} % a year; discounted payback interpolates within
            the year it turns positive.
          </li>
          <li>
            “(estimate)” marks an investment from the rule above; “(your quote)” one you typed. A scenario
            that another beats on availability, investment and run cost at once is marked “dominated”.
          </li>
          <li>Marginal figures compare each scenario with the next-lower one (or today).</li>
          <li>Amounts are computed exactly and rounded to whole currency units for display.</li>
        </ul>
      </details>
    </section>
  );
}
