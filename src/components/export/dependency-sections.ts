import { scenarioLabel } from '../../model/scenario-label';
import { calculatorStore } from '../../state/calculator-store';

/**
 * The Dependencies sections of the CSV and Markdown exports for the session as it is at the click, or
 * null when it has no dependency. Their code (the dependency figures and the section builders) loads
 * only then, on demand.
 */
export async function dependencySections(): Promise<{ csvRows: string[][]; markdown: string } | null> {
  const { dependencies, inputs } = calculatorStore.getState();
  if (dependencies.tree.children.length === 0) return null;
  const [{ evaluateDependencyGraph }, { dependenciesCsvRows, dependenciesMarkdown }] = await Promise.all([
    import('../../model/dependency-figures'),
    import('../../export/dependencies-export'),
  ]);
  const graph = evaluateDependencyGraph(
    dependencies.tree,
    dependencies.ownOutages,
    inputs.scenarios.map((s) => ({
      id: s.id,
      label: scenarioLabel(s),
      availabilityPercent: s.availabilityPercent,
    })),
    inputs.periodConvention,
  );
  return { csvRows: dependenciesCsvRows(graph), markdown: dependenciesMarkdown(graph) };
}
