import { lazy, Suspense } from 'react';
import { CalculatorInputsPanel } from './components/inputs/calculator-inputs';
import { ScenarioEditor } from './components/inputs/scenario-editor';
import { ResultsPanel } from './components/results/results-panel';

// recharts is big: the charts load in their own chunk, after the first paint of inputs and table.
const ChartsPanel = lazy(() =>
  import('./components/charts/charts-panel').then((module) => ({ default: module.ChartsPanel })),
);

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Nines</h1>
        <p>What does downtime cost us, what would each extra nine cost, and when does it pay back?</p>
      </header>
      <main className="layout">
        <div className="column inputs-column">
          <CalculatorInputsPanel />
          <ScenarioEditor />
        </div>
        <div className="column results-column">
          <ResultsPanel />
          <Suspense
            fallback={
              <section className="panel charts charts-loading" aria-label="Charts">
                <p className="hint">Loading charts…</p>
              </section>
            }
          >
            <ChartsPanel />
          </Suspense>
        </div>
      </main>
    </div>
  );
}
