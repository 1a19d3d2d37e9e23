import { formatInputNumber, formatMoneyNumber, CURRENCIES, type CurrencyCode } from '../../format/format';
import { parseAmount, parseAvailability, parseBounded } from '../../format/parse';
import { LIMITS } from '../../model/limits';
import { PERIOD_CONVENTIONS, PERIOD_CONVENTION_IDS, type PeriodConventionId } from '../../model/periods';
import { INDUSTRIES } from '../../model/presets';
import {
  useCalculatorActions,
  useCostRange,
  useCurrency,
  useInputs,
  usePresetId,
} from '../../state/calculator-store';
import type { PresetId } from '../../state/session';
import { SliderField } from './slider-field';
import { linearScale, logScale, ninesScale } from './slider-scales';
import { CostRangeFields } from './cost-range-fields';

const costScale = logScale(1_000, 100_000_000);
const infraScale = logScale(1_000, 100_000_000);
const horizonScale = linearScale(LIMITS.minHorizonYears, LIMITS.maxHorizonYears, 1);
const rateScale = linearScale(0, 30, 0.5);
const growthScale = linearScale(2, 100, 1);
const multipleScale = linearScale(0.5, 20, 0.5);

const parseMoney = (text: string) => parseAmount(text, LIMITS.maxAmount);

/** The left-hand panel: preset, the three main inputs, conventions and the investment rule. */
export function CalculatorInputsPanel() {
  const inputs = useInputs();
  const presetId = usePresetId();
  const costRange = useCostRange();
  const currency = useCurrency();
  const actions = useCalculatorActions();
  const money = (value: number) => formatMoneyNumber(value, currency);
  const industry = INDUSTRIES.find((i) => i.id === presetId);

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
          <option value="seed">Seed example</option>
          {INDUSTRIES.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
        {industry ? (
          <small className="hint">
            Seed table: {formatMoneyNumber(industry.costPerHourLow, 'USD')}–
            {formatMoneyNumber(industry.costPerHourHigh, 'USD')} an hour (the preset takes the midpoint);
            reputation impact {industry.reputationImpact.toLowerCase()}, regulatory risk{' '}
            {industry.regulatoryRisk.toLowerCase()}.
          </small>
        ) : (
          <small className="hint">The seed&apos;s worked example: e-commerce at $2,000,000 an hour.</small>
        )}
      </div>

      <SliderField
        label="Downtime cost per hour"
        value={inputs.downtimeCostPerHour}
        scale={costScale}
        format={formatInputNumber}
        valueText={(v) => `${money(v)} per hour`}
        parse={parseMoney}
        onCommit={(v) => actions.inputChanged('downtimeCostPerHour', v)}
        hint={`Range considered: ${money(costRange.low)}–${money(costRange.high)} an hour.`}
      />
      <SliderField
        label="Current availability"
        value={inputs.baselineAvailabilityPercent}
        scale={ninesScale}
        format={formatInputNumber}
        valueText={(v) => `${formatInputNumber(v)}%`}
        parse={parseAvailability}
        onCommit={(v) => actions.inputChanged('baselineAvailabilityPercent', v)}
        hint="Percent, e.g. 99.5"
      />
      <SliderField
        label="Monthly infrastructure cost"
        value={inputs.monthlyInfraCost}
        scale={infraScale}
        format={formatInputNumber}
        valueText={(v) => `${money(v)} per month`}
        parse={parseMoney}
        onCommit={(v) => actions.inputChanged('monthlyInfraCost', v)}
      />

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

      <details className="assumptions" open>
        <summary>Investment rule and discounting</summary>
        <SliderField
          label="Cost growth per nine"
          value={inputs.growthPerNine}
          scale={growthScale}
          format={formatInputNumber}
          valueText={(v) => `${formatInputNumber(v)} times`}
          parse={(t) =>
            parseBounded(t, {
              min: LIMITS.minGrowthPerNineExclusive,
              max: LIMITS.maxGrowthPerNine,
              minExclusive: true,
            })
          }
          onCommit={(v) => actions.inputChanged('growthPerNine', v)}
          hint="Each further nine costs this many times the one before (seed: 10)."
        />
        <SliderField
          label="Calibration multiple"
          value={inputs.calibrationMultiple}
          scale={multipleScale}
          format={formatInputNumber}
          valueText={(v) => `${formatInputNumber(v)} times annual infrastructure`}
          parse={(t) => parseBounded(t, { min: 0, max: LIMITS.maxCalibrationMultiple, minExclusive: true })}
          onCommit={(v) => actions.inputChanged('calibrationMultiple', v)}
          hint="99.5 % → 99.9 % costs this many times the annual infrastructure cost (seed: 2)."
        />
        <SliderField
          label="Horizon (years)"
          value={inputs.horizonYears}
          scale={horizonScale}
          format={formatInputNumber}
          valueText={(v) => `${v} years`}
          parse={(t) =>
            parseBounded(t, { min: LIMITS.minHorizonYears, max: LIMITS.maxHorizonYears, integer: true })
          }
          onCommit={(v) => actions.inputChanged('horizonYears', v)}
        />
        <SliderField
          label="Discount rate (%)"
          value={inputs.discountRatePercent}
          scale={rateScale}
          format={formatInputNumber}
          valueText={(v) => `${formatInputNumber(v)}% a year`}
          parse={(t) =>
            parseBounded(t, { min: LIMITS.minDiscountRatePercent, max: LIMITS.maxDiscountRatePercent })
          }
          onCommit={(v) => actions.inputChanged('discountRatePercent', v)}
          hint="Used for NPV and discounted payback (default 8 % a year)."
        />
      </details>
      <CostRangeFields />
    </section>
  );
}
