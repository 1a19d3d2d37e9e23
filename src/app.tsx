import { lazy, Suspense, useRef, useState } from 'react';
import { useHasFailureModes } from './state/use-result-graph';
import { AfterFirstPaint, LaterPanel } from './components/after-first-paint';
import { LazyChartsPanel } from './components/charts/lazy-charts-panel';
import { prefetchCharts } from './components/charts/load-charts';
import { ResultsPanel } from './components/results/results-panel';
import { fullAppUrl } from './export/links';
import { NoticeList } from './components/notices/notice-list';
import { ErrorBoundary } from './components/error-boundary';
import { useCalculator } from './state/calculator-store';

// Secondary panels load in their own chunks too, keeping the JavaScript before the first results small;
// their placeholders hold the space so the table does not jump when they arrive.
// The inputs load right after the first paint of the figures, which keeps the JavaScript before the
// first results within its budget (the figures of a saved session or a link are on screen at once;
// editing them can wait a frame). The scenario list comes with them.
const CalculatorInputsPanel = lazy(() =>
  import('./components/inputs/calculator-inputs').then((module) => ({
    default: module.CalculatorInputsPanel,
  })),
);
const ScenarioEditor = lazy(() =>
  import('./components/inputs/scenario-editor').then((module) => ({ default: module.ScenarioEditor })),
);
// The Dependencies section and its engine load on demand ("Show dependencies"), or after the first
// paint when the session has dependencies: a first visit's bytes stay within their budget.
const DependenciesPanel = lazy(() =>
  import('./components/dependencies/dependencies-panel').then((module) => ({
    default: module.DependenciesPanel,
  })),
);
const ExportToolbar = lazy(() =>
  import('./components/export/export-toolbar').then((module) => ({ default: module.ExportToolbar })),
);
const SessionToolbar = lazy(() =>
  import('./components/export/session-toolbar').then((module) => ({ default: module.SessionToolbar })),
);
const FailureModesSection = lazy(() =>
  import('./components/failure-modes/failure-modes-section').then((module) => ({
    default: module.FailureModesSection,
  })),
);
// The Uncertainty section, its engine and its worker load only once the simulation is switched on.
const UncertaintyPanel = lazy(() =>
  import('./components/simulation/uncertainty-panel').then((module) => ({
    default: module.UncertaintyPanel,
  })),
);
const SimulationPanel = lazy(() =>
  import('./components/simulation/simulation-switch').then((module) => ({ default: module.SimulationPanel })),
);
const ReportHeader = lazy(() =>
  import('./components/export/report-header').then((module) => ({ default: module.ReportHeader })),
);
const AnswerSection = lazy(() =>
  import('./components/results/answer-section').then((module) => ({ default: module.AnswerSection })),
);
const AssumptionsFooter = lazy(() =>
  import('./components/results/assumptions-footer').then((module) => ({ default: module.AssumptionsFooter })),
);

// Each lazy part sits in an error boundary as well as a Suspense: its chunk may fail to download
// (offline, or a deploy replaced it) or it may fail to draw, and either way the inputs and the table,
// which are in the first chunk, must keep working. The message replaces only the part that failed.

export interface AppProps {
  /** The embed view: the comparison only (no inputs, no export buttons), for an <iframe>. */
  embed?: boolean;
}

export function App({ embed = false }: AppProps) {
  // On a phone the results come first (styles.css) and the inputs follow: these two buttons, shown
  // only there, jump between them. Buttons, not #links: the address bar's hash is the share link.
  const resultsJump = useRef<HTMLButtonElement>(null);
  if (embed) {
    return (
      <div className="app embed">
        {/* A page of its own inside the host's <iframe>: one heading and one main landmark, as any page. */}
        <header className="embed-header">
          <h1>Nines</h1>
          <a href={fullAppUrl(window.location.href)} target="_blank" rel="noopener">
            Open in Nines
          </a>
        </header>
        <main>
          <NoticeList />
          <Comparison embed />
        </main>
      </div>
    );
  }
  return (
    <div className="app">
      <header className="app-header">
        <h1>Nines</h1>
        <p>What does downtime cost us, what would each extra nine cost, and when does it pay back?</p>
        <ErrorBoundary message="Copy share link and Reset are unavailable" className="session-toolbar">
          <LaterPanel afterFirstChart fallback={<div className="session-toolbar" aria-busy="true" />}>
            <SessionToolbar />
          </LaterPanel>
        </ErrorBoundary>
      </header>
      <NoticeList />
      <main className="layout">
        <div className="column inputs-column">
          <ErrorBoundary message="The inputs could not be shown" className="panel">
            <LaterPanel fallback={<section className="panel inputs" aria-label="Inputs" aria-busy="true" />}>
              <CalculatorInputsPanel />
            </LaterPanel>
          </ErrorBoundary>
          <ErrorBoundary message="The scenario list could not be shown" className="panel">
            <LaterPanel
              fallback={
                <section className="panel scenarios" aria-label="Target scenarios" aria-busy="true" />
              }
            >
              <ScenarioEditor />
            </LaterPanel>
          </ErrorBoundary>
          <ErrorBoundary message="The simulation could not be shown" className="panel">
            <LaterPanel
              afterFirstChart
              fallback={
                <section className="panel simulation-inputs" aria-label="Simulation" aria-busy="true" />
              }
            >
              <SimulationPanel />
            </LaterPanel>
          </ErrorBoundary>
          <button type="button" className="jump phone-only" onClick={() => resultsJump.current?.focus()}>
            See the results
          </button>
        </div>
        <div className="column results-column">
          <button
            type="button"
            className="jump phone-only"
            ref={resultsJump}
            onClick={() => document.getElementById('preset')?.focus()}
          >
            Change the inputs
          </button>
          <div className="results-exports">
            <ErrorBoundary message="Exports are unavailable" className="panel">
              <LaterPanel
                afterFirstChart
                fallback={<section className="panel export-toolbar" aria-label="Export" aria-busy="true" />}
              >
                <ExportToolbar />
              </LaterPanel>
            </ErrorBoundary>
          </div>
          <Comparison />
          <FailureModesPlace />
          {/* After the comparison, outside what the PNG export captures: wide enough for its table. */}
          <DependenciesSection />
        </div>
      </main>
    </div>
  );
}

