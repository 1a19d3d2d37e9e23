// `npm run bench`: measures the production build in headless Chromium and the model in Node, prints a
// table and writes bench/results.json (`--model-only`: the model alone, see below). Timings are
// reported, never asserted (the byte budget is a test).
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';
import { launchBrowser, serveBuild } from '../test/e2e/harness.mjs';
import { machineLine, machineOf } from './machine.mjs';

const COLD_LOADS = Number(process.env.BENCH_LOADS ?? 5);
const SLIDER_CHANGES = Number(process.env.BENCH_CHANGES ?? 30);
const MODEL_ITERATIONS = Number(process.env.BENCH_MODEL_ITERATIONS ?? 200);
/**
 * Time between key presses, ms: past the charts' 120 ms settle delay (CHART_SETTLE_MS), so that every
 * press redraws the charts and the next press can land while they draw, as when a user steps a slider.
 * (Presses inside the delay only restart it, and never meet a chart redraw.)
 */
const KEY_GAP_MS = Number(process.env.BENCH_KEY_GAP_MS ?? 180);
/** How long a chart's SVG must stay unchanged before its redraw counts as finished, ms. */
const CHART_QUIET_MS = 250;

/**
 * The two windows the input phases run in: a laptop screen, where the charts are partly below the
 * fold, and one tall enough to hold every chart, so the chart path is always measured.
 */
