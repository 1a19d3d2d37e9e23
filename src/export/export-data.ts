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
import { plainDecimal, spreadsheetDecimal } from '../format/plain-number';
import { irrFigureId, withIrrFigures } from '../model/irr-figures';
import type { SimulationSummary } from '../simulation/simulate';
import { PERIOD_CONVENTIONS } from '../model/periods';
import { investmentText, paybackText, savingsText } from '../format/scenario-text';
import {
  levelFigureId,
  marginalFigureId,
  scenarioFigureId,
  type Figure,
  type ResultGraph,
} from '../model/result-graph';
import { shortShareLink } from './share-link-text';

/** What every export states besides the figures: who, when, how to reopen. */
export interface ExportContext {
  /** Every figure of the export, inputs included. */
  graph: ResultGraph;
  currency: CurrencyCode;
  presetName: string;
  /** The case's name ("Case name"; the preset's name unless one was typed), for titles and file names. */
  caseName?: string;
  /** The date of the export, yyyy-mm-dd (local). */
  date: string;
  /** The URL that reopens exactly this scenario. */
  shareLink: string;
  /**
   * The Answer, as a paragraph (its first sentence is what "Copy answer" copies), when the page has one.
   * Left out, the Markdown and the report have no Answer.
   */
  answer?: string | null;
  /**
   * The Answer's sentences on the simulation's chances (src/format/answer-chances.ts), when it is on:
   * the Markdown puts them after the Answer, in its paragraph ("Copy answer" keeps the first sentence).
   */
  answerChances?: string | null;
  /**
   * The page's line on fields whose text is not used ("Figures use Current availability 99.5%, not your
   * entry “100”: …"), when there is one: an export made in that state carries it too.
   */
  figuresNote?: string | null;
  /** The failure modes, levers and plan as sections of their own (failure-modes-export.ts); absent = none. */
  failureSections?: ReadonlyArray<{ title: string; header: string[]; rows: ExportValue[][] }>;
  /** The simulation's summary when it is on and has run (CSV adds its percentiles, chances, runs and seed). */
  simulation?: SimulationSummary | null;
}

/**
 * The `Warning` row of a file made while a field's text is not used (`ExportContext.figuresNote`, the
 * page's "Figures use …" line): the first of the assumptions, and the samples CSV's one row before its
 * table; none when every field is fine.
 */
export function warningRows(
  figuresNote: string | null | undefined,
): Array<{ name: string; plain: string; display: string }> {
  return figuresNote ? [{ name: 'Warning', plain: figuresNote, display: figuresNote }] : [];
}

/** The name an export goes by (titles, file names): the case's name, else the preset's. */
export function exportName(context: Pick<ExportContext, 'caseName' | 'presetName'>): string {
  return context.caseName ?? context.presetName;
}

/**
 * A value as exported: `plain` is spreadsheet text (CSV: a plain decimal rounded by unit, see
 * {@link spreadsheetDecimal}), `display` is what the page shows.
 */
export interface ExportValue {
  plain: string;
  display: string;
}

/** A column of the scenario table: a figure of each scenario, or a text about it. */
export interface ExportColumn {
  header: string;
  /**
   * The CSV header when it needs a unit the header lacks (money columns name the currency and period,
   * "Annual savings (USD a year)"); the header itself when absent.
   */
  csvHeader?: (currency: CurrencyCode) => string;
  value: (scenarioId: string, context: ExportContext) => ExportValue;
}

const text = (value: string): ExportValue => ({ plain: value, display: value });

/**
 * A figure as exported, formatted by its unit as the page shows it: money rounded to whole units,
 * years as a payback ("never" when there is none), percentages, downtime in hours and minutes, a
 * rate of return with one decimal ("none" when no rate solves). Its `plain` text is
 * {@link spreadsheetDecimal}.
 */
