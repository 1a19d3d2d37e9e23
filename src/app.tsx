import { CalculatorInputsPanel } from './components/inputs/calculator-inputs';
import { ScenarioEditor } from './components/inputs/scenario-editor';
import { ResultsPanel } from './components/results/results-panel';
import { NoticeList } from './components/notices/notice-list';
import { SessionToolbar } from './components/export/session-toolbar';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Nines</h1>
        <p>What does downtime cost us, what would each extra nine cost, and when does it pay back?</p>
        <SessionToolbar />
      </header>
      <NoticeList />
      <main className="layout">
        <div className="column inputs-column">
          <CalculatorInputsPanel />
          <ScenarioEditor />
        </div>
        <div className="column results-column">
          <ResultsPanel />
        </div>
      </main>
    </div>
  );
}
