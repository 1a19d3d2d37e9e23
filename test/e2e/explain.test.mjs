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

  it('explains a part of the dependency tree and a P10 of the Uncertainty table, each loaded on its first press', async () => {
    const { context, page, problems, requests } = await openPage(browser, server.url);
    await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    await page.getByRole('button', { name: 'Show dependencies' }).click();
    // Microsoft's "database or queue": 1 − (1 − 99.99 %) × (1 − 99.9 %) = 99.99999 %.
    await page.getByRole('button', { name: 'Add group', exact: true }).click({ timeout: 20_000 });
    const groupName = page.getByRole('textbox', { name: 'Name of Any of 1' });
    await groupName.fill('Data store');
    await groupName.press('Enter');
    for (const [name, availability] of [
      ['Database', '99.99'],
      ['Queue', '99.9'],
    ]) {
      await page.getByRole('button', { name: 'Add dependency to Data store' }).click();
      const field = page.locator(':focus');
      await field.fill(name);
      await field.press('Enter');
      const typed = page.getByRole('textbox', { name: `Availability of ${name}`, exact: true });
      await typed.fill(availability);
      await typed.press('Tab');
    }
    const figure = page.getByRole('button', { name: 'Explain availability of Data store: 99.99999 %' });
    await figure.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Availability of Data store' });
    await dialog.waitFor({ timeout: 20_000 });
    assert.match(await dialog.textContent(), /= 1 − \(1 − 99\.99 %\) × \(1 − 99\.9 %\) = 99\.99999 %/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await focusedName(page), 'Explain availability of Data store: 99.99999 %');

    assert.equal(requests.filter((url) => /uncertainty-explain/.test(url)).length, 0);
    await page.getByRole('switch', { name: 'Simulate the ranges' }).check({ timeout: 20_000 });
    const table = page.getByRole('table', { name: 'Uncertainty' });
    const p10 = table.getByRole('button', { name: /^Annual savings of 99\.9 % against today, P10: / });
    await p10.waitFor({ timeout: 30_000 });
    const name = await p10.getAttribute('aria-label');
    await p10.focus();
    await page.keyboard.press('Enter');
    const explained = page.getByRole('dialog', { name: 'Annual savings of 99.9 % against today, P10' });
    await explained.waitFor({ timeout: 20_000 });
    const text = await explained.textContent();
    assert.match(text, /the value 10 % of the 10,000 runs with the random seed “nines” fall below/);
    assert.match(text, /float64 by design/);
    assert.ok(
      requests.some((url) => /uncertainty-explain-[\w-]+\.js$/.test(url)),
      'its chunk loaded',
    );
    await page.keyboard.press('Escape');
    await explained.waitFor({ state: 'detached' });
    assert.equal(await focusedName(page), name);
    assert.deepEqual(problems, []);
    const origin = new URL(server.url).origin;
    assert.deepEqual(
      requests.filter(
        (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
      [],
    );
    await context.close();
  });
});
