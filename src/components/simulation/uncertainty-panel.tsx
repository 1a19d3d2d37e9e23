import { Fragment, lazy, memo, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { formatInputNumber, type CurrencyCode } from '../../format/format';
import { paybackSentence, positiveNpvSentence } from '../../simulation/chance-sentences';
import type { SimulationSummary } from '../../simulation/simulate';
import type { SimulationRunner } from '../../simulation/simulation-runner';
import type { UncertainInputUnit } from '../../simulation/uncertain-inputs';
import {
  STATISTICS,
  TODAY_ID,
  uncertaintyFigureId,
  uncertaintyFigures,
  type UncertaintyFigureName,
  type UncertaintyStep,
} from '../../simulation/uncertainty-figures';
import { useCompact, useCurrency, usePresetId } from '../../state/calculator-store';
import { fieldIssuesStore, fieldIssuesText } from '../../state/field-issues-store';
import { useSimulationView } from '../export/simulation-view-store';
import { ErrorBoundary } from '../error-boundary';
import { downloadBlob } from '../export/download';
import { presetName } from '../export/use-export-context';
import { exportFileName, isoDate } from '../../export/file-name';
import { uncertaintyFigureText } from '../../format/uncertainty-format';
import { inputValueText } from '../../format/input-value-text';
import { useSimulationRun } from './use-simulation-run';
import { FigureButton } from '../figure-button';

// recharts comes with the charts' own chunk, after the table is on screen.
const UncertaintyCharts = lazy(() =>
  import('./uncertainty-charts').then((module) => ({ default: module.UncertaintyCharts })),
);

export interface UncertaintyPanelProps {
  /** Where the runs are computed (the page's worker by default; a test passes its own). */
  runner?: SimulationRunner;
}

/**
 * The section "Uncertainty": the simulation's percentiles and chances per scenario and marginal step,
 * the sentences a manager repeats, the NPV distributions, "What moves the answer", and the samples
 * export. Mounted only while the simulation is on; the runs happen off the main thread.
 */
export function UncertaintyPanel({ runner }: UncertaintyPanelProps) {
  const job = useSimulationRun(runner);
  // A run's result comes from a store (rendered at once, in one task): the table, sentences and charts
  // it changes render deferred, so a key press that lands meanwhile is not kept waiting behind them.
  const shown = useDeferredValue(useSimulationView((view) => view.shown));
  // Only a failure of the inputs on screen is shown: after an edit, the new run is pending.
  const failed = useSimulationView((view) => view.failure);
  const failure = failed !== null && failed.job === job ? failed.message : null;
  const currency = useCurrency();
  const compact = useCompact();
  const presetId = usePresetId();
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const stale = shown !== null && shown.job !== job;
  const compactValueText = useCallback(
    (value: number, unit: UncertainInputUnit) => inputValueText(value, unit, currency, true),
    [currency],
  );

  const status =
    shown === null
      ? failure === null
        ? `Simulating ${formatInputNumber(job.runs)} runs…`
        : ''
      : stale && failure === null
        ? 'Updating: the figures below are of the inputs before your last change.'
        : `${formatInputNumber(shown.summary.runs)} runs with the random seed “${shown.summary.seed}”.`;

  const exportSamples = async () => {
    if (shown === null) return;
    try {
      // The engine runs the shown job again in this thread, loaded only for this (the page's runs are the worker's).
      const [{ buildSamplesCsv }, { simulateRuns }] = await Promise.all([
        import('../../export/csv'),
        import('../../simulation/simulate'),
      ]);
      const name = exportFileName(presetName(presetId), isoDate(new Date()), 'csv', 'samples');
      // With the page's "Figures use …" line while a field's text is not used, as every export has it.
      const note = fieldIssuesText(fieldIssuesStore.getState().issues);
      const csv = buildSamplesCsv(simulateRuns(shown.ran ?? shown.job), note);
      downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
      setNotice({ error: false, text: `Saved ${name}` });
    } catch (error) {
      setNotice({
        error: true,
        text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  return (
    <section className="panel uncertainty" aria-labelledby="uncertainty-heading">
      <h2 id="uncertainty-heading">Uncertainty</h2>
      <p className="hint" role="status">
        {status}
      </p>
      {failure !== null ? (
        <p className="field-error" role="alert">
          {failure}
          {shown !== null ? ' The figures below are of the last run that succeeded.' : ''}
        </p>
      ) : null}
      {shown !== null ? (
        <>
          <UncertaintyTable summary={shown.summary} currency={currency} compact={compact} />
          <ChanceSentences summary={shown.summary} />
          <FailureModeRanges summary={shown.summary} currency={currency} />
          <ErrorBoundary message="The uncertainty charts could not be shown" className="panel">
            <Suspense fallback={<p className="hint">Loading the uncertainty charts…</p>}>
              <UncertaintyCharts summary={shown.summary} currency={currency} valueText={compactValueText} />
            </Suspense>
          </ErrorBoundary>
          <div className="button-row" data-export-exclude="">
            <button type="button" onClick={() => void exportSamples()}>
              Export samples (CSV)
            </button>
          </div>
          <p role="status" className={notice?.error ? 'field-error' : 'hint'}>
            {notice?.text ?? ''}
          </p>
        </>
      ) : null}
    </section>
  );
}

const PERCENTILE_COLUMNS: Array<[UncertaintyFigureName, string]> = [
  ['annualDowntimeCost', 'Annual downtime cost'],
  ['annualSavings', 'Annual savings'],
  ['paybackYears', 'Payback in years'],
  ['npv', 'NPV'],
];

interface SummaryProps {
  summary: SimulationSummary;
  currency: CurrencyCode;
  compact: boolean;
}

/**
 * The table "Uncertainty": today's downtime cost, then each scenario against today and its marginal
 * step, every cell a figure of `uncertaintyFigures`, each a button that explains it.
 */
const UncertaintyTable = memo(function UncertaintyTable({ summary, currency, compact }: SummaryProps) {
  const figures = useMemo(() => uncertaintyFigures(summary), [summary]);
  const years = summary.horizonYears === 1 ? '1 year' : `${summary.horizonYears} years`;
  // Each figure is a button that explains it (what the statistic is, its runs, seed and ranges).
  const text = (
    scenarioId: string,
    step: UncertaintyStep,
    name: UncertaintyFigureName,
    statistic?: (typeof STATISTICS)[number],
  ) => {
    const figure = figures.get(uncertaintyFigureId(scenarioId, step, name, statistic))!;
    return (
      <FigureButton
        id={figure.id}
        label={figure.label}
        text={uncertaintyFigureText(figure, currency, compact)}
      />
    );
  };
  // "P10 / P50 / P90": where the cell is narrow it breaks after a slash, never before one.
  const triple = (scenarioId: string, step: UncertaintyStep, name: UncertaintyFigureName) =>
    STATISTICS.map((statistic, i) =>
      i < STATISTICS.length - 1 ? (
        <Fragment key={statistic}>
          <span className="nowrap">{text(scenarioId, step, name, statistic)} /</span>{' '}
        </Fragment>
      ) : (
        <Fragment key={statistic}>{text(scenarioId, step, name, statistic)}</Fragment>
      ),
    );
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Uncertainty, scrollable">
      <table aria-label="Uncertainty" className="scenario-table uncertainty-table">
        <thead>
          <tr>
            <th scope="col">Scenario or step</th>
            {PERCENTILE_COLUMNS.map(([name, header]) => (
              <th key={name} scope="col">
                {header}
                {name === 'npv' ? ` (${years})` : ''}, P10 / P50 / P90
              </th>
            ))}
            <th scope="col">Chance of paying back within {years}</th>
            <th scope="col">Chance NPV is positive</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Today</th>
            <td>{triple(TODAY_ID, 'vsBaseline', 'annualDowntimeCost')}</td>
            {/* Today is where every step starts: nothing to save, pay back or discount. */}
            <td>—</td>
            <td>—</td>
            <td>—</td>
            <td>—</td>
            <td>—</td>
          </tr>
          {summary.scenarios.flatMap((scenario) => {
            const steps: UncertaintyStep[] =
              scenario.marginal.fromId === null ? ['vsBaseline'] : ['vsBaseline', 'marginal'];
            return steps.map((step) => (
              <tr key={`${scenario.id}-${step}`} className={step === 'marginal' ? 'step-row' : undefined}>
                <th scope="row">
                  {/* The marginal step in the comparison table's words ("Compared with"). */}
                  {step === 'vsBaseline'
                    ? scenario.label
                    : `${scenario.label} compared with ${scenario.marginal.fromLabel}`}
                </th>
                <td>
                  {step === 'vsBaseline' ? triple(scenario.id, step, 'annualDowntimeCost') : '(as above)'}
                </td>
                <td>{triple(scenario.id, step, 'annualSavings')}</td>
                {(step === 'vsBaseline' ? scenario.vsBaseline : scenario.marginal).changesNothing ? (
                  // A target equal to where it starts: nothing to pay back, no chance to speak of.
                  <>
                    <td>changes nothing</td>
                    <td>{triple(scenario.id, step, 'npv')}</td>
                    <td>—</td>
                    <td>—</td>
                  </>
                ) : (
                  <>
                    <td>{triple(scenario.id, step, 'paybackYears')}</td>
                    <td>{triple(scenario.id, step, 'npv')}</td>
                    <td>{text(scenario.id, step, 'paysBackWithinHorizon')}</td>
                    <td>{text(scenario.id, step, 'positiveNpv')}</td>
                  </>
                )}
              </tr>
            ));
          })}
        </tbody>
      </table>
    </div>
  );
});

/** "99.99 % pays back within 3 years in 91 % of runs; the step from 99.9 % does in 3 %." per scenario. */
const ChanceSentences = memo(function ChanceSentences({ summary }: { summary: SimulationSummary }) {
  return (
    <ul className="chance-sentences" aria-label="Chances in words">
      {summary.scenarios.flatMap((scenario) => [
        <li key={`${scenario.id}-payback`}>{paybackSentence(scenario, summary.horizonYears)}</li>,
        // "Changes nothing" once is enough.
        scenario.vsBaseline.changesNothing && scenario.marginal.fromId === null ? null : (
          <li key={`${scenario.id}-npv`}>{positiveNpvSentence(scenario, summary.horizonYears)}</li>
        ),
      ])}
    </ul>
  );
});

/**
 * The ranges the simulation read from the failure modes' and levers' texts ("1-2 per year"), each
 * with its ends in the model's unit and its shape: lognormal above 0, uniform from 0 (a lognormal
 * cannot start there) and for a lever's change in percent. Nothing when no such text is a range.
 */
const FailureModeRanges = memo(function FailureModeRanges({
  summary,
  currency,
}: {
  summary: SimulationSummary;
  currency: CurrencyCode;
}) {
  // The joined dependencies given as ranges too: they are rows of the catalogue.
  const read = summary.inputs.filter((input) => /^(modes|levers|dependencies)\./.test(input.key));
  if (read.length === 0) return null;
  const text = (value: number, unit: (typeof read)[number]['unit']) => inputValueText(value, unit, currency);
  return (
    <>
      <h3 id="failure-mode-ranges-heading">Ranges read from the failure modes</h3>
      <ul aria-labelledby="failure-mode-ranges-heading" className="hint">
        {read.map((input) => (
          <li key={input.key}>
            {input.unit === 'unavailability'
              ? // Drawn as its share of time down: the low end of that is the high end of the availability.
                `${input.label}: ${text(input.range.high, input.unit)} to ${text(input.range.low, input.unit)}, its downtime read as a lognormal 90 % interval`
              : `${input.label}: ${text(input.range.low, input.unit)} to ${text(input.range.high, input.unit)}, read as a ${input.range.shape} 90 % interval`}
          </li>
        ))}
      </ul>
    </>
  );
});
