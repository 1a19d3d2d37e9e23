import type { CurrencyCode } from '../../format/format';
import {
  paybackPercentilesText,
  percentileColumnHeader,
  PERCENTILE_CELL_UNCHANGED,
  uncertaintyFigureText,
} from '../../format/uncertainty-format';
import type { SimulationSummary } from '../../simulation/simulate';
import { uncertaintyFigureId, uncertaintyFigures } from '../../simulation/uncertainty-figures';
import type { ColumnsInstead } from '../results/scenario-table';

/**
 * The comparison's columns at the ends of the cost range, given way to the simulation's P10 / P90 of
 * the same figures (each scenario against today), from a summary of the inputs on screen (the caller
 * passes no other: simulation-status.ts).
 */
export function percentileColumns(
  summary: SimulationSummary,
  currency: CurrencyCode,
  compact: boolean,
): ColumnsInstead {
  const figures = uncertaintyFigures(summary);
  const pair = (id: string, name: 'annualSavings' | 'paybackYears') =>
    (['p10', 'p90'] as const).map((at) => figures.get(uncertaintyFigureId(id, 'vsBaseline', name, at)));
  const changesNothing = (id: string) =>
    summary.scenarios.find((s) => s.id === id)?.vsBaseline.changesNothing === true;
  return {
    'Savings at low / high cost': {
      header: percentileColumnHeader('annualSavings', summary.runs),
      cell: (id) => {
        const [p10, p90] = pair(id, 'annualSavings');
        return p10 && p90
          ? [
              `${uncertaintyFigureText(p10, currency, compact)} / ${uncertaintyFigureText(p90, currency, compact)}`,
            ]
          : ['—'];
      },
    },
    'Payback at low / high cost': {
      header: percentileColumnHeader('paybackYears', summary.runs),
      cell: (id) => {
        if (changesNothing(id)) return [PERCENTILE_CELL_UNCHANGED];
        const [p10, p90] = pair(id, 'paybackYears');
        return p10 && p90 ? [paybackPercentilesText(p10.value, p90.value)] : ['—'];
      },
    },
  };
}
