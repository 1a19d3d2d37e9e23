import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertSameFigures,
  columnsOf,
  openPage,
  readTable,
  startBuildInBrowser,
  stopBuildInBrowser,
  withoutColumns,
} from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

/**
 * Opens `url` in a fresh context, counting CSP violations as problems: the build must run under the
 * README's CSP (no 'unsafe-eval'), which a validator that tries `new Function` would trip.
 */
async function open(url, { clipboard = false, blockStorage = false, holdWorker = false } = {}) {
  const opened = await openPage(browser, null);
  if (holdWorker) {
    // The simulation's worker script is served only once `releaseWorker()` is called.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    opened.releaseWorker = release;
    await opened.page.route(/simulation\.worker-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
  }
  if (clipboard) {
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(url).origin,
    });
  }
  await opened.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective}`),
    );
  });
  if (blockStorage) {
    // As with cookies blocked: merely reading window.localStorage throws.
    await opened.page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  }
  await opened.page.goto(url);
  return opened;
}

const href = (page) => page.evaluate(() => location.href);

/** Waits for the address bar to move away from `previous` and then settle (the sync is debounced). */
async function settledUrl(page, previous) {
  await page.waitForFunction((prev) => location.href !== prev, previous);
  let current = await href(page);
  for (;;) {
    await page.waitForTimeout(400);
    const next = await href(page);
    if (next === current) return current;
    current = next;
  }
}

const savedSession = (page) => page.evaluate(() => localStorage.getItem('nines:session'));

/** A frozen fixture of an earlier release (src/state/fixtures), as it was written. */
const fixture = (name) =>
  readFileSync(new URL(`../../src/state/fixtures/${name}`, import.meta.url), 'utf8').replace(/\n$/, '');
const FIXTURE_TABLES = JSON.parse(fixture('tables.json'));
const REWORDED = JSON.parse(fixture('reworded.json')).rules;

/** The format version of the share link in the page's address bar. */
const linkVersion = (page) =>
  page.evaluate(() => {
    const payload = location.hash.replace(/^#s=/, '').replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload + '='.repeat((4 - (payload.length % 4)) % 4))).v;
  });

describe('share links and the saved session in Chromium', () => {
  it('the address bar follows the inputs; that URL opens the same table in a fresh browser', async () => {
    const first = await open(`${server.url}?team=sre`);
    await first.page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    // A first visit writes its session once the first chart is on the page (the codec loads then).
    await first.page.locator('[data-chart] .recharts-wrapper > svg').first().waitFor();
    await first.page.waitForFunction(() => location.hash.startsWith('#s='));
    const before = await href(first.page);
    assert.match(before, /\?team=sre#s=[A-Za-z0-9_-]+$/);

    await first.page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true }).fill('1,250,000');
    await first.page
      .getByRole('group', { name: 'Scenario 3' })
      .getByLabel('Label')
      .fill('Four nines <b>!</b>');
    // Both edits must have reached the address bar (it is rewritten 300 ms after changes settle, and
    // on a slow machine the two edits can land in two rewrites).
    await first.page.waitForFunction(() => {
      try {
        const payload = location.hash.replace(/^#s=/, '').replace(/-/g, '+').replace(/_/g, '/');
        const json = new TextDecoder().decode(
          Uint8Array.from(atob(payload + '='.repeat((4 - (payload.length % 4)) % 4)), (c) => c.charCodeAt(0)),
        );
        return json.includes('Four nines <b>!</b>') && json.includes('1250000');
      } catch {
        return false;
      }
    });
    const shared = await settledUrl(first.page, before);
    assert.match(shared, /\?team=sre#s=/);
    const table = await readTable(first.page);
    assert.ok(table.some((row) => row[0] === 'Four nines <b>!</b>'));

    const second = await open(shared);
    assert.deepEqual(await readTable(second.page), table);
    assert.equal(
      await second.page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true }).inputValue(),
      '1,250,000',
    );
    assert.deepEqual([...first.problems, ...second.problems], []);
    await first.context.close();
    await second.context.close();
  });

  it('reload keeps the session; a tampered link shows a notice and leaves the saved session alone', async () => {
    const { context, page, problems } = await open(server.url);
    const start = await href(page);
    await page.getByRole('textbox', { name: 'Monthly infrastructure cost', exact: true }).fill('250,000');
    const url = await settledUrl(page, start);
    const table = await readTable(page);

    // Without the hash: only the saved session can bring the figures back.
    await page.goto(server.url);
    assert.deepEqual(await readTable(page), table);
    assert.equal(
      await page.getByRole('textbox', { name: 'Monthly infrastructure cost', exact: true }).inputValue(),
      '250,000',
    );

    const saved = await savedSession(page);
    const tampered = url.slice(0, url.indexOf('#s=') + 3) + 'eyJ2IjoxLCJpIjp7ImQiOi0wfX0' + url.slice(-10);
    await page.goto(tampered);
    await page.reload(); // a hash-only navigation does not reload; the test wants a fresh load
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(
      await alert.textContent(),
      /^This share link could not be opened: .+\. Showing your saved session\.$/,
    );
    assert.deepEqual(await readTable(page), table);
    assert.equal(await savedSession(page), saved);

    await page.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a tampered link in a fresh browser shows the notice over the defaults', async () => {
    const { context, page, problems } = await open(`${server.url}#s=eyJ2Ijo5fQ`);
    assert.equal(
      await page.getByRole('alert').textContent(),
      'This share link could not be opened: it was made by a newer version of Nines. Showing the defaults.',
    );
    const rows = await readTable(page);
    assert.equal(rows.find((r) => r[0] === '99.9 %')[rows[0].indexOf('Annual savings')], '$69,120,000');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const slug of ['worked-example', 'custom', 'jpy-compact']) {
    it(`a version 1 link (${slug}) opens with the table its release showed, and stays as it came until a change`, async () => {
      const url = `${server.url}?team=sre#s=${fixture(`v1-link-${slug}.txt`)}`;
      const { context, page, problems } = await open(url);
      await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
      const was = FIXTURE_TABLES[`v1-link-${slug}.txt`];
      // The columns a decision needs, as the page opens: the same figures as that release's columns.
      const shown = await readTable(page);
      assertSameFigures(shown, columnsOf(was, shown[0]), REWORDED);
      assert.equal(await page.getByRole('alert').count(), 0);

      // Well past the address bar's 300 ms debounce: merely opening the link does not rewrite it.
      await page.waitForTimeout(1000);
      assert.equal(await href(page), url);
      assert.equal(await linkVersion(page), 1);

      // Every column, as that release showed them (a change: the link may now be rewritten).
      await page.getByRole('button', { name: 'Show all columns' }).click();
      assertSameFigures(withoutColumns(await readTable(page)), was, REWORDED);

      await page.getByRole('checkbox', { name: 'Compact amounts' }).click();
      const rewritten = await settledUrl(page, url);
      assert.match(rewritten, /\?team=sre#s=[A-Za-z0-9_-]+$/);
      // Written in the newest format, version 3 (src/state/session-versions.ts).
      assert.equal(await linkVersion(page), 3);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  for (const slug of ['worked-example', 'custom', 'jpy-compact']) {
    it(`a version 3 link (${slug}) opens with the table its release showed`, async () => {
      // The custom case has the simulation on: once its run of these inputs ends, its P10 / P90 take the
      // place of the columns at the low / high cost (issue 14). The release's table is of the exact
      // figures, so the worker is held until the table is read, then let run.
      const { context, page, problems, releaseWorker } = await open(
        `${server.url}#s=${fixture(`v3-link-${slug}.txt`)}`,
        { holdWorker: true },
      );
      await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
      const toggle = page.getByRole('button', { name: 'Show all columns' });
      if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
      assertSameFigures(
        withoutColumns(await readTable(page)),
        FIXTURE_TABLES[`v3-link-${slug}.txt`],
        REWORDED,
      );
      releaseWorker();
      if (slug === 'custom')
        await page
          .getByRole('columnheader', { name: 'Annual savings, P10 / P90 of 2,000 runs' })
          .waitFor({ timeout: 60_000 });
      assert.equal(await page.getByRole('alert').count(), 0);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('changing a field 20 times adds no history entries', async () => {
    const { context, page, problems } = await open(server.url);
    const field = page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true });
    await field.waitFor();
    const start = await href(page);
    const historyLength = await page.evaluate(() => history.length);
    for (let n = 1; n <= 20; n += 1) {
      await field.fill(String(1_000_000 + n * 1_000));
      // Now and then long enough for the debounced rewrite to happen between changes.
      await page.waitForTimeout(n % 5 === 0 ? 400 : 20);
    }
    const url = await settledUrl(page, start);
    assert.notEqual(url, start);
    assert.equal(await page.evaluate(() => history.length), historyLength);

    const reopened = await open(url);
    assert.equal(
      await reopened.page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true }).inputValue(),
      '1,020,000',
    );
    assert.deepEqual([...problems, ...reopened.problems], []);
    await context.close();
    await reopened.context.close();
  });

  it('Copy share link puts a link on the clipboard that reopens the same table', async () => {
    const first = await open(server.url, { clipboard: true });
    await first.page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true }).fill('3,000,000');
    await first.page.getByRole('button', { name: 'Copy share link' }).click();
    await first.page.getByText('Link copied').waitFor();
    const link = await first.page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /#s=[A-Za-z0-9_-]+$/);

    const second = await open(link);
    assert.deepEqual(await readTable(second.page), await readTable(first.page));
    assert.deepEqual([...first.problems, ...second.problems], []);
    await first.context.close();
    await second.context.close();
  });

  it('with localStorage blocked, the page works and says once that the session will not be kept', async () => {
    const { context, page, problems } = await open(server.url, { blockStorage: true });
    const field = page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true });
    for (const value of ['1,000,000', '1,500,000', '3,000,000']) await field.fill(value);
    await page.getByRole('button', { name: 'Add scenario' }).click();
    const alerts = await page.getByRole('alert').allTextContents();
    assert.deepEqual(alerts, [
      "Your session can't be saved in this browser; it will be lost when you close the tab.",
    ]);
    const rows = await readTable(page);
    assert.equal(rows.find((r) => r[0] === '99.9 %')[rows[0].indexOf('Annual savings')], '$103,680,000');
    assert.equal(rows.length, 5);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
