/**
 * View models for the charts: figures of the result graph (decimal.js) in, plain numbers for recharts
 * and strings for the charts' number tables out. This is the chart boundary: the only place where
 * figures become JavaScript numbers, and only for drawing. Every figure is read from the graph; no
 * arithmetic on money happens here beyond picking the lowest and highest of three figures.
 */
import type { Dec } from '../../model/decimal';
import type { LevelFigureName } from '../../model/figure';
import { costEndFigureId, levelFigureId, scenarioFigureId, type ResultGraph } from '../../model/result-graph';
import type { TotalCostPoint } from '../../model/total-cost-point';
import {
  formatAvailabilityApprox,
  formatMoney,
  formatPayback,
  formatPercent,
  type CurrencyCode,
} from '../../format/format';

/** A model figure as a finite plain number for drawing: never NaN, ±Infinity or −0. */
export function toChartNumber(value: Dec): number {
  const n = value.toNumber();
  if (!Number.isFinite(n) || n === 0) return 0;
  return n;
}

/** Availability in percent for a number of nines n: 100 − 100 · 10^(−n). For axis positions only. */
export function ninesToPercent(nines: number): number {
  return 100 - 100 * 10 ** -nines;
}

/** Lowest and highest of the three ends, so a range always spans its midpoint. */
function span(...values: Dec[]): { low: Dec; high: Dec } {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  return { low: sorted[0]!, high: sorted[sorted.length - 1]! };
}

/** `$1,000,000–$5,000,000`, or one figure when both ends round alike. */
function moneyRange(low: Dec, high: Dec, currency: CurrencyCode): string {
  const a = formatMoney(low, currency);
  const b = formatMoney(high, currency);
  return a === b ? a : `${a}–${b}`;
}

// ——— Cost and investment by scenario ———

/** One scenario's group of bars, plain numbers in currency units. */
export interface CostBarRow {
  id: string;
  label: string;
  annualDowntimeCost: number;
  /** ErrorBar offsets [below, above] the bar, spanning the low–high cost per hour. */
  annualDowntimeCostError: [number, number];
  annualSavings: number;
  annualSavingsError: [number, number];
  investment: number;
}

/** One row of the cost chart's number table, formatted. */
export interface CostTableRow {
  id: string;
  label: string;
  annualDowntimeCost: string;
  annualDowntimeCostRange: string;
  annualSavings: string;
  annualSavingsRange: string;
  investment: string;
}

function errorOffsets(mid: Dec, low: Dec, high: Dec): [number, number] {
  const ends = span(low, mid, high);
  return [toChartNumber(mid.minus(ends.low)), toChartNumber(ends.high.minus(mid))];
}

/** A figure that always has a value (amounts, availabilities), by id. */
function amount(graph: ResultGraph, id: Parameters<ResultGraph['value']>[0]): Dec {
  const value = graph.value(id);
  if (value === null) throw new Error(`${id} has no value`);
  return value;
}

/** A scenario's figure at the current cost per hour and at the low and high ends of its range. */
function atEnds(graph: ResultGraph, id: string, name: 'annualDowntimeCost' | 'annualSavings') {
  return {
    mid: amount(graph, scenarioFigureId(id, name)),
    low: amount(graph, costEndFigureId(id, 'lowCost', name)),
    high: amount(graph, costEndFigureId(id, 'highCost', name)),
  };
}

/**
 * Bars per scenario (input order): annual downtime cost, annual savings against today (both at the
 * current cost per hour, with low–high whiskers) and the one-time investment.
 */
export function costBars(graph: ResultGraph): CostBarRow[] {
  return graph.scenarioIds.map((id) => {
    const cost = atEnds(graph, id, 'annualDowntimeCost');
    const savings = atEnds(graph, id, 'annualSavings');
    return {
      id,
      label: graph.scenario(id).label,
      annualDowntimeCost: toChartNumber(cost.mid),
      annualDowntimeCostError: errorOffsets(cost.mid, cost.low, cost.high),
      annualSavings: toChartNumber(savings.mid),
      annualSavingsError: errorOffsets(savings.mid, savings.low, savings.high),
      investment: toChartNumber(amount(graph, scenarioFigureId(id, 'investment'))),
    };
  });
}

