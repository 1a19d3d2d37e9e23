import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

const CHARTS = ['cost', 'break-even', 'total-cost'];
const DECISION_COLUMNS = [
  'Scenario',
  'Availability',
  'Downtime a month',
  'Annual downtime cost',
  'Annual savings',
  'Investment',
  'Payback',
  'NPV',
  'Marginal payback',
];

async function ready(page) {
  await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
  for (const kind of CHARTS) await page.locator(`[data-chart="${kind}"] .recharts-wrapper > svg`).waitFor();
  await page.getByRole('heading', { name: 'Assumptions', level: 2 }).waitFor();
  await page.locator('.report-header').waitFor({ state: 'attached' });
}

/**
 * What the comparison holds while it is the report, read in the page at every frame it is one (the
 * last reading is the one the image was drawn from): its width, the title, the Answer's slot, the
 * table's shown headers, the charts drawn at their box's width, and the smallest text shown.
 */
function watchReport(page) {
  return page.evaluate(() => {
    const node = document.getElementById('comparison');
    window.__report = null;
    const read = () => {
      const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const texts = [...node.querySelectorAll('*')].filter(
        (el) => shown(el) && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== ''),
      );
      const table = node.querySelector('table.scenario-table');
      window.__report = {
        width: node.getBoundingClientRect().width,
        title: node.querySelector('.report-title')?.textContent ?? null,
        titleShown: shown(node.querySelector('.report-header')),
        answer: node.querySelector('[aria-labelledby="answer-heading"]')?.textContent ?? '',
        headers: [...table.tHead.rows[0].cells].filter(shown).map((c) => c.textContent.trim()),
        // Every other table keeps its columns in the report.
        otherTables: [...node.querySelectorAll('table')]
          .filter((t) => t !== table && shown(t))
          .map((t) => ({
            name: t.getAttribute('aria-label'),
            shown: [...t.tHead.rows[0].cells].filter(shown).length,
            all: t.tHead.rows[0].cells.length,
          })),
        tableWider: table.scrollWidth > table.parentElement.clientWidth + 1,
        charts: [...node.querySelectorAll('[data-chart]')].filter(shown).map((figure) => {
          const canvas = figure.querySelector('.chart-canvas');
          const svg = figure.querySelector('.recharts-wrapper > svg');
          return {
            kind: figure.dataset.chart,
            width: svg?.getBoundingClientRect().width ?? 0,
            box: canvas.clientWidth,
          };
        }),
        numbersShown: [...node.querySelectorAll('.chart-numbers')].some(shown),
        // What the footnote shows of the link while the image is drawn (innerText: only what is shown).
        shareLine: node.classList.contains('capturing')
          ? node.querySelector('.share-line').innerText
          : (window.__report?.shareLine ?? null),
        smallestText: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
      };
    };
    new MutationObserver(() => {
      if (!node.classList.contains('report')) return;
      const frame = () => {
        if (!node.classList.contains('report')) return;
        read();
        requestAnimationFrame(frame);
      };
      frame();
    }).observe(node, { attributes: true, attributeFilter: ['class'] });
  });
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

async function pngWidth(page, bytes) {
  return page.evaluate(async (base64) => {
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(1, 1);
    const ctx = canvas.getContext('2d');
    // The colour of the top-left pixel: the report's background.
    canvas.width = bitmap.width;
    canvas.height = 4;
    ctx.drawImage(bitmap, 0, 0);
    return { width: bitmap.width, height: bitmap.height, corner: [...ctx.getImageData(1, 1, 1, 1).data] };
  }, bytes.toString('base64'));
}

