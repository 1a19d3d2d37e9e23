import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { openPage, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

const CHARTS = [
  ['cost', 'Cost and investment by scenario'],
  ['break-even', 'Break-even over time'],
  ['total-cost', 'Total cost of reliability'],
];

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations in the charts panel, with every Numbers table open. */
async function chartViolations(page) {
  await page.evaluate(() => document.querySelectorAll('.chart-numbers').forEach((d) => (d.open = true)));
  // Let the numbers' regions learn whether they scroll (a ResizeObserver, before the next paint).
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  // Evaluated through the debugging protocol, which the page's script-src does not govern.
  await page.evaluate(AXE_SOURCE);
  const { violations } = await page.evaluate(() => window.axe.run(document.querySelector('section.charts')));
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A chart's own <svg> (the legend's icons are SVGs too, earlier in the figure). */
const chartSvg = (kind) => `[data-chart="${kind}"] .recharts-wrapper > svg`;

describe('the charts in the production build', () => {
  for (const colorScheme of ['light', 'dark']) {
    it(`shows the three charts with titles and an SVG each (${colorScheme}), with no console error`, async () => {
      const { context, page, problems } = await openPage(browser, server.url, { colorScheme });
      for (const [kind, title] of CHARTS) {
        const figure = page.locator(`figure[data-chart="${kind}"]`);
        await figure.getByRole('heading', { name: title, level: 3 }).waitFor();
        await page.locator(chartSvg(kind)).waitFor();
        const size = await page.locator(chartSvg(kind)).boundingBox();
        assert.ok(
          size.width > 200 && size.height > 200,
          `${kind} chart is drawn (${size.width}×${size.height})`,
        );
      }
      const note = await page.locator(chartSvg('total-cost')).textContent();
      assert.match(note, /Cost-optimal availability ≈ 99\.946 %/);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('keeps recharts out of the first JavaScript chunk', async () => {
    const html = await readFile('dist/index.html', 'utf8');
    const entry = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(entry, 'index.html names its entry chunk');
    const code = await readFile(`dist/${entry}`, 'utf8');
    // A class name only recharts' own code writes (our selectors name recharts-wrapper, never this).
    assert.ok(!code.includes('recharts-responsive-container'), 'recharts is not in the entry chunk');
    assert.ok(code.includes('charts-panel'), 'the entry chunk loads the charts panel on demand');
  });

  it('fits a 375 px wide screen: no overflow, the optimum note inside its chart', async () => {
    const { context, page, problems } = await openPage(browser, server.url, {
      viewport: { width: 375, height: 800 },
    });
    await page.locator(chartSvg('total-cost')).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.equal(overflow, 0);
    const [svgBox, noteBox] = await page.locator(chartSvg('total-cost')).evaluate((svg) => {
      const note = [...svg.querySelectorAll('text')].find((t) => t.textContent.startsWith('Cost-optimal'));
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      return [box(svg), box(note)];
    });
    assert.ok(noteBox.left >= svgBox.left && noteBox.right <= svgBox.right, 'note fits horizontally');
    assert.ok(noteBox.top >= svgBox.top, 'note fits vertically');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('redraws when an input changes', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.locator(chartSvg('total-cost')).waitFor();
    await page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true }).fill('1,000,000');
    // u* = sqrt(15000 / (3 · 1e6 · 8640)) ≈ 0.000760726: 99.924 %.
    await page
      .locator('figure[data-chart="total-cost"] figcaption')
      .getByText('Cost-optimal availability ≈ 99.924 %')
      .waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  // A chart mounts its tooltip when the pointer or the keyboard's focus first enters it (chart-frame).
  it('shows each chart’s tooltip under the pointer and from the keyboard', async () => {
    const { context, page, problems } = await openPage(browser, server.url, {
      viewport: { width: 1280, height: 3200 },
    });
    for (const [kind] of CHARTS) {
      await page.locator(chartSvg(kind)).waitFor();
      const tooltip = page.locator(`[data-chart="${kind}"] .recharts-tooltip-wrapper`);
      assert.equal(await tooltip.count(), 0, `${kind}: no tooltip before the pointer or focus comes`);
      // Panels above the charts may still be arriving and move them: the pointer goes to where the
      // grid is at each try (at most five), and the tooltip must show within a second of one.
      const grid = page.locator(`[data-chart="${kind}"] .recharts-cartesian-grid`);
      let shown = false;
      for (let attempt = 0; attempt < 5 && !shown; attempt += 1) {
        const { width, height } = await grid.boundingBox();
        await grid.hover({ position: { x: width * 0.3, y: height * 0.5 }, force: true });
        await grid.hover({ position: { x: width * 0.35, y: height * 0.5 }, force: true });
        shown = await tooltip
          .locator('.recharts-tooltip-item')
          .first()
          .waitFor({ timeout: 1000 })
          .then(() => true)
          .catch(() => false);
      }
      assert.ok(shown, `${kind}: the tooltip shows under the pointer`);
    }
    await page.mouse.move(0, 0);
    // From the keyboard, on a page where no pointer has been: the chart's SVG, then an arrow key.
    const fresh = await context.newPage();
    await fresh.goto(server.url);
    await fresh.locator(chartSvg('break-even')).waitFor();
    await fresh.locator(chartSvg('break-even')).focus();
    await fresh.keyboard.press('ArrowRight');
    await fresh
      .locator('[data-chart="break-even"] .recharts-tooltip-wrapper .recharts-tooltip-item')
      .first()
      .waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('makes each chart one named Tab stop with visible focus, then its Numbers, and nothing else', async () => {
    const { context, page, problems } = await openPage(browser, server.url, {
      viewport: { width: 1280, height: 3200 },
    });
    for (const [kind] of CHARTS) await page.locator(chartSvg(kind)).waitFor();
    await page.locator('#charts-heading').evaluate((heading) => {
      heading.tabIndex = -1;
      heading.focus();
    });
    const stops = [];
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const focused = document.activeElement;
          const labelled = focused.getAttribute('aria-labelledby');
          return {
            chart: focused.closest('[data-chart]')?.getAttribute('data-chart') ?? null,
            tag: focused.tagName.toLowerCase(),
            name: labelled ? document.getElementById(labelled)?.textContent : focused.textContent,
            outline: getComputedStyle(focused).outlineStyle,
          };
        }),
      );
    }
    assert.deepEqual(
      stops.map((s) => [s.chart, s.tag, s.name]),
      CHARTS.flatMap(([kind, title]) => [
        [kind, 'svg', title],
        [kind, 'summary', `Numbers: ${title}`],
      ]),
    );
    for (const stop of stops) assert.notEqual(stop.outline, 'none', `${stop.chart} ${stop.tag} shows focus`);
    for (const [, title] of CHARTS) await page.getByRole('img', { name: title }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const width of [1280, 375]) {
    it(`passes axe-core with every Numbers table open, at ${width} px`, async () => {
      const { context, page, problems } = await openPage(browser, server.url, {
        viewport: { width, height: 3200 },
      });
      for (const [kind] of CHARTS) await page.locator(chartSvg(kind)).waitFor();
      assert.deepEqual(await chartViolations(page), []);
      if (width === 375) {
        // At this width the tables are wider than the figure: their region is a named Tab stop.
        const regions = await page.getByRole('region', { name: /: numbers$/ }).count();
        assert.equal(regions, 3);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
