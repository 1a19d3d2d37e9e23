import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

/** The files index.html loads itself (the first chunk and the style sheet): everything else is lazy. */
async function firstFiles() {
  const html = await readFile('dist/index.html', 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]);
}

const RELOAD = 'part of the page could not be downloaded (are you offline?). Reload the page to try again.';

describe('the production build when its lazy chunks cannot be downloaded', () => {
  it('says so in place of each lazy part; the figures stay on screen', async () => {
    const { context, page, problems } = await openPage(browser, null);
    const first = await firstFiles();
    assert.ok(first.some((file) => file.endsWith('.js')) && first.some((file) => file.endsWith('.css')));
    // As when the network drops after the first page load, or a deploy removed the old chunks.
    const blocked = [];
    await page.route(/\/assets\//, (route) => {
      const path = new URL(route.request().url()).pathname.slice(1);
      if (first.includes(path)) return route.continue();
      blocked.push(path);
      return route.abort('internetdisconnected');
    });
    await page.goto(server.url);

    const alerts = page.getByRole('alert');
    await assert.doesNotReject(() => alerts.nth(6).waitFor());
    assert.deepEqual(await alerts.allTextContents(), [
      `Copy share link and Reset are unavailable: ${RELOAD}`,
      // The inputs load right after the first paint (the first results' byte budget): offline, they
      // say so, and the figures already on screen stay.
      `The inputs could not be shown: ${RELOAD}`,
      `The scenario list could not be shown: ${RELOAD}`,
      `The simulation could not be shown: ${RELOAD}`,
      `Exports are unavailable: ${RELOAD}`,
      `The answer could not be shown: ${RELOAD}`,
      `The charts could not be shown: ${RELOAD}`,
      `The assumptions could not be shown: ${RELOAD}`,
    ]);
    assert.ok(
      blocked.some((path) => path.includes('charts-panel')),
      `blocked ${blocked.join(', ')}`,
    );

    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '99.9 %' }) });
    await assert.doesNotReject(() =>
      // Each figure is a button named after it (its explanation is what failed to load here).
      row.getByRole('button', { name: 'Annual savings at 99.9 %: $69,120,000', exact: true }).waitFor(),
    );
    // Caught, so nothing escapes as an uncaught error (the console does report the failed loads).
    assert.deepEqual(
      problems.filter((problem) => problem.startsWith('page error')),
      [],
    );
    await context.close();
  });
});
