import type { FigureId } from '../model/figure';
import type { InputSummary, SimulationSummary } from '../simulation/simulate';
import {
  TODAY_ID,
  type Statistic,
  type UncertaintyFigure,
  type UncertaintyFigureId,
  type UncertaintyFigureName,
} from '../simulation/uncertainty-figures';
import type { CurrencyCode } from './format';
import type { ExplainedTerm, Explanation } from './explain-text';
import { inputValueText } from './input-value-text';
import { runsText, uncertaintyFigureText } from './uncertainty-format';

/*
 * The explanation of a figure of the Uncertainty table (a P10 / P50 / P90 or a chance), in the shape
 * the result graph's explanations have (explain-text.ts), so the one dialog shows it: what the
 * statistic is, how each run computes the figure it is of, and its terms (the runs, the seed, the
 * ranges that are uncertain, the exact model's figure at the best estimates for comparison). The
 * simulation is float64 by design, and the explanation says so. Loaded with its dialog only.
 */

/** A figure an Uncertainty explanation can open: the simulation's, its terms', or the exact model's. */
export type UncertaintyExplainId = UncertaintyFigureId | FigureId;

/** The id of the term "Runs". */
export const RUNS_TERM: UncertaintyFigureId = 'uncertainty.runs';
/** The id of the term "Random seed". */
export const SEED_TERM: UncertaintyFigureId = 'uncertainty.seed';
/** The id of the term of an uncertain input: `uncertainty.input.<key>`. */
export function inputTermId(key: string): UncertaintyFigureId {
  return `uncertainty.input.${key}`;
}

/** A figure of the exact model (the result graph) as the comparison shows it. */
export interface ExactFigure {
  label: string;
  text: string;
}

/** What an explanation of a simulated figure reads. */
export interface UncertaintyExplainContext {
  /** The run shown in the Uncertainty table. */
  summary: SimulationSummary;
  /** Its figures (simulation/uncertainty-figures.ts `uncertaintyFigures`). */
  figures: ReadonlyMap<UncertaintyFigureId, UncertaintyFigure>;
  currency: CurrencyCode;
  /** The exact model's figure of this id at the best estimates, or null when the result graph has none. */
  exact: (id: FigureId) => ExactFigure | null;
  /** True when the inputs changed after the run shown (its figures are of the inputs before). */
  stale: boolean;
}

const PERCENT: Record<Statistic, number> = { p10: 10, p50: 50, p90: 90 };

/** How one run computes the figure a percentile is of: its name, in words and in symbols. */
const PER_RUN: Record<
  Exclude<UncertaintyFigureName, 'paysBackWithinHorizon' | 'positiveNpv'>,
  { plural: string; words: string; symbol: string; symbols: string }
> = {
  annualDowntimeCost: {
    plural: 'annual downtime costs',
    words: 'the share of time down × the hours in a year × that run’s cost per hour',
    symbol: 'D',
    symbols: 'Dᵣ = u × Y × cᵣ',
  },
  annualSavings: {
    plural: 'annual savings',
    words:
      'the hours of downtime it avoids a year × that run’s cost per hour (the annual downtime cost before the step − after it)',
    symbol: 'S',
    symbols: 'Sᵣ = (u₀ − u₁) × Y × cᵣ',
  },
  paybackYears: {
    plural: 'paybacks',
    words:
      'that run’s investment ÷ (its annual savings − its extra run cost), never when the savings do not exceed the run cost',
    symbol: 'P',
    symbols: 'Pᵣ = Iᵣ / (Sᵣ − Rᵣ)',
  },
  npv: {
    plural: 'NPVs',
    words:
      '(that run’s annual savings − its extra run cost) × the annuity factor of the horizon at the discount rate − its investment (end-of-year cash flows)',
    symbol: 'NPV',
    symbols: 'NPVᵣ = (Sᵣ − Rᵣ) × A − Iᵣ',
  },
};

