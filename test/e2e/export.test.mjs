import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { openPage, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Width, height and number of distinct colours (sampled) of a PNG, decoded by the browser itself. */
async function inspectPng(page, bytes) {
  return page.evaluate(async (base64) => {
    // Decoded from base64 here: the page's CSP (rightly) forbids fetching a data: URL.
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return { width: bitmap.width, height: bitmap.height, colours: colours.size };
  }, bytes.toString('base64'));
}

describe('exports from the production build', () => {
  for (const colorScheme of ['light', 'dark']) {
    it(`Export PNG gives a real 2× image of the comparison (${colorScheme})`, async () => {
      const { context, page, problems } = await openPage(browser, server.url, { colorScheme });
      await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
      // The charts and the footer load lazily: measured and captured before they arrive, the image
      // and the layout measured after it would differ (a race seen on a busy machine).
      for (const kind of ['cost', 'break-even', 'total-cost'])
        await page.locator(`[data-chart="${kind}"] .recharts-wrapper > svg`).waitFor();
      await page.getByRole('heading', { name: 'Assumptions', level: 2 }).waitFor();
      const { name, bytes } = await download(page, 'Export PNG');
      assert.match(name, /^nines-worked-example-\d{4}-\d{2}-\d{2}\.png$/);
      assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const png = await inspectPng(page, bytes);
      // 2× density of the report, which is 1,000 CSS px wide whatever the window (report.test.mjs
      // checks its layout): a page taller than wide, of whole CSS pixels.
      assert.equal(png.width, 2000);
      assert.equal(png.height % 2, 0);
      assert.ok(png.height > png.width, `${png.width} × ${png.height}`);
      assert.ok(png.colours > 8, `only ${png.colours} colours: blank?`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('Export CSV parses and carries the figures and the assumptions', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    const { name, bytes } = await download(page, 'Export CSV');
    assert.match(name, /^nines-worked-example-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const [table, assumptions] = bytes.toString('utf8').slice(1).split('\r\n\r\n');
    const rows = Papa.parse(table, { skipEmptyLines: true }).data;
    assert.equal(rows.length, 4);
    assert.equal(rows[2][rows[0].indexOf('Investment (USD)')], '12000000.00');
    const map = new Map(Papa.parse(assumptions, { skipEmptyLines: true }).data);
    assert.equal(map.get('Downtime cost per hour'), '2000000.00');
    assert.ok(map.get('Share link').startsWith(server.url));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('Copy as Markdown and Copy embed code put text on the clipboard', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByText('Markdown table copied').waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    // The title, the Answer's paragraph, then the table.
    assert.match(
      markdown,
      /^## Worked example, \d{4}-\d{2}-\d{2}\n\nGo to 99\.9 %: .*\n\n\| Scenario \| Availability \|/,
    );
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await page.getByText('Embed code copied').waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('Copy table puts a real table (HTML) and its Markdown on the clipboard', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.getByRole('button', { name: 'Copy table' }).click();
    await page.getByText('Table copied').waitFor();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const html = await (await item.getType('text/html')).text();
      const table = new DOMParser().parseFromString(html, 'text/html').querySelector('table');
      return {
        types: [...item.types].sort(),
        rows: [...table.rows].map((r) => [...r.cells].map((c) => c.textContent)),
        text: await (await item.getType('text/plain')).text(),
      };
    });
    assert.deepEqual(copied.types, ['text/html', 'text/plain']);
    const markdownRows = copied.text
      .trim()
      .split('\n')
      .filter((line, i) => i !== 1)
      .map((line) => line.slice(2, -2).split(' | '));
    assert.deepEqual(copied.rows, markdownRows);
    assert.equal(copied.rows[0][0], 'Scenario');
    assert.equal(copied.rows.length, 4);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the embed URL shows the table and no sliders, and "Open in Nines" opens the full calculator', async () => {
    const { context, page, problems } = await openPage(browser, `${server.url}?embed=1`);
    await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    assert.equal(await page.getByRole('slider').count(), 0);
    assert.equal(await page.getByRole('textbox').count(), 0);
    const href = await page.getByRole('link', { name: 'Open in Nines' }).getAttribute('href');
    assert.ok(!href.includes('embed'));
    assert.deepEqual(problems, []);
    await context.close();
  });
});