export function figureValue(figure: Figure, currency: CurrencyCode): ExportValue {
  const { value } = figure;
  if (value === null) {
    if (figure.unit === 'percent-per-year') return text(formatRatePercent(null));
    return { plain: 'never', display: formatPayback(null) };
  }
  const plain = spreadsheetDecimal(value, figure.unit);
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
function figureColumn(
  header: string,
  id: (scenarioId: string) => FigureId,
  csvHeader?: (currency: CurrencyCode) => string,
): ExportColumn {
  return { header, csvHeader, value: (s, c) => figureValue(c.graph.figure(id(s)), c.currency) };
}

/** A CSV header naming the currency: "Investment (USD)", "Annual savings (USD a year)". */
export const inCurrency =
  (name: string, period = '') =>
  (currency: CurrencyCode): string =>
    `${name} (${currency}${period})`;

/** The CSV header of a column: its `csvHeader` in this currency, else its header. */
export function csvHeaderOf(column: ExportColumn, currency: CurrencyCode): string {
  return column.csvHeader?.(currency) ?? column.header;
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
  csvHeader?: (currency: CurrencyCode) => string,
): ExportColumn {
  return {
    header,
    csvHeader,
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
  figureColumn(
    'Annual downtime cost',
    (s) => scenarioFigureId(s, 'annualDowntimeCost'),
    inCurrency('Annual downtime cost', ' a year'),
  ),
  wordedColumn(
    'Annual savings',
    (s) => scenarioFigureId(s, 'annualSavings'),
    (v, _s, c) => savingsText({ annualSavings: v! }, money(c)),
    inCurrency('Annual savings', ' a year'),
  ),
  wordedColumn(
    'Investment',
    (s) => scenarioFigureId(s, 'investment'),
    (v, s, c) =>
      investmentText(v!, c.graph.scenario(s).investmentSource === 'rule' ? 'estimate' : 'quote', money(c)),
    inCurrency('Investment'),
  ),
  {
    header: 'Investment source',
    value: (s, c) =>
      text(c.graph.scenario(s).investmentSource === 'override' ? 'your quote' : 'rule of thumb (estimate)'),
  },
  figureColumn(
    'Extra run cost a year',
    (s) => scenarioFigureId(s, 'annualRunCost'),
    inCurrency('Extra run cost', ' a year'),
  ),
  figureColumn(
    'Net annual benefit',
    (s) => scenarioFigureId(s, 'netAnnualBenefit'),
    inCurrency('Net annual benefit', ' a year'),
  ),
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
  figureColumn('NPV', (s) => scenarioFigureId(s, 'npv'), inCurrency('NPV')),
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
    inCurrency('Marginal annual savings', ' a year'),
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
    inCurrency('Marginal investment'),
  ),
  figureColumn(
    'Marginal extra run cost a year',
    (s) => marginalFigureId(s, 'annualRunCost'),
    inCurrency('Marginal extra run cost', ' a year'),
  ),
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
  figureColumn('Marginal NPV', (s) => marginalFigureId(s, 'npv'), inCurrency('Marginal NPV')),
  irrColumn('Marginal IRR (%)', 'marginal'),
];

/**
 * The columns a decision needs, as the report, the Markdown and "Copy table" show them (the CSV has
 * them all): headers of {@link EXPORT_COLUMNS}.
 */
export const DECISION_HEADERS = [
  'Scenario',
  'Availability (%)',
  'Downtime a month (hours)',
  'Annual downtime cost',
  'Annual savings',
  'Investment',
  'Payback (years)',
  'NPV',
  'Marginal payback (years)',
] as const;

/**
 * The decision table as text: headers as the page words them (no unit: the cells carry it) and one
 * row of display texts per scenario. `numeric[i]` says whether column i holds figures (right-aligned).
 */
export function decisionTable(context: ExportContext): {
  headers: string[];
  numeric: boolean[];
  rows: string[][];
} {
  const columns = DECISION_HEADERS.map((header) => EXPORT_COLUMNS.find((c) => c.header === header)!);
  return {
    headers: columns.map((c) => c.header.replace(/ \((?:%|hours|years)\)$/, '')),
    numeric: columns.map((_, i) => i > 0),
    rows: context.graph.scenarioIds.map((s) => columns.map((c) => c.value(s, context).display)),
  };
}

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
    plain: spreadsheetDecimal(input(id), 'money'),
    display: formatMoneyNumber(input(id).toNumber(), cur),
  });
  const growth = plainOf('input.growthPerNine');
  const multiple = plainOf('input.calibrationMultiple');
  const horizon = plainOf('input.horizonYears');
  const rate = plainOf('input.discountRatePercent');
  return [
    ...warningRows(context.figuresNote),
    ...(context.caseName ? [{ name: 'Case name', plain: context.caseName, display: context.caseName }] : []),
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
    // Whole in the CSV; shortened where it is only read (the report's footnote adds it as a link).
    { name: 'Share link', plain: context.shareLink, display: shortShareLink(context.shareLink) },
  ];
}
