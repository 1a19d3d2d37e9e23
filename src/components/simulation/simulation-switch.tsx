import { lazy, useId } from 'react';
import { useCalculator, useCalculatorActions } from '../../state/calculator-store';
import { LaterPanel } from '../after-first-paint';
import { ErrorBoundary } from '../error-boundary';

// "Runs", "Random seed" and the scenarios' ranges load only once the simulation is switched on:
// the switch alone is a few hundred bytes, and a first visit stays within its byte budget.
const SimulationInputs = lazy(() =>
  import('./simulation-inputs').then((module) => ({ default: module.SimulationInputs })),
);

/** The panel "Simulation": the switch that turns it on, then its inputs while it is on. */
export function SimulationPanel() {
  const enabled = useCalculator((s) => s.simulation.enabled);
  const actions = useCalculatorActions();
  const switchId = useId();
  return (
    <section className="panel simulation-inputs" aria-labelledby={`${switchId}-heading`}>
      <h2 id={`${switchId}-heading`}>Simulation</h2>
      <label className="toggle" htmlFor={switchId}>
        <input
          id={switchId}
          type="checkbox"
          role="switch"
          checked={enabled}
          onChange={(e) => actions.simulationChanged({ enabled: e.target.checked })}
        />{' '}
        Simulate the ranges
      </label>
      {enabled ? (
        <ErrorBoundary message="The simulation's inputs could not be shown" className="field">
          <LaterPanel fallback={<div className="field" aria-busy="true" />}>
            <SimulationInputs />
          </LaterPanel>
        </ErrorBoundary>
      ) : (
        <p className="hint">
          Turn it on to draw every range thousands of times: P10, P50 and P90 of each figure, and the chance
          that each scenario pays back.
        </p>
      )}
    </section>
  );
}
