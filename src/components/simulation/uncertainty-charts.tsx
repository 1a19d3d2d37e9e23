import { memo, useId, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatChartMoney, type CurrencyCode } from '../../format/format';
import { NO_HORIZONTAL_GRID_LINES, NO_VERTICAL_GRID_LINES } from '../charts/chart-style';
import { DrawNowContext, useChartDraw, usePrinting } from '../charts/use-chart-draw';
import { LineMark } from '../charts/plot-marks';
import { useTooltipOnDemand } from '../charts/use-tooltip-on-demand';
import type { ScenarioSummary, SimulationSummary } from '../../simulation/simulate';
import type { Histogram } from '../../simulation/summarise';
import type { Tornado, TornadoBar } from '../../simulation/tornado';

/** Height of an NPV distribution chart and of one tornado bar, px. */
const HISTOGRAM_HEIGHT = 220;
const TORNADO_BAR_HEIGHT = 36;
/** Used before the container is measured (and in jsdom, which measures nothing). */
const INITIAL_WIDTH = 560;
/** Colours that read on the light and the dark page alike (contrast ≥ 3:1 against both backgrounds). */
const BAR_COLOUR = '#4f7fc0';
const MARK_COLOUR = '#c05a2b';
const AXIS = { stroke: 'currentColor', tick: { fill: 'currentColor', fontSize: 12 } } as const;
const HISTOGRAM_MARGIN = { top: 20, right: 16, bottom: 4, left: 4 };
const TORNADO_MARGIN = { top: 8, right: 16, bottom: 4, left: 4 };
/**
 * Props recharts stores in its own state, kept at one identity: a new array or object on each draw
 * makes recharts replace the axis's or line's settings and render the chart once more.
 */
const TORNADO_DOMAIN = ['auto', 'auto'] as const;
const DATA_DOMAIN = ['dataMin', 'dataMax'] as const;
/**
 * The NPV axis runs from the first bin's low edge to the last bin's high edge: each bar is centred on
 * its bin's middle and one bin wide, so an axis from the first middle to the last put half of the
 * first bar over the y axis's labels and half of the last beyond the plot. A histogram of one value
 * (one bin of no width) keeps the data's own extent. Built once per summary, with the chart's data.
 */
function histogramDomain(bins: Histogram['bins']): readonly [number, number] | typeof DATA_DOMAIN {
  const first = bins[0];
  const last = bins.at(-1);
  return first && last && last.to > first.from ? [first.from, last.to] : DATA_DOMAIN;
}
const MARK_NAMES = ['P10', 'P50', 'P90'] as const;
/**
 * The simulation's charts' places in the page's draw queue: after the three charts (0–2), the NPV
 * distributions by scenario, then the tornado.
 */
const FIRST_DISTRIBUTION_TURN = 10;
const TORNADO_TURN = 50;

export interface UncertaintyChartsProps {
  summary: SimulationSummary;
  currency: CurrencyCode;
  /**
   * An input's value in its unit (the section's `inputValueText`, compact money): passed in, so
   * this chunk does not import the module the section's chunk already holds.
   */
  valueText: (value: number, unit: TornadoBar['unit']) => string;
}

/**
 * The simulation's charts: the NPV distribution of each scenario (P10, P50 and P90 marked) and
 * "What moves the answer" for a scenario the user picks. Plain numbers from the summary (the chart
 * boundary); each chart is memoised on the summary, so typing elsewhere never redraws it, and draws
 * as the page's charts do (useChartDraw): in its own turn, only while in view, every one at once
 * while printed or exported.
 */
