import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

/**
 * Text no screen may show: NaN, Infinity, exponent notation, a negative zero in any form ("-0",
 * "-0.00", "-$0", "−0 %"), or a value that leaked through unformatted. The same as in
 * src/app-extremes.test.tsx.
 */
const FORBIDDEN =
  /\bNaN\b|Infinity|\d[eE][+-]?\d|[-−]\D{0,2}0(?:[.,]0+)?(?![\d.,])|\bundefined\b|\bnull\b|\[object/;

const TRILLION = '1,000,000,000,000';

/** Each valid extreme, typed into the page; several at once where they make the longest figures. */
const EXTREMES = [
  {
    name: 'no downtime cost, a 1-year horizon',
    fields: { 'Downtime cost per hour': '0', 'Horizon (years)': '1' },
  },
  {
    name: '$10¹² an hour over 30 years, compact',
    fields: { 'Downtime cost per hour': TRILLION, 'Horizon (years)': '30' },
    compact: true,
  },
  {
    name: 'every amount at its largest, 90 % to 99.99999 %, JPY, in full',
    fields: {
      'Downtime cost per hour': TRILLION,
      'Monthly infrastructure cost': TRILLION,
      'Current availability': '90',
      'Cost growth per nine': '1000',
      'Cost from 99.5 % to 99.9 % (× annual infrastructure)': '1000',
      'Horizon (years)': '30',
    },
    target: '99.99999',
    currency: 'JPY',
  },
  {
    name: 'the same in INR, compact',
    fields: {
      'Downtime cost per hour': TRILLION,
      'Monthly infrastructure cost': TRILLION,
      'Current availability': '90',
      'Cost growth per nine': '1000',
      'Cost from 99.5 % to 99.9 % (× annual infrastructure)': '1000',
    },
    target: '99.99999',
    currency: 'INR',
    compact: true,
  },
  {
    name: 'today at 99.99999 %, above every target',
    fields: { 'Current availability': '99.99999', 'Downtime cost per hour': TRILLION },
  },
  {
    name: 'a target equal to today',
    fields: { 'Current availability': '99.9' },
    target: '99.9',
  },
];

/** Types the case into the page as a user would, then waits until the charts have caught up. */
async function enter(page, extreme) {
  await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
  // The investment rule's fields sit in a disclosure, closed at first.
  await page.getByText('Investment rule and discounting', { exact: true }).click();
  for (const [label, value] of Object.entries(extreme.fields)) {
    await page.getByRole('textbox', { name: label, exact: true }).fill(value);
  }
  if (extreme.target) {
    await page
      .getByRole('group', { name: 'Scenario 1' })
      .getByRole('textbox', { name: /^Target availability of / })
      .fill(extreme.target);
  }
  if (extreme.currency) await page.getByLabel('Currency').selectOption(extreme.currency);
  if (extreme.compact) await page.getByLabel('Compact amounts').check();
  for (const kind of ['cost', 'break-even', 'total-cost'])
    await page.locator(`[data-chart="${kind}"] .recharts-wrapper > svg`).waitFor();
  // The charts draw from deferred inputs: aria-busy clears once they show the typed figures. A chart
  // out of view keeps its last picture until it scrolls into view: each is brought into view in turn.
  await page.locator('section.charts[aria-busy="false"]').waitFor();
  for (const kind of ['cost', 'break-even', 'total-cost']) {
    const canvas = page.locator(`[data-chart="${kind}"] .chart-canvas`);
    await canvas.scrollIntoViewIfNeeded();
    await page.locator(`[data-chart="${kind}"] .chart-canvas[aria-busy="false"]`).waitFor();
  }
  await page.getByRole('heading', { name: 'Assumptions', level: 2 }).waitFor();
  // Open every chart's numbers table, so their cells are measured too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // Let ResponsiveContainer measure and recharts lay out the new ticks.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** What the page shows, measured in the page: its text, overflowing cells and clipped chart text. */
function inspect() {
  const page = document.body.cloneNode(true);
  // The share link's base64url payload is not a figure and may hold "-0" or "e5" by chance.
  page.querySelectorAll('.share-url').forEach((node) => node.remove());
  const shown = [
    page.textContent,
    ...[...document.querySelectorAll('input, select, textarea')].map((field) => field.value),
    ...[...document.querySelectorAll('[aria-valuetext]')].map((el) => el.getAttribute('aria-valuetext')),
  ].join('\n');
  const overflowingCells = [...document.querySelectorAll('td, th')]
    .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
    .map((cell) => `${cell.textContent} (${cell.scrollWidth} > ${cell.clientWidth})`);
  const clippedChartText = [];
  let chartTexts = 0;
  for (const svg of document.querySelectorAll('.recharts-wrapper > svg')) {
    const frame = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll('text')) {
      const box = text.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      chartTexts += 1;
      const inside =
        box.left >= frame.left - 1 &&
        box.right <= frame.right + 1 &&
        box.top >= frame.top - 1 &&
        box.bottom <= frame.bottom + 1;
      if (!inside) clippedChartText.push(text.textContent);
    }
  }
  const table = document.querySelector('.table-scroll');
  return {
    shown,
    overflowingCells,
    clippedChartText,
    chartTexts,
    pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
    tableScrolls: table.scrollWidth > table.clientWidth,
  };
}

describe('extreme but valid inputs in the production build', () => {
  for (const width of [1280, 375]) {
    for (const extreme of EXTREMES) {
      it(`${extreme.name}, at ${width} px: no NaN, exponents or -0; no cell overflows; no tick clipped`, async () => {
        const { context, page, problems } = await openPage(browser, server.url, {
          viewport: { width, height: 900 },
        });
        await enter(page, extreme);
        const result = await page.evaluate(inspect);
        assert.equal(result.shown.match(FORBIDDEN)?.[0], undefined);
        assert.ok(result.chartTexts > 20, `the charts' text was measured (${result.chartTexts})`);
        assert.deepEqual(result.overflowingCells, []);
        assert.deepEqual(result.clippedChartText, []);
        // Wide figures make the table scroll in its own box; the page itself never scrolls sideways.
        assert.equal(result.pageOverflow, 0);
        if (width === 375) assert.ok(result.tableScrolls, 'the table scrolls inside its container');
        assert.equal(await page.getByRole('alert').count(), 0);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  it('the scan catches what it is meant to catch', () => {
    for (const bad of ['NaN', 'Infinity', '1e-7', '2.5E+21', '-0', '-0.00 years', '-$0', '−0 %', '-¥0'])
      assert.match(bad, FORBIDDEN);
    for (const good of ['-$12,000,000', '2026-05-01', '(1 − 0.995)', 'Scenario 1', 'financial'])
      assert.doesNotMatch(good, FORBIDDEN);
  });
});
