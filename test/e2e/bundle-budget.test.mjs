// The byte budgets, measured on dist/ without a browser so they are the same on every run, each file
// gzipped at level 9. One budget for what a first visit needs before the first results, one for all
// that a first visit loads, and one per chunk loaded only on demand, so a feature used only sometimes
// cannot crowd out the others.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const KIB = 1024;

/** JavaScript before the first results: the entry and its static imports. */
const FIRST_RESULTS_BUDGET = 100 * KIB;
/** Everything a first visit loads: the above plus the chunks fetched after the first paint. */
// Issue 10's 250 KiB. Version 3 had raised it to 262 KiB (the link codec's chunk, the simulation's
// switch, recharts in a chunk the Uncertainty charts share, the Answer and the case controls); it is
// back since recharts gets the page's decimal.js and only the d3 scales the charts use (13.1 KiB less).
const FIRST_VISIT_BUDGET = 250 * KIB;

/**
 * Every JavaScript chunk of the build, by the name before its content hash: when it loads and its
 * budget, gzip. `first results`: the entry and its static imports (the group budget above applies).
 * `after first paint`: fetched by every visit once the table is on screen (charts, toolbars, footer).
 * `on demand`: fetched only when used. The budget of an after-first-paint chunk covers its own file;
 * an on-demand chunk's covers it and whatever it imports that a first visit has not loaded. A chunk
 * missing from this table fails the test, so each new one gets a budget. The same table is in the
 * README ("Bundle budgets").
 */
