import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, readTable, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

describe('the production build in Chromium', () => {
  it('shows the worked example and recomputes when the user types, with no console error', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.getByLabel('Preset').selectOption({ label: 'Worked example (e-commerce, $2M an hour)' });
    const rows = await readTable(page);
    const header = rows[0];
    const row999 = rows.find((r) => r[0] === '99.9 %');
    assert.equal(row999[header.indexOf('Annual savings')], '$69,120,000');
    assert.equal(row999[header.indexOf('Payback')], '0.17 years (2.1 months)');

    await page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true }).fill('1,000,000');
    const after = await readTable(page);
    assert.equal(after.find((r) => r[0] === '99.9 %')[header.indexOf('Annual savings')], '$34,560,000');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