describe('the report in the production build', () => {
  for (const [width, height, colorScheme] of [
    [1280, 800, 'light'],
    [375, 740, 'dark'],
  ]) {
    it(`Export PNG at a ${width} px window is the report, at most 2,400 px wide, light on white`, async () => {
      const { context, page, problems } = await openPage(browser, server.url, {
        viewport: { width, height },
        colorScheme,
      });
      await ready(page);
      await watchReport(page);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export PNG' }).click(),
      ]);
      const bytes = readFileSync(await file.path());
      const report = await page.evaluate(() => window.__report);
      assert.ok(report, 'the comparison never became the report');
      assert.ok(report.width <= 1200, `report ${report.width} px wide`);
      assert.match(report.title, /^Worked example, \d{4}-\d{2}-\d{2}$/);
      assert.ok(report.titleShown);
      assert.match(report.answer, /^AnswerGo to 99\.9 %/, 'the report has no Answer');
      assert.deepEqual(
        report.headers.map((h) => h.replace(/ \(.*\)$/, '')),
        DECISION_COLUMNS,
      );
      assert.equal(report.tableWider, false, 'the table scrolls instead of wrapping');
      assert.deepEqual(
        report.charts.map((c) => c.kind),
        CHARTS,
      );
      for (const chart of report.charts) {
        assert.ok(
          Math.abs(chart.width - chart.box) <= 2,
          `${chart.kind} drawn ${chart.width} px in ${chart.box}`,
        );
        // Full width: the report's width less its padding.
        assert.ok(chart.box >= report.width - 40, `${chart.kind} is ${chart.box} px of ${report.width}`);
      }
      assert.equal(report.numbersShown, false);
      assert.ok(report.smallestText >= 12, `text of ${report.smallestText} px`);
      // Nothing in an image can be clicked: where the link leads and its length, not a label to click.
      assert.match(
        report.shareLine,
        new RegExp(`^Reopen this scenario: ${escapeRegExp(server.url)}#… \\([\\d,]+ characters in full\\)$`),
      );

      const png = await pngWidth(page, bytes);
      assert.ok(png.width <= 2400, `${png.width} px wide`);
      assert.equal(png.width, Math.round(report.width * 2));
      assert.deepEqual(png.corner, [255, 255, 255, 255], 'not white (light) in the corner');
      // The page is as it was.
      assert.equal(await page.locator('#comparison.report').count(), 0);
      assert.equal(await page.locator('[data-report-hidden]').count(), 0);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('Export PNG with the simulation on keeps every column of the Uncertainty table', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await ready(page);
    await page.getByRole('switch', { name: 'Simulate the ranges' }).check({ timeout: 20_000 });
    await page
      .getByRole('status')
      .filter({ hasText: /runs with the random seed/ })
      .waitFor({ timeout: 30_000 });
    await watchReport(page);
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const report = await page.evaluate(() => window.__report);
    const uncertainty = report.otherTables.find((t) => t.name === 'Uncertainty');
    assert.ok(uncertainty, 'the report has the Uncertainty table');
    assert.equal(uncertainty.all, 7);
    assert.equal(uncertainty.shown, uncertainty.all, 'the report left columns of the Uncertainty table out');
    assert.equal(await page.locator('[data-report-hidden]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('Export PNG shows only the charts picked for the report', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await ready(page);
    await watchReport(page);
    await page
      .getByRole('group', { name: 'Charts in the report' })
      .getByRole('checkbox', { name: 'Break-even over time' })
      .uncheck();
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const report = await page.evaluate(() => window.__report);
    assert.deepEqual(
      report.charts.map((c) => c.kind),
      ['cost', 'total-cost'],
    );
    // Back on screen, all three.
    assert.equal(await page.locator('[data-chart] .recharts-wrapper > svg').count(), 3);
    assert.equal(await page.locator('[data-report-hidden]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('Export PNG in dark colours when Dark is chosen', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await ready(page);
    await page.getByRole('combobox', { name: 'Export colours' }).selectOption('dark');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const png = await pngWidth(page, readFileSync(await file.path()));
    assert.deepEqual(png.corner, [0x0d, 0x11, 0x17, 255]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [format, widthMm, heightMm] of [
    ['A4', 210, 297],
    ['Letter', 215.9, 279.4],
  ]) {
    it(`prints on ${format} portrait with no block crossing a page edge, and the report's text`, async () => {
      const { context, page, problems } = await openPage(browser, server.url);
      await ready(page);
      // The page's margins (styles.css @page: 12 mm at the sides and top, 20 mm at the bottom).
      const px = (mm) => (mm * 96) / 25.4;
      const pageHeight = px(heightMm - 12 - 20);
      await page.setViewportSize({ width: Math.floor(px(widthMm - 24)), height: 900 });
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.waitForFunction(() => document.querySelector('#comparison.report') !== null);
      // Every block that must not be split, in page order: each fits on one page, and avoids breaks.
      const blocks = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            '.report-header, .answer, .summary, .table-scroll, .conventions, .chart-figure, .assumptions-footer',
          ),
        ]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => ({
            name: el.className,
            height: el.getBoundingClientRect().height,
            breakInside: getComputedStyle(el).breakInside,
          })),
      );
      assert.ok(blocks.length >= 9, `only ${blocks.length} blocks`);
      assert.ok(
        blocks.some((block) => block.name.includes('answer')),
        'the Answer is one of the blocks',
      );
      for (const block of blocks) {
        assert.equal(block.breakInside, 'avoid', block.name);
        assert.ok(block.height <= pageHeight, `${block.name}: ${block.height} px on a ${pageHeight} px page`);
      }
      // Laid out by the browser's print engine, in print media as a person's print is: the blocks
      // land whole on pages. Read the PDF's pages.
      const dir = mkdtempSync(join(tmpdir(), 'nines-pdf-'));
      const pdfPath = join(dir, 'report.pdf');
      const pdf = await page.pdf({ format });
      writeFileSync(pdfPath, pdf);
      const pages = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).split('\f');
      const text = pages.join('\n');
      assert.match(text, /Worked example, \d{4}-\d{2}-\d{2}/);
      // The Answer, in its words (its lines wrap where the page's width ends them).
      const words = text.replace(/\s+/g, ' ');
      assert.match(
        words,
        /Answer Go to 99\.9 %: \$12,000,000 \(the rule’s estimate\) pays back in 0\.17 years/,
      );
      assert.match(words, /so it is not worth it at these figures/);
      for (const title of [
        'Cost and investment by scenario',
        'Break-even over time',
        'Total cost of reliability',
      ])
        assert.ok(text.includes(title), title);
      const printed = pages.filter((p) => p.trim() !== '');
      printed.forEach((p, i) => assert.match(p, new RegExp(`Page ${i + 1} of ${printed.length}`)));
      assert.match(printed[0], /Reopen this case: “Open this case in Nines” under Assumptions/);
      // The link is not printed (it ran to lines of base64 at the foot of every page and under
      // Assumptions): a label the PDF links to the case, and where the link leads.
      assert.doesNotMatch(text, /#s=/);
      assert.match(
        words,
        new RegExp(
          `Reopen this scenario: Open this case in Nines · ${escapeRegExp(server.url)}#… \\([\\d,]+ characters in full\\)`,
        ),
      );
      // The address bar holds the share link once the page has shown its first results and charts.
      const share = await (
        await page.waitForFunction(() => location.hash.startsWith('#s=') && location.href)
      ).jsonValue();
      // The link annotation, to the case at another address (share-link-text.ts, printableShareLink).
      const uris = [...pdf.toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
      assert.deepEqual(uris, [share.replace('#s=', '?#s=')]);
      assert.doesNotMatch(text, /\bNumbers\b/);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  for (const [name, fixture] of [
    ['the worked example', null],
    ['a custom case', 'src/state/fixtures/v2-link-custom.txt'],
  ]) {
    it(`the embed view of ${name} is the compact report, and the snippet's height fits it`, async () => {
      const hash = fixture ? `#s=${readFileSync(fixture, 'utf8').trim()}` : '';
      const full = await openPage(browser, `${server.url}${hash}`);
      await full.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await full.page.getByRole('button', { name: 'Copy embed code' }).click();
      await full.page.getByText('Embed code copied').waitFor();
      const snippet = await full.page.evaluate(() => navigator.clipboard.readText());
      const scenarios = await full.page
        .getByRole('table', { name: 'Scenario comparison' })
        .locator('tbody tr')
        .count();
      await full.context.close();
      const height = Number(/ height="(\d+)"/.exec(snippet)[1]);
      const src = /<iframe src="([^"]+)"/.exec(snippet)[1].replaceAll('&amp;', '&');

      // The snippet's frame: 1,100 px wide at most (its max-width), the height it names.
      const embed = await openPage(browser, src, { viewport: { width: 1100, height } });
      await embed.page.locator('[data-chart="cost"] .recharts-wrapper > svg').waitFor();
      await embed.page.waitForFunction(() => document.querySelector('#comparison.report-embed') !== null);
      const view = await embed.page.evaluate(() => {
        const shown = (el) => el.getClientRects().length > 0;
        const table = document.querySelector('table.scenario-table');
        return {
          height: document.documentElement.scrollHeight,
          charts: [...document.querySelectorAll('[data-chart]')].filter(shown).map((f) => f.dataset.chart),
          headers: [...table.tHead.rows[0].cells].filter(shown).map((c) => c.textContent.trim()),
          rows: table.tBodies[0].rows.length,
        };
      });
      assert.equal(view.rows, scenarios);
      assert.ok(view.height <= height, `${view.height} px of report in a ${height} px frame`);
      assert.deepEqual(view.charts, ['cost']);
      assert.deepEqual(
        view.headers.map((h) => h.replace(/ \(.*\)$/, '')),
        DECISION_COLUMNS,
      );
      assert.deepEqual(embed.problems, []);
      await embed.context.close();
    });
  }

  it('the embed view shows the chart its `chart` parameter names', async () => {
    const { context, page, problems } = await openPage(browser, `${server.url}?embed=1&chart=break-even`);
    await page.locator('[data-chart="break-even"] .recharts-wrapper > svg').waitFor();
    await page.locator('[data-chart="break-even"].embed-chart').waitFor();
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('[data-chart]')]
        .filter((f) => f.getClientRects().length > 0)
        .map((f) => f.dataset.chart),
    );
    assert.deepEqual(shown, ['break-even']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('Export SVG on a dark screen is light on white, and no text runs past its right edge', async () => {
    const { context, page, problems } = await openPage(browser, server.url, { colorScheme: 'dark' });
    await ready(page);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    const svg = readFileSync(await file.path(), 'utf8');
    // Drawn in a page of its own (no app, no CSP), where the browser measures every text.
    const viewer = await context.newPage();
    await viewer.setContent(svg.replace(/^<\?xml[^>]*>/, ''));
    const measured = await viewer.evaluate(() => {
      const root = document.querySelector('svg');
      const width = root.width.baseVal.value;
      const right = (el) => el.getBoundingClientRect().right - root.getBoundingClientRect().left;
      return {
        width,
        background: root.querySelector(':scope > rect').getAttribute('fill'),
        overflowing: [...root.querySelectorAll('text')]
          .filter((t) => right(t) > width + 0.5)
          .map((t) => t.textContent.slice(0, 40)),
        smallest: Math.min(
          ...[...root.querySelectorAll(':scope > text, :scope > a > text')].map((t) =>
            Number(t.getAttribute('font-size')),
          ),
        ),
        lines: [...root.querySelectorAll(':scope > text, :scope > a > text')].map((t) => t.textContent),
        href: root.querySelector(':scope > a')?.getAttribute('href') ?? null,
      };
    });
    await viewer.close();
    assert.equal(measured.background, '#ffffff');
    assert.deepEqual(measured.overflowing, []);
    assert.ok(measured.smallest >= 12);
    // The link that reopens the case: one line under the subtitle, a click away from the whole link.
    const shareLine = new RegExp(
      `^Reopen this case: ${escapeRegExp(server.url)}#… \\([\\d,]+ characters in full\\)$`,
    );
    assert.equal(measured.lines.filter((line) => shareLine.test(line)).length, 1, measured.lines.join('\n'));
    assert.ok(!measured.lines.some((line) => line.includes('#s=')));
    assert.match(measured.href, new RegExp(`^${escapeRegExp(server.url)}#s=[A-Za-z0-9_-]{100,}$`));
    assert.deepEqual(problems, []);
    await context.close();
  });
});
