import { useState, type ReactNode } from 'react';
import type Decimal from 'decimal.js';
import {
  formatInputNumber,
  formatMoney,
  formatNumber,
  formatPayback,
  formatPercent,
  type CurrencyCode,
} from '../../format/format';
import { FAILURE_MODE_FIELDS, type LeverFigures } from '../../model/failure-modes';
import { useCalculatorActions, useInputs } from '../../state/calculator-store';
import { leverAdded, leverEdited, leverRemoved } from '../../state/failure-modes-edits';
import { fieldKey, type FailureModesReading } from '../../state/failure-modes-reading';
import { FailureTextField } from './failure-text-field';
import {
  FIELD_LABELS,
  leverFigureId,
  planFigureId,
  uniqueRowNames,
  type FailureModeFigureId,
} from '../../model/failure-mode-figures';
import { minutesText } from '../../format/failure-text';
import { irrText } from './failure-figures-text';

export interface LeverTableProps {
  reading: FailureModesReading;
  /** The failure modes' names as their fields use them (unique). */
  names: readonly string[];
  currency: CurrencyCode;
  compact: boolean;
  /** A figure of the failure-mode graph as a button that explains it. */
  figure: (id: FailureModeFigureId, text: string) => ReactNode;
}

/**
 * The table "Levers": each lever's mode, its values after, its costs, and what it does alone (bad
 * minutes and hours avoided, savings, net benefit, payback, NPV and IRR), ranked by NPV; a lever
 * without its costs shows "cost needed", never a figure as if it were free. Below it, the plan.
 * While a field in the table has focus the order holds still, so a row does not move under the cursor.
 */
