// The simulation in the production build, in real Chromium under the README's CSP: switching it on
// loads its worker, the Uncertainty table appears, the same seed gives the same percentiles after a
// reload (saved session) and from the share link, a dependency typed as a range is drawn in its
// worker, axe-core finds nothing, and nothing breaks the policy, logs an error or leaves the origin.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import Decimal from 'decimal.js';
import { openPage, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Generous: the CI machine's two cores are shared with other work. */
const WAIT = { timeout: 60_000 };

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

async function open(url) {
  const opened = await openPage(browser, null);
  await opened.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await opened.page.goto(url);
  return opened;
}

/** The Uncertainty table's rows of cell texts, once its figures are of the inputs on screen. */
async function uncertaintyRows(page) {
  const table = page.getByRole('table', { name: 'Uncertainty' });
  await table.waitFor(WAIT);
  await page
    .getByRole('status')
    .filter({ hasText: /runs with the random seed/ })
    .waitFor(WAIT);
  return table.evaluate((t) =>
    [...t.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent.trim())),
  );
}

function assertClean({ problems, requests }, origin) {
  assert.deepEqual(problems, []);
  assert.deepEqual(
    requests.filter((url) => !url.startsWith(origin)),
    [],
    'no request leaves the origin',
  );
}

/** The standard normal's upper tail P(Z > z) (Abramowitz & Stegun 26.2.17, error under 7.5e-8). */
function upperTail(z) {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  const tail =
    density *
    t *
    (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return z >= 0 ? tail : 1 - tail;
}

describe('the simulation', () => {
  it('runs in a worker once switched on, keeps its percentiles for the same seed after a reload and in a link, and moves them for another seed', async () => {
    const opened = await open(server.url);
    const { page, requests } = opened;
    await page.getByRole('table', { name: 'Scenario comparison' }).waitFor(WAIT);
    // Its worker and section are not loaded before the switch.
    await page.getByRole('switch', { name: 'Simulate the ranges' }).waitFor(WAIT);
    assert.equal(requests.filter((url) => /simulation\.worker|uncertainty-panel/.test(url)).length, 0);

    await page.getByRole('switch', { name: 'Simulate the ranges' }).check();
    const first = await uncertaintyRows(page);
    assert.ok(
      requests.some((url) => /simulation\.worker-[\w-]+\.js$/.test(url)),
      'the worker chunk loaded',
    );
    assert.equal(first.length, 1 + 1 + 3 + 2, 'a header, today, three scenarios and two marginal steps');
    assert.match(first[0].join(' | '), /NPV \(3 years\), P10 \/ P50 \/ P90/);
    assert.equal(first[1][0], 'Today');
    // Only the cost per hour is uncertain: the percentiles of the 99.9 % savings differ.
    const [p10, p50, p90] = first[3][2].split(' / ');
    assert.notEqual(p10, p50);
    assert.notEqual(p50, p90);
    await page.getByRole('list', { name: 'Chances in words' }).waitFor(WAIT);
    await page.getByRole('heading', { name: 'What moves the answer' }).waitFor(WAIT);

    // The session is saved: a reload shows the same seed's figures, figure for figure.
    await page.waitForTimeout(1_000);
    await page.reload();
    assert.deepEqual(await uncertaintyRows(page), first);

    // So does the share link in a fresh context (no saved session there).
    await page.waitForFunction(() => location.hash.length > 3, null, WAIT);
    const link = await page.evaluate(() => location.href);
    const other = await open(link);
    assert.deepEqual(await uncertaintyRows(other.page), first);

    // Another seed moves the percentiles (and the status names it).
    await page.getByRole('textbox', { name: 'Random seed' }).fill('another seed');
    await page.getByRole('status').filter({ hasText: 'another seed' }).waitFor(WAIT);
    const moved = await uncertaintyRows(page);
    assert.notDeepEqual(moved, first);

    assertClean(opened, server.url);
    assertClean(other, server.url);
    await opened.context.close();
    await other.context.close();
  });

  it('samples the failure modes typed as ranges: with the cost per hour one figure, the Plan row still spreads', async () => {
    const opened = await open(server.url);
    const { page } = opened;
    // The cost per hour as one figure, so that the spread below comes from the failure modes alone.
    const cost = await page
      .getByRole('textbox', { name: 'Downtime cost per hour', exact: true })
      .inputValue();
    await page.getByRole('textbox', { name: 'Low cost per hour' }).fill(cost);
    await page.getByRole('textbox', { name: 'High cost per hour' }).fill(cost);
    await page.getByRole('button', { name: 'Work out availability from failure modes' }).click();
    await page
      .getByRole('combobox', { name: 'Failure catalogue' })
      .selectOption({ label: 'Production failures (seed)' });
    await page.getByRole('table', { name: 'Failure modes' }).waitFor(WAIT);
    await page.getByRole('switch', { name: "Use failure modes for today's availability" }).check();
    const levers = page.getByRole('table', { name: 'Levers' });
    const name = (await levers.getByRole('checkbox').first().getAttribute('aria-label')).replace(
      /^In plan /,
      '',
    );
    await levers.getByRole('textbox', { name: `One-time cost of ${name}` }).fill('75000');
    await levers.getByRole('textbox', { name: `Annual run cost of ${name}` }).fill('1000');
    await levers.getByRole('checkbox', { name: `In plan ${name}` }).check();
    await page
      .getByRole('table', { name: 'Scenario comparison' })
      .getByRole('row', { name: /^Plan/ })
      .waitFor(WAIT);

    await page.getByRole('switch', { name: 'Simulate the ranges' }).check();
    const rows = await uncertaintyRows(page);
    const header = rows[0];
    const plan = rows.find((row) => row[0] === 'Plan');
    assert.ok(plan, 'the Uncertainty table has a Plan row');
    const money = (text) => Number(text.replace(/[−–]/g, '-').replace(/[$,]/g, ''));
    for (const column of ['Annual downtime cost, P10 / P50 / P90', 'NPV (3 years), P10 / P50 / P90']) {
      const [p10, p50, p90] = plan[header.indexOf(column)].split(' / ').map(money);
      assert.ok(p10 < p50 && p50 < p90, `${column} of the Plan: ${p10} < ${p50} < ${p90}`);
    }
    // The catalogue's ranges are named in "What moves the answer".
    await page.getByRole('heading', { name: 'What moves the answer' }).waitFor(WAIT);
    assert.ok(
      (await page
        .getByRole('table', { name: /^What moves the answer for / })
        .getByRole('rowheader', { name: /^Frequency of / })
        .count()) > 0,
      'a failure mode’s frequency is among the inputs that move the answer',
    );
    assertClean(opened, server.url);
    await opened.context.close();
  });

  it('draws a dependency whose availability is typed as a range: the line beside it states the best estimate, and the Uncertainty table spreads today’s cost by it', async () => {
    const opened = await open(server.url);
    const { page } = opened;
    // The cost per hour as one figure, and no failure mode of its own: any spread is the dependency's.
    const costText = await page
      .getByRole('textbox', { name: 'Downtime cost per hour', exact: true })
      .inputValue();
    await page.getByRole('textbox', { name: 'Low cost per hour' }).fill(costText);
    await page.getByRole('textbox', { name: 'High cost per hour' }).fill(costText);
    const cost = Number(costText.replace(/,/g, ''));

    await page.getByRole('button', { name: 'Show dependencies' }).click(WAIT);
    await page.getByRole('button', { name: 'Add dependency', exact: true }).click(WAIT);
    // Focus moves to the new dependency's name; its availability is the next field.
    await page.waitForFunction(() => document.activeElement?.matches('input') ?? false, null, WAIT);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Database');
    await page.keyboard.press('Tab');
    await page.keyboard.type('99.9-99.99');
    await page.keyboard.press('Tab');

    // Its best estimate: the geometric mean of the ends' downtime, √(0.1 % × 0.01 %) = 10^(−1.5) %,
    // six significant digits rounded up (a figure never reads more available than it is).
    const best = `${new Decimal(100).minus(new Decimal(10).pow(-1.5).toSignificantDigits(6, Decimal.ROUND_UP)).toFixed()} %`;
    const field = page.getByRole('textbox', { name: 'Availability of Database' });
    assert.equal(await field.inputValue(), '99.9–99.99');
    const line = await field.evaluate((input) =>
      input
        .getAttribute('aria-describedby')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    assert.match(
      line,
      new RegExp(
        `Range 99\\.9–99\\.99 % \\(90 %\\); figures use ${best.replace(/\./g, '\\.')}, its best estimate`,
      ),
    );

    // Only a dependency joined to the failure modes moves today's figures: join them, then simulate.
    await page.getByRole('button', { name: 'Work out availability from failure modes' }).click(WAIT);
    await page.getByRole('switch', { name: "Use failure modes for today's availability" }).check(WAIT);
    await page.getByRole('switch', { name: 'Simulate the ranges' }).check(WAIT);
    const rows = await uncertaintyRows(page);
    const runs = Number(
      (
        await page
          .getByRole('status')
          .filter({ hasText: /runs with the random seed/ })
          .textContent()
      )
        .match(/^([\d,]+) runs/)[1]
        .replace(/,/g, ''),
    );
    assert.deepEqual(
      await page
        .getByRole('list', { name: 'Ranges read from the failure modes' })
        .getByRole('listitem')
        .allTextContents(),
      ['Availability of Database: 99.9 % to 99.99 %, its downtime read as a lognormal 90 % interval'],
    );

    // Every run's today: cost × 8,640 h (30-day months) × the drawn downtime, a lognormal with median
    // 10^(−3.5) and σ = ln(0.1 % ÷ 0.01 %) ÷ (2 × 1.6449). Its P10 / P50 / P90 lie within four standard
    // errors of the sample quantile, σ · √(p(1 − p) / runs) ÷ φ(z), of the exact ones (in logs).
    const header = rows[0];
    const today = rows.find((row) => row[0] === 'Today');
    const costColumn = header.indexOf('Annual downtime cost, P10 / P50 / P90');
    const savingsColumn = header.indexOf('Annual savings, P10 / P50 / P90');
    assert.ok(today && costColumn > 0 && savingsColumn > 0, header.join(' | '));
    const money = (text) => Number(text.replace(/[−–]/g, '-').replace(/[$,]/g, ''));
    const todays = today[costColumn].split(' / ').map(money);
    const sigma = Math.log(10) / (2 * 1.6449);
    const median = cost * 8640 * 10 ** -3.5;
    [
      [0.1, -1.2816],
      [0.5, 0],
      [0.9, 1.2816],
    ].forEach(([p, z], i) => {
      const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
      const slack = (4 * sigma * Math.sqrt((p * (1 - p)) / runs)) / density;
      const exact = median * Math.exp(z * sigma);
      assert.ok(
        Math.abs(Math.log(todays[i] / exact)) < slack,
        `today’s P${p * 100} ${todays[i]} against ${exact.toFixed(0)} (±${(slack * 100).toFixed(1)} % in logs)`,
      );
    });
    // The 99.9 % row costs 0.1 % of the year in every run, and saves today's cost less that.
    const target = rows.find((row) => row[0] === '99.9 %');
    const targetCost = cost * 8640 * 0.001;
    assert.deepEqual(target[costColumn].split(' / ').map(money), [targetCost, targetCost, targetCost]);
    target[savingsColumn]
      .split(' / ')
      .map(money)
      .forEach((saving, i) =>
        assert.ok(Math.abs(saving - (todays[i] - targetCost)) <= 1, target[savingsColumn]),
      );
    // And every cell is a figure in words, never NaN, Infinity or exponent notation.
    for (const row of rows.slice(1))
      for (const cell of row) assert.doesNotMatch(cell, /NaN|Infinity|\de[+-]?\d|^$/, row.join(' | '));
    assertClean(opened, server.url);
    await opened.context.close();
  });

  it('quotes the chances in the Answer and in Copy as Markdown, and puts P10 / P90 where the low / high cost columns were', async () => {
    const opened = await open(server.url);
    const { page, context } = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    // Issue 14's worked example: the seed example with the cost per hour $1,000,000–$5,000,000, lognormal.
    const [low, high] = [1_000_000, 5_000_000];
    await page.getByRole('textbox', { name: 'Low cost per hour' }).fill('1,000,000', WAIT);
    await page.getByRole('textbox', { name: 'High cost per hour' }).fill('5,000,000', WAIT);
    await page.getByRole('button', { name: 'Show all columns' }).click(WAIT);
    await page.getByRole('switch', { name: 'Simulate the ranges' }).check(WAIT);
    const answer = page.getByRole('region', { name: 'Answer', exact: true });
    await answer
      .getByText(/Chances from 10,000 runs of the ranges, simulated with the random seed “nines”/)
      .waitFor(WAIT);

    // The step 99.9 % → 99.99 % costs $135,000,000 more for 7.776 h a year less downtime (0.09 % of
    // 8,640 h): it pays back within 3 years when the cost is above $135,000,000 ÷ (3 × 7.776 h) =
    // $5,787,037 an hour, a lognormal tail P(Z > (ln 5,787,037 − ln √(lo·hi)) ÷ σ), σ = ln(hi ÷ lo) ÷ (2 × 1.6449).
    const sigma = Math.log(high / low) / (2 * 1.6449);
    const z = (Math.log(135_000_000 / (3 * 7.776)) - Math.log(Math.sqrt(low * high))) / sigma;
    const chance = upperTail(z);
    assert.ok(Math.abs(chance - 0.026) < 0.002, `the analytic chance is near 2.6 % (${chance})`);
    const stepChance = /99\.99 % pays back within 3 years in [^;]+; the step from 99\.9 % does in (\d+) %\./;
    const paragraph = (await answer.locator('p').textContent()).trim();
    const inAnswer = stepChance.exec(paragraph);
    assert.ok(inAnswer, paragraph);
    assert.ok(
      Math.abs(Number(inAnswer[1]) - chance * 100) <= 1,
      `${inAnswer[1]} % against ${chance * 100} %`,
    );
    assert.doesNotMatch(paragraph, /\b(0|100) %/);

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByText('Markdown table copied').waitFor(WAIT);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const inMarkdown = stepChance.exec(markdown);
    assert.ok(inMarkdown, markdown);
    assert.equal(inMarkdown[0], inAnswer[0]);
    assert.match(
      markdown,
      /^## Worked example, \d{4}-\d{2}-\d{2}\n\nGo to 99\.9 %: .*Chances from 10,000 runs/,
    );

    // P10 / P90 of the 99.9 % savings: 34.56 h a year × the cost's P10 / P90, √(lo·hi) · e^(∓1.2816σ).
    const table = page.getByRole('table', { name: 'Scenario comparison' });
    const headers = await table.locator('thead th').allTextContents();
    assert.ok(!headers.includes('Savings at low / high cost'), headers.join(' | '));
    const column = headers.indexOf('Annual savings, P10 / P90 of 10,000 runs');
    assert.ok(column > 0, headers.join(' | '));
    assert.ok(headers.includes('Payback, P10 / P90 of 10,000 runs'));
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '99.9 %' }) });
    const cell = (await row.locator('th, td').nth(column).textContent()).trim();
    const median = 34.56 * Math.sqrt(low * high);
    const analytic = [median * Math.exp(-1.2816 * sigma), median * Math.exp(1.2816 * sigma)];
    cell
      .split(' / ')
      .map((text) => Number(text.replace(/[$,]/g, '')))
      .forEach((value, i) =>
        assert.ok(Math.abs(value / analytic[i] - 1) < 0.02, `${cell} against ${analytic}`),
      );

    // The printed report quotes the same sentence (the Answer under its title).
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction(() => document.querySelector('#comparison.report') !== null, null, WAIT);
    const dir = mkdtempSync(join(tmpdir(), 'nines-pdf-'));
    const pdfPath = join(dir, 'report.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
    const printed = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    assert.ok(printed.includes(inAnswer[0]), `the printed report quotes “${inAnswer[0]}”`);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });

    // Off again: the columns at the ends of the cost range are back, the chances gone.
    await page.getByRole('switch', { name: 'Simulate the ranges' }).uncheck();
    await table.getByRole('columnheader', { name: 'Savings at low / high cost' }).waitFor(WAIT);
    assert.doesNotMatch(await answer.locator('p').textContent(), /Chances from/);
    assertClean(opened, server.url);
    await context.close();
  });

  it('says in words when its worker cannot load, and the rest of the page keeps working', async () => {
    const opened = await openPage(browser, null);
    const { page, problems } = opened;
    // As when the network drops after the page loaded, or a deploy removed the old worker file.
    await page.route(/simulation\.worker-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto(server.url);
    await page.getByRole('switch', { name: 'Simulate the ranges' }).check(WAIT);
    const alert = page.getByRole('alert').filter({ hasText: 'The simulation stopped' });
    await alert.waitFor(WAIT);
    assert.match(
      await alert.textContent(),
      /^The simulation stopped: its worker failed.*The figures above do not depend on it\.$/,
    );
    assert.equal(await page.getByRole('table', { name: 'Uncertainty' }).count(), 0);
    // The exact figures still follow the inputs: 99.9 % saves 34.56 h a year (30-day months) × $1,000,000.
    await page.getByRole('textbox', { name: 'Downtime cost per hour', exact: true }).fill('1,000,000');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '99.9 %' }) });
    // Each figure is a button that explains it, named after the figure.
    await row
      .getByRole('button', { name: 'Annual savings at 99.9 %: $34,560,000', exact: true })
      .first()
      .waitFor(WAIT);
    // The failed download is reported by the browser; nothing escapes as an uncaught error.
    assert.deepEqual(
      problems.filter((problem) => problem.startsWith('page error')),
      [],
    );
    await opened.context.close();
  });

  it('draws each NPV histogram inside its axes: its first bar starts at the y axis, its last ends at the plot’s edge', async () => {
    const opened = await open(server.url);
    const { page } = opened;
    await page.getByRole('switch', { name: 'Simulate the ranges' }).check(WAIT);
    await uncertaintyRows(page);
    const charts = page.locator('.npv-distribution .recharts-wrapper svg');
    await charts.first().waitFor(WAIT);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.npv-distribution .recharts-wrapper svg .recharts-bar-rectangle').length >
        0,
      null,
      WAIT,
    );
    const extents = await charts.evaluateAll((svgs) =>
      svgs.map((svg) => {
        const bars = [...svg.querySelectorAll('.recharts-bar-rectangle')]
          .map((bar) => bar.getBoundingClientRect())
          .filter((box) => box.width > 0);
        const plot = svg.querySelector('.recharts-cartesian-grid').getBoundingClientRect();
        return {
          bars: bars.length,
          left: Math.min(...bars.map((box) => box.left)) - plot.left,
          right: plot.right - Math.max(...bars.map((box) => box.right)),
        };
      }),
    );
    assert.ok(extents.length >= 2, `${extents.length} histograms`);
    for (const { bars, left, right } of extents) {
      assert.ok(bars >= 10, `${bars} bars`);
      // Within a pixel of each edge of the plot, and never over the y axis's labels.
      assert.ok(left >= -0.5 && left <= 1, `first bar ${left} px from the plot's left edge`);
      assert.ok(right >= -0.5 && right <= 1, `last bar ${right} px from the plot's right edge`);
    }
    assertClean(opened, server.url);
    await opened.context.close();
  });

  it('leaves axe-core nothing to report with the Uncertainty section and the simulation inputs open', async () => {
    const opened = await open(server.url);
    const { page } = opened;
    await page.getByRole('switch', { name: 'Simulate the ranges' }).check(WAIT);
    await uncertaintyRows(page);
    await page.getByRole('textbox', { name: 'Investment of 99.9 %, low' }).waitFor(WAIT);
    await page.locator('.npv-distribution .recharts-wrapper svg').first().waitFor(WAIT);
    await page.evaluate(AXE_SOURCE);
    const found = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(found, []);
    assertClean(opened, server.url);
    await opened.context.close();
  });
});