const CHUNKS = [
  {
    name: 'index',
    loads: 'first results',
    budget: FIRST_RESULTS_BUDGET,
    what: 'the app shell and the results',
  },
  {
    // One chunk for what the first results and the lazy parts share: left alone, the bundler splits each
    // module the entry shares with a lazy chunk into a small chunk of its own (vite.config.ts, `core`).
    name: 'core',
    loads: 'first results',
    budget: FIRST_RESULTS_BUDGET,
    what: 'React, decimal.js, zustand and zundo, the model and its result graph, the store and session',
  },
  {
    name: 'preload-helper',
    loads: 'first results',
    budget: FIRST_RESULTS_BUDGET,
    what: 'the loader of the lazy chunks',
  },
  {
    name: 'rolldown-runtime',
    loads: 'first results',
    budget: FIRST_RESULTS_BUDGET,
    what: 'the bundler’s module runtime',
  },
  { name: 'calculator-inputs', loads: 'after first paint', budget: 3 * KIB, what: 'the inputs panel' },
  {
    name: 'slider-field',
    loads: 'after first paint',
    budget: 4 * KIB,
    what: 'number fields, sliders and the reading of what people type',
  },
  {
    // Apart from slider-field since the Dependencies section uses the number field too.
    name: 'number-field',
    loads: 'after first paint',
    budget: 3 * KIB,
    what: 'the number field: what was typed stays, a bad entry says why beside it',
  },
  { name: 'scenario-editor', loads: 'after first paint', budget: 2 * KIB, what: 'the scenario list' },
  {
    name: 'scenario-names',
    loads: 'after first paint',
    budget: 1 * KIB,
    what: 'the names of a scenario’s fields, shared by the scenario list and the simulation’s ranges',
  },
  { name: 'cost-range-fields', loads: 'after first paint', budget: 2 * KIB, what: 'the cost-per-hour range' },
  {
    name: 'simulation-switch',
    loads: 'after first paint',
    budget: 1 * KIB,
    what: 'the panel Simulation: its switch (its inputs load once it is on)',
  },
  {
    name: 'charts-panel',
    loads: 'after first paint',
    budget: 24 * KIB,
    what: 'the three charts, without recharts itself (in BarChart, which the uncertainty charts share)',
  },
  {
    // recharts, shared by the three charts and the uncertainty charts, so the bundler names it after
    // its first module; the charts load it after the first paint.
    name: 'BarChart',
    loads: 'after first paint',
    budget: 108 * KIB,
    what: 'recharts (drawn without its Area module, its decimal library or the d3 scales it does not use)',
  },

  {
    name: 'chart-draw',
    loads: 'after first paint',
    budget: 2 * KIB,
    what: 'the page’s draw queue (the charts and the simulation’s charts), and the call that has every chart drawn before a capture',
  },
  {
    name: 'panels',
    loads: 'after first paint',
    // 8 KiB until version 3: the case controls, the report's title, the IRR figures and the Answer's
    // sentences joined it; 13 KiB until the undo keys and the embed snippet left the first results
    // for it (about 0.4 KiB).
    budget: 14 * KIB,
    what: 'toolbars, case controls, report header, assumptions footer, export builders, the IRR figures, the Answer (one chunk: less per-chunk overhead)',
  },
  {
    // Before the first render when the page opens a link (with the schema), right after it otherwise.
    name: 'share-link',
    loads: 'after first paint',
    budget: 3 * KIB,
    what: 'the share-link codec, which writes the session into the address bar and reads a link',
  },
  {
    name: 'parse',
    loads: 'after first paint',
    budget: 2 * KIB,
    what: 'the reading of typed numbers, shared by the inputs and the failure modes',
  },
  {
    name: 'failure-modes-section',
    loads: 'on demand',
    // 17 KiB until every figure of the section became a button that explains it (its figure graph, 3 KiB);
    // 21 KiB until the field "Cap on one mode's share of the budget (%)" (about 0.2 KiB) took it over.
    budget: 22 * KIB,
    what: 'the failure-mode and lever tables and the plan, with the reading below',
  },
  {
    name: 'failure-modes-reading',
    loads: 'on demand',
    budget: 12 * KIB,
    what: 'failure modes: reading what people write, the catalogues, bad minutes, levers and the plan (also for the result graph and the exports)',
  },
  { name: 'undo-notice', loads: 'on demand', budget: 1 * KIB, what: 'the words of the Undo notice' },
  {
    // With the dependency tree's limits and checks (dependency-tree), a chunk it shares with the
    // Dependencies section since they left the first results.
    name: 'session-schema',
    loads: 'on demand',
    // Version 3's failure modes, levers and dependency tree took it from about 8 to 10 KiB.
    budget: 12 * KIB,
    what: 'the session schema (zod/mini), when there is a share link or a saved session to check',
  },
  {
    // With the dependency figures and engine it imports (all on demand): "Show dependencies", or a
    // session that has dependencies. 12 KiB until each part's availability and downtime in the tree
    // became figure buttons (by the formula of the part's kind: 0.9 KiB, most of it in
    // dependency-figures) and an availability could be a range (its reading, the field and the best
    // estimate's figure: 1 KiB).
    name: 'dependencies-panel',
    loads: 'on demand',
    budget: 15 * KIB,
    what: 'the Dependencies section: the tree editor, the ceiling, the Error budget table',
  },
  {
    // 6 KiB until each part's availability had the formula of its kind, with its words (0.8 KiB), and
    // an availability could be a range (the best estimate's formula).
    name: 'dependency-figures',
    loads: 'on demand',
    budget: 8 * KIB,
    what: 'the dependencies’ figures and words, also for the comparison’s unreachable targets',
  },
  {
    name: 'dependencies',
    loads: 'on demand',
    budget: 3 * KIB,
    what: 'the dependency engine: ceiling, budget split, extra-nine flags',
  },
  {
    name: 'dependency-tree',
    loads: 'on demand',
    budget: 1 * KIB,
    what: 'the dependency tree’s limits and checks, which the session schema needs too',
  },
  {
    // 8 KiB until the dependency figures it carries wrote each part's formula out and read ranges.
    name: 'dependencies-export',
    loads: 'on demand',
    budget: 9 * KIB,
    what: 'the Dependencies sections of Export CSV and Copy as Markdown',
  },
  {
    name: 'csv',
    loads: 'on demand',
    budget: 10 * KIB,
    what: 'Export CSV (Papa Parse), and Export samples (CSV)',
  },
  {
    name: 'uncertainty-panel',
    loads: 'on demand',
    // 12 KiB until the comparison and the Answer quoted the simulation: its words, status and job now
    // sit in simulated-results, which this budget counts whole (the table's columns and the Answer's
    // chances with them, about 1.4 KiB it does not use itself).
    budget: 13 * KIB,
    what: 'the Uncertainty section, once the simulation is switched on (the engine loads apart)',
  },
  {
    name: 'simulate',
    loads: 'on demand',
    budget: 10 * KIB,
    what: 'the simulation engine in this thread: Export samples (CSV), and runs where no Web Worker starts',
  },
  {
    name: 'simulation-protocol',
    loads: 'on demand',
    budget: 10 * KIB,
    what: 'the engine’s reply in words, for runs in this thread (with the engine it imports)',
  },
  {
    name: 'simulation-inputs',
    loads: 'on demand',
    budget: 3 * KIB,
    what: 'Runs, Random seed and the scenarios’ ranges, once the simulation is switched on',
  },
  {
    name: 'uncertainty-figures',
    loads: 'on demand',
    budget: 1 * KIB,
    what: 'the simulation’s figures, which the Uncertainty table and the CSV export share',
  },
  {
    // Shared with the Uncertainty section; the comparison and the Answer load it once the simulation is on.
    name: 'simulated-results',
    loads: 'on demand',
    // 3 KiB until the job the page runs took the failure modes and the dependencies joined to them.
    budget: 4 * KIB,
    what: 'the simulation’s status, the comparison’s P10 / P90 columns and the Answer’s chances in words',
  },
  {
    name: 'uncertainty-charts',
    loads: 'on demand',
    budget: 3 * KIB,
    what: 'the NPV distributions and What moves the answer (recharts itself is in BarChart)',
  },
  {
    name: 'uncertainty-explain',
    loads: 'on demand',
    // Its own code is under 3 KiB; the rest is the dialog (explain-view) and the simulation's words.
    budget: 10 * KIB,
    what: 'the explanation of a P10 / P50 / P90 or a chance of the Uncertainty table, on its first press',
  },
  {
    name: 'input-value-text',
    loads: 'on demand',
    budget: 1 * KIB,
    what: 'an uncertain input’s value in its unit, shared by the uncertainty charts and their explanations',
  },
  {
    // A worker's script: started by `new Worker` on the first run, imports nothing.
    name: 'simulation.worker',
    loads: 'on demand',
    budget: 10 * KIB,
    what: 'the simulation’s Web Worker (engine, samplers, seeded generator)',
  },
  {
    name: 'failure-modes-export',
    loads: 'on demand',
    budget: 2 * KIB,
    what: 'the failure modes, levers and plan as sections of Export CSV and Copy as Markdown',
  },
  {
    name: 'case-file',
    loads: 'on demand',
    budget: 2 * KIB,
    what: 'Save case and Open case: writing and reading case files (the schema loads apart)',
  },
  {
    name: 'explain-dialog',
    loads: 'on demand',
    budget: 4 * KIB,
    what: 'the explanation of a figure, on its first press',
  },
  {
    name: 'explain-view',
    loads: 'on demand',
    budget: 3 * KIB,
    what: 'the explain dialog itself and the words of the result graph’s explanations, shared by both dialogs',
  },
  {
    name: 'section-explain-dialog',
    loads: 'on demand',
    // Its own code is 1 KiB; the rest is the sections' graphs, already loaded when their figures are on screen
    // (27 KiB since the failure modes' reader reads relative ranges and the tree's figures write their formulas out).
    budget: 27 * KIB,
    what: 'the explanation of a Dependencies or failure-mode figure, with those sections’ graphs',
  },
  {
    name: 'failure-figures-text',
    loads: 'on demand',
    budget: 16 * KIB,
    what: 'the failure modes’ figure graph and their words, shared by the section and its explanations',
  },
  {
    name: 'figure-button',
    loads: 'on demand',
    budget: 1 * KIB,
    what: 'a section’s figure as a button that explains it',
  },
  {
    // 7 KiB until the dependency figures it carries wrote each part's formula out and read ranges.
    name: 'use-dependency-graph',
    loads: 'on demand',
    budget: 8 * KIB,
    what: 'the dependency graph of the session on screen, for the section and its explanations',
  },
  {
    name: 'png-export',
    loads: 'on demand',
    budget: 8 * KIB,
    what: 'Export PNG (html-to-image), and the page background for Export SVG',
  },
];