export function LeverTable({ reading, names, currency, compact, figure }: LeverTableProps) {
  const { failureModesEdited: edit } = useCalculatorActions();
  const inputs = useInputs();
  const [heldOrder, setHeldOrder] = useState<string[] | null>(null);
  const money = (value: Decimal) => formatMoney(value, currency, compact);
  const byId = new Map(reading.levers.map((l, index) => [l.row.id, { lever: l, index }]));
  const figuresById = new Map(reading.rankedLevers.map((f) => [f.leverId, f]));
  const ranked = reading.rankedLevers.map((f) => f.leverId);
  const order = heldOrder
    ? [...heldOrder.filter((id) => byId.has(id)), ...ranked.filter((id) => !heldOrder.includes(id))]
    : ranked;
  const leverLabels = uniqueRowNames(
    reading.levers.map((l) => l.row.name),
    'lever',
    'lever',
  );
  const modeName = new Map(reading.modes.map((m, i) => [m.row.id, names[i]!]));
  const plan = reading.plan;
  return (
    <div className="levers">
      <h3>Levers</h3>
      <p className="hint">
        Each lever changes one failure mode: write its values after the lever (blank = unchanged; a new value
        like “1 min”; a change like “−50 %” or “50 % less”; or a range of changes like “−30 % to −60 %”,
        “−30–60 %” or “30-60 % less”, whose midpoint the figures use and the simulation draws from) and what
        it costs. Ranked by NPV over {inputs.horizonYears} years at{' '}
        {formatInputNumber(inputs.discountRatePercent)} % a year; savings at the downtime cost per hour. A
        lever without its costs shows “cost needed”: it is never counted as free.
      </p>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Levers, scrollable"
        onFocus={() => setHeldOrder((held) => held ?? order)}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHeldOrder(null);
        }}
      >
        <table aria-label="Levers" className="scenario-table lever-table">
          <thead>
            <tr>
              <th scope="col">Rank by NPV</th>
              <th scope="col">Lever</th>
              <th scope="col">Failure mode</th>
              {FAILURE_MODE_FIELDS.map((field) => (
                <th scope="col" key={field}>
                  {FIELD_LABELS[field]} after
                </th>
              ))}
              <th scope="col">One-time cost</th>
              <th scope="col">Annual run cost</th>
              <th scope="col">Bad minutes avoided a year</th>
              <th scope="col">Downtime hours avoided a year</th>
              <th scope="col">Annual savings</th>
              <th scope="col">Net benefit a year</th>
              <th scope="col">Payback</th>
              <th scope="col">NPV</th>
              <th scope="col">IRR</th>
              <th scope="col">In plan</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {order.map((id) => {
              const { lever, index } = byId.get(id)!;
              const figures = figuresById.get(id)!;
              const name = leverLabels[index]!;
              const rank = ranked.indexOf(id) + 1;
              return (
                <tr key={id}>
                  <td>{figures.finance ? rank : '—'}</td>
                  <th scope="row">
                    <FailureTextField
                      label={`Name of lever ${index + 1}`}
                      text={lever.row.name}
                      reading={null}
                      memoryKey={null}
                      onChange={(text) => edit(leverEdited(id, { name: text }))}
                    />
                  </th>
                  <td>
                    <select
                      aria-label={`Failure mode ${name} changes`}
                      value={lever.row.modeId}
                      onChange={(e) => edit(leverEdited(id, { modeId: e.target.value }))}
                    >
                      {reading.modes.map((m) => (
                        <option key={m.row.id} value={m.row.id}>
                          {modeName.get(m.row.id)}
                        </option>
                      ))}
                    </select>
                  </td>
                  {FAILURE_MODE_FIELDS.map((field) => (
                    <td key={field}>
                      <FailureTextField
                        label={`${FIELD_LABELS[field]} after ${name}`}
                        text={lever.row.text[field]}
                        reading={lever.fields[field]}
                        memoryKey={fieldKey(id, field)}
                        placeholder="unchanged"
                        onChange={(text) => edit(leverEdited(id, { text: { [field]: text } }))}
                      />
                    </td>
                  ))}
                  {(['oneTimeCost', 'annualRunCost'] as const).map((field) => (
                    <td key={field}>
                      <FailureTextField
                        label={`${field === 'oneTimeCost' ? 'One-time cost' : 'Annual run cost'} of ${name}`}
                        text={lever.row.text[field]}
                        reading={lever.fields[field]}
                        memoryKey={fieldKey(id, field)}
                        placeholder="cost needed"
                        onChange={(text) => edit(leverEdited(id, { text: { [field]: text } }))}
                      />
                    </td>
                  ))}
                  <LeverFigureCells figures={figures} money={money} figure={figure} />
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`In plan ${name}`}
                      checked={lever.row.inPlan}
                      onChange={(e) => edit(leverEdited(id, { inPlan: e.target.checked }))}
                    />
                  </td>
                  <td>
                    <button type="button" className="remove" onClick={() => edit(leverRemoved(id))}>
                      Remove {name}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={() => edit(leverAdded)} disabled={reading.modes.length === 0}>
        Add lever
      </button>
      {reading.levers.some((l) => figuresById.get(l.row.id)!.problems.length > 0) ? (
        <ul className="field-error">
          {reading.rankedLevers
            .filter((f) => f.problems.length > 0)
            .map((f) => (
              <li key={f.leverId}>{f.problems[0]}</li>
            ))}
        </ul>
      ) : null}
      <h3>The plan</h3>
      {plan === null ? (
        <p className="hint">
          Tick “In plan” on a lever to add the plan to the scenario comparison as “Plan”.
        </p>
      ) : (
        <div className="plan">
          <p>
            {plan.leverIds.length} {plan.leverIds.length === 1 ? 'lever' : 'levers'} in the plan.{' '}
            {plan.avoided !== null && plan.sumOfSingleBadMinutesAvoidedPerYear !== null ? (
              <>
                Together they avoid{' '}
                {figure(
                  planFigureId('badMinutesAvoided'),
                  minutesText(plan.avoided.badMinutesAvoidedPerYear),
                )}{' '}
                bad minutes a year ({figure(planFigureId('annualSavings'), money(plan.avoided.annualSavings))}{' '}
                a year); one by one they would avoid{' '}
                {figure(
                  planFigureId('sumOfSingleBadMinutesAvoided'),
                  minutesText(plan.sumOfSingleBadMinutesAvoidedPerYear),
                )}{' '}
                ({figure(planFigureId('sumOfSingleAnnualSavings'), money(plan.sumOfSingleAnnualSavings!))} a
                year).
              </>
            ) : (
              'Its saving waits for the values its levers and modes still need.'
            )}{' '}
            {plan.investment !== null && plan.annualRunCost !== null
              ? `It costs ${money(plan.investment)} once and ${money(plan.annualRunCost)} a year.`
              : 'Cost needed: a lever in the plan has no cost yet.'}{' '}
            {plan.catalogueAfter.availabilityPercent !== null
              ? `Availability from failure modes after the plan: ${formatPercent(plan.catalogueAfter.availabilityPercent)}.`
              : null}
          </p>
          {plan.finance ? (
            <p>
              Plan alone: net benefit{' '}
              {figure(planFigureId('netAnnualBenefit'), money(plan.finance.netAnnualBenefit))} a year, payback{' '}
              {figure(planFigureId('paybackYears'), formatPayback(plan.finance.paybackYears))}, NPV{' '}
              {figure(planFigureId('npv'), money(plan.finance.npv))}, IRR{' '}
              {figure(planFigureId('irr'), irrText(plan.finance.irr))}.
            </p>
          ) : null}
          <p className="hint">
            Levers on the same failure mode combine: their factors on frequency and on users affected multiply
            (two halvings leave a quarter), and the shortest time to detect and to recover wins (two faster
            paths do not add up). Levers on different modes add. So the plan’s saving can be less than the sum
            of the single ones.
          </p>
          {reading.planNote ? <p className="field-error">{reading.planNote}</p> : null}
        </div>
      )}
    </div>
  );
}

/** A lever's own figures: avoided minutes and hours, savings, and — once its costs are given — the money figures. */
function LeverFigureCells({
  figures,
  money,
  figure,
}: {
  figures: LeverFigures;
  money: (v: Decimal) => string;
  figure: LeverTableProps['figure'];
}) {
  const { avoided, finance } = figures;
  const waiting = figures.problems.length > 0 ? 'needs a value' : 'cost needed';
  const id = (name: string) => leverFigureId(figures.leverId, name);
  return (
    <>
      <td>
        {avoided
          ? figure(id('badMinutesAvoided'), minutesText(avoided.badMinutesAvoidedPerYear))
          : 'needs a value'}
      </td>
      <td>
        {avoided
          ? figure(id('hoursAvoided'), formatNumber(avoided.downtimeHoursAvoidedPerYear, 2))
          : 'needs a value'}
      </td>
      <td>{avoided ? figure(id('annualSavings'), money(avoided.annualSavings)) : 'needs a value'}</td>
      <td>{finance ? figure(id('netAnnualBenefit'), money(finance.netAnnualBenefit)) : waiting}</td>
      <td>{finance ? figure(id('paybackYears'), formatPayback(finance.paybackYears)) : waiting}</td>
      <td>{finance ? figure(id('npv'), money(finance.npv)) : waiting}</td>
      <td>{finance ? figure(id('irr'), irrText(finance.irr)) : waiting}</td>
    </>
  );
}
