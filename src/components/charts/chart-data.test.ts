import { describe, expect, it } from 'vitest';
import { evaluateResultGraph } from '../../model/result-graph';
import { SEED_EXAMPLE } from '../../model/presets';
import type { CalculatorInputs } from '../../model/scenarios';
import {
  breakEvenChart,
  costBars,
  costTable,
  formatNinesTick,
  ninesTicks,
  ninesToPercent,
  OPTIMUM_KEY,
  toChartNumber,
  totalCostChart,
} from './chart-data';
import { Dec } from '../../model/decimal';

const seed = SEED_EXAMPLE;
const costRange = { low: 1_000_000, high: 5_000_000 };
const graphOf = (inputs: CalculatorInputs, range = costRange) => evaluateResultGraph(inputs, range);

function breakEvenFor(inputs: CalculatorInputs) {
  return breakEvenChart(graphOf(inputs), 'USD');
}

describe('toChartNumber', () => {
  it.each([
    ['17280000', 17_280_000],
    ['-0', 0],
    ['0.5', 0.5],
  ])('%s → %d', (text, n) => {
    expect(Object.is(toChartNumber(new Dec(text)), n)).toBe(true);
  });
});

describe('costBars', () => {
  const rows = costBars(graphOf(seed));

  it.each([
    // label, downtime cost, its whiskers [below, above], savings, its whiskers, investment
    ['99.5 %', 86_400_000, [43_200_000, 129_600_000], 0, [0, 0], 0],
    ['99.9 %', 17_280_000, [8_640_000, 25_920_000], 69_120_000, [34_560_000, 103_680_000], 12_000_000],
    ['99.99 %', 1_728_000, [864_000, 2_592_000], 84_672_000, [42_336_000, 127_008_000], 147_000_000],
  ])('%s', (label, cost, costError, savings, savingsError, investment) => {
    const row = rows.find((r) => r.label === label)!;
    expect(row.annualDowntimeCost).toBe(cost);
    expect(row.annualDowntimeCostError).toEqual(costError);
    expect(row.annualSavings).toBe(savings);
    expect(row.annualSavingsError).toEqual(savingsError);
    expect(row.investment).toBe(investment);
  });

  it('whiskers still span the current cost when it lies outside the range', () => {
    const [row] = costBars(graphOf({ ...seed, scenarios: [seed.scenarios[1]!] }, { low: 3e6, high: 5e6 }));
    // At $2M an hour (below the range), 17,280,000; the range gives 25,920,000 – 43,200,000.
    expect(row!.annualDowntimeCostError).toEqual([0, 25_920_000]);
  });

  it('the number table states the same figures in full', () => {
    const table = costTable(graphOf(seed), 'USD');
    expect(table[1]).toEqual({
      id: 's2',
      label: '99.9 %',
      annualDowntimeCost: '$17,280,000',
      annualDowntimeCostRange: '$8,640,000–$43,200,000',
      annualSavings: '$69,120,000',
      annualSavingsRange: '$34,560,000–$172,800,000',
      investment: '$12,000,000',
    });
    expect(table[0]!.annualSavingsRange).toBe('$0');
  });
});

describe('breakEvenChart', () => {
  const chart = breakEvenFor(seed);

  it('has one row per month with a line and a band per scenario', () => {
    expect(chart.horizonMonths).toBe(36);
    expect(chart.rows).toHaveLength(37);
    expect(chart.rows[12]).toEqual({
      month: 12,
      line0: 0,
      band0: [0, 0],
      line1: 57_120_000,
      band1: [22_560_000, 160_800_000], // −12M + 34.56M; −12M + 172.8M
      line2: -62_328_000,
      band2: [-104_664_000, 64_680_000], // −147M + 42.336M; −147M + 211.68M
    });
  });

  it.each([
    // label, payback month (3 dp), shown, payback text, low–high text
    ['99.5 %', null, false, 'never', 'never – never'],
    ['99.9 %', 2.083, true, '0.17 years (2.1 months)', '0.35 years (4.2 months) – 0.07 years (0.8 months)'],
    ['99.99 %', 20.833, true, '1.74 years (20.8 months)', '3.47 years – 0.69 years (8.3 months)'],
  ])('%s pays back at month %s', (label, month, shown, text, rangeText) => {
    const line = chart.lines.find((l) => l.label === label)!;
    if (month === null) expect(line.paybackMonth).toBeNull();
    else expect(line.paybackMonth).toBeCloseTo(month, 3);
    expect(line.paybackShown).toBe(shown);
    expect(line.paybackText).toBe(text);
    expect(line.paybackRangeText).toBe(rangeText);
  });

  it('does not mark a payback beyond the horizon', () => {
    const oneYear = breakEvenFor({ ...seed, horizonYears: 1 });
    expect(oneYear.lines[2]!.paybackShown).toBe(false);
    expect(oneYear.monthTicks).toEqual([0, 12]);
  });

  it.each([
    [3, [0, 12, 24, 36]],
    [10, [0, 24, 48, 72, 96, 120]],
    [30, [0, 60, 120, 180, 240, 300, 360]],
  ])('a %i-year horizon gets ticks %o', (years, ticks) => {
    expect(breakEvenFor({ ...seed, horizonYears: years }).monthTicks).toEqual(ticks);
  });

  it('lists the year ends for the number table', () => {
    expect(chart.yearEnds.map((y) => y.month)).toEqual([0, 12, 24, 36]);
    expect(chart.yearEnds[3]!.values).toEqual(['$0', '$195,360,000', '$107,016,000']);
  });
});