/** A class name zod registers at run time, so it survives minification: where it is, zod is. */
const ZOD_MARKER = '$ZodString';

const gzipped = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const sum = (files) => files.reduce((total, file) => total + gzipped(file), 0);
const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

/** Static imports and re-exports of a chunk (`import{a}from"./x.js"`, `import"./x.js"`), never `import()`. */
function staticImports(file) {
  const code = readFileSync(`dist/${file}`, 'utf8');
  const specifiers = [
    ...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g),
  ];
  return specifiers
    .map((match) => match[1])
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => posix.join(posix.dirname(file), specifier));
}

/** The files and all that they import statically. */
function closure(files) {
  const found = new Set();
  const visit = (file) => {
    if (found.has(file)) return;
    found.add(file);
    for (const imported of staticImports(file)) visit(imported);
  };
  for (const file of files) visit(file);
  return [...found];
}

/** The entry chunk named by dist/index.html, what it preloads, and everything they import statically. */
function firstResultsScripts() {
  const html = readFileSync('dist/index.html', 'utf8');
  const entries = [...html.matchAll(/<script type="module"[^>]*\ssrc="\.\/([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\.\/([^"]+)"/g)].map((m) => m[1]);
  assert.equal(entries.length, 1, 'dist/index.html names one entry chunk');
  return closure([...entries, ...preloads]);
}

