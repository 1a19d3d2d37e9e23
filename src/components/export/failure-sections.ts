import { calculatorStore } from '../../state/calculator-store';
import type { ExportContext } from '../../export/export-data';

/**
 * The failure modes, levers and plan as sections of the CSV and Markdown exports, for the session as
 * it is at the click; none when it has no failure mode. Their reader and builders load only then, on
 * demand, so the export toolbar a first visit loads does not carry them.
 */
export async function failureSections(): Promise<ExportContext['failureSections']> {
  const { failureModes, inputs, currency, dependencies } = calculatorStore.getState();
  if (failureModes.modes.length === 0) return undefined;
  const [{ readFailureModes, dependenciesJoin, loadDependencyJoin }, { failureModesSections }] =
    await Promise.all([
      import('../../state/failure-modes-reading'),
      import('../../export/failure-modes-export'),
    ]);
  // The dependencies that join the catalogue on the page join it here too.
  if (dependenciesJoin(failureModes, dependencies.tree)) await loadDependencyJoin();
  return failureModesSections(readFailureModes(failureModes, inputs, dependencies.tree), currency);
}
