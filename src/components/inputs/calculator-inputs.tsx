import {
  formatInputNumber,
  formatMoneyNumber,
  formatPercent,
  CURRENCIES,
  type CurrencyCode,
} from '../../format/format';
import { useResultGraph } from '../../state/use-result-graph';
import { PERIOD_CONVENTIONS, PERIOD_CONVENTION_IDS, type PeriodConventionId } from '../../model/periods';
import { INDUSTRIES, WORKED_EXAMPLE_NAMES, inputOrigin } from '../../model/presets';
import { lazy, memo, useMemo } from 'react';
import { LaterPanel } from '../after-first-paint';
import {
  useCalculatorActions,
  useCostRange,
  useCurrency,
  useInputs,
  usePresetId,
} from '../../state/calculator-store';
import type { PresetId } from '../../state/session';
import { MAIN_FIELDS, RULE_FIELDS, type FieldContext, type FieldDefinition } from './field-definitions';
import { SliderField } from './slider-field';

// The low/high range matters for the figures beside the midpoint, not for the first ones.
const CostRangeFields = lazy(() =>
  import('./cost-range-fields').then((module) => ({ default: module.CostRangeFields })),
);

/** The left-hand panel: preset, the three main inputs, conventions and the investment rule. */
export function CalculatorInputsPanel() {
  const inputs = useInputs();
  const presetId = usePresetId();
  const costRange = useCostRange();
  const currency = useCurrency();
  const actions = useCalculatorActions();
  // One context while the currency, the cost range and the preset stay: a field whose own value did
  // not change is then not rendered again (a slider's step would otherwise redraw every field).
  const context: FieldContext = useMemo(
    () => ({ money: (value) => formatMoneyNumber(value, currency), costRange, presetId }),
    [currency, costRange, presetId],
  );
  const industry = INDUSTRIES.find((i) => i.id === presetId);
  // Today's availability as the comparison takes it: from the catalogue when the switch says so.
  const baseline = useResultGraph().figure('baseline.availabilityPercent');
  const fromFailureModes =
    baseline.source.kind === 'input' && baseline.source.input === 'failureModes.availabilityPercent'
      ? baseline.value
      : null;

  return (
    <section className="panel inputs" aria-labelledby="inputs-heading">
      <h2 id="inputs-heading">Inputs</h2>
      <div className="field">
        <label htmlFor="preset">Preset</label>
        <select
          id="preset"
          value={presetId}
          onChange={(e) => actions.presetChosen(e.target.value as PresetId)}
        >
          <option value="seed">{WORKED_EXAMPLE_NAMES.choice}</option>
          {INDUSTRIES.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
        {industry ? (
          <small className="hint">
            Typical for the industry: {formatMoneyNumber(industry.costPerHourLow, 'USD')}–
            {formatMoneyNumber(industry.costPerHourHigh, 'USD')} an hour (the preset takes the midpoint);
            reputation impact {industry.reputationImpact.toLowerCase()}, regulatory risk{' '}
            {industry.regulatoryRisk.toLowerCase()}.
          </small>
        ) : (
          <small className="hint">
            The worked example: e-commerce at $2,000,000 an hour, 99.5 % today, $500,000 a month of
            infrastructure, on 30-day months.
          </small>
        )}
      </div>

      {MAIN_FIELDS.map((field) =>
        field.key === 'baselineAvailabilityPercent' && fromFailureModes !== null ? (
          <div className="field" key={field.key}>
            <span id="availability-from-modes-label">{field.label}</span>{' '}
            <output aria-labelledby="availability-from-modes-label">{formatPercent(fromFailureModes)}</output>
            <small className="hint">
              From the failure modes (“Use failure modes for today&apos;s availability” is on): their bad
              minutes a year as a share of the year. Turn the switch off to type it;{' '}
              {formatInputNumber(inputs[field.key])} % is kept for then.
            </small>
          </div>
        ) : (
          <DescribedField key={field.key} field={field} value={inputs[field.key]} context={context} />
        ),
      )}

      <div className="field">
        <label htmlFor="period-convention">Period convention</label>
        <select
          id="period-convention"
          value={inputs.periodConvention}
          onChange={(e) => actions.periodConventionChosen(e.target.value as PeriodConventionId)}
        >
          {PERIOD_CONVENTION_IDS.map((id) => (
            <option key={id} value={id}>
              {PERIOD_CONVENTIONS[id].label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="currency">Currency</label>
        <select
          id="currency"
          value={currency}
          onChange={(e) => actions.currencyChosen(e.target.value as CurrencyCode)}
        >
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>

      <p className="hint" id="investment-rule-summary">
        Without a quote of your own, each scenario&apos;s one-time investment is estimated by a rule of thumb:
        every extra nine costs a set multiple of the one before, scaled to your infrastructure cost.
      </p>
      <details className="assumptions">
        <summary aria-describedby="investment-rule-summary">Investment rule and discounting</summary>
        {RULE_FIELDS.map((field) => (
          <DescribedField key={field.key} field={field} value={inputs[field.key]} context={context} />
        ))}
      </details>
      <LaterPanel fallback={<fieldset className="range-fields" aria-busy="true" />}>
        <CostRangeFields />
      </LaterPanel>
    </section>
  );
}

/**
 * One described input: its text field and slider, wired to the store key it edits. Memoised: it
 * renders again only when its value or the context changes.
 */
const DescribedField = memo(function DescribedField({
  field,
  value,
  context,
}: {
  field: FieldDefinition;
  value: number;
  context: FieldContext;
}) {
  const actions = useCalculatorActions();
  const origin = originText(field.key, value, context);
  return (
    <SliderField
      label={field.label}
      value={value}
      scale={field.scale}
      format={field.format}
      valueText={(v) => field.valueText(v, context)}
      parse={field.parse}
      onCommit={(v) => actions.inputChanged(field.key, v)}
      hint={[field.hint?.(context), origin].filter(Boolean).map(asSentence).join(' ') || undefined}
    />
  );
});

/** A hint as a sentence: with its full stop, so two hints read as two sentences. */
const asSentence = (text: string | null | undefined) => (text && !/[.!?:]$/.test(text) ? `${text}.` : text);

/**
 * Says so when a main input holds a value the user did not type — the preset's, or the worked
 * example's — so an estimate built on it is not taken for the user's own figure.
 */
function originText(key: FieldDefinition['key'], value: number, { presetId }: FieldContext): string | null {
  if (key !== 'downtimeCostPerHour' && key !== 'baselineAvailabilityPercent' && key !== 'monthlyInfraCost')
    return null;
  const origin = inputOrigin(presetId, key, value);
  if (origin === 'preset') {
    const name = INDUSTRIES.find((i) => i.id === presetId)?.name ?? '';
    return `Set by the ${name} preset (the midpoint of its range): type your own figure if you have one.`;
  }
  if (origin === 'worked-example')
    return presetId === 'seed'
      ? 'The worked example’s figure.'
      : 'The worked example’s figure, which the preset does not set: type your own.';
  return null;
}
