// The whole journey of a user, in one browser, against the production build served with the strict
// Content-Security-Policy: any console error, page error, CSP violation or request to another origin fails it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { openPage, readTable, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

function cell(rows, rowLabel, column) {
  const index = rows[0].findIndex((h) => h === column || h.startsWith(column));
  const row = rows.find((r) => r[0] === rowLabel);
  assert.ok(row, `no row ${rowLabel} in ${rows.map((r) => r[0]).join(', ')}`);
  return row[index];
}

async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

describe('a user journey through the production build', () => {
  it('preset → slider and typing → scenarios → every export → share link → embed → reload → bad input', async () => {
    const { context, page, problems, requests } = await openPage(browser, server.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page.on('download', () => {});

    // Pick a preset: the midpoint of the seed's e-commerce range, $3,000,000 an hour.
    await page.getByLabel('Preset').selectOption({ label: 'E-commerce' });
    assert.equal(
      await page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true }).inputValue(),
      '3,000,000',
    );

    // The slider keeps a typed figure: from $300,000 one step up is the next stop, $320,000, and one
    // step back is $300,000 again (the stops are derived in slider-scales.test.ts).
    const cost = page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true });
    await cost.fill('300,000');
    await page.getByRole('slider', { name: 'Downtime cost per hour', exact: true }).press('ArrowRight');
    assert.equal(await cost.inputValue(), '320,000');
    await page.getByRole('slider', { name: 'Downtime cost per hour', exact: true }).press('ArrowLeft');
    assert.equal(await cost.inputValue(), '300,000');

    // Type a cost, then move the availability slider one stop with the keyboard (99.5 % → 99.8 %).
    await cost.fill('2M');
    await page.getByRole('slider', { name: 'Current availability', exact: true }).press('ArrowRight');
    assert.equal(
      await page.getByRole('textbox', { name: 'Current availability', exact: true }).inputValue(),
      '99.8',
    );
    let rows = await readTable(page);
    // Industry presets count 365-day years: (0.002 − 0.001) × 8,760 h × $2,000,000 = $17,520,000 a year.
    assert.equal(cell(rows, '99.9 %', 'Annual savings'), '$17,520,000');
    await page.getByRole('slider', { name: 'Current availability', exact: true }).press('ArrowLeft');
    rows = await readTable(page);
    // (0.005 − 0.001) × 8,760 h × $2,000,000.
    assert.equal(cell(rows, '99.9 %', 'Annual savings'), '$70,080,000');

    // Add a scenario, read it, remove it.
    await page.getByRole('button', { name: 'Add scenario' }).click();
    rows = await readTable(page);
    assert.equal(cell(rows, '99.999 %', 'Investment'), '$1,497,000,000 (estimate)');
    await page.getByRole('button', { name: 'Remove 99.999 %', exact: true }).click();
    rows = await readTable(page);
    assert.equal(rows.length, 4);
    // The last scenario went: focus is on "Add scenario", the control after it, not on the page body.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Add scenario');

    // Every export.
    const png = await download(page, 'Export PNG');
    assert.match(png.name, /^nines-e-commerce-\d{4}-\d{2}-\d{2}\.png$/);
    assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
    const csv = await download(page, 'Export CSV');
    const table = Papa.parse(csv.bytes.toString('utf8').slice(1).split('\r\n\r\n')[0], {
      skipEmptyLines: true,
    }).data;
    assert.equal(table[2][table[0].indexOf('Annual savings (USD a year)')], '70080000.00');
    for (const chart of [
      'Cost and investment by scenario',
      'Break-even over time',
      'Total cost of reliability',
    ]) {
      await page.getByLabel('Chart to export').selectOption({ label: chart });
      // Parsed in a blank page, as a file opened on its own: the app's CSP (rightly) refuses the
      // chart's style attributes inside a document parsed in the app's page.
      const svg = await download(page, 'Export SVG');
      assert.match(svg.name, /\.svg$/);
      const viewer = await context.newPage();
      const ok = await viewer.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return !doc.querySelector('parsererror') && doc.documentElement.localName === 'svg';
      }, svg.bytes.toString('utf8'));
      await viewer.close();
      assert.ok(ok, `${chart}: SVG does not parse`);
    }
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByText('Markdown table copied').waitFor();
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /\| \$70,080,000 \|/);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await page.getByText('Embed code copied').waitFor();

    // Share link, opened in a fresh context, shows the same table.
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await page.getByText('Link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(link.startsWith(server.url) && link.includes('#'), link);
    const fresh = await openPage(browser, link);
    await fresh.page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    assert.deepEqual(await readTable(fresh.page), await readTable(page));
    assert.deepEqual(fresh.problems, []);

    // The embed view of the same link: the table, no sliders; "Open in Nines" restores the scenario.
    const embedUrl = link.replace('#', `${link.includes('?') ? '&' : '?'}embed=1#`);
    await fresh.page.goto(embedUrl);
    await fresh.page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    assert.equal(await fresh.page.getByRole('slider').count(), 0);
    assert.deepEqual(await readTable(fresh.page), await readTable(page));
    const openHref = await fresh.page.getByRole('link', { name: 'Open in Nines' }).getAttribute('href');
    await fresh.page.goto(openHref);
    await fresh.page.getByRole('slider', { name: 'Current availability', exact: true }).waitFor();
    assert.deepEqual(await readTable(fresh.page), await readTable(page));
    await fresh.context.close();

    // Reload keeps the session.
    const before = await readTable(page);
    await page.reload();
    await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    assert.deepEqual(await readTable(page), before);
    assert.equal(await page.getByLabel('Preset').inputValue(), 'ecommerce');

    // A bad input shows its message and keeps the last results.
    await page.getByRole('textbox', { name: 'Monthly infrastructure cost', exact: true }).fill('lots');
    await page
      .getByRole('alert')
      .getByText('Nines cannot read “lots” as a number.', { exact: false })
      .waitFor();
    assert.deepEqual(await readTable(page), before);
    await page.getByText('Figures use Monthly infrastructure cost', { exact: false }).waitFor();

    assert.deepEqual(problems, []);
    const foreign = requests.filter(
      (url) => !url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:'),
    );
    assert.deepEqual(foreign, [], 'requests beyond the app’s own files');
    await context.close();
  });
});
