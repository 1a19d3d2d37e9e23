import { formatInputNumber } from '../../format/format';
import { parseAmount, parseAvailability, parseBounded, type ParseResult } from '../../format/parse';
import { LIMITS } from '../../model/limits';
import type { CalculatorActions } from '../../state/calculator-store';
import type { PresetId } from '../../state/session';
import { linearScale, logScale, ninesScale, type SliderScale } from './slider-scales';

/** The store key of a single-number input: what `inputChanged` accepts. */
export type NumberInputKey = Parameters<CalculatorActions['inputChanged']>[0];

/** What a field's words may depend on besides its own value. */
export interface FieldContext {
  /** Money in the session's currency, whole units: "$2,000,000". */
  money: (value: number) => string;
  costRange: { low: number; high: number };
  /** The preset chosen last: an input still at its value says it was set by it. */
  presetId: PresetId;
}

/** One slider-and-field input of the panel, described once; `calculator-inputs.tsx` renders the list. */
export interface FieldDefinition {
  key: NumberInputKey;
  /** The field's name, shared by its text field and its slider (their roles tell them apart). */
  label: string;
  scale: SliderScale;
  format: (value: number) => string;
  parse: (text: string) => ParseResult;
  /** The slider's spoken value, e.g. "$2,000,000 per hour". */
  valueText: (value: number, context: FieldContext) => string;
  hint?: (context: FieldContext) => string;
}

const parseMoney = (text: string) => parseAmount(text, LIMITS.maxAmount);

/** The three inputs every case needs, in the order the panel shows them. */
export const MAIN_FIELDS: readonly FieldDefinition[] = [
  {
    key: 'downtimeCostPerHour',
    label: 'Downtime cost per hour',
    scale: logScale(1_000, 100_000_000),
    format: formatInputNumber,
    parse: parseMoney,
    valueText: (v, { money }) => `${money(v)} per hour`,
    hint: ({ money, costRange }) =>
      `Range considered: ${money(costRange.low)}–${money(costRange.high)} an hour.`,
  },
  {
    key: 'baselineAvailabilityPercent',
    label: 'Current availability',
    scale: ninesScale,
    format: formatInputNumber,
    parse: parseAvailability,
    valueText: (v) => `${formatInputNumber(v)}%`,
    hint: () => 'Percent, e.g. 99.5',
  },
  {
    key: 'monthlyInfraCost',
    label: 'Monthly infrastructure cost',
    scale: logScale(1_000, 100_000_000),
    format: formatInputNumber,
    parse: parseMoney,
    valueText: (v, { money }) => `${money(v)} per month`,
  },
];

/** The investment rule and discounting: the assumptions behind investment and NPV. */
export const RULE_FIELDS: readonly FieldDefinition[] = [
  {
    key: 'growthPerNine',
    label: 'Cost growth per nine',
    scale: linearScale(2, 100, 1),
    format: formatInputNumber,
    parse: (t) =>
      parseBounded(t, {
        min: LIMITS.minGrowthPerNineExclusive,
        max: LIMITS.maxGrowthPerNine,
        minExclusive: true,
      }),
    valueText: (v) => `${formatInputNumber(v)} times`,
    hint: () => 'Each further nine costs this many times the one before (the worked example uses 10).',
  },
  {
    key: 'calibrationMultiple',
    label: 'Cost from 99.5 % to 99.9 % (× annual infrastructure)',
    scale: linearScale(0.5, 20, 0.5),
    format: formatInputNumber,
    parse: (t) => parseBounded(t, { min: 0, max: LIMITS.maxCalibrationMultiple, minExclusive: true }),
    valueText: (v) => `${formatInputNumber(v)} times annual infrastructure`,
    hint: () =>
      'The one-time cost of going from 99.5 % to 99.9 %, in years of infrastructure cost; it sets the scale of every estimate (the worked example uses 2).',
  },
  {
    key: 'horizonYears',
    label: 'Horizon (years)',
    scale: linearScale(LIMITS.minHorizonYears, LIMITS.maxHorizonYears, 1),
    format: formatInputNumber,
    parse: (t) =>
      parseBounded(t, { min: LIMITS.minHorizonYears, max: LIMITS.maxHorizonYears, integer: true }),
    valueText: (v) => `${v} years`,
  },
  {
    key: 'discountRatePercent',
    label: 'Discount rate (%)',
    scale: linearScale(0, 30, 0.5),
    format: formatInputNumber,
    parse: (t) => parseBounded(t, { min: LIMITS.minDiscountRatePercent, max: LIMITS.maxDiscountRatePercent }),
    valueText: (v) => `${formatInputNumber(v)}% a year`,
    hint: () => 'Used for NPV and discounted payback (default 8 % a year).',
  },
];
