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

/** Exports the CSV and reads back its table (by scenario and header) and its assumptions (by name). */
async function exportCsv(page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV', exact: true }).click(),
  ]);
  const [table, assumptions] = (await readFile(await file.path(), 'utf8'))
    .slice(1)
    .split('\r\n\r\n')
    .map((section) => Papa.parse(section, { skipEmptyLines: true }).data);
  return {
    cell: (scenario, header) => table.find((row) => row[0] === scenario)?.[table[0].indexOf(header)],
    value: (name) => assumptions.find((row) => row[0] === name)?.[1],
  };
}

/** Exports the samples CSV and reads back its blocks (the warning's name,value block, when it has one, then the runs). */
async function exportSamples(page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export samples (CSV)', exact: true }).click(),
  ]);
  return (await readFile(await file.path(), 'utf8'))
    .slice(1)
    .split('\r\n\r\n')
    .map((section) => Papa.parse(section, { skipEmptyLines: true }).data);
}

describe('exports made while a field holds text the figures do not use', () => {
  it('the CSV carries what each text means, or the pre-edit value and the page’s warning, never a prefix', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    const availability = 'Current availability (%)';
    const cost = 'Downtime cost per hour';
    const quote = 'Your own quote for 99.9 %';
    // Waits for the page to say which value its figures use (the line is empty while every field is fine).
    const warned = async (field, used, text) => {
      const start = `Figures use ${field} ${used}, not your entry “${text}”`;
      await page.getByText(start, { exact: false }).waitFor();
      const line = await warning(page);
      assert.ok(line.startsWith(start), line);
      return line;
    };
    const fine = () => page.locator('.figures-warning:empty').waitFor({ state: 'attached' });

    const before = await exportCsv(page);
    assert.equal(before.value(availability), '99.5');
    assert.equal(before.value('Warning'), undefined);

    // Refused texts: the figures keep 99.5 %, never the prefix's 10 % or 1 %, and the file says so.
    for (const text of ['100', '1e6']) {
      await enter(page, 'typed', 'Current availability', text);
      const line = await warned('Current availability', '99.5%', text);
      const csv = await exportCsv(page);
      assert.equal(csv.value(availability), '99.5');
      assert.equal(csv.value('Warning'), line);
    }

    // The chart's SVG says it in bold lines under its title (a line breaks at spaces only).
    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG', exact: true }).click(),
    ]);
    const svg = await readFile(await svgFile.path(), 'utf8');
    const bold = [...svg.matchAll(/<text [^>]*font-size="12" font-weight="700"[^>]*>([^<]*)<\/text>/g)];
    assert.equal(
      bold
        .map((m) => m[1])
        .join(' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
      await warning(page),
    );

    // The report (Export PNG and Print lay the comparison out the same way) shows the line too.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const reported = page.locator('#comparison.report .figures-warning');
    await reported.waitFor();
    assert.match(
      await reported.textContent(),
      /^Figures use Current availability 99\.5%, not your entry “1e6”/,
    );
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

    // Texts understood as meant: used whole (99.9 %, not the prefix's 99 %), and no warning.
    await enter(page, 'typed', 'Current availability', '99,9');
    await fine();
    let csv = await exportCsv(page);
    assert.equal(csv.value(availability), '99.9');
    assert.equal(csv.value('Warning'), undefined);
    for (const [text, amount] of [
      ['1.000.000', 1_000_000],
      ['2.000.000', 2_000_000],
    ]) {
      await enter(page, 'typed', cost, text);
      await fine();
      csv = await exportCsv(page);
      // Never $1 or $2 an hour, the figure of the text before its first dot.
      assert.equal(Number(csv.value(cost)), amount);
      assert.equal(csv.value('Warning'), undefined);
    }

    // An ambiguous amount is asked about; until then the investment stays the rule's estimate, not $400.
    const investment = csv.cell('99.9 %', 'Investment (USD)');
    await enter(page, 'typed', quote, '400.000');
    const line = await warned(quote, 'the rule’s estimate', '400.000');
    csv = await exportCsv(page);
    assert.equal(csv.cell('99.9 %', 'Investment (USD)'), investment);
    assert.notEqual(Number(investment), 400);
    assert.equal(csv.cell('99.9 %', 'Investment source'), 'rule of thumb (estimate)');
    assert.equal(csv.value('Warning'), line);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('Export samples (CSV) starts with the same Warning row as Export CSV, and has none while every field is fine', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    // Generous: the CI machine's two cores are shared with other work.
    const wait = { timeout: 60_000 };
    await page.getByRole('switch', { name: 'Simulate the ranges' }).check(wait);
    await page
      .getByRole('status')
      .filter({ hasText: /runs with the random seed/ })
      .waitFor(wait);
    const [fine] = await exportSamples(page);
    assert.equal(fine[0][0], 'Run');

    await enter(page, 'typed', 'Current availability', '1e6');
    await page
      .getByText('Figures use Current availability 99.5%, not your entry “1e6”', { exact: false })
      .waitFor();
    const line = await warning(page);
    const [head, runs, ...rest] = await exportSamples(page);
    assert.deepEqual(head, [
      ['name', 'value'],
      ['Warning', line],
    ]);
    assert.equal((await exportCsv(page)).value('Warning'), line);
    // The same runs, of the value the figures use.
    assert.deepEqual(runs, fine);
    assert.deepEqual(rest, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
