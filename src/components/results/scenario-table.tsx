import { Fragment } from 'react';
import {
  formatHoursAndMinutes,
  formatInputNumber,
  formatMoney,
  formatPaybackPair,
  formatPercent,
  formatRatePercent,
  type CurrencyCode,
} from '../../format/format';
import { investmentText, paybackText, savingsText } from '../../format/scenario-text';
import type { FigureId, StepFigureName } from '../../model/figure';
import {
  costEndFigureId,
  levelFigureId,
  marginalFigureId,
  scenarioFigureId,
  type ResultGraph,
} from '../../model/result-graph';

/**
 * A piece of a cell: plain words, or the text of one figure of the graph (a cell at the two ends of
 * the cost range shows two). Figures are marked so that each can be explained: each is a button.
 */
/**
 * Text, or a figure that explains itself: one of the result graph's (named by the graph), or one of
 * another graph that names it (`label`: the simulation's percentiles, uncertainty-figures.ts).
 */
export type CellPart =
  string | { figure: FigureId; text: string } | { figure: string; label: string; text: string };

interface Column {
  header: string;
  /** One of the columns a decision needs, shown by default; the others only with "Show all columns". */
  decision: boolean;
  cell: (scenarioId: string) => CellPart[];
}

/** The columns that show a figure at the low and at the high cost per hour, by their headers. */
type CostEndHeader = 'Savings at low / high cost' | 'Payback at low / high cost';

/**
 * Columns that take the place of those at the ends of the cost range, by the header of the one they
 * replace: with the simulation on, its P10 / P90 of the same figure (percentile-columns.ts).
 */
export type ColumnsInstead = Partial<
  Record<CostEndHeader, { header: string; cell: (scenarioId: string) => CellPart[] }>
>;

export interface ScenarioTableProps {
  /** Every figure the table shows, from the model's result graph. */
  graph: ResultGraph;
  currency: CurrencyCode;
  compact: boolean;
  /** Every column, or only those a decision needs (the default). */
  showAllColumns?: boolean;
  /** Why a target cannot be reached, by scenario id (above the ceiling from dependencies); absent = reachable. */
  unreachable?: ReadonlyMap<string, string> | null;
  /** Columns in place of those at the ends of the cost range (the simulation's percentiles); none = those. */
  columnsInstead?: ColumnsInstead | null;
}

/**
 * The table's columns, in order, each cell as parts that name their figures. The decision columns are
 * those a manager needs to choose (issue: "A table a manager can read"); the rest fold away.
 */
