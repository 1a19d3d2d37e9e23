import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { CONTENT_SECURITY_POLICY, openPage, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

/**
 * Opens a page that reports every Content-Security-Policy violation, in the page and in any frame,
 * across navigations (an exposed function outlives the document, unlike a variable in the page).
 */
async function openWatchedPage() {
  const opened = await openPage(browser, null);
  const violations = [];
  await opened.page.exposeFunction('reportCspViolation', (violation) => violations.push(violation));
  await opened.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  // Every request of the context, popups and downloads included, not only the page's.
  const requests = [];
  opened.context.on('request', (request) => requests.push(request.url()));
  return { ...opened, violations, requests };
}

/** Whether a request stays on the machine: the app's own origin, or data made in the page. */
const isOwn = (url) => url.startsWith(new URL(server.url).origin + '/') || /^(blob|data):/.test(url);

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file.suggestedFilename();
}

describe('privacy and the Content-Security-Policy', () => {
  it('serves the policy the README documents, with no unsafe source', async () => {
    const readme = await readFile('README.md', 'utf8');
    assert.ok(readme.includes(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`), 'README, "Hosting"');
    const response = await fetch(server.url);
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-|\*\.|https?:/);
  });

  it('a whole journey makes no request off the machine and breaks no rule of the policy', async () => {
    const { context, page, problems, violations, requests } = await openWatchedPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(server.url);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    // Preset, typing, a slider moved by keyboard.
    await page.getByLabel('Preset').selectOption({ label: 'Financial Services' });
    await page.getByLabel('Preset').selectOption({ label: 'Worked example (e-commerce, $2M an hour)' });
    await page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true }).fill('1,500,000');
    const availability = page.getByRole('textbox', { name: 'Current availability', exact: true });
    const before = await availability.inputValue();
    await page.getByRole('slider', { name: 'Current availability', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    assert.notEqual(await availability.inputValue(), before, 'the slider moved by keyboard');

    // Add a scenario, then remove it.
    await page.getByRole('button', { name: 'Add scenario' }).click();
    await page.getByRole('group', { name: 'Scenario 4' }).waitFor();
    await page.getByRole('button', { name: 'Remove 99.999 %', exact: true }).click();
    assert.equal(await page.getByRole('group', { name: 'Scenario 4' }).count(), 0);

    // Every export, once the charts are drawn; a chart's tooltip on the way (recharts styles it inline).
    for (const kind of ['cost', 'break-even', 'total-cost'])
      await page.locator(`[data-chart="${kind}"] .recharts-wrapper > svg`).waitFor();
    await page.locator('[data-chart="break-even"] .recharts-wrapper > svg').hover();
    await page.locator('[data-chart="break-even"] .recharts-tooltip-wrapper').getByText('99.9 %').waitFor();
    const files = [];
    files.push(await download(page, () => page.getByRole('button', { name: 'Export PNG' }).click()));
    files.push(await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click()));
    const charts = await page.getByLabel('Chart to export').locator('option').allTextContents();
    assert.equal(charts.length, 3);
    for (const chart of charts) {
      await page.getByLabel('Chart to export').selectOption({ label: chart });
      files.push(await download(page, () => page.getByRole('button', { name: 'Export SVG' }).click()));
    }
    assert.equal(files.filter((name) => name.endsWith('.png')).length, 1);
    assert.equal(files.filter((name) => name.endsWith('.csv')).length, 1);
    assert.equal(files.filter((name) => name.endsWith('.svg')).length, 3);

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByText('Markdown table copied').waitFor();
    // The title, the Answer's paragraph, then the table.
    assert.match(await clipboard(), /^## Worked example, \d{4}-\d{2}-\d{2}\n\nGo to .*\n\n\| Scenario \|/);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await page.getByText('Embed code copied').waitFor();
    const embedSrc = /<iframe src="([^"]+)"/.exec(await clipboard())?.[1].replaceAll('&amp;', '&');
    assert.ok(embedSrc?.includes('embed=1'), 'the embed code names the embed view');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await page.getByText('Link copied').waitFor();
    assert.match(await clipboard(), /#s=[A-Za-z0-9_-]+$/);

    // The embed view, from the copied embed code.
    await page.goto(embedSrc);
    await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    // The embed view is the compact report: its one chart, and no footnote.
    await page.locator('[data-chart="cost"] .recharts-wrapper > svg').waitFor();
    await page.locator('#comparison.report-embed').waitFor();

    assert.deepEqual(violations, []);
    assert.deepEqual(
      requests.filter((url) => !isOwn(url)),
      [],
    );
    // The journey did load the lazy chunks (so the list above is not empty by accident).
    assert.ok(requests.some((url) => /\/assets\/charts-panel-[\w-]+\.js$/.test(url)));
    assert.ok(requests.some((url) => /\/assets\/png-export-[\w-]+\.js$/.test(url)));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the embed view works in an <iframe> on another site (frame-ancestors)', async (t) => {
    const { context, page, problems, violations, requests } = await openWatchedPage();
    // A page of another site (another origin: another port) embedding Nines as "Copy embed code"
    // suggests. Served for real, on loopback: Chromium refuses to let a public page (or one made up
    // by page.route) frame a local server.
    const wiki = createServer((request, response) => {
      response.setHeader('Content-Type', 'text/html');
      response.end(
        `<!doctype html><title>Team wiki</title><iframe src="${server.url}?embed=1" title="Nines" width="1000" height="900"></iframe>`,
      );
    });
    await new Promise((resolve) => wiki.listen(0, '127.0.0.1', resolve));
    // Closed however the test ends: an open server would keep the test runner waiting forever.
    t.after(() => wiki.close());
    const embedder = `http://127.0.0.1:${wiki.address().port}/`;
    await page.goto(embedder);
    const frame = page.frameLocator('iframe[title="Nines"]');
    await frame.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    await frame.locator('[data-chart="cost"] .recharts-wrapper > svg').waitFor();
    assert.deepEqual(violations, []);
    assert.deepEqual(
      requests.filter((url) => url !== embedder && !isOwn(url)),
      [],
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the policy is enforced: an inline script, an inline style and a foreign request are refused', async () => {
    const { context, page, violations, requests } = await openWatchedPage();
    await page.goto(server.url);
    await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.body.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red }';
      document.head.append(style);
      const styled = document.createElement('div');
      styled.setAttribute('style', 'color: red');
      document.body.append(styled);
      let fetched = true;
      try {
        await fetch('https://example.org/collect');
      } catch {
        fetched = false;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { inlineScriptRan: window.inlineScriptRan === true, fetched };
    });
    assert.deepEqual(outcome, { inlineScriptRan: false, fetched: false });
    const directives = violations.map((v) => v.split(' ')[0]).sort();
    assert.deepEqual(directives, ['connect-src', 'script-src-elem', 'style-src-attr', 'style-src-elem']);
    // Refused before it left the browser: the request to example.org was never made.
    assert.equal(requests.filter((url) => url.startsWith('https://example.org')).length, 0);
    await context.close();
  });
});
