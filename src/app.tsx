import { lazy, useRef } from 'react';
import { AfterFirstPaint, LaterPanel } from './components/after-first-paint';
import { LazyChartsPanel } from './components/charts/lazy-charts-panel';
import { ResultsPanel } from './components/results/results-panel';
import { fullAppUrl } from './export/links';
import { NoticeList } from './components/notices/notice-list';
import { ErrorBoundary } from './components/error-boundary';

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
const ExportToolbar = lazy(() =>
  import('./components/export/export-toolbar').then((module) => ({ default: module.ExportToolbar })),
);
const SessionToolbar = lazy(() =>
  import('./components/export/session-toolbar').then((module) => ({ default: module.SessionToolbar })),
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
          <Comparison />
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
          <LaterPanel fallback={<div className="session-toolbar" aria-busy="true" />}>
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
                fallback={<section className="panel export-toolbar" aria-label="Export" aria-busy="true" />}
              >
                <ExportToolbar />
              </LaterPanel>
            </ErrorBoundary>
          </div>
          <Comparison />
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

/** What the exports capture: results, charts and assumptions (`#comparison` is the PNG's subject). */
function Comparison() {
  return (
    <div id="comparison" className="comparison">
      <ErrorBoundary message="The answer could not be shown" className="panel">
        <LaterPanel fallback={<section className="panel answer" aria-busy="true" />}>
          <AnswerSection />
        </LaterPanel>
      </ErrorBoundary>
      <ResultsPanel />
      <ErrorBoundary message="The charts could not be shown" className="panel">
        {/* recharts is big: the charts load in their own chunk, after the first paint of inputs and
            table, and without a Suspense boundary (see LazyChartsPanel). */}
        <AfterFirstPaint fallback={CHARTS_LOADING}>
          <LazyChartsPanel fallback={CHARTS_LOADING} />
        </AfterFirstPaint>
      </ErrorBoundary>
      <ErrorBoundary message="The assumptions could not be shown" className="panel">
        <LaterPanel fallback={<section className="panel assumptions-footer" aria-busy="true" />}>
          <AssumptionsFooter />
        </LaterPanel>
      </ErrorBoundary>
    </div>
  );
}