describe('totalCostChart', () => {
  const chart = totalCostChart(graphOf(seed), 'USD');

  it('names the cost-optimal availability with its figure', () => {
    expect(chart.optimumText).toBe('Cost-optimal availability ≈ 99.946 %');
    expect(chart.optimumTotalText).toBe('$17,590,320 a year');
    expect(chart.optimum.availabilityPercent).toBeCloseTo(99.9462086, 6);
    expect(chart.optimum.nines).toBeCloseTo(-Math.log10(0.000537914), 5);
  });

  it('runs in nines from today to five nines, with readable ticks', () => {
    expect(chart.domain[0]).toBeCloseTo(2.30103, 5);
    expect(chart.domain[1]).toBe(5);
    expect(chart.ticks.map(formatNinesTick)).toEqual(['99.5 %', '99.9 %', '99.99 %', '99.999 %']);
    expect(chart.curve.every((p, i) => i === 0 || p.nines > chart.curve[i - 1]!.nines)).toBe(true);
  });

  it('places the scenarios on the chart', () => {
    expect(chart.scenarios.map((s) => [s.label, s.totalAnnualCost])).toEqual([
      ['99.5 %', 86_400_000],
      ['99.9 %', 21_280_000],
      ['99.99 %', 50_728_000],
    ]);
    expect(chart.scenarios[2]!.nines).toBe(4);
  });

  it('puts each marker on the curve row at its availability, and nowhere else', () => {
    const withMarker = (key: string) => chart.curve.filter((row) => row[key] !== undefined);
    expect(withMarker('marker1')).toHaveLength(1);
    expect(withMarker('marker1')[0]!).toMatchObject({
      nines: 3,
      marker1: 21_280_000,
      totalAnnualCost: 21_280_000,
    });
    expect(withMarker(OPTIMUM_KEY)).toHaveLength(1);
    expect(withMarker(OPTIMUM_KEY)[0]![OPTIMUM_KEY]).toBe(chart.optimum.totalAnnualCost);
    // A quoted investment puts the marker off the curve: 17,280,000 + 6,000,000 / 3.
    const quoted = totalCostChart(
      graphOf({ ...seed, scenarios: [{ ...seed.scenarios[1]!, investmentOverride: 6_000_000 }] }),
      'USD',
    );
    expect(quoted.curve.find((row) => row.marker0 !== undefined)).toMatchObject({
      marker0: 19_280_000,
      totalAnnualCost: 21_280_000,
    });
  });

  it('marks the optimum also when it is clamped to the top of the curve', () => {
    const free = totalCostChart(graphOf({ ...seed, monthlyInfraCost: 0 }), 'USD');
    expect(free.curve.at(-1)![OPTIMUM_KEY]).toBe(free.optimum.totalAnnualCost);
    expect(free.optimumText).toBe('Cost-optimal availability ≈ 99.999 %');
  });

  it('lists today, the scenarios, the optimum and the whole nines in its table', () => {
    expect(chart.table.map((r) => r.label)).toEqual([
      'Today',
      '99.5 %',
      '99.9 %',
      '99.99 %',
      'Cost-optimal availability',
      '99.9% (rule)',
      '99.99% (rule)',
      '99.999% (rule)',
    ]);
    expect(chart.table[4]).toEqual({
      label: 'Cost-optimal availability',
      availability: '≈ 99.946 %',
      annualDowntimeCost: '$9,295,160',
      annualisedInvestment: '$8,295,160',
      annualRunCost: '$0',
      totalAnnualCost: '$17,590,320',
    });
  });

  it.each([
    [2, 5, [2, 3, 4, 5]],
    [2.30103, 5, [2.30103, 3, 4, 5]],
    [2.9, 5, [3, 4, 5]],
    [3, 3.5, [3, 3.5]],
    [1, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])('ninesTicks(%d, %d) = %o', (low, high, ticks) => {
    expect(ninesTicks(low, high)).toEqual(ticks);
  });

  it.each([
    [2, '99 %'],
    [3, '99.9 %'],
    [5, '99.999 %'],
    [1, '90 %'],
  ])('tick %d reads %s', (n, text) => {
    expect(formatNinesTick(n)).toBe(text);
    expect(ninesToPercent(n)).toBeCloseTo(Number(text.replace(' %', '')), 10);
  });
});