/** The cost chart's numbers as text, exact figures rounded to whole currency units. */
export function costTable(graph: ResultGraph, currency: CurrencyCode): CostTableRow[] {
  return graph.scenarioIds.map((id) => {
    const cost = atEnds(graph, id, 'annualDowntimeCost');
    const savings = atEnds(graph, id, 'annualSavings');
    const costSpan = span(cost.low, cost.mid, cost.high);
    const savingsSpan = span(savings.low, savings.mid, savings.high);
    const scenario = graph.scenario(id);
    return {
      id,
      label: scenario.label,
      annualDowntimeCost: formatMoney(cost.mid, currency),
      annualDowntimeCostRange: moneyRange(costSpan.low, costSpan.high, currency),
      annualSavings: formatMoney(savings.mid, currency),
      annualSavingsRange: moneyRange(savingsSpan.low, savingsSpan.high, currency),
      investment: `${formatMoney(amount(graph, scenarioFigureId(id, 'investment')), currency)}${scenario.investmentSource === 'override' ? ' (your figure)' : ''}`,
    };
  });
}

// ——— Break-even over time ———

/** One month of the break-even chart: `line<i>` values and `band<i>` [low, high] pairs per scenario. */
export type BreakEvenRow = { month: number } & Record<string, number | [number, number]>;

export interface BreakEvenLine {
  id: string;
  label: string;
  /** Data keys of the scenario's line and low–high band in the rows. */
  lineKey: string;
  bandKey: string;
  /** Month where the line crosses zero (fractional); null = never. */
  paybackMonth: number | null;
  /** Whether the payback falls within the chart (0 … horizon). */
  paybackShown: boolean;
  /** "0.17 years (2.1 months)", "never". */
  paybackText: string;
  /** Payback at the low and high cost per hour: "3.47 years – 0.69 years". */
  paybackRangeText: string;
  investment: string;
  netAnnualBenefit: string;
  /** Cumulative net benefit at the end of the horizon. */
  endValue: string;
}

export interface BreakEvenChart {
  rows: BreakEvenRow[];
  lines: BreakEvenLine[];
  horizonMonths: number;
  /** x-axis ticks in months: whole years, at most about seven. */
  monthTicks: number[];
  /** Year ends for the number table: months 0, 12, … with each scenario's formatted value. */
  yearEnds: Array<{ month: number; values: string[] }>;
}

function paybackText(months: Dec | null): string {
  return formatPayback(months === null ? null : months.div(12));
}

/**
 * The break-even chart: each scenario's cumulative net benefit by month (the graph's break-even line
 * at the current cost per hour) with a band spanning the same line at the low and high cost per hour,
 * and the payback month of each line (the simple payback, where the line crosses zero).
 */
export function breakEvenChart(graph: ResultGraph, currency: CurrencyCode): BreakEvenChart {
  const series = graph.breakEven();
  const horizonYears = amount(graph, 'input.horizonYears').toNumber();
  const horizonMonths = 12 * horizonYears;
  const rows: BreakEvenRow[] = Array.from({ length: horizonMonths + 1 }, (_, month) => ({ month }));
  const lines = series.mid.map((s, i): BreakEvenLine => {
    const low = series.low[i]!;
    const high = series.high[i]!;
    const lineKey = `line${i}`;
    const bandKey = `band${i}`;
    s.points.forEach((point, month) => {
      const ends = span(
        low.points[month]!.cumulativeNetBenefit,
        point.cumulativeNetBenefit,
        high.points[month]!.cumulativeNetBenefit,
      );
      rows[month]![lineKey] = toChartNumber(point.cumulativeNetBenefit);
      rows[month]![bandKey] = [toChartNumber(ends.low), toChartNumber(ends.high)];
    });
    const paybackMonth = s.paybackMonths === null ? null : toChartNumber(s.paybackMonths);
    return {
      id: s.id,
      label: s.label,
      lineKey,
      bandKey,
      paybackMonth,
      paybackShown: paybackMonth !== null && paybackMonth <= horizonMonths,
      paybackText: paybackText(s.paybackMonths),
      paybackRangeText: `${paybackText(low.paybackMonths)} – ${paybackText(high.paybackMonths)}`,
      investment: formatMoney(s.investment, currency),
      netAnnualBenefit: formatMoney(s.netAnnualBenefit, currency),
      endValue: formatMoney(s.points[horizonMonths]!.cumulativeNetBenefit, currency),
    };
  });
  const years = horizonYears;
  const stepYears = Math.max(1, Math.ceil(years / 6));
  const monthTicks: number[] = [];
  for (let year = 0; year <= years; year += stepYears) monthTicks.push(year * 12);
  if (monthTicks.at(-1) !== horizonMonths) monthTicks.push(horizonMonths);
  const yearEnds = Array.from({ length: years + 1 }, (_, year) => ({
    month: year * 12,
    values: series.mid.map((s) => formatMoney(s.points[year * 12]!.cumulativeNetBenefit, currency)),
  }));
  return { rows, lines, horizonMonths, monthTicks, yearEnds };
}

