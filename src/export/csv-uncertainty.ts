import { plainNumber } from '../format/plain-number';
import type { SimulationRuns, SimulationSummary } from '../simulation/simulate';
import type { UncertainInputUnit } from '../simulation/uncertain-inputs';
import {
  STATISTICS,
  TODAY_ID,
  uncertaintyFigureId,
  uncertaintyFigures,
  type UncertaintyFigure,
  type UncertaintyFigureName,
  type UncertaintyStep,
} from '../simulation/uncertainty-figures';

/**
 * The simulation's part of the CSV export, as rows of cells (the CSV builder quotes them): a table of
 * P10 / P50 / P90 per scenario and step with its chances, then `name,value` rows of the runs and the
 * seed. Plain machine text: money to the cent, years to six decimals, chances as fractions of the
 * runs (exact: a count over at most 100,000 runs), "never" for a payback that never comes. The
 * figures are the Uncertainty table's (`uncertaintyFigures`), so the file and the page agree.
 */

function figureText(figure: UncertaintyFigure): string {
  if (figure.value === null) return 'never';
  switch (figure.unit) {
    case 'money':
    case 'money-per-year':
      return plainNumber(figure.value, 2);
    case 'years':
      return plainNumber(figure.value, 6);
    case 'fraction':
      return plainNumber(figure.value, 6);
  }
}

const PERCENTILE_FIGURES: Array<[UncertaintyFigureName, string]> = [
  ['annualDowntimeCost', 'Annual downtime cost'],
  ['annualSavings', 'Annual savings'],
  ['paybackYears', 'Payback (years)'],
  ['npv', 'NPV'],
];

/** The percentile table: a header row, then per scenario its step against today and its marginal step. */
export function uncertaintyTableRows(summary: SimulationSummary): string[][] {
  const figures = uncertaintyFigures(summary);
  const years = summary.horizonYears === 1 ? '1 year' : `${summary.horizonYears} years`;
  const header = [
    'Scenario',
    'Step',
    ...PERCENTILE_FIGURES.flatMap(([, name]) => STATISTICS.map((s) => `${name} ${s.toUpperCase()}`)),
    `Chance of paying back within ${years}`,
    'Chance NPV is positive',
  ];
  const rows = summary.scenarios.flatMap((scenario) => {
    const steps: UncertaintyStep[] =
      scenario.marginal.fromId === null ? ['vsBaseline'] : ['vsBaseline', 'marginal'];
    return steps.map((step) => {
      const cell = (name: UncertaintyFigureName, statistic?: (typeof STATISTICS)[number]) => {
        // A marginal step has no downtime cost of its own: its scenario's row carries it.
        if (name === 'annualDowntimeCost' && step === 'marginal') return '';
        const id = uncertaintyFigureId(
          scenario.id,
          name === 'annualDowntimeCost' ? 'vsBaseline' : step,
          name,
          statistic,
        );
        return figureText(figures.get(id)!);
      };
      return [
        scenario.label,
        step === 'vsBaseline' ? 'against today' : `from ${scenario.marginal.fromLabel}`,
        ...PERCENTILE_FIGURES.flatMap(([name]) => STATISTICS.map((s) => cell(name, s))),
        cell('paysBackWithinHorizon'),
        cell('positiveNpv'),
      ];
    });
  });
  // Today: where every step starts, with its annual downtime cost and nothing else.
  const today = [
    'Today',
    'today',
    ...PERCENTILE_FIGURES.flatMap(([name]) =>
      STATISTICS.map((s) =>
        name === 'annualDowntimeCost'
          ? figureText(figures.get(uncertaintyFigureId(TODAY_ID, 'vsBaseline', name, s))!)
          : '',
      ),
    ),
    '',
    '',
  ];
  return [header, today, ...rows];
}

/** The unit an input's draws are written in, after its name (money is in the file's currency). */
const UNIT_WORDS: Record<UncertainInputUnit, string> = {
  money: '',
  'incidents-per-year': ' (incidents a year)',
  minutes: ' (minutes)',
  share: ' (share of users, 0 to 1)',
  'percent-change': ' (change, %)',
  unavailability: ' (share of time down, 0 to 1)',
};

/**
 * Decimals an input's draws keep: cents for money, six for counts, minutes and shares (a share of 0.5 %
 * is 0.005), twelve for a dependency's share of time down (five nines down is 0.00001).
 */
const decimalsOf = (unit: UncertainInputUnit) => (unit === 'money' ? 2 : unit === 'unavailability' ? 12 : 6);

/** `name,value` rows: how many runs, the seed, and each uncertain input's range as the simulation read it. */
export function simulationSettingRows(summary: SimulationSummary): string[][] {
  return [
    ['name', 'value'],
    ['Runs', String(summary.runs)],
    ['Random seed', summary.seed],
    ...summary.inputs.map((input) => [
      `${input.label}${UNIT_WORDS[input.unit]}: range`,
      `${plainNumber(input.range.low, decimalsOf(input.unit))} to ${plainNumber(input.range.high, decimalsOf(input.unit))}, ${input.range.shape}, read as a 90 % interval`,
    ]),
  ];
}

/**
 * "Export samples (CSV)": one row per run, its number, the draw of every uncertain input, then each
 * scenario's annual downtime cost and, per step, annual savings, payback (years; "never") and NPV.
 */
export function sampleRows(runs: SimulationRuns): string[][] {
  const { uncertain, draws, results } = runs;
  const columns: Array<{ header: string; values: Float64Array; decimals: number }> = [
    ...uncertain.map((input) => ({
      header: `${input.label}${UNIT_WORDS[input.unit]}`,
      values: draws.get(input.key)!,
      decimals: decimalsOf(input.unit),
    })),
  ];
  for (const scenario of results.scenarios) {
    columns.push({
      header: `Annual downtime cost at ${scenario.label}`,
      values: scenario.annualDowntimeCost,
      decimals: 2,
    });
    const steps: Array<[string, typeof scenario.vsBaseline]> = [
      [`${scenario.label} against today`, scenario.vsBaseline],
    ];
    if (scenario.marginal.fromId !== null)
      steps.push([`the step from ${scenario.marginal.fromLabel} to ${scenario.label}`, scenario.marginal]);
    for (const [words, step] of steps) {
      columns.push({ header: `Annual savings of ${words}`, values: step.annualSavings, decimals: 2 });
      columns.push({ header: `Payback of ${words} (years)`, values: step.paybackYears, decimals: 6 });
      columns.push({ header: `NPV of ${words}`, values: step.npv, decimals: 2 });
    }
  }
  const rows: string[][] = [['Run', ...columns.map((c) => c.header)]];
  for (let i = 0; i < results.runs; i += 1)
    rows.push([String(i + 1), ...columns.map((c) => plainNumber(c.values[i]!, c.decimals))]);
  return rows;
}
