// A 375 px phone: the answer on the first screen, the inputs a tap away, and a scenario column that
// leaves room for the figures beside it, measured in the production build.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

const PHONE = { width: 375, height: 800 };

/** Where the element is on screen now, in CSS pixels from the top of the viewport. */
const top = (locator) => locator.evaluate((element) => element.getBoundingClientRect().top);

/** The pinned scenario cells' widths and the width of the table's visible, scrolling box. */
function pinnedWidths(page) {
  return page.getByRole('table', { name: 'Scenario comparison' }).evaluate((table) => ({
    visible: table.parentElement.getBoundingClientRect().width,
    pinned: [...table.querySelectorAll('th[scope="row"], thead th:first-child')].map(
      (th) => th.getBoundingClientRect().width,
    ),
  }));
}

describe('on a 375 px phone', () => {
  for (const colorScheme of ['light', 'dark']) {
    it(`shows the results and the first rows of the table on the first screen (${colorScheme})`, async () => {
      const { context, page, problems } = await openPage(browser, server.url, {
        colorScheme,
        viewport: PHONE,
      });
      const table = page.getByRole('table', { name: 'Scenario comparison' });
      await table.waitFor();
      assert.equal(await page.evaluate(() => window.scrollY), 0);
      const results = page.getByRole('heading', { name: 'Results', level: 2 });
      assert.ok((await top(results)) < PHONE.height / 2, 'the Results heading is in the top half');
      const firstRow = page.getByRole('rowheader').first();
      const rowBottom = await firstRow.evaluate((cell) => cell.getBoundingClientRect().bottom);
      assert.ok(
        rowBottom <= PHONE.height,
        `the first scenario row ends at ${rowBottom} px, within the screen`,
      );
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('keeps the pinned scenario column to at most a third of the table’s width, even for a long label', async () => {
    const { context, page, problems } = await openPage(browser, server.url, { viewport: PHONE });
    await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    const short = await pinnedWidths(page);
    for (const width of short.pinned)
      assert.ok(width <= short.visible / 3, `${width} of ${short.visible} px`);

    await page
      .getByRole('group', { name: 'Scenario 2' })
      .getByRole('textbox', { name: 'Label of scenario 2' })
      .fill('Four nines with multi-region failover and the vendor quote');
    await page
      .getByRole('rowheader', { name: 'Four nines with multi-region failover and the vendor quote' })
      .waitFor();
    const long = await pinnedWidths(page);
    for (const width of long.pinned) assert.ok(width <= long.visible / 3, `${width} of ${long.visible} px`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('puts the inputs a tap away, and the results a tap back', async () => {
    const { context, page, problems } = await openPage(browser, server.url, { viewport: PHONE });
    await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    const preset = page.getByLabel('Preset');
    assert.ok((await top(preset)) > PHONE.height, 'the inputs start below the first screen');

    await page.getByRole('button', { name: 'Change the inputs' }).click();
    assert.equal(await preset.evaluate((select) => select === document.activeElement), true);
    const presetTop = await top(preset);
    assert.ok(presetTop >= 0 && presetTop < PHONE.height, `the preset is on screen (${presetTop} px)`);

    // Half-way down the form, the way back is still on screen.
    await page.getByRole('textbox', { name: 'Extra annual run cost for 99.9 %' }).focus();
    const back = page.getByRole('button', { name: 'See the results' });
    const backTop = await top(back);
    assert.ok(backTop >= 0 && backTop < PHONE.height, `"See the results" is on screen (${backTop} px)`);
    await back.click();
    const resultsTop = await top(page.getByRole('heading', { name: 'Results', level: 2 }));
    assert.ok(resultsTop >= 0 && resultsTop < PHONE.height, `the results are on screen (${resultsTop} px)`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
