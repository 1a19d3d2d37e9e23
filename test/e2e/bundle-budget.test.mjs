// The byte budget, measured on dist/ without a browser so it is the same on every run: the JavaScript
// a first visit loads before the first results (the entry chunk and everything it imports statically),
// and all the JavaScript of the build, each file gzipped at level 9.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const KIB = 1024;
/** JavaScript before the first results: the entry and its static imports. */
const FIRST_RESULTS_BUDGET = 100 * KIB;
/**
 * All JavaScript of the build, on-demand export code included. The charts chunk (recharts) is about
 * 133 KiB of it: the break-even range is drawn with edge lines (no recharts Area module) and the small
 * after-first-paint panels share one chunk (vite.config.ts) to keep within budget.
 */
const TOTAL_JS_BUDGET = 250 * KIB;

/** A class name zod registers at run time, so it survives minification: where it is, zod is. */
const ZOD_MARKER = '$ZodString';

const gzipped = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;

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

/** The entry chunk named by dist/index.html, what it preloads, and everything they import statically. */
function firstResultsScripts() {
  const html = readFileSync('dist/index.html', 'utf8');
  const entries = [...html.matchAll(/<script type="module"[^>]*\ssrc="\.\/([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\.\/([^"]+)"/g)].map((m) => m[1]);
  assert.equal(entries.length, 1, 'dist/index.html names one entry chunk');
  const found = new Set();
  const visit = (file) => {
    if (found.has(file)) return;
    found.add(file);
    for (const imported of staticImports(file)) visit(imported);
  };
  for (const file of [...entries, ...preloads]) visit(file);
  return [...found];
}

const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

describe('the byte budget of the production build', () => {
  it(`loads at most ${FIRST_RESULTS_BUDGET / KIB} KiB gzip of JavaScript before the first results, without the session schema`, () => {
    const scripts = firstResultsScripts();
    assert.ok(
      scripts.some((file) => /^assets\/index-[\w-]+\.js$/.test(file)),
      scripts.join(', '),
    );
    // The session schema and zod load only when there is a link or a saved session to check.
    assert.deepEqual(
      scripts.filter(
        (file) => /session-schema/.test(file) || readFileSync(`dist/${file}`, 'utf8').includes(ZOD_MARKER),
      ),
      [],
    );
    const bytes = scripts.reduce((sum, file) => sum + gzipped(file), 0);
    assert.ok(
      bytes <= FIRST_RESULTS_BUDGET,
      `${kib(bytes)} (${bytes} bytes) in ${scripts.join(', ')} is over the budget`,
    );
  });

  it(`keeps all its JavaScript within ${TOTAL_JS_BUDGET / KIB} KiB gzip`, () => {
    const scripts = readdirSync('dist/assets').filter((name) => name.endsWith('.js'));
    const bytes = scripts.reduce((sum, name) => sum + gzipped(`assets/${name}`), 0);
    assert.ok(bytes <= TOTAL_JS_BUDGET, `${kib(bytes)} (${bytes} bytes) of JavaScript is over the budget`);
  });
});