/** What a first visit loads: the first results' scripts, the after-first-paint chunks and their imports. */
const firstVisitScripts = () => closure([...firstResultsScripts(), ...filesOf('after first paint')]);

/** `assets/charts-panel-jb1hIV9t.js` → `charts-panel`. */
const chunkName = (file) => posix.basename(file).replace(/-[\w-]{8}\.js$/, '');

const allScripts = readdirSync('dist/assets')
  .filter((name) => name.endsWith('.js'))
  .map((name) => `assets/${name}`);
const filesOf = (loads) =>
  allScripts.filter((file) => CHUNKS.some((c) => c.loads === loads && c.name === chunkName(file)));

describe('the byte budgets of the production build', () => {
  it('names every chunk in its table of budgets, and every chunk of the table exists', () => {
    assert.deepEqual(
      allScripts.map(chunkName).sort(),
      CHUNKS.map((c) => c.name).sort(),
      'a chunk was added, renamed or removed: give it a row (and a budget) in CHUNKS and the README',
    );
  });

  it(`loads at most ${FIRST_RESULTS_BUDGET / KIB} KiB gzip of JavaScript before the first results, without the session schema`, () => {
    const scripts = firstResultsScripts();
    assert.deepEqual(scripts.map(chunkName).sort(), filesOf('first results').map(chunkName).sort());
    // The session schema and zod load only when there is a link or a saved session to check.
    assert.deepEqual(
      scripts.filter(
        (file) => /session-schema/.test(file) || readFileSync(`dist/${file}`, 'utf8').includes(ZOD_MARKER),
      ),
      [],
    );
    const bytes = sum(scripts);
    assert.ok(
      bytes <= FIRST_RESULTS_BUDGET,
      `${kib(bytes)} (${bytes} bytes) in ${scripts.join(', ')} is over the budget`,
    );
  });

  it(`loads at most ${FIRST_VISIT_BUDGET / KIB} KiB gzip of JavaScript on a first visit, after-first-paint chunks included`, () => {
    const scripts = firstVisitScripts();
    // Nothing loaded only on demand comes along with them.
    assert.deepEqual(
      scripts.filter((file) => filesOf('on demand').includes(file)),
      [],
    );
    const bytes = sum(scripts);
    assert.ok(
      bytes <= FIRST_VISIT_BUDGET,
      `${kib(bytes)} (${bytes} bytes) in ${scripts.join(', ')} is over the budget`,
    );
  });

  for (const chunk of CHUNKS.filter((c) => c.loads !== 'first results')) {
    it(`keeps ${chunk.name} (${chunk.loads}: ${chunk.what}) within ${chunk.budget / KIB} KiB gzip`, () => {
      const [file] = allScripts.filter((f) => chunkName(f) === chunk.name);
      assert.ok(file, `no ${chunk.name} chunk in dist/assets`);
      // An on-demand chunk brings along what it imports and a first visit has not loaded yet.
      const scripts =
        chunk.loads === 'on demand'
          ? closure([file]).filter((f) => !firstVisitScripts().includes(f))
          : [file];
      const bytes = sum(scripts);
      assert.ok(
        bytes <= chunk.budget,
        `${kib(bytes)} (${bytes} bytes) in ${scripts.join(', ')} is over the budget`,
      );
    });
  }
});
