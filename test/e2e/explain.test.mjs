// Every figure explains itself, by keyboard alone: Tab to it, Enter opens its explanation (a dialog
// named after it, loaded on demand), Escape closes it and focus is back on the figure.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

const focusedName = (page) =>
  page.evaluate(
    () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
  );

describe('explaining a figure in Chromium', () => {
  it('Tab to "Annual savings at 99.9 %", Enter opens the explanation, Escape closes it with focus back on the figure', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.getByRole('region', { name: 'Answer' }).waitFor();
    const target = 'Annual savings at 99.9 %: $69,120,000';
    await page.getByRole('button', { name: target, exact: true }).waitFor();
    // Start from the toggle just above the table, then only the keyboard.
    await page.getByRole('button', { name: 'Show all columns' }).focus();
    for (let presses = 0; presses < 40 && (await focusedName(page)) !== target; presses += 1)
      await page.keyboard.press('Tab');
    assert.equal(await focusedName(page), target);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Annual savings at 99.9 %' });
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /= \$86,400,000 − \$17,280,000 = \$69,120,000/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await focusedName(page), target);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
