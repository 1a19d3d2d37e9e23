import type Decimal from 'decimal.js';
import {
  formatInputNumber,
  formatMoney,
  formatNumber,
  formatPayback,
  formatPercent,
  type CurrencyCode,
} from '../format/format';
import type {
  BudgetFigures,
  CatalogueFigures,
  FailureModeField,
  LeverFigures,
  PlanFigures,
} from '../model/failure-modes';
import { plainDecimal, spreadsheetDecimal } from '../format/plain-number';
import type { ExportValue } from './export-data';

/*
 * The failure modes, levers and plan as export sections (CSV sections of their own, Markdown tables):
 * the text each field holds as typed, and each figure as a spreadsheet reads it (`plain`) and as the
 * page shows it (`display`). In `plain`, money is to the cent and a payback in years to 4 decimals,
 * as in the comparison's rows (plain-number.ts `spreadsheetDecimal`); minutes, hours and shares keep
 * every digit, so that a column adds up to its total exactly. Pure: plain data in, built by the
 * export snapshot from the page's reading.
 */

/** What the sections are made from: the rows as typed and the model's figures for them. */
export interface FailureModesExportInput {
  /** The catalogue's name ("Production failures (seed)"). */
  catalogueName: string;
  modes: ReadonlyArray<{ row: { id: string; name: string; text: Record<FailureModeField, string> } }>;
  /**
   * The dependencies joined to the catalogue (while the switch is on): rows after the typed ones,
   * with the text their fields show (the reading's, `joinedDependencyText`).
   */
  dependencyModes?: ReadonlyArray<{ name: string; text: Record<FailureModeField, string> }>;
  levers: ReadonlyArray<{
    row: { id: string; name: string; modeId: string; inPlan: boolean; text: Record<string, string> };
  }>;
  catalogue: CatalogueFigures;
  budgets: ReadonlyArray<{ label: string; figures: BudgetFigures }>;
  /** Ranked by NPV. */
  rankedLevers: readonly LeverFigures[];
  plan: PlanFigures | null;
}

/** One section: a title, its header and its rows. */
export interface ExportSection {
  title: string;
  header: string[];
  rows: ExportValue[][];
}

const text = (value: string): ExportValue => ({ plain: value, display: value });
const missing = (words: string): ExportValue => ({ plain: '', display: words });
const number = (value: Decimal, digits = 2): ExportValue => ({
  plain: plainDecimal(value),
  display: formatNumber(value, digits),
});
const share = (fraction: Decimal): ExportValue => ({
  plain: plainDecimal(fraction),
  display: `${formatNumber(fraction.times(100), 1)} %`,
});

/**
 * The sections "Failure modes" (one row per mode: its texts, bad minutes a year, its share of each
 * target's budget and whether it is over the cap), "Levers" (ranked by NPV: texts, costs, what the
 * lever avoids and earns alone, or "cost needed"), and "Plan" (when levers are in it). Empty when
 * there are no failure modes.
 */
