// The comparison a manager reads: by default only the columns a decision needs, and they fit a
// 1280 px window without scrolling sideways; "Show all columns" brings the rest (which may scroll).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, readTable, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

/** How far the table's scroll box and the page scroll sideways, in CSS pixels. */
const sideways = (page) =>
  page.evaluate(() => {
    const box = document.querySelector('[role="region"][aria-label="Scenario comparison, scrollable"]');
    return {
      table: box.scrollWidth - box.clientWidth,
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });

describe('the comparison table in a 1280 px window', () => {
  it('shows the decision columns without scrolling sideways, and every column at "Show all columns"', async () => {
    const { context, page, problems } = await openPage(browser, server.url, {
      viewport: { width: 1280, height: 800 },
    });
    await page.getByLabel('Preset').selectOption({ label: 'Worked example (e-commerce, $2M an hour)' });
    // The widest figures the worked example has: a four-nines target priced by the rule, and a quote.
    await page.getByRole('button', { name: 'Add scenario' }).click();
    const rows = await readTable(page);
    assert.deepEqual(rows[0], [
      'Scenario',
      'Availability',
      'Downtime a month',
      'Annual downtime cost',
      'Annual savings',
      'Investment',
      'Payback',
      'NPV (3 y at 8%)',
      'Marginal payback',
    ]);
    assert.equal(rows.length, 5);
    assert.deepEqual(await sideways(page), { table: 0, page: 0 });

    const toggle = page.getByRole('button', { name: 'Show all columns' });
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    const all = await readTable(page);
    assert.equal(all[0].length, 18);
    // The page itself never scrolls sideways: the full table scrolls inside its own box.
    assert.equal((await sideways(page)).page, 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the Uncertainty table in a 1280 px window', () => {
  it('shows every column without scrolling sideways: a P10 / P50 / P90 goes to more lines, after its slashes', async () => {
    const { context, page, problems } = await openPage(browser, server.url, {
      viewport: { width: 1280, height: 800 },
    });
    await page.getByRole('switch', { name: 'Simulate the ranges' }).check({ timeout: 20_000 });
    await page
      .getByRole('status')
      .filter({ hasText: /runs with the random seed/ })
      .waitFor({ timeout: 30_000 });
    const fit = await page.evaluate(() => {
      const box = document.querySelector('[role="region"][aria-label="Uncertainty, scrollable"]');
      const cell = [...box.querySelectorAll('tbody td')].find((td) => td.textContent.includes(' / '));
      return {
        sideways: box.scrollWidth - box.clientWidth,
        text: cell.textContent,
        // Each slash is kept with the figure before it, so that no line of the cell starts with one.
        slashesKept: [...cell.querySelectorAll('.nowrap')].map((part) =>
          /^\$[\d,]+ \/$/.test(part.textContent),
        ),
      };
    });
    assert.equal(fit.sideways, 0, 'the Uncertainty table does not scroll sideways');
    assert.match(fit.text, /^\$[\d,]+ \/ \$[\d,]+ \/ \$[\d,]+$/);
    assert.deepEqual(fit.slashesKept, [true, true]);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
