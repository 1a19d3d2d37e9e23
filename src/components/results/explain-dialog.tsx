import { explainFigure } from '../../format/explain-text';
import type { FigureId } from '../../model/figure';
import { inputOrigin } from '../../model/presets';
import { withIrrFigures } from '../../model/irr-figures';
import { useCurrency, usePresetId } from '../../state/calculator-store';
import { useResultGraph } from '../../state/use-result-graph';
import { ExplainView } from './explain-view';

export interface ExplainDialogProps {
  /** The figure opened first (from the Answer or the table). */
  figure: FigureId;
  /** Called on Escape or "Close"; the caller returns focus to the figure. */
  onClose: () => void;
}

type OriginKey = Parameters<typeof inputOrigin>[1];
/** The inputs a preset or the worked example can set, and the figure each is. */
const ORIGIN_FIGURES: Partial<Record<string, FigureId>> = {
  downtimeCostPerHour: 'input.downtimeCostPerHour',
  baselineAvailabilityPercent: 'baseline.availabilityPercent',
  monthlyInfraCost: 'input.monthlyInfraCost',
};

/**
 * The explanation of a figure of the result graph (the Answer's and the comparison's), with the IRR
 * figures added: see `ExplainView`. An input that a preset or the worked example set says so.
 */
export function ExplainDialog({ figure, onClose }: ExplainDialogProps) {
  const graph = withIrrFigures(useResultGraph());
  const currency = useCurrency();
  const presetId = usePresetId();
  const explain = (id: FigureId) =>
    explainFigure(graph, id, currency, (input) => {
      const figureId = ORIGIN_FIGURES[input];
      const value = figureId === undefined ? null : graph.value(figureId);
      // An input figure is a Dec made from the stored number, so toNumber() gives that number back.
      return value === null ? null : inputOrigin(presetId, input as OriginKey, value.toNumber());
    });
  return <ExplainView figure={figure} explain={explain} onClose={onClose} />;
}
