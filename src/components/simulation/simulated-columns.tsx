import { useMemo, type ReactNode } from 'react';
import type { CurrencyCode } from '../../format/format';
import { percentileCaption } from '../../format/uncertainty-format';
import type { ColumnsInstead } from '../results/scenario-table';
import { percentileColumns } from './percentile-columns';
import { useSimulationStatus } from './use-simulation-status';

export interface SimulatedColumnsProps {
  currency: CurrencyCode;
  compact: boolean;
  /** Whether the table shows every column (the percentile columns and their caption are among the rest). */
  showAllColumns: boolean;
  /** Draws the comparison with these columns in place of those at the ends of the cost range. */
  render: (columnsInstead: ColumnsInstead) => ReactNode;
}

/**
 * The comparison while the simulation is on: the table with its percentile columns, and the line under
 * it that says of which runs and seed they are, or that they are pending or failed. Its chunk loads
 * only once the simulation is switched on.
 */
export function SimulatedColumns({ currency, compact, showAllColumns, render }: SimulatedColumnsProps) {
  const status = useSimulationStatus();
  const columns = useMemo(
    () => (status.kind === 'off' ? {} : percentileColumns(status, currency, compact)),
    [status, currency, compact],
  );
  const caption =
    status.kind === 'off'
      ? null
      : percentileCaption(
          status.kind === 'done'
            ? { kind: 'done', runs: status.summary.runs, seed: status.summary.seed }
            : status,
        );
  return (
    <>
      {render(columns)}
      {showAllColumns && caption !== null ? <p className="hint">{caption}</p> : null}
    </>
  );
}