export function failureModesSections(
  input: FailureModesExportInput,
  currency: CurrencyCode,
): ExportSection[] {
  if (input.modes.length === 0) return [];
  const money = (value: Decimal): ExportValue => ({
    plain: spreadsheetDecimal(value, 'money'),
    display: formatMoney(value, currency),
  });
  // A row's share of each target's budget and whether it is over the cap (named as the page names it,
  // "over the 25 % cap", so the words follow the cap typed), by its place in the catalogue.
  const budgetCells = (index: number): ExportValue[] =>
    input.budgets.flatMap((b) => {
      const m = b.figures.modes[index]!;
      const cap = `${formatInputNumber(b.figures.capShare.times(100).toNumber())} %`;
      return [
        m.shareOfBudget === null ? missing('needs a value') : share(m.shareOfBudget),
        text(m.overCap ? `over the ${cap} cap` : 'no'),
      ];
    });
  const modeSection: ExportSection = {
    title: `Failure modes (${input.catalogueName})`,
    header: [
      'Name',
      'Frequency',
      'Time to detect',
      'Time to recover',
      'Users affected',
      'Bad minutes a year',
      ...input.budgets.flatMap((b) => [`Share of the budget at ${b.label}`, `Over the cap at ${b.label}`]),
    ],
    rows: input.modes.map(({ row }, index) => {
      const bad = input.catalogue.modes[index]?.badMinutesPerYear ?? null;
      return [
        text(row.name),
        text(row.text.frequency),
        text(row.text.timeToDetect),
        text(row.text.timeToRecover),
        text(row.text.usersAffected),
        bad === null ? missing('needs a value') : number(bad),
        ...budgetCells(index),
      ];
    }),
  };
  // The dependencies that joined the catalogue follow, so the rows add up to its total.
  (input.dependencyModes ?? []).forEach((dependency, j) => {
    const index = input.modes.length + j;
    const bad = input.catalogue.modes[index]?.badMinutesPerYear ?? null;
    modeSection.rows.push([
      text(`${dependency.name} (from Dependencies)`),
      text(dependency.text.frequency),
      text(dependency.text.timeToDetect),
      // Every digit for a spreadsheet: its minutes to recover are its bad minutes a year.
      bad === null
        ? missing('needs a value')
        : { plain: `${plainDecimal(bad)} min`, display: dependency.text.timeToRecover },
      text(dependency.text.usersAffected),
      bad === null ? missing('needs a value') : number(bad),
      ...budgetCells(index),
    ]);
  });
  const totals: ExportValue[] = [
    text('Availability from failure modes (%)'),
    input.catalogue.availabilityPercent === null
      ? missing('needs a value')
      : {
          plain: plainDecimal(input.catalogue.availabilityPercent),
          display: formatPercent(input.catalogue.availabilityPercent),
        },
  ];
  modeSection.rows.push([
    ...totals,
    ...Array.from({ length: modeSection.header.length - 2 }, () => text('')),
  ]);

  const leverRow = new Map(input.levers.map((l) => [l.row.id, l.row]));
  const modeName = new Map(input.modes.map((m) => [m.row.id, m.row.name]));
  const leverSection: ExportSection = {
    title: 'Levers (ranked by NPV)',
    header: [
      'Lever',
      'Failure mode',
      'Frequency after',
      'Time to detect after',
      'Time to recover after',
      'Users affected after',
      'One-time cost',
      'Annual run cost',
      'Bad minutes avoided a year',
      'Downtime hours avoided a year',
      'Annual savings',
      'Net benefit a year',
      'Payback (years)',
      'NPV',
      'IRR',
      'In plan',
    ],
    rows: input.rankedLevers.map((figures) => {
      const row = leverRow.get(figures.leverId)!;
      const wait = missing(figures.problems.length > 0 ? 'needs a value' : 'cost needed');
      const { avoided, finance } = figures;
      return [
        text(row.name),
        text(modeName.get(row.modeId) ?? ''),
        ...[
          'frequency',
          'timeToDetect',
          'timeToRecover',
          'usersAffected',
          'oneTimeCost',
          'annualRunCost',
        ].map((field) => text(row.text[field] ?? '')),
        avoided ? number(avoided.badMinutesAvoidedPerYear) : missing('needs a value'),
        avoided ? number(avoided.downtimeHoursAvoidedPerYear) : missing('needs a value'),
        avoided ? money(avoided.annualSavings) : missing('needs a value'),
        finance ? money(finance.netAnnualBenefit) : wait,
        finance
          ? finance.paybackYears === null
            ? { plain: 'never', display: formatPayback(null) }
            : {
                plain: spreadsheetDecimal(finance.paybackYears, 'years'),
                display: formatPayback(finance.paybackYears),
              }
          : wait,
        finance ? money(finance.npv) : wait,
        finance ? (finance.irr === null ? text('none') : share(finance.irr)) : wait,
        text(row.inPlan ? 'yes' : 'no'),
      ];
    }),
  };
  const sections = [modeSection, leverSection];
  const plan = input.plan;
  if (plan !== null) {
    const pair = (name: string, value: ExportValue): ExportValue[] => [text(name), value];
    sections.push({
      title: 'Plan',
      header: ['Figure', 'Value'],
      rows: [
        pair('Levers in the plan', text(String(plan.leverIds.length))),
        pair(
          'Bad minutes avoided a year, together',
          plan.avoided ? number(plan.avoided.badMinutesAvoidedPerYear) : missing('needs a value'),
        ),
        pair(
          'Bad minutes avoided a year, sum of the single levers',
          plan.sumOfSingleBadMinutesAvoidedPerYear
            ? number(plan.sumOfSingleBadMinutesAvoidedPerYear)
            : missing('needs a value'),
        ),
        pair(
          'Annual savings, together',
          plan.avoided ? money(plan.avoided.annualSavings) : missing('needs a value'),
        ),
        pair('One-time cost', plan.investment ? money(plan.investment) : missing('cost needed')),
        pair('Annual run cost', plan.annualRunCost ? money(plan.annualRunCost) : missing('cost needed')),
        pair(
          'Availability from failure modes after the plan (%)',
          plan.catalogueAfter.availabilityPercent
            ? {
                plain: plainDecimal(plan.catalogueAfter.availabilityPercent),
                display: formatPercent(plan.catalogueAfter.availabilityPercent),
              }
            : missing('needs a value'),
        ),
        pair('NPV', plan.finance ? money(plan.finance.npv) : missing('cost needed')),
      ],
    });
  }
  return sections;
}