const FLOAT64 =
  'The simulation computes in float64 by design (the exact figures are decimal): it is a twin of the exact model, pinned to it within 1e-9 relative when every range is a point, and the same seed gives the same runs on every machine.';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Where a type-7 percentile falls among n runs sorted in ascending order (summarise.ts): at rank
 * h = (n − 1) p, between run ⌊h⌋ + 1 and the next, or on one run.
 */
function rank(runs: number, p: number): string {
  const h = (runs - 1) * p;
  const below = Math.floor(h);
  return h === below || below + 1 >= runs
    ? `run no. ${count(below + 1)} of them in ascending order`
    : `between runs no. ${count(below + 1)} and ${count(below + 2)} of them in ascending order`;
}

/** The symbol of an uncertain input in the per-run formulas. */
function inputSymbol(input: InputSummary): string {
  if (input.key === 'downtimeCostPerHour') return 'cᵣ';
  if (input.key.endsWith('.investment')) return 'Iᵣ';
  if (input.key.endsWith('.annualRunCost')) return 'Rᵣ';
  return 'xᵣ';
}

/** An uncertain input's range as the explanation shows it: "$1,000,000 to $5,000,000, lognormal". */
function rangeText(input: InputSummary, currency: CurrencyCode): string {
  const value = (v: number) => inputValueText(v, input.unit, currency);
  return `${value(input.range.low)} to ${value(input.range.high)}, ${input.range.shape}`;
}

/** The exact model's figure a simulated one is compared with (the same step, at the best estimates). */
function exactIdOf(scenarioId: string, step: string, name: UncertaintyFigureName): FigureId {
  const of: Record<UncertaintyFigureName, string> = {
    annualDowntimeCost: 'annualDowntimeCost',
    annualSavings: 'annualSavings',
    paybackYears: 'paybackYears',
    npv: 'npv',
    paysBackWithinHorizon: 'paybackYears',
    positiveNpv: 'npv',
  };
  if (scenarioId === TODAY_ID) return 'baseline.annualDowntimeCost';
  const marginal = step === 'marginal' && name !== 'annualDowntimeCost' ? 'marginal.' : '';
  return `scenario.${scenarioId}.${marginal}${of[name]}` as FigureId;
}

function termsExplanation(
  context: UncertaintyExplainContext,
  id: UncertaintyFigureId,
): Explanation<UncertaintyExplainId> {
  const { summary, currency } = context;
  const base = { figure: id, terms: [], conventions: [] };
  if (id === RUNS_TERM)
    return {
      ...base,
      title: 'Runs',
      result: runsText(summary.runs),
      origin:
        'An input: “Runs” in the Simulation panel: how many times the model is computed, each time with a new draw of every range (10,000 unless you say otherwise).',
    };
  if (id === SEED_TERM)
    return {
      ...base,
      title: 'Random seed',
      result: `“${summary.seed}”`,
      origin:
        'An input: “Random seed” in the Simulation panel: the same seed gives the same draws, and so the same figures to the cent, on every machine; another seed moves them a little.',
    };
  const input = summary.inputs.find((i) => inputTermId(i.key) === id);
  if (input === undefined)
    return { ...base, title: 'Not shown now', result: '—', origin: 'The simulation has run again since.' };
  const value = (v: number) => inputValueText(v, input.unit, currency);
  return {
    ...base,
    title: input.label,
    result: rangeText(input, currency),
    origin: `A range: a 90 % interval (its ends are the 5th and 95th percentiles of the draws), drawn as a ${input.range.shape} distribution; its P10 / P50 / P90 are ${value(input.p10)} / ${value(input.p50)} / ${value(input.p90)}. The exact figures use its best estimate, ${value(input.best)}.`,
  };
}

/**
 * How a figure of the Uncertainty table is computed, or one of its terms (the runs, the seed, an
 * uncertain input). A percentile: the value that share of the runs falls below, of the figure each
 * run computes (in words and symbols); a chance: the runs in which it happens ÷ the runs. Terms:
 * the runs, the seed, the ranges it depends on, the horizon (a chance of paying back), the exact
 * model's figure at the best estimates. A result-graph id is not explained here (the caller's
 * `explainFigure` does); an id of a run no longer shown says so. Pure.
 */