/** The charts' place while their chunk loads (the exports wait while it is there). */
const CHARTS_LOADING = (
  <section className="panel charts charts-loading" aria-label="Charts">
    <p className="hint">Loading charts…</p>
  </section>
);

/**
 * What the exports capture: results, charts and assumptions (`#comparison` is the PNG's subject), with
 * the report's title and Answer slot above them (shown only in the report: PNG, print, embed).
 */
function Comparison({ embed = false }: { embed?: boolean }) {
  return (
    <div id="comparison" className="comparison">
      <ErrorBoundary message="The report's title could not be shown" className="report-header">
        <LaterPanel afterFirstChart fallback={null}>
          <ReportHeader embed={embed} />
        </LaterPanel>
      </ErrorBoundary>
      <ErrorBoundary message="The answer could not be shown" className="panel">
        <LaterPanel fallback={<section className="panel answer" aria-busy="true" />}>
          <AnswerSection />
        </LaterPanel>
      </ErrorBoundary>
      <ResultsPanel />
      <Uncertainty />
      <ErrorBoundary message="The charts could not be shown" className="panel">
        {/* recharts is big: the charts load in their own chunk, after the first paint of inputs and
            table, and without a Suspense boundary (see LazyChartsPanel). */}
        <AfterFirstPaint fallback={CHARTS_LOADING} onFrame={prefetchCharts}>
          <LazyChartsPanel fallback={CHARTS_LOADING} />
        </AfterFirstPaint>
      </ErrorBoundary>
      <ErrorBoundary message="The assumptions could not be shown" className="panel">
        <LaterPanel
          afterFirstChart
          fallback={<section className="panel assumptions-footer" aria-busy="true" />}
        >
          <AssumptionsFooter />
        </LaterPanel>
      </ErrorBoundary>
    </div>
  );
}

/**
 * The Dependencies section: a heading and "Show dependencies" until it is asked for, or at once (after
 * the first paint) when the session already has a dependency; opened by the button, focus moves into it.
 */
function DependenciesSection() {
  const hasDependencies = useCalculator((s) => s.dependencies.tree.children.length > 0);
  // Once shown it stays, even when the last dependency is removed: 'asked' = by the button.
  const [shown, setShown] = useState<'no' | 'yes' | 'asked'>('no');
  if (hasDependencies && shown === 'no') setShown('yes');
  const heading = <h2 id="dependencies-heading">Dependencies and the error budget</h2>;
  if (shown === 'no')
    return (
      <section className="panel dependencies" aria-labelledby="dependencies-heading">
        {heading}
        <button type="button" onClick={() => setShown('asked')}>
          Show dependencies
        </button>
      </section>
    );
  return (
    <ErrorBoundary message="The dependencies could not be shown" className="panel">
      <LaterPanel
        fallback={
          <section className="panel dependencies" aria-labelledby="dependencies-heading" aria-busy="true">
            {heading}
          </section>
        }
      >
        <DependenciesPanel focusOnOpen={shown === 'asked'} />
      </LaterPanel>
    </ErrorBoundary>
  );
}

/** The Uncertainty section while the simulation is on (its chunk loads on the first switch-on). */
function Uncertainty() {
  const enabled = useCalculator((s) => s.simulation.enabled);
  if (!enabled) return null;
  return (
    <ErrorBoundary
      message="The simulation could not be shown; the figures above do not depend on it"
      className="panel"
    >
      <LaterPanel
        fallback={<section className="panel uncertainty" aria-label="Uncertainty" aria-busy="true" />}
      >
        <UncertaintyPanel />
      </LaterPanel>
    </ErrorBoundary>
  );
}

/**
 * The failure modes' section, loaded on demand: once the session has failure modes, or when the user
 * asks for it. A first visit without them does not fetch its chunks.
 */
function FailureModesPlace() {
  const hasFailureModes = useHasFailureModes();
  const [opened, setOpened] = useState(false);
  const loading = (
    <section className="panel failure-modes" aria-label="What actually breaks" aria-busy="true" />
  );
  if (!opened && !hasFailureModes)
    return (
      <section className="panel failure-modes" aria-label="What actually breaks">
        <button type="button" onClick={() => setOpened(true)}>
          Work out availability from failure modes
        </button>
      </section>
    );
  return (
    <ErrorBoundary message="The failure modes could not be shown" className="panel">
      <Suspense fallback={loading}>
        <FailureModesSection />
      </Suspense>
    </ErrorBoundary>
  );
}
