import {
  formatHoursAndMinutes,
  formatInputNumber,
  formatMoney,
  formatPayback,
  formatPaybackPair,
  formatPercent,
} from '../../format/format';
import type { RangeResults } from '../../model/cost-range';
import type { CalculatorInputs, CalculatorResults, StepFigures } from '../../model/scenarios';
import type { CurrencyCode } from '../../format/format';

export interface ScenarioTableProps {
  results: CalculatorResults;
  /** The same inputs at the low and high cost per hour (row for row with `results`). */
  range: Pick<RangeResults, 'low' | 'high'>;
  inputs: CalculatorInputs;
  currency: CurrencyCode;
  compact: boolean;
}

/** Savings text: "no savings" when a target does not beat the baseline (or the previous step). */
function savingsText(step: StepFigures, currency: CurrencyCode, compact: boolean): string {
  return step.annualSavings.lte(0) ? 'no savings' : formatMoney(step.annualSavings, currency, compact);
}

/** The results table "Scenario comparison": one row per target scenario, baseline and marginal figures. */
export function ScenarioTable({ results, range, inputs, currency, compact }: ScenarioTableProps) {
  const money = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, currency, compact);
  // Through Intl, so a tiny rate from a link or the field reads 0.0000001, never 1e-7.
  const horizon = `${inputs.horizonYears} y at ${formatInputNumber(inputs.discountRatePercent)}%`;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Scenario comparison, scrollable">
      <table aria-label="Scenario comparison" className="scenario-table">
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Availability</th>
            <th scope="col">Downtime a month</th>
            <th scope="col">Annual downtime cost</th>
            <th scope="col">Annual savings</th>
            <th scope="col">Savings at low / high cost</th>
            <th scope="col">Investment</th>
            <th scope="col">Extra run cost a year</th>
            <th scope="col">Payback</th>
            <th scope="col">Payback at low / high cost</th>
            <th scope="col">NPV ({horizon})</th>
            <th scope="col">Discounted payback</th>
            <th scope="col">Step from</th>
            <th scope="col">Marginal annual savings</th>
            <th scope="col">Marginal investment</th>
            <th scope="col">Marginal payback</th>
          </tr>
        </thead>
        <tbody>
          {results.scenarios.map((s, i) => {
            const low = range.low.scenarios[i]?.vsBaseline;
            const high = range.high.scenarios[i]?.vsBaseline;
            return (
              <tr key={s.id}>
                <th scope="row">{s.label}</th>
                <td>{formatPercent(s.availabilityPercent)}</td>
                <td>{formatHoursAndMinutes(s.downtimeHours.month)}</td>
                <td>{money(s.annualDowntimeCost)}</td>
                <td>{savingsText(s.vsBaseline, currency, compact)}</td>
                <td>
                  {low && high
                    ? `${savingsText(low, currency, compact)} / ${savingsText(high, currency, compact)}`
                    : '—'}
                </td>
                <td>
                  {money(s.vsBaseline.investment)}
                  {s.investmentSource === 'override' ? ' (your figure)' : ''}
                </td>
                <td>{money(s.vsBaseline.annualRunCost)}</td>
                <td>{formatPayback(s.vsBaseline.paybackYears)}</td>
                <td>{low && high ? formatPaybackPair(low.paybackYears, high.paybackYears) : '—'}</td>
                <td>{money(s.vsBaseline.npv)}</td>
                <td>{formatPayback(s.vsBaseline.discountedPaybackYears)}</td>
                <td>
                  {s.marginal.fromLabel} ({formatPercent(s.marginal.fromAvailabilityPercent)})
                </td>
                <td>{savingsText(s.marginal, currency, compact)}</td>
                <td>{money(s.marginal.investment)}</td>
                <td>{formatPayback(s.marginal.paybackYears)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
