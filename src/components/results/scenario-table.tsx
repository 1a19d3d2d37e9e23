import {
  formatHoursAndMinutes,
  formatInputNumber,
  formatMoney,
  formatPaybackPair,
  formatPercent,
  type CurrencyCode,
} from '../../format/format';
import { investmentText, paybackText, savingsText } from '../../format/scenario-text';
import type { FigureId, StepFigureName } from '../../model/figure';
import {
  costEndFigureId,
  levelFigureId,
  marginalFigureId,
  scenarioFigureId,
  type ResultGraph,
} from '../../model/result-graph';

export interface ScenarioTableProps {
  /** Every figure the table shows, from the model's result graph. */
  graph: ResultGraph;
  currency: CurrencyCode;
  compact: boolean;
  /** Why a target cannot be reached, by scenario id (above the ceiling from dependencies); absent = reachable. */
  unreachable?: ReadonlyMap<string, string> | null;
}

/**
 * The results table "Scenario comparison": one row per target scenario, its figures against today,
 * at the ends of the cost-per-hour range, and against the next-lower level. Every cell reads a figure
 * of the result graph; the words around them (estimate, dominated, more downtime) come from what the
 * graph says each scenario and step is.
 */
export function ScenarioTable({ graph, currency, compact, unreachable = null }: ScenarioTableProps) {
  const money = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, currency, compact);
  const value = (id: FigureId) => graph.value(id);
  /** A figure that always has a value (amounts, availability, downtime). */
  const amount = (id: FigureId) => graph.value(id)!;
  const horizonYears = amount('input.horizonYears');
  // Through Intl, so a tiny rate from a link or the field reads 0.0000001, never 1e-7.
  const horizon = `${horizonYears.toString()} y at ${formatInputNumber(amount('input.discountRatePercent').toNumber())}%`;
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
          {graph.scenarioIds.map((id) => {
            const info = graph.scenario(id);
            const own = (
              name: StepFigureName | 'availabilityPercent' | 'downtimeHoursPerMonth' | 'annualDowntimeCost',
            ) => scenarioFigureId(id, name);
            const step = (name: StepFigureName) => marginalFigureId(id, name);
            const vsToday = { kind: info.kind.vsBaseline, annualSavings: amount(own('annualSavings')) };
            const marginal = { kind: info.kind.marginal, annualSavings: amount(step('annualSavings')) };
            const from = info.stepFrom;
            const fromSource =
              from.scenarioId === null ? null : graph.scenario(from.scenarioId).investmentSource;
            const ownSource = info.investmentSource === 'rule' ? 'estimate' : 'quote';
            // A marginal step is an estimate when either end of it is priced by the rule.
            const stepSource =
              info.investmentSource === 'rule' || fromSource === 'rule' ? 'estimate' : 'quote';
            const atEnd = (end: 'lowCost' | 'highCost') => ({
              annualSavings: amount(costEndFigureId(id, end, 'annualSavings')),
            });
            return (
              <tr key={id}>
                <th scope="row">
                  {info.label}
                  {info.dominatedBy ? (
                    <>
                      {' '}
                      <small className="row-note">dominated by {info.dominatedBy.label}</small>
                    </>
                  ) : null}
                  {unreachable?.has(id) ? (
                    <>
                      {' '}
                      <small className="row-note unreachable">{unreachable.get(id)}</small>
                    </>
                  ) : null}
                </th>
                <td>{formatPercent(amount(own('availabilityPercent')))}</td>
                <td>{formatHoursAndMinutes(amount(own('downtimeHoursPerMonth')))}</td>
                <td>{money(amount(own('annualDowntimeCost')))}</td>
                <td>{savingsText(vsToday, money)}</td>
                <td>{`${savingsText(atEnd('lowCost'), money)} / ${savingsText(atEnd('highCost'), money)}`}</td>
                <td>{investmentText(amount(own('investment')), ownSource, money)}</td>
                <td>{money(amount(own('annualRunCost')))}</td>
                <td>{paybackText(vsToday, value(own('paybackYears')), 'today')}</td>
                <td>
                  {formatPaybackPair(
                    value(costEndFigureId(id, 'lowCost', 'paybackYears')),
                    value(costEndFigureId(id, 'highCost', 'paybackYears')),
                  )}
                </td>
                <td>{money(amount(own('npv')))}</td>
                <td>{paybackText(vsToday, value(own('discountedPaybackYears')), 'today')}</td>
                <td>
                  {from.label} ({formatPercent(amount(levelFigureId(from.scenarioId, 'availabilityPercent')))}
                  )
                </td>
                <td>{savingsText(marginal, money)}</td>
                <td>{investmentText(amount(step('investment')), stepSource, money)}</td>
                <td>{paybackText(marginal, value(step('paybackYears')), from.label)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
