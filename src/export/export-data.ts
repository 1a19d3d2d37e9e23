import type Decimal from 'decimal.js';
import {
  formatHoursAndMinutes,
  formatMoney,
  formatMoneyNumber,
  formatPayback,
  formatPercent,
  formatRatePercent,
  type CurrencyCode,
} from '../format/format';
import type { FigureId } from '../model/figure';
import { irrFigureId, withIrrFigures } from '../model/irr-figures';
import { PERIOD_CONVENTIONS } from '../model/periods';
import { investmentText, paybackText, savingsText } from '../format/scenario-text';
import {
  levelFigureId,
  marginalFigureId,
  scenarioFigureId,
  type Figure,
  type ResultGraph,
} from '../model/result-graph';

/** What every export states besides the figures: who, when, how to reopen. */
export interface ExportContext {
  /** Every figure of the export, inputs included. */
  graph: ResultGraph;
  currency: CurrencyCode;
  presetName: string;
  /** The date of the export, yyyy-mm-dd (local). */
  date: string;
  /** The URL that reopens exactly this scenario. */
  shareLink: string;
  /**
   * The page's line on fields whose text is not used ("Figures use Current availability 99.5%, not your
   * entry “100”: …"), when there is one: an export made in that state carries it too.
   */
  figuresNote?: string | null;
}

/** A value as exported: `plain` is full-precision machine text (CSV), `display` is what the page shows. */
export interface ExportValue {
  plain: string;
  display: string;
}

/** A column of the scenario table: a figure of each scenario, or a text about it. */
export interface ExportColumn {
  header: string;
  value: (scenarioId: string, context: ExportContext) => ExportValue;
}

/** Full-precision decimal text (no exponent, no grouping, no -0). */
export function plainDecimal(value: Decimal): string {
  const text = value.toString();
  return text === '-0' ? '0' : text;
}

const text = (value: string): ExportValue => ({ plain: value, display: value });

/**
 * A figure as exported, formatted by its unit as the page shows it: money rounded to whole units,
 * years as a payback ("never" when there is none), percentages, downtime in hours and minutes, a
 * rate of return with one decimal ("none" when no rate solves).
 */
export function figureValue(figure: Figure, currency: CurrencyCode): ExportValue {
  const { value } = figure;
  if (value === null) {
    if (figure.unit === 'percent-per-year') return text(formatRatePercent(null));
    return { plain: 'never', display: formatPayback(null) };
  }
  const plain = plainDecimal(value);
  switch (figure.unit) {
    case 'money':
    case 'money-per-year':
    case 'money-per-month':
    case 'money-per-hour':
      return { plain, display: formatMoney(value, currency) };
    case 'years':
      return { plain, display: formatPayback(value) };
    case 'percent':
      return { plain, display: formatPercent(value) };
    case 'hours-per-month':
    case 'hours-per-year':
      return { plain, display: formatHoursAndMinutes(value) };
    case 'percent-per-year':
      return { plain, display: formatRatePercent(value) };
    default:
      return { plain, display: plain };
  }
}

/** A column showing one figure of each scenario. */
function figureColumn(header: string, id: (scenarioId: string) => FigureId): ExportColumn {
  return { header, value: (s, c) => figureValue(c.graph.figure(id(s)), c.currency) };
}

/** A column of each scenario's IRR (against today or of its marginal step), from irr-figures.ts. */
function irrColumn(header: string, step: 'vsBaseline' | 'marginal'): ExportColumn {
  return {
    header,
    value: (s, c) => figureValue(withIrrFigures(c.graph).figure(irrFigureId(s, step)), c.currency),
  };
}

/** Money in the export's currency, whole units as on the page. */
const money = (c: ExportContext) => (value: Decimal) => formatMoney(value, c.currency);

/**
 * A column of one figure whose display text has the page's words around it ("$12,000,000 (estimate)",
 * "dominates 99.9 %"); its plain text (CSV) stays the bare figure.
 */
