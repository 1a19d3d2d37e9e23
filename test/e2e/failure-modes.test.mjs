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

/** The text of a failure-mode row's cell under the column `header` (row 0 = the first mode). */
const modeCell = (page, rowIndex, header) =>
  page.getByRole('table', { name: 'Failure modes' }).evaluate(
    (table, [index, name]) => {
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
      const row = table.querySelectorAll('tbody tr')[index];
      return row.children[headers.indexOf(name)].textContent.trim();
    },
    [rowIndex, header],
  );

/** The words beside a field (what its aria-describedby points at). */
const wordsBeside = (field) =>
  field.evaluate((input) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id).textContent)
      .join(' '),
  );

describe('failure modes in the production build', () => {
  it('reads the specification’s own words typed into a row as bad minutes, and keeps them through a bad value', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    try {
      await page.getByRole('button', { name: 'Work out availability from failure modes' }).click();
      const modes = page.getByRole('table', { name: 'Failure modes' });
      await modes.waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Add failure mode' }).click();
      await modes.getByRole('textbox', { name: 'Name of failure mode 1' }).fill('Network Partition');
      // The seed's "What Actually Breaks" row for a network partition, with SEV2 for its impact.
      const typed = {
        Frequency: '1-2 per year',
        'Time to detect': '<30s',
        'Time to recover': '5-30min',
        'Users affected': 'SEV2',
      };
      const field = (words) => modes.getByRole('textbox', { name: `${words} of Network Partition` });
      for (const [words, text] of Object.entries(typed)) await field(words).pressSequentially(text);
      // The row states how it reads SEV2: the specification's ">50% users affected", 50–100 %.
      assert.match(
        await wordsBeside(field('Users affected')),
        /SEV2 .* read as 50–100 %; best estimate 75 %/,
      );
      // Bad minutes a year = incidents a year × (detect + recover) in minutes × share affected, each
      // range at its midpoint: 1-2 a year → 1.5; <30s → 0–30 s, 15 s; 5-30min → 17.5 min; 50–100 % → 75 %.
      const mid = (low, high) => new Decimal(low).plus(high).div(2);
      const expected = mid(1, 2)
        .times(mid(0, 30).div(60).plus(mid(5, 30)))
        .times(mid(50, 100).div(100));
      const shown = expected.toDecimalPlaces(2).toString();
      await page.waitForFunction(
        ([text]) =>
          [...document.querySelectorAll('table[aria-label="Failure modes"] tbody td')].some(
            (td) => td.textContent.trim() === text,
          ),
        [shown],
        { timeout: 20_000 },
      );
      assert.equal(await modeCell(page, 0, 'Bad minutes a year'), shown);

      // A slip of the keyboard in the recovery time: "mn" is no unit.
      const recover = field('Time to recover');
      await recover.fill('');
      await recover.pressSequentially('5-30mn');
      assert.equal(await recover.inputValue(), '5-30mn');
      assert.equal(await recover.getAttribute('aria-invalid'), 'true');
      const message = await wordsBeside(recover);
      assert.match(message, /cannot read “5-30mn” as a time/);
      assert.match(message, /The figures use “5-30min”, the value before this edit\./);
      for (const words of ['Frequency', 'Time to detect', 'Users affected'])
        assert.equal(await field(words).inputValue(), typed[words], words);
      assert.equal(await modeCell(page, 0, 'Bad minutes a year'), shown);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('moves the baseline to the catalogue and adds a Plan row priced at the lever’s cost', async () => {
    const { context, page, problems, requests } = await openPage(browser, server.url);
    try {
      await page.getByRole('button', { name: 'Work out availability from failure modes' }).click();
      await page
        .getByRole('combobox', { name: 'Failure catalogue' })
        .selectOption({ label: 'Production failures (seed)' });
      const modes = page.getByRole('table', { name: 'Failure modes' });
      await modes.waitFor();
      await page.getByRole('table', { name: 'Levers' }).waitFor();
      // The wide tables scroll in their own regions: the page itself does not scroll sideways.
      assert.equal(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
        0,
        'the page scrolls sideways',
      );
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
