import type { ScenarioSummary, SimulationSummary, StepSummary } from './simulate';

/**
 * The simulation's figures as one list, each with an id, a label in words, a unit, its value and
 * where it comes from, the way the result graph (src/model/result-graph.ts) names the exact figures:
 * the Uncertainty table, the CSV export and an "explain this figure" dialog read the same figures.
 * Plain float64 numbers (the simulation's twin, not decimal.js): money in currency units, payback in
 * years, chances as fractions of the runs (0.91 for 91 %). Nothing is rounded here.
 */

/** Which step of a scenario: against today, or the marginal step from the next-lower level. */
export type UncertaintyStep = 'vsBaseline' | 'marginal';
/** P10, P50 or P90 over the runs (type-7 percentiles, src/simulation/summarise.ts). */
export type Statistic = 'p10' | 'p50' | 'p90';
export type UncertaintyFigureName =
  'annualDowntimeCost' | 'annualSavings' | 'paybackYears' | 'npv' | 'paysBackWithinHorizon' | 'positiveNpv';

export const STATISTICS: readonly Statistic[] = ['p10', 'p50', 'p90'];

/** `uncertainty.<scenarioId>.<step>.<name>[.<statistic>]`. */
export type UncertaintyFigureId = `uncertainty.${string}`;

export interface UncertaintyFigure {
  id: UncertaintyFigureId;
  /** "NPV of 99.9 % against today, P10"; "Chance the step from 99.9 % to 99.99 % pays back within 3 years". */
  label: string;
  unit: 'money-per-year' | 'money' | 'years' | 'fraction';
  /** null only for a payback percentile that never comes (more than that share of runs never pay back). */
  value: number | null;
  source: { kind: 'simulation'; runs: number; seed: string; statistic: Statistic | 'chance' };
}

export function uncertaintyFigureId(
  scenarioId: string,
  step: UncertaintyStep,
  name: UncertaintyFigureName,
  statistic?: Statistic,
): UncertaintyFigureId {
  return `uncertainty.${scenarioId}.${step}.${name}${statistic === undefined ? '' : `.${statistic}`}`;
}

/** The figures of today (its annual downtime cost) use this in place of a scenario id (user ids are `s<n>`, the plan's `plan`). */
export const TODAY_ID = 'today';

const STATISTIC_LABELS: Record<Statistic, string> = { p10: 'P10', p50: 'P50', p90: 'P90' };

/** The step in words: "99.9 % against today", "the step from 99.9 % to 99.99 %". */
export function stepWords(scenario: ScenarioSummary, step: UncertaintyStep): string {
  return step === 'vsBaseline' || scenario.marginal.fromId === null
    ? `${scenario.label} against today`
    : `the step from ${scenario.marginal.fromLabel} to ${scenario.label}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every figure of a summary, by id, in table order: today's annual downtime cost, then per scenario, its step against today, then its marginal step. */
export function uncertaintyFigures(summary: SimulationSummary): Map<UncertaintyFigureId, UncertaintyFigure> {
  const figures = new Map<UncertaintyFigureId, UncertaintyFigure>();
  const years = summary.horizonYears === 1 ? '1 year' : `${summary.horizonYears} years`;
  const source = (statistic: Statistic | 'chance') => ({
    kind: 'simulation' as const,
    runs: summary.runs,
    seed: summary.seed,
    statistic,
  });
  const add = (figure: UncertaintyFigure) => figures.set(figure.id, figure);
  for (const statistic of STATISTICS)
    add({
      id: uncertaintyFigureId(TODAY_ID, 'vsBaseline', 'annualDowntimeCost', statistic),
      label: `Annual downtime cost today, ${STATISTIC_LABELS[statistic]}`,
      unit: 'money-per-year',
      value: summary.baseline.annualDowntimeCost[statistic],
      source: source(statistic),
    });
  for (const scenario of summary.scenarios) {
    const stepsOf: Array<[UncertaintyStep, StepSummary]> = [
      ['vsBaseline', scenario.vsBaseline],
      ['marginal', scenario.marginal],
    ];
    for (const statistic of STATISTICS) {
      add({
        id: uncertaintyFigureId(scenario.id, 'vsBaseline', 'annualDowntimeCost', statistic),
        label: `Annual downtime cost at ${scenario.label}, ${STATISTIC_LABELS[statistic]}`,
        unit: 'money-per-year',
        value: scenario.annualDowntimeCost[statistic],
        source: source(statistic),
      });
    }
    for (const [step, figuresOf] of stepsOf) {
      const words = stepWords(scenario, step);
      for (const statistic of STATISTICS) {
        const at = STATISTIC_LABELS[statistic];
        add({
          id: uncertaintyFigureId(scenario.id, step, 'annualSavings', statistic),
          label: `Annual savings of ${words}, ${at}`,
          unit: 'money-per-year',
          value: figuresOf.annualSavings[statistic],
          source: source(statistic),
        });
        add({
          id: uncertaintyFigureId(scenario.id, step, 'paybackYears', statistic),
          label: `Payback of ${words}, ${at}`,
          unit: 'years',
          value: figuresOf.paybackYears[statistic],
          source: source(statistic),
        });
        add({
          id: uncertaintyFigureId(scenario.id, step, 'npv', statistic),
          label: `NPV of ${words}, ${at}`,
          unit: 'money',
          value: figuresOf.npv[statistic],
          source: source(statistic),
        });
      }
      add({
        id: uncertaintyFigureId(scenario.id, step, 'paysBackWithinHorizon'),
        label: `Chance ${words} pays back within ${years}`,
        unit: 'fraction',
        value: figuresOf.paysBackWithinHorizon.fraction,
        source: source('chance'),
      });
      add({
        id: uncertaintyFigureId(scenario.id, step, 'positiveNpv'),
        label: `Chance ${words} has a positive NPV`,
        unit: 'fraction',
        value: figuresOf.positiveNpv.fraction,
        source: source('chance'),
      });
    }
  }
  for (const figure of figures.values()) figure.label = capitalised(figure.label);
  return figures;
}
