// The Dependencies section in the production build, driven by keyboard: open it, build a small tree
// (a web app and a database in series, then a redundant pair), read the availability ceiling, the
// "Error budget" table and the comparison's unreachable mark, and save the tree in a share link.
// Vectors: Microsoft's composite SLAs (99.95 % × 99.99 % = 99.940005 %; a 99.95 % web app in series
// with "database or queue" at 99.99 % and 99.9 % = 99.94999 %), and Treynor, Dahlin, Rau and Beyer,
// "The Calculus of Service Availability" (2017): budget = (1 − target) × minutes a year, taken by
// dependencies = (1 − ceiling) × minutes a year, each own outage may last the rest ÷ 1.6.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Decimal from 'decimal.js';
import { openPage, readTable, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

/** Minutes as the table writes them: two decimals with grouping from 1 minute up, a minus sign below 0. */
function minutes(value) {
  const text = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value.abs().toFixed(2));
  return `${value.isNegative() ? '−' : ''}${text} min`;
}

/** Presses keys on whatever has focus, one at a time. */
async function keys(page, ...sequence) {
  for (const key of sequence) await page.keyboard.press(key);
}

/** With focus on "Add …": adds a dependency, names it and types its availability, all by keyboard. */
async function addByKeyboard(page, name, availability) {
  await keys(page, 'Enter');
  // Focus is on the new dependency's name.
  await page.waitForFunction(() => document.activeElement?.matches('input') ?? false, null, {
    timeout: 10_000,
  });
  await keys(page, 'ControlOrMeta+A');
  await page.keyboard.type(name);
  await keys(page, 'Tab');
  await page.keyboard.type(availability);
  await keys(page, 'Tab');
}

const ceiling = (page) =>
  page.getByRole('status', { name: 'Availability ceiling from dependencies' }).textContent();