const WINDOWS = {
  screen: { width: 1280, height: 900 },
  allCharts: { width: 1280, height: 3200 },
};
const CHART_KINDS = ['cost', 'break-even', 'total-cost'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
    : NaN;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
const round = (x, digits = 1) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

// Recorded in the page before any app script runs: when the results table and the first chart
// first appear, and the Event Timing duration of every key press.
const PROBE = () => {
  window.__bench = { firstResults: null, firstChart: null };
  const check = () => {
    const b = window.__bench;
    if (b.firstResults === null && document.querySelector('table[aria-label="Scenario comparison"] tbody tr'))
      b.firstResults = performance.now();
    if (b.firstChart === null && document.querySelector('[data-chart] svg .recharts-layer'))
      b.firstChart = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  window.__eventDurations = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown') window.__eventDurations.push(entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

async function jsBytes(responses) {
  let total = 0;
  for (const r of responses) total += gzipSync(r.body, { level: 9 }).length;
  return total;
}

/**
 * One cold load. With `countBytes`, it also reads every script's body through the DevTools protocol
 * as it arrives, to count the bytes; that slows the page it measures (first results by about a
 * quarter at 1× on this machine), so the timed loads do not, and the bytes come from a load of their own.
 */
async function coldLoad(browser, url, rate, { countBytes = false } = {}) {
  const context = await browser.newContext({ viewport: WINDOWS.screen });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(PROBE);
  const scripts = [];
  if (countBytes)
    page.on('response', async (response) => {
      // Module preloads report another resource type than a <script>: go by the file.
      if (new URL(response.url()).pathname.endsWith('.js')) {
        try {
          scripts.push({ url: response.url(), body: await response.body() });
        } catch {
          /* a response without a body */
        }
      }
    });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstResults !== null);
  await page
    .waitForFunction(() => window.__bench.firstChart !== null, null, { timeout: 10_000 })
    .catch(() => {});
  const marks = await page.evaluate(() => window.__bench);
  await page.waitForTimeout(300);
  // On the page's own clock (Resource Timing): the scripts fully loaded before the table appeared,
  // whether the entry's <script> or index.html's <link rel="modulepreload"> (initiator "other") fetched them.
  // (Node-side timestamps would lag by the polling interval and count chunks that came after.)
  const loadedBeforeResults = new Set(
    await page.evaluate(
      (firstResults) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => ['script', 'other'].includes(e.initiatorType) && e.responseEnd <= firstResults)
          .map((e) => e.name),
      marks.firstResults,
    ),
  );
  const scriptsBeforeResults = scripts.filter((s) => loadedBeforeResults.has(s.url));
  const result = {
    firstResultsMs: marks.firstResults,
    firstChartMs: marks.firstChart,
    ...(countBytes
      ? { jsGzipBeforeResults: await jsBytes(scriptsBeforeResults), jsGzipLoaded: await jsBytes(scripts) }
      : {}),
  };
  await context.close();
  return result;
}

/** The cost-per-hour slider, whatever its name's suffix ("… slider" today). */
const costSlider = (page) => page.getByRole('slider', { name: /^Downtime cost per hour/ }).first();
/**
 * The current-availability slider: with the simulation on, the phase moves this one, because the
 * worked example's cost range is lognormal, drawn from its low and high alone, so moving the cost's
 * best estimate leaves every simulated figure as it was (and the simulation has nothing to redo).
 */
const availabilitySlider = (page) => page.getByRole('slider', { name: /^Current availability/ }).first();

/**
 * Runs in the page: `changes` synthetic changes of the slider, each timed from its input event to the
 * table's next change (and the first frame after it), to the last change of each chart in `kinds`,
 * and, with `waitForUncertainty`, to the Uncertainty table's next change; each change comes 50 ms
 * after all of those.
 */
const syntheticChanges = async ([slider, changes, kinds, quietMs, waitForUncertainty]) => {
  const table = document.querySelector('table[aria-label="Scenario comparison"]');
  const uncertainty = waitForUncertainty
    ? document.querySelector('table[aria-label="Uncertainty"] tbody')
    : null;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const results = [];
  // Resolves with the time of the target's next change and of the first animation frame after it
  // (when the browser can paint that change), or nulls after `timeoutMs`.
  const nextChange = (target, timeoutMs) =>
    new Promise((resolve) => {
      if (!target) return resolve({ changed: null, frame: null });
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve({ changed: null, frame: null });
      }, timeoutMs);
      const observer = new MutationObserver(() => {
        const changed = performance.now();
        clearTimeout(timer);
        observer.disconnect();
        requestAnimationFrame(() => resolve({ changed, frame: performance.now() }));
      });
      observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  // Resolves with the time of the last change inside a chart's own SVG once it has stayed
  // unchanged for `quietMs` (a redraw can take several React passes), or null if it never changed.
  const chartRedrawn = (kind, timeoutMs) =>
    new Promise((resolve) => {
      const figure = document.querySelector(`[data-chart="${kind}"]`);
      if (!figure) return resolve(null);
      let last = null;
      let quiet;
      const finish = () => {
        observer.disconnect();
        clearTimeout(quiet);
        clearTimeout(timer);
        resolve(last);
      };
      const timer = setTimeout(finish, timeoutMs);
      const inSvg = (node) => {
        const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
        return Boolean(element?.closest('.recharts-wrapper > svg'));
      };
      const observer = new MutationObserver((records) => {
        if (!records.some((r) => inSvg(r.target))) return;
        last = performance.now();
        clearTimeout(quiet);
        quiet = setTimeout(finish, quietMs);
      });
      observer.observe(figure, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  const start = Number(slider.value);
  for (let i = 0; i < changes; i += 1) {
    const position = start + (i % 2 === 0 ? 1 + (i % 7) : -(1 + (i % 5)));
    const tableChanged = nextChange(table, 2000);
    const uncertaintyChanged = nextChange(uncertainty, 5000);
    const chartsRedrawn = kinds.map((kind) => chartRedrawn(kind, 5000));
    const t0 = performance.now();
    setValue.call(slider, String(position));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    const [tableTimes, simulated, ...chartTimes] = await Promise.all([
      tableChanged,
      uncertaintyChanged,
      ...chartsRedrawn,
    ]);
    results.push({
      table: tableTimes.changed === null ? null : tableTimes.changed - t0,
      tableFrame: tableTimes.frame === null ? null : tableTimes.frame - t0,
      uncertainty: simulated.changed === null ? null : simulated.changed - t0,
      charts: chartTimes.map((t) => (t === null ? null : t - t0)),
    });
    await new Promise((r) => setTimeout(r, 50));
  }
  return results;
};

/**
 * One input phase in a window: synthetic slider changes, timed from dispatch to the table's next
 * change and (with `charts`) to the last change of each chart's SVG; then real key presses on the
 * focused slider, KEY_GAP_MS apart, timed by the Event Timing API.
 */
async function inputPhase(browser, url, rate, viewport, { charts, simulation = false }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(PROBE);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstResults !== null);
  await page
    .waitForFunction(() => window.__bench.firstChart !== null, null, { timeout: 10_000 })
    .catch(() => {});
  // Every chart drawn once before anything is timed.
  await page
    .waitForFunction(
      (kinds) => kinds.every((k) => document.querySelector(`[data-chart="${k}"] .recharts-wrapper > svg`)),
      CHART_KINDS,
      { timeout: 10_000 },
    )
    .catch(() => {});
  if (simulation) {
    // The worked example's cost per hour already holds a range ($1M–$5M): the switch runs it.
    await page.getByRole('switch', { name: 'Simulate the ranges' }).click();
    await page.getByRole('table', { name: 'Uncertainty' }).locator('tbody tr').first().waitFor();
  }
  await page.waitForTimeout(500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const sliderOf = simulation ? availabilitySlider : costSlider;
  const slider = await sliderOf(page).elementHandle();
  // With the simulation on, first a drag (each change as soon as the table shows the last), in which
  // no run ends (runs start once the inputs rest); then steps, each as soon as the Uncertainty table
  // shows the run of the step before, so that every change meets a run's result and its charts.
  const drag = simulation
    ? await page.evaluate(syntheticChanges, [slider, SLIDER_CHANGES, [], CHART_QUIET_MS, false])
    : null;
  if (simulation) {
    await page.waitForTimeout(3000);
  }
  const synthetic = await page.evaluate(syntheticChanges, [
    slider,
    SLIDER_CHANGES,
    charts ? CHART_KINDS : [],
    CHART_QUIET_MS,
    simulation,
  ]);

  // Real key presses on the focused slider, timed by the Event Timing API (entries ≥ 16 ms only).
  await page.evaluate(() => {
    window.__eventDurations = [];
  });
  await sliderOf(page).focus();
  for (let i = 0; i < SLIDER_CHANGES; i += 1) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(KEY_GAP_MS);
  }
  await page.waitForTimeout(1000);
  const slowKeyEvents = await page.evaluate(() => window.__eventDurations);
  await context.close();
  const valid = (xs) => xs.filter((x) => x !== null);
  const firstChart = valid(synthetic.map((r) => (r.charts.length ? r.charts[0] : null)));
  const allCharts = valid(
    synthetic.map((r) =>
      r.charts.length && r.charts.every((t) => t !== null) ? Math.max(...r.charts) : null,
    ),
  );
  return {
    tableMs: valid(synthetic.map((r) => r.table)),
    tableFrameMs: valid(synthetic.map((r) => r.tableFrame)),
    firstChartMs: firstChart,
    allChartsMs: allCharts,
    chartsNotRedrawn: charts ? synthetic.length - allCharts.length : null,
    uncertaintyMs: simulation ? valid(synthetic.map((r) => r.uncertainty)) : null,
    dragTableMs: drag ? valid(drag.map((r) => r.table)) : null,
    keyPresses: SLIDER_CHANGES,
    keyEventsOver16Ms: slowKeyEvents,
  };
}

/**
 * The p95 of all key presses' Event Timing durations. Presses under 16 ms report no entry; they count
 * as below every reported one, and a p95 among them is reported as 16 (read "under 16 ms").
 */
function keyPressP95(slow, presses) {
  const below = presses - slow.length;
  const rank = Math.ceil(0.95 * presses);
  if (rank <= below) return { p95Ms: 16, under16: true };
  return { p95Ms: [...slow].sort((a, b) => a - b)[rank - below - 1], under16: false };
}

function summarise(input) {
  const keys = keyPressP95(input.keyEventsOver16Ms, input.keyPresses);
  return {
    tableMedianMs: round(median(input.tableMs)),
    tableP95Ms: round(percentile(input.tableMs, 95)),
    tableNextFrameP95Ms: round(percentile(input.tableFrameMs, 95)),
    ...(input.chartsNotRedrawn === null
      ? {}
      : {
          firstChartMedianMs: round(median(input.firstChartMs)),
          firstChartP95Ms: round(percentile(input.firstChartMs, 95)),
          allChartsMedianMs: round(median(input.allChartsMs)),
          allChartsP95Ms: round(percentile(input.allChartsMs, 95)),
          changesWithAChartNotRedrawn: input.chartsNotRedrawn,
        }),
    ...(input.uncertaintyMs === null
      ? {}
      : {
          dragTableMedianMs: round(median(input.dragTableMs)),
          dragTableP95Ms: round(percentile(input.dragTableMs, 95)),
          uncertaintyMedianMs: round(median(input.uncertaintyMs)),
          uncertaintyP95Ms: round(percentile(input.uncertaintyMs, 95)),
          changesWithoutANewSimulation: SLIDER_CHANGES - input.uncertaintyMs.length,
        }),
    keyPresses: input.keyPresses,
    keyGapMs: KEY_GAP_MS,
    keyEventP95Ms: keys.p95Ms,
    keyEventP95Under16Ms: keys.under16,
    keyEventsOver16Ms: input.keyEventsOver16Ms.length,
    slowestKeyEventMs: input.keyEventsOver16Ms.length ? Math.max(...input.keyEventsOver16Ms) : null,
  };
}

/** Loads a module of the app's source, or null when this checkout has no such file. */
async function loadOptional(vite, path) {
  try {
    return await vite.ssrLoadModule(path);
  } catch {
    return null;
  }
}

async function modelBench() {
  const vite = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'silent',
  });
  try {
    const { evaluate } = await vite.ssrLoadModule('/src/model/scenarios.ts');
    const { SEED_EXAMPLE } = await vite.ssrLoadModule('/src/model/presets.ts');
    const curves =
      (await loadOptional(vite, '/src/model/total-cost-curve.ts')) ??
      (await loadOptional(vite, '/src/model/curves.ts'));
    const graph = await loadOptional(vite, '/src/model/result-graph.ts');
    const costRange = { low: 1_000_000, high: 5_000_000 };
    // Like a slider drag: the cost per hour changes on every evaluation (so nothing is served from a
    // cache that a real drag would not also hit), the scenarios and availabilities stay.
    const base = structuredClone(SEED_EXAMPLE);
    const time = (evaluateOnce) => {
      let step = 0;
      const once = () => {
        step += 1;
        return evaluateOnce({ ...base, downtimeCostPerHour: 1_000_000 + (step % 997) * 4_000 });
      };
      for (let i = 0; i < 20; i += 1) once();
      const times = [];
      for (let i = 0; i < MODEL_ITERATIONS; i += 1) {
        const t0 = performance.now();
        once();
        times.push(performance.now() - t0);
      }
      return { medianMs: round(median(times), 3), p95Ms: round(percentile(times, 95), 3) };
    };
    const report = {
      evaluateAndCurve: time((inputs) => {
        const results = evaluate(inputs);
        curves?.totalCostCurve(inputs);
        return results;
      }),
      includesCurve: Boolean(curves?.totalCostCurve),
    };
    if (graph?.evaluateResultGraph) {
      report.graphFigures = time((inputs) => graph.evaluateResultGraph(inputs, costRange));
      report.graphWithLines = time((inputs) => {
        const g = graph.evaluateResultGraph(inputs, costRange);
        g.totalCostCurve();
        g.breakEven();
        return g;
      });
    }
    // The model's figure per input is the result graph with its lines where there is one.
    const headline = report.graphWithLines ?? report.evaluateAndCurve;
    return { ...headline, ...report };
  } finally {
    await vite.close();
  }
}

/** The model rows of the printed table. */
function modelRows(model) {
  const text = (t) => `${t.medianMs} ms / ${t.p95Ms} ms`;
  const rows = [
    [
      `model: evaluate${model.includesCurve ? ' + total-cost curve' : ''} per input, median / p95`,
      text(model.evaluateAndCurve),
      model.graphWithLines ? '' : '≤ 2 ms median',
    ],
  ];
  if (model.graphWithLines) {
    rows.push(
      ['model: result graph, figures only, per input, median / p95', text(model.graphFigures), ''],
      [
        'model: result graph + curve + break-even per input, median / p95',
        text(model.graphWithLines),
        '≤ 2 ms median',
      ],
    );
  }
  return rows;
}

async function distJsGzip() {
  const files = (await readdir('dist/assets')).filter((f) => f.endsWith('.js'));
  let total = 0;
  for (const f of files) total += gzipSync(await readFile(`dist/assets/${f}`), { level: 9 }).length;
  return total;
}

// `node bench/run.mjs --model-only`: the model phase alone (no build or browser needed), printed and
// not written to bench/results.json, for measuring a model change quickly.
if (process.argv.includes('--model-only')) {
  const rows = modelRows(await modelBench());
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`model bench, ${MODEL_ITERATIONS} iterations each`);
  for (const [name, value, budget] of rows)
    console.log(`${name.padEnd(width)}  ${value.padEnd(22)}  ${budget}`);
  process.exit(0);
}

