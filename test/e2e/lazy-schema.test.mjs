// The session schema (and zod) is a chunk of its own, fetched only when there is a share link or a
// saved session to check: a first visit never downloads it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { openPage, readTable, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

const SCHEMA_CHUNK = /\/assets\/session-schema-[\w-]+\.js$/;
/** A class name zod registers at run time, so it survives minification: where it is, zod is. */
const ZOD_MARKER = '$ZodString';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

/** Waits until the page has rendered its results and charts and fetched all it is going to. */
async function settled(page) {
  await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
  await page.locator('[data-chart] svg').first().waitFor();
  await page.waitForLoadState('networkidle');
}

const schemaRequests = (requests) => requests.filter((url) => SCHEMA_CHUNK.test(new URL(url).pathname));

/** Waits for the address bar to move away from `previous` and then settle (the sync is debounced). */
async function settledUrl(page, previous) {
  await page.waitForFunction((prev) => location.href !== prev, previous);
  let current = page.url();
  for (;;) {
    await page.waitForTimeout(400);
    if (page.url() === current) return current;
    current = page.url();
  }
}

/** Changes the inputs on `page` and returns the share link of the result, once the address bar has it. */
async function makeShareLink(page) {
  const before = page.url();
  await page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true }).fill('1,250,000');
  await page.getByRole('group', { name: 'Scenario 3' }).getByLabel('Label').fill('Four nines, shared');
  return settledUrl(page, before);
}

/** Records, before any app script runs, the comparison table as first rendered (rows of cell texts). */
function recordFirstTable() {
  window.__firstTable = null;
  new MutationObserver((_, observer) => {
    const table = document.querySelector('table[aria-label="Scenario comparison"]');
    if (!table || !table.querySelector('tbody tr')) return;
    window.__firstTable = [...table.querySelectorAll('tr')].map((row) =>
      [...row.children].map((c) => c.textContent.trim()),
    );
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

describe('loading the session schema lazily', () => {
  it('the build has one schema chunk, and zod is in it and in no other chunk', () => {
    const scripts = readdirSync('dist/assets').filter((name) => name.endsWith('.js'));
    const schema = scripts.filter((name) => SCHEMA_CHUNK.test(`/assets/${name}`));
    assert.equal(schema.length, 1, `schema chunks: ${schema.join(', ')}`);
    const withZod = scripts.filter((name) =>
      readFileSync(`dist/assets/${name}`, 'utf8').includes(ZOD_MARKER),
    );
    assert.deepEqual(withZod, schema);
  });

  it('a first visit (no link, nothing saved) never downloads it, even after the user edits', async () => {
    const { context, page, problems, requests } = await openPage(browser, server.url);
    await settled(page);
    await page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true }).fill('1,000,000');
    await page.getByRole('button', { name: 'Add scenario' }).click();
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    assert.ok(
      requests.some((url) => /\/assets\/index-[\w-]+\.js$/.test(url)),
      'the entry chunk loaded',
    );
    assert.deepEqual(schemaRequests(requests), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a share link in a fresh browser downloads it and shows the shared table', async () => {
    const author = await openPage(browser, server.url);
    await settled(author.page);
    const link = await makeShareLink(author.page);
    const table = await readTable(author.page);
    assert.ok(table.some((row) => row[0] === 'Four nines, shared'));

    const reader = await openPage(browser, link);
    await settled(reader.page);
    assert.equal(schemaRequests(reader.requests).length, 1);
    assert.deepEqual(await readTable(reader.page), table);
    assert.deepEqual([...author.problems, ...reader.problems], []);
    await author.context.close();
    await reader.context.close();
  });

  it('a saved session downloads it, and the first results shown are the saved ones', async () => {
    const { context, page, problems, requests } = await openPage(browser, server.url);
    await settled(page);
    await page.getByRole('textbox', { name: 'Monthly infrastructure cost', exact: true }).fill('250,000');
    await page.waitForFunction(() => localStorage.getItem('nines:session')?.includes('250000'));
    const table = await readTable(page);
    assert.deepEqual(schemaRequests(requests), []);

    // No hash: only the saved session can bring the figures back.
    await page.addInitScript(recordFirstTable);
    await page.goto(server.url);
    await page.waitForFunction(() => window.__firstTable !== null);
    assert.deepEqual(await page.evaluate(() => window.__firstTable), table);
    assert.equal(schemaRequests(requests).length, 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a link pasted into an open page downloads it, then opens the link', async () => {
    const author = await openPage(browser, server.url);
    await settled(author.page);
    const link = await makeShareLink(author.page);
    const table = await readTable(author.page);

    const { context, page, problems, requests } = await openPage(browser, server.url);
    await settled(page);
    assert.deepEqual(schemaRequests(requests), []);
    await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
    await page.getByRole('rowheader', { name: 'Four nines, shared' }).waitFor();
    assert.deepEqual(await readTable(page), table);
    assert.equal(schemaRequests(requests).length, 1);
    assert.deepEqual([...author.problems, ...problems], []);
    await author.context.close();
    await context.close();
  });
});