describe('the Dependencies section of the production build', () => {
  it('builds a tree by keyboard and reads the ceiling, the Error budget table and the unreachable target', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    await page.getByRole('button', { name: 'Show dependencies' }).focus();
    await keys(page, 'Enter');
    // The section loads on demand and focus moves to "Add dependency".
    const add = page.getByRole('button', { name: 'Add dependency', exact: true });
    await add.waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Add dependency', null, {
      timeout: 10_000,
    });
    await addByKeyboard(page, 'Web app', '99.95');
    await add.focus();
    await addByKeyboard(page, 'Database', 'four nines');
    assert.equal(await ceiling(page), '99.940005 %');

    // The worked example counts 30-day months: 360 × 24 × 60 minutes a year; its targets 99.5, 99.9, 99.99 %.
    const year = new Decimal(360 * 24 * 60);
    const taken = new Decimal(1).minus(new Decimal('0.9995').times('0.9999')).times(year);
    const rows = await page
      .getByRole('table', { name: 'Error budget' })
      .evaluate((table) =>
        [...table.querySelectorAll('tbody tr')].map((row) =>
          [...row.children].map((c) => c.textContent.trim()),
        ),
      );
    const expected = ['99.5', '99.9', '99.99'].map((target) => {
      const budget = new Decimal(100).minus(target).div(100).times(year);
      const left = budget.minus(taken);
      return [
        left.isNegative() ? `${target} % unreachable: above the 99.940005 % ceiling` : `${target} %`,
        minutes(budget),
        minutes(taken),
        minutes(left),
        left.isNegative()
          ? '— (the dependencies alone take more than the error budget)'
          : minutes(left.div('1.6')),
      ];
    });
    assert.deepEqual(rows, expected);

    // The comparison marks the target above the ceiling, with the reason.
    const comparison = await readTable(page);
    const unreachable = comparison.filter((row) => /unreachable/.test(row[0]));
    assert.deepEqual(
      unreachable.map((row) => row[0]),
      ['99.99 % unreachable: above the 99.940005 % ceiling from dependencies'],
    );

    // A redundant pair for the database: add a group, then its two copies, by keyboard.
    await page.getByRole('button', { name: 'Add group', exact: true }).focus();
    await keys(page, 'Enter');
    await page.waitForFunction(() => document.activeElement?.matches('input') ?? false, null, {
      timeout: 10_000,
    });
    await keys(page, 'ControlOrMeta+A');
    await page.keyboard.type('Data store');
    await keys(page, 'Enter');
    await page.getByRole('button', { name: 'Remove Database' }).focus();
    await keys(page, 'Enter');
    const addToStore = page.getByRole('button', { name: 'Add dependency to Data store' });
    await addToStore.focus();
    await addByKeyboard(page, 'Database', '99.99 %');
    await addToStore.focus();
    await addByKeyboard(page, 'Queue', '99.9');
    assert.equal(await ceiling(page), '99.94999 %');

    // Saved in the share link: a fresh page opened from it shows the same ceiling.
    // The address bar is rewritten once changes settle: wait until it holds the last edit.
    await page.waitForFunction(
      () => {
        try {
          const payload = location.hash.replace(/^#s=/, '').replace(/-/g, '+').replace(/_/g, '/');
          const json = new TextDecoder().decode(
            Uint8Array.from(atob(payload + '='.repeat((4 - (payload.length % 4)) % 4)), (c) =>
              c.charCodeAt(0),
            ),
          );
          return /"Queue","a":99\.9[,}]/.test(json);
        } catch {
          return false;
        }
      },
      null,
      { timeout: 20_000 },
    );
    const link = page.url();
    const reopened = await openPage(browser, link);
    await reopened.page
      .getByRole('status', { name: 'Availability ceiling from dependencies' })
      .waitFor({ timeout: 20_000 });
    assert.equal(await ceiling(reopened.page), '99.94999 %');
    assert.deepEqual(reopened.problems, []);
    await reopened.context.close();

    assert.deepEqual(problems, []);
    await context.close();
  });

  it('takes an availability typed as a range, shows its best estimate as the ceiling and keeps the range in the link', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    await page.getByRole('button', { name: 'Show dependencies' }).focus();
    await keys(page, 'Enter');
    const add = page.getByRole('button', { name: 'Add dependency', exact: true });
    await add.waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Add dependency', null, {
      timeout: 10_000,
    });
    await addByKeyboard(page, 'Database', '99.9-99.99');
    // The best estimate: the geometric mean of the ends' downtime, √(0.1 % × 0.01 %) = 10^(−1.5) %,
    // its six significant digits rounded up (a figure never reads more available than it is).
    const down = new Decimal(10).pow(-1.5).toSignificantDigits(6, Decimal.ROUND_UP);
    const shown = `${new Decimal(100).minus(down).toFixed()} %`;
    assert.equal(await ceiling(page), shown);
    const field = page.getByRole('textbox', { name: 'Availability of Database' });
    assert.equal(await field.inputValue(), '99.9–99.99');
    const description = await field.evaluate((input) =>
      input
        .getAttribute('aria-describedby')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' '),
    );
    assert.match(
      description,
      new RegExp(`^Range 99\\.9–99\\.99 % \\(90 %\\); figures use ${shown.replace(/\./g, '\\.')}`),
    );

    await page.waitForFunction(() => /#s=/.test(location.hash), null, { timeout: 20_000 });
    await page.waitForFunction(
      () => {
        try {
          const payload = location.hash.replace(/^#s=/, '').replace(/-/g, '+').replace(/_/g, '/');
          const json = new TextDecoder().decode(
            Uint8Array.from(atob(payload + '='.repeat((4 - (payload.length % 4)) % 4)), (c) =>
              c.charCodeAt(0),
            ),
          );
          return json.includes('"b":{"l":99.9,"h":99.99}');
        } catch {
          return false;
        }
      },
      null,
      { timeout: 20_000 },
    );
    const reopened = await openPage(browser, page.url());
    await reopened.page
      .getByRole('status', { name: 'Availability ceiling from dependencies' })
      .waitFor({ timeout: 20_000 });
    assert.equal(await ceiling(reopened.page), shown);
    assert.equal(
      await reopened.page.getByRole('textbox', { name: 'Availability of Database' }).inputValue(),
      '99.9–99.99',
    );
    assert.deepEqual(reopened.problems, []);
    await reopened.context.close();

    assert.deepEqual(problems, []);
    await context.close();
  });
});
