// The failure modes in the production build: switching the catalogue on moves the comparison's
// baseline to the catalogue's availability, and a lever in the plan adds a "Plan" row whose
// investment is the lever's cost; a dependency joins the catalogue and its row's figure explains
// itself. axe-core finds nothing in the opened section, the explanation open.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Decimal from 'decimal.js';
import { openPage, readTable, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

/** The "Today" row's availability cell (the comparison's baseline appears in "Compared with"). */
const todayLine = (page) => page.getByRole('status', { name: 'Today' }).textContent();

describe('failure modes in the production build', () => {
  it('moves the baseline to the catalogue and adds a Plan row priced at the lever’s cost', async () => {
    const { context, page, problems, requests } = await openPage(browser, server.url);
    try {
      await page.getByRole('button', { name: 'Work out availability from failure modes' }).click();
      await page
        .getByRole('combobox', { name: 'Failure catalogue' })
        .selectOption({ label: 'Production failures (seed)' });
      const modes = page.getByRole('table', { name: 'Failure modes' });
      await modes.waitFor();
      // The specification's own words, typed into the first row.
      const field = modes.getByRole('textbox', { name: 'Time to recover of Network Partition' });
      await field.fill('');
      await field.pressSequentially('5-30min');
      const derived = (
        await page.locator('output[aria-labelledby="failure-availability-label"]').textContent()
      ).trim();
      assert.match(derived, /%$/);
      const before = await todayLine(page);
      assert.ok(!before.includes(derived), `today (${before}) is not yet the catalogue's ${derived}`);
      await page.getByRole('switch', { name: "Use failure modes for today's availability" }).check();
      await page.waitForFunction(
        (text) => document.querySelector('[aria-label="Today"]')?.textContent.includes(text),
        derived,
      );
      // "Compared with" is one of the full table's columns.
      await page.getByRole('button', { name: 'Show all columns' }).click();
      const table = await readTable(page);
      const compared = table[0].indexOf('Compared with');
      assert.ok(
        table.slice(1).some((row) => row[compared].includes(derived)),
        'the table steps from the derived availability',
      );

      const levers = page.getByRole('table', { name: 'Levers' });
      const first = levers.getByRole('checkbox').first();
      const name = (await first.getAttribute('aria-label')).replace(/^In plan /, '');
      await levers.getByRole('textbox', { name: `One-time cost of ${name}` }).fill('75000');
      await levers.getByRole('textbox', { name: `Annual run cost of ${name}` }).fill('1000');
      await levers.getByRole('checkbox', { name: `In plan ${name}` }).check();
      const plan = page
        .getByRole('table', { name: 'Scenario comparison' })
        .getByRole('row', { name: /^Plan/ });
      await plan.waitFor();
      const planRow = (await readTable(page)).find((row) => row[0].startsWith('Plan'));
      const investment = table[0].indexOf('Investment');
      assert.ok(planRow[investment].startsWith('$75,000'), planRow[investment]);

      // A 99.9 % dependency joins the catalogue while the switch is on: 0.1 % of the year more bad
      // minutes, so today's availability falls by 0.1 percentage point (100 × (1 − (B + 0.001 Y) / Y)).
      const output = page.locator('output[aria-labelledby="failure-availability-label"]');
      const beforeJoin = (await output.textContent()).trim();
      await page.getByRole('button', { name: 'Show dependencies' }).click();
      await page.getByRole('button', { name: 'Add dependency', exact: true }).click();
      await page.waitForFunction(() => document.activeElement?.matches('input') ?? false, null, {
        timeout: 10_000,
      });
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Payments API');
      await page.keyboard.press('Tab');
      await page.keyboard.type('99.9');
      await page.keyboard.press('Tab');
      await modes.getByRole('rowheader', { name: /^Payments API \(from Dependencies\)/ }).waitFor();
      // The figures show up to 7 decimals, and 0.1 is a whole number of them: the shift is exact.
      const expected = `${new Decimal(beforeJoin.replace(/%$/, '')).minus('0.1').toString()}%`;
      assert.equal((await output.textContent()).trim(), expected);
      await page.waitForFunction(
        (text) => document.querySelector('[aria-label="Today"]')?.textContent.includes(text),
        expected,
      );
      const joined = await readTable(page);
      assert.ok(
        joined.slice(1).some((row) => row[compared].includes(expected)),
        `the table steps from ${expected}`,
      );
      // Its bad minutes explain themselves: the share of time down × the minutes in a year.
      await modes
        .getByRole('button', { name: /^Bad minutes a year of Payments API \(from Dependencies\): / })
        .click();
      const explained = page.getByRole('dialog', {
        name: 'Bad minutes a year of Payments API (from Dependencies)',
      });
      await explained.waitFor({ timeout: 20_000 });
      assert.match(await explained.textContent(), /= u · Y/);
      await explained.getByRole('button', { name: /^Share of time Payments API is down: / }).waitFor();

      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
      });
      assert.deepEqual(violations, []);
      assert.deepEqual(problems, []);
      const origin = new URL(server.url).origin;
      assert.deepEqual(
        requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')),
        [],
      );
    } finally {
      await context.close();
    }
  });
});
