import type { CurrencyCode } from '../../format/format';
import {
  paybackPercentilesText,
  percentileColumnHeader,
  PERCENTILE_CELL_FAILED,
  PERCENTILE_CELL_PENDING,
  PERCENTILE_CELL_UNCHANGED,
  uncertaintyFigureText,
} from '../../format/uncertainty-format';
import type { SimulationStatus } from '../../simulation/simulation-status';
import {
  uncertaintyFigureId,
  uncertaintyFigures,
  type UncertaintyFigure,
  type UncertaintyFigureId,
} from '../../simulation/uncertainty-figures';
import type { ColumnsInstead } from '../results/scenario-table';

/**
 * The comparison's columns at the ends of the cost range, given way to the simulation's P10 / P90 of
 * the same figures (each scenario against today), for the inputs on screen only: while their run is
 * pending or when it failed, the cells say so in words, never a summary of other inputs.
 */
export function percentileColumns(
  status: Exclude<SimulationStatus, { kind: 'off' }>,
  currency: CurrencyCode,
  compact: boolean,
): ColumnsInstead {
  const runs = status.kind === 'done' ? status.summary.runs : status.kind === 'pending' ? status.runs : null;
  const figures = status.kind === 'done' ? uncertaintyFigures(status.summary) : null;
  const words = status.kind === 'failed' ? PERCENTILE_CELL_FAILED : PERCENTILE_CELL_PENDING;
  const get = (id: UncertaintyFigureId): UncertaintyFigure | undefined => figures?.get(id);
  const changesNothing = (scenarioId: string) =>
    status.kind === 'done' &&
    status.summary.scenarios.find((s) => s.id === scenarioId)?.vsBaseline.changesNothing === true;
  return {
    annualSavings: {
      header: percentileColumnHeader('annualSavings', runs),
      cell: (id) => {
        const [p10, p90] = (['p10', 'p90'] as const).map((at) =>
          get(uncertaintyFigureId(id, 'vsBaseline', 'annualSavings', at)),
        );
        return p10 && p90
          ? [
              `${uncertaintyFigureText(p10, currency, compact)} / ${uncertaintyFigureText(p90, currency, compact)}`,
            ]
          : [words];
      },
    },
    paybackYears: {
      header: percentileColumnHeader('paybackYears', runs),
      cell: (id) => {
        if (changesNothing(id)) return [PERCENTILE_CELL_UNCHANGED];
        const [p10, p90] = (['p10', 'p90'] as const).map((at) =>
          get(uncertaintyFigureId(id, 'vsBaseline', 'paybackYears', at)),
        );
        return p10 && p90 ? [paybackPercentilesText(p10.value, p90.value)] : [words];
      },
    },
  };
}
