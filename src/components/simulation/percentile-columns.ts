import type { CurrencyCode } from '../../format/format';
import {
  paybackPercentilesParts,
  percentileColumnHeader,
  PERCENTILE_CELL_UNCHANGED,
  uncertaintyFigureText,
} from '../../format/uncertainty-format';
import type { SimulationSummary } from '../../simulation/simulate';
import {
  uncertaintyFigureId,
  uncertaintyFigures,
  type UncertaintyFigure,
} from '../../simulation/uncertainty-figures';
import type { CellPart, ColumnsInstead } from '../results/scenario-table';

/**
 * The comparison's columns at the ends of the cost range, given way to the simulation's P10 / P90 of
 * the same figures (each scenario against today), from a summary of the inputs on screen (the caller
 * passes no other: simulation-status.ts). Each P10 and P90 is a figure that explains itself (the
 * Uncertainty table's own figure: what the percentile is, of which runs, seed and ranges).
 */
export function percentileColumns(
  summary: SimulationSummary,
  currency: CurrencyCode,
  compact: boolean,
): ColumnsInstead {
  const figures = uncertaintyFigures(summary);
  const pair = (id: string, name: 'annualSavings' | 'paybackYears') =>
    (['p10', 'p90'] as const).map((at) => figures.get(uncertaintyFigureId(id, 'vsBaseline', name, at)));
  const button = (figure: UncertaintyFigure, text: string): CellPart => ({
    figure: figure.id,
    label: figure.label,
    text,
  });
  const changesNothing = (id: string) =>
    summary.scenarios.find((s) => s.id === id)?.vsBaseline.changesNothing === true;
  return {
    'Savings at low / high cost': {
      header: percentileColumnHeader('annualSavings', summary.runs),
      cell: (id) => {
        const [p10, p90] = pair(id, 'annualSavings');
        return p10 && p90
          ? [
              button(p10, uncertaintyFigureText(p10, currency, compact)),
              ' / ',
              button(p90, uncertaintyFigureText(p90, currency, compact)),
            ]
          : ['—'];
      },
    },
    'Payback at low / high cost': {
      header: percentileColumnHeader('paybackYears', summary.runs),
      cell: (id) => {
        if (changesNothing(id)) return [PERCENTILE_CELL_UNCHANGED];
        const [p10, p90] = pair(id, 'paybackYears');
        if (!p10 || !p90) return ['—'];
        const { low, high, unit } = paybackPercentilesParts(p10.value, p90.value);
        return [button(p10, low), ' / ', button(p90, high), ...(unit === '' ? [] : [unit])];
      },
    },
  };
}