const startedAt = performance.now();
const server = await serveBuild();
const browser = await launchBrowser();
const report = {
  date: new Date().toISOString(),
  machine: machineOf(browser),
  windows: WINDOWS,
  loads: {},
  input: {},
  inputAllCharts: {},
  inputSimulation: {},
};
try {
  for (const rate of [1, 4]) {
    const bytes = await coldLoad(browser, server.url, rate, { countBytes: true });
    const loads = [];
    for (let i = 0; i < COLD_LOADS; i += 1) loads.push(await coldLoad(browser, server.url, rate));
    report.loads[`${rate}x`] = {
      firstResultsMedianMs: round(median(loads.map((l) => l.firstResultsMs))),
      firstChartMedianMs: round(median(loads.map((l) => l.firstChartMs).filter((x) => x !== null))),
      jsGzipBeforeResults: bytes.jsGzipBeforeResults,
      jsGzipLoaded: bytes.jsGzipLoaded,
    };
    report.input[`${rate}x`] = summarise(
      await inputPhase(browser, server.url, rate, WINDOWS.screen, { charts: false }),
    );
    report.inputAllCharts[`${rate}x`] = summarise(
      await inputPhase(browser, server.url, rate, WINDOWS.allCharts, { charts: true }),
    );
    report.inputSimulation[`${rate}x`] = summarise(
      await inputPhase(browser, server.url, rate, WINDOWS.screen, { charts: false, simulation: true }),
    );
  }
} finally {
  await browser.close();
  await server.close();
}
report.jsGzipTotalInDist = await distJsGzip();
report.model = await modelBench();
report.durationS = round((performance.now() - startedAt) / 1000);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (x) => (x === null || x === undefined ? 'n/a' : `${x} ms`);
const keyP95 = (i) => (i.keyEventP95Under16Ms ? '< 16 ms' : ms(i.keyEventP95Ms));
const keys = (i) =>
  `${keyP95(i)} (${i.keyEventsOver16Ms} of ${i.keyPresses} ≥ 16 ms${i.slowestKeyEventMs ? `, max ${i.slowestKeyEventMs} ms` : ''})`;
