import { memo, useMemo, type ReactNode } from 'react';
import { percentileCaption } from '../../format/uncertainty-format';
import { ScenarioTable, type ScenarioTableProps } from '../results/scenario-table';
import { percentileColumns } from './percentile-columns';
import { useSimulationStatus } from './use-simulation-status';

export interface SimulatedColumnsProps {
  /** The comparison table's props, as the results panel draws it (the columns in place are added here). */
  table: ScenarioTableProps;
  /** The line that says what the low / high columns are (shown while they are). */
  lowHigh: ReactNode;
}

/** The comparison, drawn again only when its props change (not at every change of the simulation's status). */
const SameTable = memo(ScenarioTable);

/**
 * The comparison while the simulation is on. Once the run of the inputs on screen is done, its P10 /
 * P90 take the place of the columns at the low / high cost per hour, and the line under the table says
 * of which runs and seed they are. While that run is under way, or when it failed, the low / high
 * columns (exact figures of these inputs) stand, and the line says so: a summary of other inputs is
 * never shown as current. Its chunk loads only once the simulation is switched on.
 */
export function SimulatedColumns({ table, lowHigh }: SimulatedColumnsProps) {
  const status = useSimulationStatus();
  const { currency, compact, showAllColumns } = table;
  // The percentile columns are among those "Show all columns" shows: without them, a run's result
  // changes nothing in the table, and the table is not drawn again for it.
  const columns = useMemo(
    () =>
      status.kind === 'done' && showAllColumns ? percentileColumns(status.summary, currency, compact) : null,
    [status, currency, compact, showAllColumns],
  );
  if (status.kind === 'off')
    return (
      <>
        <SameTable {...table} />
        {lowHigh}
      </>
    );
  const caption = percentileCaption(
    status.kind === 'done' ? { kind: 'done', runs: status.summary.runs, seed: status.summary.seed } : status,
  );
  return (
    <>
      <SameTable {...table} columnsInstead={columns} />
      {status.kind === 'done' ? null : lowHigh}
      {/* The percentile columns and their line are among those "Show all columns" shows. */}
      {showAllColumns ? <p className="hint">{caption}</p> : null}
    </>
  );
}
