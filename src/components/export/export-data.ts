import type Decimal from 'decimal.js';
import {
  formatHoursAndMinutes,
  formatMoney,
  formatMoneyNumber,
  formatPayback,
  formatPercent,
  type CurrencyCode,
} from '../../format/format';
import { PERIOD_CONVENTIONS } from '../../model/periods';
import type { CalculatorInputs, CalculatorResults, ScenarioResult } from '../../model/scenarios';

/** What every export states besides the inputs: who, when, how to reopen. */
export interface ExportContext {
  inputs: CalculatorInputs;
  results: CalculatorResults;
  currency: CurrencyCode;
  presetName: string;
  costRange: { low: number; high: number };
  /** The date of the export, yyyy-mm-dd (local). */
  date: string;
  /** The URL that reopens exactly this scenario. */
  shareLink: string;
}

/** A value as exported: `plain` is full-precision machine text (CSV), `display` is what the page shows. */
export interface ExportValue {
  plain: string;
  display: string;
}

export interface ExportColumn {
  header: string;
  value: (scenario: ScenarioResult, context: ExportContext) => ExportValue;
}

/** Full-precision decimal text (no exponent, no grouping, no -0). */
export function plainDecimal(value: Decimal): string {
  const text = value.toString();
  return text === '-0' ? '0' : text;
}

function money(value: Decimal, context: ExportContext): ExportValue {
  return { plain: plainDecimal(value), display: formatMoney(value, context.currency) };
}

function years(value: Decimal | null): ExportValue {
  return { plain: value === null ? 'never' : plainDecimal(value), display: formatPayback(value) };
}

/**
 * The columns of the scenario table as exported: the same figures as the on-screen table, plus the
 * ones it folds away (net benefit, run costs of steps, marginal NPV). One list, so CSV and Markdown
 * always agree.
 */
export const EXPORT_COLUMNS: ExportColumn[] = [
  { header: 'Scenario', value: (s) => ({ plain: s.label, display: s.label }) },
  {
    header: 'Availability (%)',
    value: (s) => ({
      plain: plainDecimal(s.availabilityPercent),
      display: formatPercent(s.availabilityPercent),
    }),
  },
  {
    header: 'Downtime a month (hours)',
    value: (s) => ({
      plain: plainDecimal(s.downtimeHours.month),
      display: formatHoursAndMinutes(s.downtimeHours.month),
    }),
  },
  {
    header: 'Downtime a year (hours)',
    value: (s) => ({
      plain: plainDecimal(s.downtimeHours.year),
      display: formatHoursAndMinutes(s.downtimeHours.year),
    }),
  },
  { header: 'Annual downtime cost', value: (s, c) => money(s.annualDowntimeCost, c) },
  { header: 'Annual savings', value: (s, c) => money(s.vsBaseline.annualSavings, c) },
  { header: 'Investment', value: (s, c) => money(s.vsBaseline.investment, c) },
  {
    header: 'Investment source',
    value: (s) => {
      const text = s.investmentSource === 'override' ? 'your figure' : 'rule';
      return { plain: text, display: text };
    },
  },
  { header: 'Extra run cost a year', value: (s, c) => money(s.vsBaseline.annualRunCost, c) },
  { header: 'Net annual benefit', value: (s, c) => money(s.vsBaseline.netAnnualBenefit, c) },
  { header: 'Payback (years)', value: (s) => years(s.vsBaseline.paybackYears) },
  { header: 'NPV', value: (s, c) => money(s.vsBaseline.npv, c) },
  { header: 'Discounted payback (years)', value: (s) => years(s.vsBaseline.discountedPaybackYears) },
  { header: 'Step from', value: (s) => ({ plain: s.marginal.fromLabel, display: s.marginal.fromLabel }) },
  {
    header: 'Step from availability (%)',
    value: (s) => ({
      plain: plainDecimal(s.marginal.fromAvailabilityPercent),
      display: formatPercent(s.marginal.fromAvailabilityPercent),
    }),
  },
  { header: 'Marginal annual savings', value: (s, c) => money(s.marginal.annualSavings, c) },
  { header: 'Marginal investment', value: (s, c) => money(s.marginal.investment, c) },
  { header: 'Marginal extra run cost a year', value: (s, c) => money(s.marginal.annualRunCost, c) },
  { header: 'Marginal payback (years)', value: (s) => years(s.marginal.paybackYears) },
  { header: 'Marginal NPV', value: (s, c) => money(s.marginal.npv, c) },
];

/**
 * Every assumption behind the numbers, as `name, value` pairs: all inputs, the period convention, the
 * investment rule, currency, date and the link that reopens the scenario.
 */
export function assumptionRows(
  context: ExportContext,
): Array<{ name: string; plain: string; display: string }> {
  const { inputs, results } = context;
  const convention = PERIOD_CONVENTIONS[inputs.periodConvention];
  const cur = context.currency;
  const moneyRow = (name: string, value: number) => ({
    name,
    plain: String(value),
    display: formatMoneyNumber(value, cur),
  });
  return [
    { name: 'Preset', plain: context.presetName, display: context.presetName },
    moneyRow('Downtime cost per hour', inputs.downtimeCostPerHour),
    moneyRow('Downtime cost per hour, low', context.costRange.low),
    moneyRow('Downtime cost per hour, high', context.costRange.high),
    {
      name: 'Current availability (%)',
      plain: plainDecimal(results.baseline.availabilityPercent),
      display: formatPercent(results.baseline.availabilityPercent),
    },
    moneyRow('Monthly infrastructure cost', inputs.monthlyInfraCost),
    {
      name: 'Period convention',
      plain: convention.label,
      display: `${convention.label}: ${convention.description}`,
    },
    {
      name: 'Investment rule',
      plain: `k * (g^n(target) - g^n(today)), n = -log10(1 - availability), g = ${inputs.growthPerNine}, 99.5% -> 99.9% costs ${inputs.calibrationMultiple} x annual infrastructure cost`,
      display: `k · (gⁿ⁽ᵗᵃʳᵍᵉᵗ⁾ − gⁿ⁽ᵗᵒᵈᵃʸ⁾), n = −log₁₀(1 − availability), g = ${inputs.growthPerNine}; 99.5 % → 99.9 % costs ${inputs.calibrationMultiple} × annual infrastructure`,
    },
    {
      name: 'Cost growth per nine',
      plain: String(inputs.growthPerNine),
      display: String(inputs.growthPerNine),
    },
    {
      name: 'Cost from 99.5 % to 99.9 % (× annual infrastructure)',
      plain: String(inputs.calibrationMultiple),
      display: `${inputs.calibrationMultiple} × annual infrastructure`,
    },
    { name: 'Horizon (years)', plain: String(inputs.horizonYears), display: `${inputs.horizonYears} years` },
    {
      name: 'Discount rate (%)',
      plain: String(inputs.discountRatePercent),
      display: `${inputs.discountRatePercent} % a year, end-of-year cash flows`,
    },
    {
      name: 'Annual downtime cost today',
      plain: plainDecimal(results.baseline.annualDowntimeCost),
      display: formatMoney(results.baseline.annualDowntimeCost, cur),
    },
    { name: 'Currency', plain: cur, display: cur },
    { name: 'Date', plain: context.date, display: context.date },
    { name: 'Share link', plain: context.shareLink, display: context.shareLink },
  ];
}