function wordedColumn(
  header: string,
  id: (scenarioId: string) => FigureId,
  words: (value: Decimal | null, scenarioId: string, context: ExportContext) => string,
): ExportColumn {
  return {
    header,
    value: (s, c) => {
      const figure = c.graph.figure(id(s));
      return { plain: figureValue(figure, c.currency).plain, display: words(figure.value, s, c) };
    },
  };
}

/**
 * The columns of the scenario table as exported: the same figures as the on-screen table, plus the
 * ones it folds away (net benefit, run costs of steps, marginal NPV). One list, so CSV and Markdown
 * always agree; every figure is read from the result graph.
 */
export const EXPORT_COLUMNS: ExportColumn[] = [
  { header: 'Scenario', value: (s, c) => text(c.graph.scenario(s).label) },
  figureColumn('Availability (%)', (s) => scenarioFigureId(s, 'availabilityPercent')),
  figureColumn('Downtime a month (hours)', (s) => scenarioFigureId(s, 'downtimeHoursPerMonth')),
  figureColumn('Downtime a year (hours)', (s) => scenarioFigureId(s, 'downtimeHoursPerYear')),
  figureColumn('Annual downtime cost', (s) => scenarioFigureId(s, 'annualDowntimeCost')),
  wordedColumn(
    'Annual savings',
    (s) => scenarioFigureId(s, 'annualSavings'),
    (v, _s, c) => savingsText({ annualSavings: v! }, money(c)),
  ),
  wordedColumn(
    'Investment',
    (s) => scenarioFigureId(s, 'investment'),
    (v, s, c) =>
      investmentText(v!, c.graph.scenario(s).investmentSource === 'rule' ? 'estimate' : 'quote', money(c)),
  ),
  {
    header: 'Investment source',
    value: (s, c) =>
      text(c.graph.scenario(s).investmentSource === 'override' ? 'your quote' : 'rule of thumb (estimate)'),
  },
  figureColumn('Extra run cost a year', (s) => scenarioFigureId(s, 'annualRunCost')),
  figureColumn('Net annual benefit', (s) => scenarioFigureId(s, 'netAnnualBenefit')),
  wordedColumn(
    'Payback (years)',
    (s) => scenarioFigureId(s, 'paybackYears'),
    (v, s, c) =>
      paybackText(
        {
          kind: c.graph.scenario(s).kind.vsBaseline,
          annualSavings: c.graph.value(scenarioFigureId(s, 'annualSavings'))!,
        },
        v,
        'today',
      ),
  ),
  figureColumn('NPV', (s) => scenarioFigureId(s, 'npv')),
  figureColumn('Discounted payback (years)', (s) => scenarioFigureId(s, 'discountedPaybackYears')),
  irrColumn('IRR (%)', 'vsBaseline'),
  {
    header: 'Dominated by',
    value: (s, c) => text(c.graph.scenario(s).dominatedBy?.label ?? ''),
  },
  { header: 'Compared with', value: (s, c) => text(c.graph.scenario(s).stepFrom.label) },
  {
    header: 'Compared with availability (%)',
    value: (s, c) =>
      figureValue(
        c.graph.figure(levelFigureId(c.graph.scenario(s).stepFrom.scenarioId, 'availabilityPercent')),
        c.currency,
      ),
  },
  wordedColumn(
    'Marginal annual savings',
    (s) => marginalFigureId(s, 'annualSavings'),
    (v, _s, c) => savingsText({ annualSavings: v! }, money(c)),
  ),
  wordedColumn(
    'Marginal investment',
    (s) => marginalFigureId(s, 'investment'),
    (v, s, c) => {
      const info = c.graph.scenario(s);
      const from = info.stepFrom.scenarioId === null ? null : c.graph.scenario(info.stepFrom.scenarioId);
      const estimate = info.investmentSource === 'rule' || from?.investmentSource === 'rule';
      return investmentText(v!, estimate ? 'estimate' : 'quote', money(c));
    },
  ),
  figureColumn('Marginal extra run cost a year', (s) => marginalFigureId(s, 'annualRunCost')),
  wordedColumn(
    'Marginal payback (years)',
    (s) => marginalFigureId(s, 'paybackYears'),
    (v, s, c) => {
      const info = c.graph.scenario(s);
      return paybackText(
        { kind: info.kind.marginal, annualSavings: c.graph.value(marginalFigureId(s, 'annualSavings'))! },
        v,
        info.stepFrom.label,
      );
    },
  ),
  figureColumn('Marginal NPV', (s) => marginalFigureId(s, 'npv')),
  irrColumn('Marginal IRR (%)', 'marginal'),
];

