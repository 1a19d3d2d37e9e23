// Shared set-up for browser tests and the benchmark: serve the production build on 127.0.0.1 and
// drive Debian's Chromium through playwright-core (never a downloaded browser build).
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Content-Security-Policy the README ("Hosting") tells hosts to send, word for word; every browser
 * test serves the build with it, and test/e2e/privacy.test.mjs fails on any violation. Each source is the
 * least the app needs: scripts and the style sheet are its own files; React and recharts set styles
 * through the CSSOM (element.style), which CSP does not govern, so no 'unsafe-inline' for styles;
 * img-src data: is for Export PNG (html-to-image draws the page as an SVG data: image); the app
 * fetches nothing (connect-src 'none'); frame-ancestors * lets any site embed the embed view.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors *";

/** Serves `dist/` (built beforehand by `npm run build`) on a free loopback port, with the CSP header. */
export async function serveBuild() {
  const server = await preview({
    logLevel: 'silent',
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      open: false,
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    },
  });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${address.port}/`;
  return { url, close: () => server.close() };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens a fresh context and page that records console errors, page errors and every request, so
 * a test can fail on any of them.
 */
export async function openPage(
  browser,
  url,
  { colorScheme = 'light', viewport = { width: 1280, height: 800 }, acceptDownloads = true } = {},
) {
  const context = await browser.newContext({ colorScheme, viewport, acceptDownloads });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  if (url) await page.goto(url);
  return { context, page, problems, requests };
}

/** Serves the build and starts Chromium, for a test file's `before`. */
export async function startBuildInBrowser() {
  const server = await serveBuild();
  const browser = await launchBrowser();
  return { server, browser };
}

/** Closes what `startBuildInBrowser` started, for a test file's `after` (tolerates a failed start). */
export async function stopBuildInBrowser({ server, browser }) {
  await browser?.close();
  await server?.close();
}

/** Reads the comparison table as rows of cell texts, headers first. */
export async function readTable(page) {
  return page
    .getByRole('table', { name: 'Scenario comparison' })
    .evaluate((table) =>
      [...table.querySelectorAll('tr')].map((row) => [...row.children].map((c) => c.textContent.trim())),
    );
}

/** Columns of the full table that later releases added: an earlier release's table has no such figures. */
export const ADDED_COLUMNS = ['IRR', 'Marginal IRR'];

/** The table without the columns headed by one of `headers`. */
export function withoutColumns(table, headers = ADDED_COLUMNS) {
  const keep = table[0].map((header) => !headers.includes(header));
  return table.map((row) => row.filter((_, j) => keep[j]));
}

/** The columns of `table` whose headers `headers` lists, in that order (each must be there). */
export function columnsOf(table, headers) {
  const indexes = headers.map((header) => {
    const index = table[0].indexOf(header);
    assert.ok(index >= 0, `no column ${header} in ${table[0].join(' | ')}`);
    return index;
  });
  return table.map((row) => indexes.map((j) => row[j]));
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Expects the table `now` to be an earlier release's table `was`, figure for figure, with only the
 * rewordings of src/state/fixtures/reworded.json (src/session-fixtures.test.tsx reads it the same way).
 */
export function assertSameFigures(now, was, rules) {
  assert.deepEqual(
    now.map((row) => row.length),
    was.map((row) => row.length),
  );
  now.forEach((row, i) =>
    row.forEach((cell, j) => {
      const before = was[i][j];
      if (cell === before) return;
      const rule = rules.find((r) => new RegExp(r.was).test(before));
      const pattern = rule
        ? rule.now
            .replace(
              '{was:(your figure)=>(your quote)}',
              escapeRegExp(before.replace(' (your figure)', ' (your quote)')),
            )
            .replace('{was}', escapeRegExp(before))
        : `^${escapeRegExp(before)}$`;
      assert.match(cell, new RegExp(pattern), `row ${i}, column ${j}: was “${before}”`);
    }),
  );
}
