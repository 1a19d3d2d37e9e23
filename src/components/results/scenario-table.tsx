import {
  formatHoursAndMinutes,
  formatInputNumber,
  formatMoney,
  formatPaybackPair,
  formatPercent,
} from '../../format/format';
import type { RangeResults } from '../../model/cost-range';
import type { CalculatorInputs, CalculatorResults, ScenarioResult } from '../../model/scenarios';
import type { CurrencyCode } from '../../format/format';
import { investmentText, paybackText, savingsText } from '../../format/scenario-text';

export interface ScenarioTableProps {
  results: CalculatorResults;
  /** The same inputs at the low and high cost per hour (row for row with `results`). */
  range: Pick<RangeResults, 'low' | 'high'>;
  inputs: CalculatorInputs;
  currency: CurrencyCode;
  compact: boolean;
}

/** Whether a scenario's investment against today is the rule's estimate or the user's quote. */
const ownSource = (s: ScenarioResult) => (s.investmentSource === 'rule' ? 'estimate' : 'quote');
/** A marginal step is an estimate when either end of it is priced by the rule. */
const stepSource = (s: ScenarioResult) =>
  s.investmentSource === 'rule' || s.marginal.fromInvestmentSource === 'rule' ? 'estimate' : 'quote';

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
            <th scope="col">Compared with</th>
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
                <th scope="row">
                  {s.label}
                  {s.dominatedBy ? (
                    <>
                      {' '}
                      <small className="row-note">dominated by {s.dominatedBy.label}</small>
                    </>
                  ) : null}
                </th>
                <td>{formatPercent(s.availabilityPercent)}</td>
                <td>{formatHoursAndMinutes(s.downtimeHours.month)}</td>
                <td>{money(s.annualDowntimeCost)}</td>
                <td>{savingsText(s.vsBaseline, money)}</td>
                <td>{low && high ? `${savingsText(low, money)} / ${savingsText(high, money)}` : '—'}</td>
                <td>{investmentText(s.vsBaseline.investment, ownSource(s), money)}</td>
                <td>{money(s.vsBaseline.annualRunCost)}</td>
                <td>{paybackText(s.vsBaseline, s.vsBaseline.paybackYears, 'today')}</td>
                <td>{low && high ? formatPaybackPair(low.paybackYears, high.paybackYears) : '—'}</td>
                <td>{money(s.vsBaseline.npv)}</td>
                <td>{paybackText(s.vsBaseline, s.vsBaseline.discountedPaybackYears, 'today')}</td>
                <td>
                  {s.marginal.fromLabel} ({formatPercent(s.marginal.fromAvailabilityPercent)})
                </td>
                <td>{savingsText(s.marginal, money)}</td>
                <td>{investmentText(s.marginal.investment, stepSource(s), money)}</td>
                <td>{paybackText(s.marginal, s.marginal.paybackYears, s.marginal.fromLabel)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