// ——— Total cost of reliability ———

/** What the cheapest point of the total-cost curve is called on the chart, in its legend and tables. */
export const OPTIMUM_NAME = 'Cost-optimal availability';

/** A point of the total-cost chart (a type, not an interface, so rows can carry marker keys). */
export type TotalCostChartPoint = {
  nines: number;
  availabilityPercent: number;
  totalAnnualCost: number;
  annualDowntimeCost: number;
  annualisedInvestment: number;
  annualRunCost: number;
};

export interface TotalCostMarker extends TotalCostChartPoint {
  id: string;
  label: string;
  /** Data key of the marker's value in the curve rows (`marker0`, …). */
  key: string;
}

/**
 * A row of the curve. Markers live in the same rows (`marker<i>` for scenario i, `optimum`), set
 * only on the row at their availability, so one data array feeds the chart and its shared tooltip.
 */
export type TotalCostRow = TotalCostChartPoint & { [markerKey: string]: number | undefined };

/** Data key of the cost-optimal point in the curve rows. */
export const OPTIMUM_KEY = 'optimum';

/** A row of the total-cost chart's number table, formatted. */
export interface TotalCostTableRow {
  label: string;
  availability: string;
  annualDowntimeCost: string;
  annualisedInvestment: string;
  annualRunCost: string;
  totalAnnualCost: string;
}

export interface TotalCostChart {
  curve: TotalCostRow[];
  scenarios: TotalCostMarker[];
  optimum: TotalCostChartPoint;
  /** "Cost-optimal availability ≈ 99.946 %". */
  optimumText: string;
  /** "≈ 99.946 %", the figure alone. */
  optimumFigure: string;
  /** "$17,590,320 a year". */
  optimumTotalText: string;
  /** x-axis extent and ticks, in nines. */
  domain: [number, number];
  ticks: number[];
  table: TotalCostTableRow[];
}

function chartPoint(p: TotalCostPoint): TotalCostChartPoint {
  return {
    nines: toChartNumber(p.nines),
    availabilityPercent: toChartNumber(p.availabilityPercent),
    totalAnnualCost: toChartNumber(p.totalAnnualCost),
    annualDowntimeCost: toChartNumber(p.annualDowntimeCost),
    annualisedInvestment: toChartNumber(p.annualisedInvestment),
    annualRunCost: toChartNumber(p.annualRunCost),
  };
}

function tableRow(
  label: string,
  p: TotalCostPoint,
  currency: CurrencyCode,
  approximate = false,
): TotalCostTableRow {
  return {
    label,
    availability: approximate
      ? `≈ ${formatAvailabilityApprox(p.availabilityPercent.toNumber())}`
      : formatPercent(p.availabilityPercent),
    annualDowntimeCost: formatMoney(p.annualDowntimeCost, currency),
    annualisedInvestment: formatMoney(p.annualisedInvestment, currency),
    annualRunCost: formatMoney(p.annualRunCost, currency),
    totalAnnualCost: formatMoney(p.totalAnnualCost, currency),
  };
}

