import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** package.json's version, which case files record (src/app-version.ts). */
const APP_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/**
 * The charts' chunk, whose dependencies (recharts, in a chunk of its own since the uncertainty charts
 * share it) are fetched beside it: one round trip to the first chart instead of two.
 */
const CHARTS_CHUNK = /(^|\/)charts-panel-[^/]+\.js$/;

/** What index.html preloads (resolved before the lazy chunks): already there, so left out of their lists. */
const PAGE_PRELOADS = new Set<string>();

// `base: './'` makes every asset URL relative, so `dist/` works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: {
    // recharts' axis arithmetic on the page's decimal.js (src/components/charts/recharts-decimal.ts),
    // and only the d3 scales the charts use (recharts-scales.ts). The bare names only: a test reaches
    // decimal.js-light itself by its file.
    alias: [
      {
        find: /^victory-vendor\/d3-scale$/,
        replacement: fileURLToPath(new URL('./src/components/charts/recharts-scales.ts', import.meta.url)),
      },
      {
        find: /^decimal\.js-light$/,
        replacement: fileURLToPath(new URL('./src/components/charts/recharts-decimal.ts', import.meta.url)),
      },
    ],
  },
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  // Every browser that runs ES2022 preloads modules natively: no polyfill in the first chunk.
  build: {
    target: 'es2022',
    sourcemap: false,
    // index.html preloads whatever the entry imports statically, so a chunk the bundler splits out of
    // the entry (decimal.js and the periods, now: rolldown does not merge modules shared by the entry
    // and lazy chunks back into the entry) loads beside it, not after it. No polyfill, and the lazy
    // chunks' dependency lists (bytes in the entry) only where they save a round trip that counts: the
    // charts' chunk and recharts load together; the small panels load after the first paint anyway.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps, { hostType }) => {
        if (hostType === 'html') {
          for (const dep of deps) PAGE_PRELOADS.add(dep);
          return deps;
        }
        return CHARTS_CHUNK.test(file) ? deps.filter((dep) => !PAGE_PRELOADS.has(dep)) : [];
      },
    },
    rolldownOptions: {
      output: {
        // recharts' chunk keeps one name, `BarChart` (the budgets and the README name it so), whatever
        // module the bundler meets first in it: left alone, it is named after that module, and the
        // charts' own modules that both chart panels share (plot-marks.tsx) join it.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/node_modules/recharts/es6/chart/BarChart.js'))
            ? 'assets/BarChart-[hash].js'
            : 'assets/[name]-[hash].js',
        codeSplitting: {
          // Only the matched modules themselves: their shared dependencies stay where they were.
          includeDependenciesRecursively: false,
          // The toolbars, the assumptions footer and the small export builders load together after
          // the first paint: one chunk instead of eight saves their per-chunk overhead (about 1 kB). The
          // IRR's solver and figures (model/irr*.ts, ~1 KiB) go with them: the full table, the exports and
          // the explanations show the IRR, the first results do not. The Answer's sentences too: they
          // come right after the first paint of the table.
          // The CSV and PNG code stays apart, loaded only on its button's click; the links are in
          // the entry (the app reads `?embed` before its first render). The footer's graph hook goes
          // with the footer (apart, it would leave a stub chunk of its own).
          groups: [
            {
              // The pure core that the first results and the lazy parts share. Left alone, the bundler
              // splits each module the entry shares with a lazy chunk into a chunk of its own (seven
              // small ones, each compressed apart); in one chunk it costs less before the first results.
              // The comparison table too: the simulation's columns (on demand) draw it with theirs.
              name: 'core',
              test: /src\/(model|format|state)\/(?!session-migrations|session-schema|share-link\.|undo-notice|fixtures|parse|dependenc|availability-text|failure-|irr|case-file|answer-text|answer-chances|explain-|uncertainty-format|input-value-text|plain-number)|src\/components\/results\/scenario-table\.tsx|node_modules\/(decimal\.js|zustand|zundo|react|react-dom|scheduler)\//,
            },
            {
              // The dependency engine alone: the session schema needs it (a saved session or a link to
              // check), and so do the Dependencies section and the comparison's unreachable targets.
              name: 'dependencies',
              test: /src\/model\/dependencies\.ts/,
            },
            {
              // The dependencies' figures and words, which the section, the comparison's unreachable
              // targets and the exports' Dependencies sections share.
              name: 'dependency-figures',
              test: /src\/(model\/dependency-figures|format\/dependency-text)\.ts/,
            },
            {
              // The draw queue, the exports' request to draw and the charts' names: the three charts,
              // the simulation's charts and the export code share them (left alone, the queue would
              // join recharts' chunk and the names get a chunk of their own).
              name: 'chart-draw',
              test: /src\/components\/charts\/(use-chart-draw|draw-all-charts|chart-svg|use-tooltip-on-demand)\.ts/,
            },
            {
              // What the comparison, the Answer and the exports quote of the simulation (its status, the
              // percentile columns, the chances in words) while it is on: one chunk on demand, shared with
              // the Uncertainty section, instead of six small ones.
              name: 'simulated-results',
              test: /src\/(format\/(answer-chances|uncertainty-format)|simulation\/(chance-sentences|simulation-status|joined-dependencies)|components\/simulation\/(simulation-job|use-simulation-status|simulated-columns|percentile-columns)|components\/results\/answer-chances)\.tsx?/,
            },
            {
              name: 'panels',
              test: /src\/(components\/(export\/(?!png-export)[^/]+|results\/assumptions-footer)|export\/(?!csv|links|dependencies-export|failure-modes-export)[^/]+|model\/irr(-figures)?\.ts|format\/answer-text\.ts|components\/results\/(answer-section|explain-host)\.tsx|components\/undo-shortcuts\.ts|format\/plain-number\.ts)/,
            },
          ],
        },
      },
    },
  },
  test: {
    // Pure modules run in node; UI tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
    // Generous: CI runs on two busy cores. Speed is measured by `npm run bench`, never by a test timing out.
    testTimeout: 30_000,
  },
});