export function UncertaintyCharts({ summary, currency, valueText }: UncertaintyChartsProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const pickerId = useId();
  const printing = usePrinting();
  const scenario = summary.scenarios.find((s) => s.id === chosen) ?? summary.scenarios.at(-1);
  return (
    <DrawNowContext value={printing}>
      <div className="uncertainty-charts">
        {summary.scenarios
          .filter((s) => !s.vsBaseline.changesNothing)
          .map((s, index) => (
            <NpvDistribution
              key={s.id}
              turn={FIRST_DISTRIBUTION_TURN + index}
              scenario={s}
              horizonYears={summary.horizonYears}
              currency={currency}
            />
          ))}
        {scenario ? (
          <section className="chart tornado" aria-labelledby={`${pickerId}-title`}>
            <h3 id={`${pickerId}-title`}>What moves the answer</h3>
            <div className="field">
              <label htmlFor={pickerId}>Scenario for What moves the answer</label>
              <select id={pickerId} value={scenario.id} onChange={(e) => setChosen(e.target.value)}>
                {summary.scenarios.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            </div>
            <TornadoChart
              tornado={scenario.vsBaseline.tornado}
              label={scenario.label}
              horizonYears={summary.horizonYears}
              currency={currency}
              valueText={valueText}
            />
          </section>
        ) : null}
      </div>
    </DrawNowContext>
  );
}

/** Money on the simulation's axes, compact, in the session's currency. */
const axisMoney = (currency: CurrencyCode) => (value: number) => formatChartMoney(value, currency, true);
const HISTOGRAM_DIMENSION = { width: INITIAL_WIDTH, height: HISTOGRAM_HEIGHT };
const RUNS_TOOLTIP = (value: unknown) => [String(value), 'Runs'] as [string, string];
const RANGE_LABEL = (_: unknown, payload: ReadonlyArray<{ payload?: { range?: string } }> | undefined) =>
  String(payload?.[0]?.payload?.range ?? '');

const NpvDistribution = memo(function NpvDistribution({
  turn,
  scenario,
  horizonYears,
  currency,
}: {
  turn: number;
  scenario: ScenarioSummary;
  horizonYears: number;
  currency: CurrencyCode;
}) {
  const titleId = useId();
  const { npv, npvHistogram } = scenario.vsBaseline;
  const money = useMemo(() => axisMoney(currency), [currency]);
  // What recharts draws, built once per summary: the chart draws it in its turn (see useChartDraw).
  const plot = useMemo(
    () => ({
      data: npvHistogram.bins.map((bin) => ({
        middle: (bin.from + bin.to) / 2,
        runs: bin.count,
        range: `${money(bin.from)} to ${money(bin.to)}`,
      })),
      domain: histogramDomain(npvHistogram.bins),
      marks: MARK_NAMES.map((name) => (
        <LineMark
          key={name}
          x={{ P10: npv.p10, P50: npv.p50, P90: npv.p90 }[name]}
          stroke={MARK_COLOUR}
          strokeDasharray="4 2"
          label={name}
        />
      )),
      money,
    }),
    [npvHistogram, npv, money],
  );
  const { drawn, busy, canvasRef, width } = useChartDraw(turn, plot);
  const [tooltipWanted, wantTooltip] = useTooltipOnDemand();
  // The container starts at the width measured at the first turn: recharts draws the chart once.
  const dimension = useMemo(
    () => (width === null ? HISTOGRAM_DIMENSION : { width, height: HISTOGRAM_HEIGHT }),
    [width],
  );
  const title = `NPV of ${scenario.label} over ${horizonYears === 1 ? '1 year' : `${horizonYears} years`}`;
  return (
    <figure className="chart npv-distribution" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <div
        className="chart-surface"
        ref={canvasRef}
        aria-busy={busy}
        onPointerEnter={wantTooltip}
        onFocus={wantTooltip}
      >
        {drawn ? (
          <ResponsiveContainer width="100%" height={HISTOGRAM_HEIGHT} initialDimension={dimension}>
            <BarChart
              data={drawn.data}
              margin={HISTOGRAM_MARGIN}
              barCategoryGap={1}
              role="img"
              aria-labelledby={titleId}
            >
              <CartesianGrid strokeDasharray="3 3" {...NO_VERTICAL_GRID_LINES} />
              <XAxis
                dataKey="middle"
                type="number"
                domain={drawn.domain}
                tickFormatter={drawn.money}
                {...AXIS}
              />
              <YAxis width={48} allowDecimals={false} {...AXIS} />
              {tooltipWanted ? (
                <Tooltip formatter={RUNS_TOOLTIP} labelFormatter={RANGE_LABEL} isAnimationActive={false} />
              ) : null}
              <Bar dataKey="runs" name="Runs" fill={BAR_COLOUR} isAnimationActive={false} />
              {drawn.marks}
            </BarChart>
          </ResponsiveContainer>
        ) : (
          // Holds the chart's place until its first turn, so that nothing below it moves.
          <div style={{ height: HISTOGRAM_HEIGHT }} />
        )}
      </div>
      <figcaption>
        Runs by NPV. P10 {money(npv.p10)}, P50 {money(npv.p50)}, P90 {money(npv.p90)}
        {npvHistogram.below + npvHistogram.above > 0
          ? `; ${npvHistogram.below + npvHistogram.above} runs in the outer 1 % are not drawn`
          : ''}
        .
      </figcaption>
    </figure>
  );
});

const TornadoChart = memo(function TornadoChart({
  tornado,
  label,
  horizonYears,
  currency,
  valueText,
}: {
  tornado: Tornado;
  label: string;
  horizonYears: number;
  currency: CurrencyCode;
  valueText: UncertaintyChartsProps['valueText'];
}) {
  const money = useMemo(() => axisMoney(currency), [currency]);
  // An input that does not move this scenario's NPV (another scenario's cost) gets no bar.
  const bars = useMemo(() => tornado.bars.filter((bar) => bar.swing > 0), [tornado]);
  const years = horizonYears === 1 ? '1 year' : `${horizonYears} years`;
  const plot = useMemo(() => {
    const height = 48 + TORNADO_BAR_HEIGHT * bars.length;
    return {
      data: bars.map((bar) => ({
        input: bar.label,
        span: [Math.min(bar.npvAtLow, bar.npvAtHigh), Math.max(bar.npvAtLow, bar.npvAtHigh)],
      })),
      height,
      baseNpv: tornado.baseNpv,
      name: `What moves the NPV of ${label} over ${years}`,
      money,
    };
  }, [bars, tornado.baseNpv, label, years, money]);
  const { drawn, busy, canvasRef, width } = useChartDraw(TORNADO_TURN, plot);
  const dimension = useMemo(
    () => (drawn === null ? null : { width: width ?? INITIAL_WIDTH, height: drawn.height }),
    [drawn, width],
  );
  if (bars.length === 0) return <p className="hint">No range moves the NPV of {label}.</p>;
  return (
    <>
      <div className="chart-surface" ref={canvasRef} aria-busy={busy}>
        {drawn ? (
          <ResponsiveContainer width="100%" height={drawn.height} initialDimension={dimension ?? undefined}>
            <BarChart
              data={drawn.data}
              layout="vertical"
              margin={TORNADO_MARGIN}
              role="img"
              aria-label={drawn.name}
            >
              <CartesianGrid strokeDasharray="3 3" {...NO_HORIZONTAL_GRID_LINES} />
              <XAxis type="number" domain={TORNADO_DOMAIN} tickFormatter={drawn.money} {...AXIS} />
              <YAxis type="category" dataKey="input" width={180} {...AXIS} />
              <Bar
                dataKey="span"
                name="NPV from P10 to P90 of the input"
                fill={BAR_COLOUR}
                isAnimationActive={false}
              />
              <LineMark x={drawn.baseNpv} stroke={MARK_COLOUR} />
            </BarChart>
          </ResponsiveContainer>
        ) : (
          <div style={{ height: plot.height }} />
        )}
      </div>
      {/* Styled and scrolled as the page's other tables: on a phone its five columns scroll, not the page. */}
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={`What moves the answer for ${label}, scrollable`}
      >
        <table className="scenario-table tornado-table" aria-label={`What moves the answer for ${label}`}>
          <thead>
            <tr>
              <th scope="col">Input</th>
              <th scope="col">Input at P10 / P90</th>
              <th scope="col">NPV ({years}) at the input’s P10</th>
              <th scope="col">NPV at the input’s P90</th>
              <th scope="col">Swing</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td>
                  {valueText(bar.lowValue, bar.unit)} / {valueText(bar.highValue, bar.unit)}
                </td>
                <td>{money(bar.npvAtLow)}</td>
                <td>{money(bar.npvAtHigh)}</td>
                <td>{money(bar.swing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Each input alone at its P10 and at its P90, every other at the figure the table uses; the line is the
        NPV at those figures, {money(tornado.baseNpv)}.
      </p>
    </>
  );
});