function scenarioColumns(graph: ResultGraph, currency: CurrencyCode, compact: boolean): Column[] {
  const money = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, currency, compact);
  const value = (id: FigureId) => graph.value(id);
  /** A figure that always has a value (amounts, availability, downtime). */
  const amount = (id: FigureId) => graph.value(id)!;
  const horizonYears = amount('input.horizonYears');
  // Through Intl, so a tiny rate from a link or the field reads 0.0000001, never 1e-7.
  const horizon = `${horizonYears.toString()} y at ${formatInputNumber(amount('input.discountRatePercent').toNumber())}%`;
  const own = (id: string, name: StepFigureName | 'availabilityPercent' | 'downtimeHoursPerMonth') =>
    scenarioFigureId(id, name);
  const vsToday = (id: string) => ({
    kind: graph.scenario(id).kind.vsBaseline,
    annualSavings: amount(own(id, 'annualSavings')),
  });
  const marginal = (id: string) => ({
    kind: graph.scenario(id).kind.marginal,
    annualSavings: amount(marginalFigureId(id, 'annualSavings')),
  });
  const part = (figure: FigureId, text: string): CellPart => ({ figure, text });
  /** A cell of one figure, its text made from its value. */
  const one =
    (figure: (id: string) => FigureId, text: (id: string, figure: FigureId) => string) =>
    (id: string): CellPart[] => [part(figure(id), text(id, figure(id)))];
  /** A marginal step is an estimate when either end of it is priced by the rule. */
  const stepSource = (id: string) => {
    const info = graph.scenario(id);
    const from = info.stepFrom.scenarioId;
    const fromSource = from === null ? null : graph.scenario(from).investmentSource;
    return info.investmentSource === 'rule' || fromSource === 'rule' ? 'estimate' : 'quote';
  };
  const savingsPair = (id: string): CellPart[] => {
    const [low, high] = (['lowCost', 'highCost'] as const).map((end) =>
      costEndFigureId(id, end, 'annualSavings'),
    ) as [FigureId, FigureId];
    const text = (f: FigureId) => savingsText({ annualSavings: amount(f) }, money);
    return [part(low, text(low)), ' / ', part(high, text(high))];
  };
  /** An IRR cell: its figure once the graph has the IRR figures (irr-figures.ts, loaded on demand). */
  const irr =
    (step: 'vsBaseline' | 'marginal') =>
    (id: string): CellPart[] => {
      const f: FigureId = step === 'marginal' ? `scenario.${id}.marginal.irr` : `scenario.${id}.irr`;
      return graph.figures.has(f) ? [part(f, formatRatePercent(value(f)))] : ['…'];
    };
  return [
    {
      header: 'Availability',
      decision: true,
      cell: one(
        (id) => own(id, 'availabilityPercent'),
        (_, f) => formatPercent(amount(f)),
      ),
    },
    {
      header: 'Downtime a month',
      decision: true,
      cell: one(
        (id) => own(id, 'downtimeHoursPerMonth'),
        (_, f) => formatHoursAndMinutes(amount(f)),
      ),
    },
    {
      header: 'Annual downtime cost',
      decision: true,
      cell: one(
        (id) => scenarioFigureId(id, 'annualDowntimeCost'),
        (_, f) => money(amount(f)),
      ),
    },
    {
      header: 'Annual savings',
      decision: true,
      cell: one(
        (id) => own(id, 'annualSavings'),
        (id) => savingsText(vsToday(id), money),
      ),
    },
    {
      header: 'Savings at low / high cost',
      decision: false,
      cell: savingsPair,
    },
    {
      header: 'Investment',
      decision: true,
      cell: one(
        (id) => own(id, 'investment'),
        (id, f) =>
          investmentText(
            amount(f),
            graph.scenario(id).investmentSource === 'rule' ? 'estimate' : 'quote',
            money,
          ),
      ),
    },
    {
      header: 'Extra run cost a year',
      decision: false,
      cell: one(
        (id) => own(id, 'annualRunCost'),
        (_, f) => money(amount(f)),
      ),
    },
    {
      header: 'Payback',
      decision: true,
      cell: one(
        (id) => own(id, 'paybackYears'),
        (id, f) => paybackText(vsToday(id), value(f), 'today'),
      ),
    },
    {
      header: 'Payback at low / high cost',
      decision: false,
      // The pair shares its unit ("0.35 / 0.07 years"): each end's part is its side of the slash.
      cell: (id) => {
        const low = costEndFigureId(id, 'lowCost', 'paybackYears');
        const high = costEndFigureId(id, 'highCost', 'paybackYears');
        const [lowText = '', highText = ''] = formatPaybackPair(value(low), value(high)).split(' / ');
        return [part(low, lowText), ' / ', part(high, highText)];
      },
    },
    {
      header: `NPV (${horizon})`,
      decision: true,
      cell: one(
        (id) => own(id, 'npv'),
        (_, f) => money(amount(f)),
      ),
    },
    {
      header: 'Discounted payback',
      decision: false,
      cell: one(
        (id) => own(id, 'discountedPaybackYears'),
        (id, f) => paybackText(vsToday(id), value(f), 'today'),
      ),
    },
    {
      header: 'IRR',
      decision: false,
      cell: irr('vsBaseline'),
    },
    {
      header: 'Compared with',
      decision: false,
      cell: (id) => {
        const from = graph.scenario(id).stepFrom;
        const f = levelFigureId(from.scenarioId, 'availabilityPercent');
        return [`${from.label} (`, part(f, formatPercent(amount(f))), ')'];
      },
    },
    {
      header: 'Marginal annual savings',
      decision: false,
      cell: one(
        (id) => marginalFigureId(id, 'annualSavings'),
        (id) => savingsText(marginal(id), money),
      ),
    },
    {
      header: 'Marginal investment',
      decision: false,
      cell: one(
        (id) => marginalFigureId(id, 'investment'),
        (id, f) => investmentText(amount(f), stepSource(id), money),
      ),
    },
    {
      header: 'Marginal payback',
      decision: true,
      cell: one(
        (id) => marginalFigureId(id, 'paybackYears'),
        (id, f) => paybackText(marginal(id), value(f), graph.scenario(id).stepFrom.label),
      ),
    },
    {
      header: 'Marginal IRR',
      decision: false,
      cell: irr('marginal'),
    },
  ];
}

/**
 * The results table "Scenario comparison": one row per target scenario, its figures against today,
 * at the ends of the cost-per-hour range (or the simulation's percentiles in their place), and against
 * the next-lower level; by default only the
 * columns a decision needs. Every cell reads a figure of the result graph; the words around them
 * (estimate, dominated, more downtime) come from what the graph says each scenario and step is.
 */
export function ScenarioTable({
  graph,
  currency,
  compact,
  showAllColumns = true,
  unreachable = null,
  columnsInstead = null,
}: ScenarioTableProps) {
  // Each figure is a button that explains it (explain-host.tsx opens the dialog), named after the figure.
  const renderFigure = (part: Exclude<CellPart, string>) => (
    <button
      type="button"
      className="figure"
      data-figure={part.figure}
      aria-label={`${'label' in part ? part.label : graph.figure(part.figure as FigureId).label}: ${part.text}`}
    >
      {part.text}
    </button>
  );
  const columns = scenarioColumns(graph, currency, compact)
    .map((c) => ({ ...c, ...columnsInstead?.[c.header as CostEndHeader] }))
    .filter((c) => showAllColumns || c.decision);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Scenario comparison, scrollable">
      <table
        aria-label="Scenario comparison"
        className={showAllColumns ? 'scenario-table' : 'scenario-table decision-columns'}
      >
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            {columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {graph.scenarioIds.map((id) => {
            const info = graph.scenario(id);
            return (
              <tr key={id}>
                <th scope="row">
                  {info.label}
                  {info.dominatedBy ? (
                    <>
                      {' '}
                      <small className="row-note">dominated by {info.dominatedBy.label}</small>
                    </>
                  ) : null}
                  {unreachable?.has(id) ? (
                    <>
                      {' '}
                      <small className="row-note unreachable">{unreachable.get(id)}</small>
                    </>
                  ) : null}
                </th>
                {columns.map((c) => (
                  <td key={c.header}>
                    {c.cell(id).map((p, i) => (
                      <Fragment key={i}>{typeof p === 'string' ? p : renderFigure(p)}</Fragment>
                    ))}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