const screen = `${WINDOWS.screen.width}×${WINDOWS.screen.height}`;
const tall = `${WINDOWS.allCharts.width}×${WINDOWS.allCharts.height}`;
const rows = [
  ['JS gzip before first results', kb(report.loads['1x'].jsGzipBeforeResults), '≤ 100 KiB'],
  ['JS gzip loaded (page + lazy chunks)', kb(report.loads['1x'].jsGzipLoaded), '≤ 250 KiB'],
  ['JS gzip, all chunks in dist/', kb(report.jsGzipTotalInDist), 'per chunk (README)'],
];
for (const rate of ['1x', '4x']) {
  const l = report.loads[rate];
  const i = report.input[rate];
  const a = report.inputAllCharts[rate];
  const m = report.inputSimulation[rate];
  rows.push(
    [
      `first results, median of ${COLD_LOADS} cold loads @${rate}`,
      ms(l.firstResultsMedianMs),
      rate === '4x' ? '≤ 1000 ms' : '',
    ],
    [`first chart, median @${rate}`, ms(l.firstChartMedianMs), rate === '4x' ? '≤ 1500 ms' : '≤ 600 ms'],
    [
      `input → table, median / p95 @${rate}`,
      `${ms(i.tableMedianMs)} / ${ms(i.tableP95Ms)}`,
      rate === '1x' ? 'p95 ≤ 16 ms' : 'p95 ≤ 50 ms',
    ],
    [`input → table + next frame, p95 @${rate}`, ms(i.tableNextFrameP95Ms), ''],
    [`key press Event Timing p95, ${screen} @${rate}`, keys(i), rate === '4x' ? 'p95 ≤ 100 ms' : ''],
    [
      `all charts in view (${tall}): input → chart, median / p95 @${rate}`,
      `${ms(a.firstChartMedianMs)} / ${ms(a.firstChartP95Ms)}`,
      rate === '1x' ? 'median ≤ 120 ms' : '',
    ],
    [
      `all charts in view: input → all 3 charts, median / p95 @${rate}`,
      `${ms(a.allChartsMedianMs)} / ${ms(a.allChartsP95Ms)}`,
      '',
    ],
    [`all charts in view: key press Event Timing p95 @${rate}`, keys(a), rate === '4x' ? 'p95 ≤ 150 ms' : ''],
    [
      `simulation on (10,000 runs), availability slider dragged: input → table, median / p95 @${rate}`,
      `${ms(m.dragTableMedianMs)} / ${ms(m.dragTableP95Ms)}`,
      rate === '1x' ? 'p95 ≤ 16 ms' : 'p95 ≤ 50 ms',
    ],
    [
      `simulation on: stepped, each change after the last run's result: input → table, median / p95 @${rate}`,
      `${ms(m.tableMedianMs)} / ${ms(m.tableP95Ms)}`,
      '',
    ],
    [
      `simulation on: input → Uncertainty table, median / p95 @${rate}`,
      `${ms(m.uncertaintyMedianMs)} / ${ms(m.uncertaintyP95Ms)}`,
      '',
    ],
    [`simulation on: key press Event Timing p95, ${screen} @${rate}`, keys(m), ''],
  );
}
rows.push(...modelRows(report.model));
const width = Math.max(...rows.map((r) => r[0].length));
const valueWidth = Math.max(...rows.map((r) => r[1].length));
console.log(
  `\nNines benchmark (${report.date}, ${report.durationS} s; key presses ${KEY_GAP_MS} ms apart)\non ${machineLine(report.machine)}\n`,
);
for (const [name, value, budget] of rows)
  console.log(`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${budget}`.trimEnd());
await mkdir('bench', { recursive: true });
await writeFile('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nwritten to bench/results.json');
