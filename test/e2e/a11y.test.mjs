// axe-core over the production build: the main page, the embed view, and the main page with every
// disclosure open, at a desktop and a phone width, in light and dark. Any violation fails the test,
// with its rule, impact and the elements it names.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { openPage, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

// The app's Content-Security-Policy (script-src 'self') rightly refuses an inline <script>, so axe is
// not added as a script tag: its source is evaluated through the DevTools protocol, which the page's
// policy does not govern, and the policy served stays the strict one.
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

/** Waits until the lazily loaded parts (charts, toolbars, footer) have drawn. */
async function settled(page, { embed = false } = {}) {
  await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
  // The embed view is the compact report: one chart (the first, unless its URL names another), no footnote.
  for (const kind of embed ? ['cost'] : ['cost', 'break-even', 'total-cost'])
    await page.locator(`[data-chart="${kind}"] .recharts-wrapper > svg`).waitFor();
  await page.locator('section.charts[aria-busy="false"]').waitFor();
  if (embed) await page.locator('#assumptions-heading').waitFor({ state: 'attached' });
  else await page.getByRole('heading', { name: 'Assumptions', level: 2 }).waitFor();
  if (embed) await page.locator('#comparison.report-embed').waitFor();
  if (!embed) await page.getByRole('button', { name: 'Copy share link' }).waitFor();
}

/** Runs axe over the whole document; returns each violation as one readable line per element. */
async function violations(page) {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map(
        (n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`,
      ),
    }));
  });
  return found.flatMap((v) => v.targets.map((t) => `${v.id} (${v.impact}) ${v.help} — ${t}`));
}

const VIEWS = [
  { name: 'the main page', path: '', prepare: async () => {} },
  { name: 'the embed view', path: '?embed=1', embed: true, prepare: async () => {} },
  {
    name: 'the main page with every disclosure open',
    path: '',
    // Opened as a user would, by clicking each closed summary (the charts' Numbers tables included).
    prepare: async (page) => {
      const closed = page.locator('details:not([open]) > summary');
      while ((await closed.count()) > 0) await closed.first().click();
      assert.equal(await page.locator('details:not([open])').count(), 0);
    },
  },
  {
    name: 'the main page with a dependency tree',
    path: '',
    // The Dependencies section opened and a tree with every kind of part: a dependency, a group of
    // regions with a router, and a refused availability with its message.
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Show dependencies' }).click();
      await page.getByRole('button', { name: 'Add dependency', exact: true }).click();
      await page.getByRole('textbox', { name: 'Availability of Dependency 1' }).fill('ninety');
      await page.getByRole('button', { name: 'Add group', exact: true }).click();
      await page.getByRole('combobox', { name: 'Kind of Any of 1' }).selectOption('regions');
      await page.getByRole('button', { name: 'Add router to Any of 1' }).click();
      await page.getByRole('button', { name: 'Add dependency to Any of 1' }).click();
      await page.getByRole('table', { name: 'Error budget' }).waitFor();
    },
  },
  {
    name: 'the main page with a figure’s explanation open',
    path: '',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Annual savings at 99.9 %: $69,120,000', exact: true }).click();
      await page.getByRole('dialog', { name: 'Annual savings at 99.9 %' }).waitFor();
    },
  },
  {
    name: 'the main page with the Uncertainty table and a P10’s explanation open',
    path: '',
    // The simulation on: every percentile and chance of its table is a button; one explanation open.
    prepare: async (page) => {
      await page.getByRole('switch', { name: 'Simulate the ranges' }).check({ timeout: 20_000 });
      const p10 = page
        .getByRole('table', { name: 'Uncertainty' })
        .getByRole('button', { name: /^Annual savings of 99\.9 % against today, P10: / });
      await p10.click({ timeout: 30_000 });
      await page
        .getByRole('dialog', { name: 'Annual savings of 99.9 % against today, P10' })
        .waitFor({ timeout: 20_000 });
    },
  },
];

describe('the words of the production build', () => {
  it('never say "seed", our word for the specification, in text, options or accessible names', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await settled(page);
    await VIEWS[2].prepare(page);
    const words = await page.evaluate(() =>
      [
        document.body.innerText,
        ...[...document.querySelectorAll('option')].map((o) => o.textContent),
        ...[...document.querySelectorAll('[aria-label], [title], [placeholder], [aria-valuetext]')].flatMap(
          (e) => ['aria-label', 'title', 'placeholder', 'aria-valuetext'].map((a) => e.getAttribute(a) ?? ''),
        ),
      ].join('\n'),
    );
    // A whole word: the share link's base64 may hold those letters by chance.
    assert.doesNotMatch(words, /\bseed\b/i);
    assert.match(words, /Worked example \(e-commerce, \$2M an hour\)/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('accessibility of the production build (axe-core)', () => {
  for (const view of VIEWS) {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [1280, 375]) {
        it(`${view.name} at ${width} px, ${colorScheme}: no violation`, async () => {
          const { context, page, problems } = await openPage(browser, server.url + view.path, {
            colorScheme,
            viewport: { width, height: 800 },
          });
          await settled(page, view);
          await view.prepare(page);
          assert.deepEqual(await violations(page), []);
          assert.deepEqual(problems, []);
          await context.close();
        });
      }
    }
  }
});