/**
 * Axis ticks in nines: every whole nine inside the domain, plus the domain's ends when they are
 * more than 0.3 nines from a whole nine (so today, e.g. 99.5 %, gets its own tick).
 */
export function ninesTicks(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let n = Math.ceil(low); n <= Math.floor(high); n += 1) ticks.push(n);
  const far = (x: number) => ticks.every((t) => Math.abs(t - x) > 0.3);
  if (far(low)) ticks.unshift(low);
  if (far(high)) ticks.push(high);
  return ticks;
}

/** An x-axis tick in nines as an availability: 3 → "99.9 %", 2.30103 → "99.5 %". */
export function formatNinesTick(nines: number): string {
  return formatAvailabilityApprox(ninesToPercent(nines));
}

/** A level's figures of the total-cost chart: today's, a scenario's (its own investment and run cost) or the optimum's. */
function levelPoint(
  graph: ResultGraph,
  id: (name: LevelFigureName) => Parameters<ResultGraph['value']>[0],
): TotalCostPoint {
  return {
    availabilityPercent: amount(graph, id('availabilityPercent')),
    nines: amount(graph, id('nines')),
    annualDowntimeCost: amount(graph, id('annualDowntimeCost')),
    annualisedInvestment: amount(graph, id('annualisedInvestment')),
    annualRunCost: amount(graph, id('annualRunCost')),
    totalAnnualCost: amount(graph, id('totalAnnualCost')),
  };
}

/**
 * The total-cost chart: the rule's curve, the scenarios as markers and the cost-optimal point, with
 * the x axis in nines. The number table lists today, every scenario, the optimum and the whole nines.
 */
export function totalCostChart(graph: ResultGraph, currency: CurrencyCode): TotalCostChart {
  const model = {
    points: graph.totalCostCurve(),
    baseline: levelPoint(graph, (name) => levelFigureId(null, name)),
    scenarios: graph.scenarioIds.map((id) => ({
      id,
      label: graph.scenario(id).label,
      ...levelPoint(graph, (name) => levelFigureId(id, name)),
    })),
    costOptimal: levelPoint(graph, (name) => `totalCost.optimum.${name}`),
  };
  const curve: TotalCostRow[] = model.points.map(chartPoint);
  const rowAt = (p: TotalCostPoint) =>
    curve[model.points.findIndex((q) => q.availabilityPercent.eq(p.availabilityPercent))];
  const scenarios = model.scenarios.map((s, i): TotalCostMarker => {
    const marker = { id: s.id, label: s.label, key: `marker${i}`, ...chartPoint(s) };
    const row = rowAt(s);
    if (row) row[marker.key] = marker.totalAnnualCost;
    return marker;
  });
  const first = curve[0]!;
  const last = curve.at(-1)!;
  const domain: [number, number] = [first.nines, last.nines];
  const optimum = chartPoint(model.costOptimal);
  const optimumRow = rowAt(model.costOptimal);
  if (optimumRow) optimumRow[OPTIMUM_KEY] = optimum.totalAnnualCost;
  const wholeNines = model.points.filter((p) => p.nines.isInteger());
  const table = [
    tableRow('Today', model.baseline, currency),
    ...model.scenarios.map((s) => tableRow(s.label, s, currency)),
    tableRow(OPTIMUM_NAME, model.costOptimal, currency, true),
    ...wholeNines.map((p) => tableRow(`${formatPercent(p.availabilityPercent)} (rule)`, p, currency)),
  ];
  return {
    curve,
    scenarios,
    optimum,
    optimumText: `${OPTIMUM_NAME} ≈ ${formatAvailabilityApprox(optimum.availabilityPercent)}`,
    optimumFigure: `≈ ${formatAvailabilityApprox(optimum.availabilityPercent)}`,
    optimumTotalText: `${formatMoney(model.costOptimal.totalAnnualCost, currency)} a year`,
    domain,
    ticks: ninesTicks(domain[0], domain[1]),
    table,
  };
}
