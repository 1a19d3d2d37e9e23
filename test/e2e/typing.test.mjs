// What is shown is what was typed, in the production build: each text a new user typed into the first
// release is typed key by key and pasted (one input event), and the table either uses what it means
// or keeps the figures from before the edit and says which value it uses. Never a prefix's figures.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { openPage, readTable, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

/** The cell of the row headed `label` under `column`. */
function cellOf(rows, label, column) {
  const header = rows[0];
  const row = rows.find((r) => r[0] === label);
  return row[header.indexOf(column)];
}

const summary = (page) => page.getByRole('status', { name: 'Today' }).textContent();
const warning = (page) => page.locator('.figures-warning').textContent();

async function enter(page, how, field, text) {
  const box = page.getByRole('textbox', { name: field, exact: true });
  await box.fill('');
  if (how === 'typed') await box.pressSequentially(text);
  else await box.fill(text);
}

for (const how of ['typed', 'pasted']) {
  describe(`text ${how} into the production build`, () => {
    const understood = [
      // field, text, the 99.9 % row's annual savings (against today) it must give
      ['Current availability', '99,9', 'no change'],
      ['Downtime cost per hour', '2.000.000', '$69,120,000'],
      ['Downtime cost per hour', '1.000.000', '$34,560,000'],
    ];
    for (const [field, text, savings] of understood) {
      it(`${field} “${text}” is used as it means`, async () => {
        const { context, page, problems } = await openPage(browser, server.url);
        await enter(page, how, field, text);
        assert.equal(cellOf(await readTable(page), '99.9 %', 'Annual savings'), savings);
        assert.equal(await warning(page), '');
        assert.deepEqual(problems, []);
        await context.close();
      });
    }

    const refused = [
      // field, text, the value the figures keep, in the words of the warning line
      ['Current availability', '100', '99.5%'],
      ['Current availability', '1e6', '99.5%'],
      ['Downtime cost per hour', '2,00,000', '$2,000,000 per hour'],
      ['Monthly infrastructure cost', '400.000', '$500,000 per month'],
    ];
    for (const [field, text, used] of refused) {
      it(`${field} “${text}” keeps the figures from before the edit and says so`, async () => {
        const { context, page, problems } = await openPage(browser, server.url);
        const before = await readTable(page);
        const todayBefore = await summary(page);
        await enter(page, how, field, text);
        await page
          .getByText(`Figures use ${field} ${used}, not your entry “${text}”`, { exact: false })
          .waitFor();
        assert.deepEqual(await readTable(page), before);
        assert.equal(await summary(page), todayBefore);
        assert.equal(await page.getByRole('textbox', { name: field, exact: true }).inputValue(), text);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  });
}

describe('exports made while a field holds text the figures do not use', () => {
  it('the CSV carries the pre-edit value and the warning line, never the prefix', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    const box = page.getByRole('textbox', { name: 'Current availability', exact: true });
    await box.fill('');
    await box.pressSequentially('100');
    await page
      .getByText('Figures use Current availability 99.5%, not your entry “100”', { exact: false })
      .waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV', exact: true }).click(),
    ]);
    const text = (await readFile(await file.path(), 'utf8')).slice(1);
    const assumptions = Papa.parse(text.split('\r\n\r\n')[1], { skipEmptyLines: true }).data;
    const value = (name) => assumptions.find((row) => row[0] === name)?.[1];
    assert.equal(value('Current availability (%)'), '99.5');
    assert.match(value('Warning'), /^Figures use Current availability 99\.5%, not your entry “100”/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