/**
 * Every assumption behind the numbers, as `name, value` pairs: all inputs, the period convention, the
 * investment rule, currency, date and the link that reopens the scenario. Inputs are the graph's
 * input figures, shown as typed (amounts with up to two decimals, as in the form's slider texts).
 */
export function assumptionRows(
  context: ExportContext,
): Array<{ name: string; plain: string; display: string }> {
  const { graph } = context;
  const convention = PERIOD_CONVENTIONS[graph.periodConvention];
  const cur = context.currency;
  const input = (id: FigureId) => graph.value(id)!;
  const plainOf = (id: FigureId) => plainDecimal(input(id));
  // An input figure is a Dec made from the typed number, so toNumber() gives that number back exactly.
  const moneyRow = (name: string, id: FigureId) => ({
    name,
    plain: plainOf(id),
    display: formatMoneyNumber(input(id).toNumber(), cur),
  });
  const growth = plainOf('input.growthPerNine');
  const multiple = plainOf('input.calibrationMultiple');
  const horizon = plainOf('input.horizonYears');
  const rate = plainOf('input.discountRatePercent');
  return [
    ...(context.figuresNote
      ? [{ name: 'Warning', plain: context.figuresNote, display: context.figuresNote }]
      : []),
    { name: 'Preset', plain: context.presetName, display: context.presetName },
    moneyRow('Downtime cost per hour', 'input.downtimeCostPerHour'),
    moneyRow('Downtime cost per hour, low', 'input.downtimeCostPerHourLow'),
    moneyRow('Downtime cost per hour, high', 'input.downtimeCostPerHourHigh'),
    {
      name: 'Current availability (%)',
      ...figureValue(graph.figure('baseline.availabilityPercent'), cur),
    },
    moneyRow('Monthly infrastructure cost', 'input.monthlyInfraCost'),
    {
      name: 'Period convention',
      plain: convention.label,
      display: `${convention.label}: ${convention.description}`,
    },
    {
      name: 'Investment rule',
      plain: `k * (g^n(target) - g^n(today)), n = -log10(1 - availability), g = ${growth}, 99.5% -> 99.9% costs ${multiple} x annual infrastructure cost`,
      display: `k · (gⁿ⁽ᵗᵃʳᵍᵉᵗ⁾ − gⁿ⁽ᵗᵒᵈᵃʸ⁾), n = −log₁₀(1 − availability), g = ${growth}; 99.5 % → 99.9 % costs ${multiple} × annual infrastructure`,
    },
    { name: 'Cost growth per nine', plain: growth, display: growth },
    {
      name: 'Cost from 99.5 % to 99.9 % (× annual infrastructure)',
      plain: multiple,
      display: `${multiple} × annual infrastructure`,
    },
    { name: 'Horizon (years)', plain: horizon, display: `${horizon} years` },
    { name: 'Discount rate (%)', plain: rate, display: `${rate} % a year, end-of-year cash flows` },
    {
      name: 'Annual downtime cost today',
      ...figureValue(graph.figure('baseline.annualDowntimeCost'), cur),
    },
    { name: 'Currency', plain: cur, display: cur },
    { name: 'Date', plain: context.date, display: context.date },
    { name: 'Share link', plain: context.shareLink, display: context.shareLink },
  ];
}