export function explainUncertaintyFigure(
  context: UncertaintyExplainContext,
  id: UncertaintyFigureId,
): Explanation<UncertaintyExplainId> {
  const { summary, currency } = context;
  const figure = context.figures.get(id);
  if (figure === undefined) return termsExplanation(context, id);
  const [, scenarioId = '', step = '', name] = id.split('.') as [
    string,
    string,
    string,
    UncertaintyFigureName,
  ];
  const result =
    uncertaintyFigureText(figure, currency, false) +
    (figure.value === null ? ' (more than that share of runs never pay back)' : '');
  const runs = runsText(summary.runs);
  const seeded = `${runs} with the random seed “${summary.seed}”`;
  const money = name === 'annualDowntimeCost' || name === 'annualSavings';
  const inputs = summary.inputs.filter((input) => !money || !input.key.startsWith('scenarios.'));
  const exactId = exactIdOf(scenarioId, step, name);
  const exact = context.exact(exactId);
  const horizon = context.exact('input.horizonYears');
  const terms: ExplainedTerm<UncertaintyExplainId>[] = [
    { figure: RUNS_TERM, symbol: 'n', label: 'Runs', text: runs },
    { figure: SEED_TERM, symbol: 's', label: 'Random seed', text: `“${summary.seed}”` },
    ...inputs.map((input) => ({
      figure: inputTermId(input.key),
      symbol: inputSymbol(input),
      label: input.label,
      text: rangeText(input, currency),
    })),
    ...(name === 'paysBackWithinHorizon' && horizon
      ? [{ figure: 'input.horizonYears' as FigureId, symbol: 'H', ...horizon }]
      : []),
    ...(exact ? [{ figure: exactId, symbol: 'exact', ...exact }] : []),
  ];
  const origin = [
    FLOAT64,
    exact ? `The exact model’s figure at the best estimates, for comparison: ${exact.text}.` : '',
    inputs.length === 0 ? 'No input it depends on has a range: every run gives the same figure.' : '',
    context.stale ? 'The inputs changed after this run: a new run is under way.' : '',
  ]
    .filter((text) => text !== '')
    .join(' ');
  const base = { figure: id, title: figure.label, result, terms, origin, conventions: [] };
  if (figure.source.statistic === 'chance') {
    const [condition, symbols] =
      name === 'paysBackWithinHorizon'
        ? [
            `its payback (${PER_RUN.paybackYears.words}) is at most the ${summary.horizonYears}-year horizon`,
            '#{r : Pᵣ ≤ H} / n',
          ]
        : [`its NPV (${PER_RUN.npv.words}) is above 0`, '#{r : NPVᵣ > 0} / n'];
    const scenario = summary.scenarios.find((s) => s.id === scenarioId);
    const chance = (step === 'marginal' ? scenario?.marginal : scenario?.vsBaseline)?.[
      name as 'paysBackWithinHorizon' | 'positiveNpv'
    ];
    return {
      ...base,
      words: `the share of the ${seeded} in which ${condition}`,
      symbols: `${figure.label} = ${symbols}`,
      named: `${figure.label} = the runs in which it does ÷ the runs`,
      substituted: `= ${chance ? count(chance.count) : 'the runs in which it does'} ÷ ${count(summary.runs)} = ${result}`,
    };
  }
  const statistic = figure.source.statistic;
  const perRun = PER_RUN[name as keyof typeof PER_RUN];
  const p = `P${PERCENT[statistic]}`;
  return {
    ...base,
    words: `the value ${PERCENT[statistic]} % of the ${seeded} fall below (${p} of the runs’ ${perRun.plural}, between the two nearest runs); each run’s is ${perRun.words}, from that run’s draw of every uncertain input`,
    symbols: `${figure.label} = ${p}(${perRun.symbol}₁, …, ${perRun.symbol}ₙ), ${perRun.symbols}`,
    named: `${figure.label} = ${p} of the ${perRun.plural} of the n runs with the seed s`,
    substituted: `= ${p} of the ${perRun.plural} of ${seeded}: ${rank(summary.runs, PERCENT[statistic] / 100)} = ${result}`,
  };
}
