import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, readTable, startBuildInBrowser, stopBuildInBrowser } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startBuildInBrowser()));
after(() => stopBuildInBrowser({ server, browser }));

/** Clicks "Save case" and returns the downloaded file's name and text. */
async function saveCase(page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save case' }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Picks a case file with "Open case" (the browser's own file chooser). */
async function openCase(page, name, text) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open case' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Drops a file on the page, as dragging it from the desktop does. */
async function dropCase(page, name, text) {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/json' }));
      return data;
    },
    [name, text],
  );
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

async function editSession(page) {
  await page.getByRole('textbox', { name: 'Case name' }).fill('Checkout | 2027');
  const cost = page.getByRole('textbox', { name: 'Downtime cost per hour' });
  await cost.fill('750000');
  await cost.press('Tab');
  // Today's annual downtime cost: 0.5 % of a 360-day year (8,640 h) at $750,000 an hour.
  await page.getByRole('cell', { name: '$32,400,000' }).first().waitFor();
}

describe('case files in the production build', () => {
  it('Save case, then Open case in a fresh browser, gives the same table', async () => {
    const first = await openPage(browser, server.url);
    await editSession(first.page);
    const table = await readTable(first.page);
    const saved = await saveCase(first.page);
    assert.match(saved.name, /^nines-checkout-2027-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(saved.text);
    assert.equal(file.version, 3);
    assert.equal(file.session.caseName, 'Checkout | 2027');
    assert.deepEqual(first.problems, []);
    await first.context.close();

    const second = await openPage(browser, server.url);
    await second.page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    assert.notDeepEqual(await readTable(second.page), table);
    await openCase(second.page, saved.name, saved.text);
    await second.page.getByText(`Opened ${saved.name}`).waitFor();
    assert.deepEqual(await readTable(second.page), table);
    assert.equal(
      await second.page.getByRole('textbox', { name: 'Case name' }).inputValue(),
      'Checkout | 2027',
    );
    assert.deepEqual(second.problems, []);
    await second.context.close();
  });

  it('a case dropped on the page opens too', async () => {
    const first = await openPage(browser, server.url);
    await editSession(first.page);
    const table = await readTable(first.page);
    const saved = await saveCase(first.page);
    await first.context.close();

    const second = await openPage(browser, server.url);
    await second.page.getByRole('button', { name: 'Open case' }).waitFor();
    await dropCase(second.page, saved.name, saved.text);
    await second.page.getByText(`Opened ${saved.name}`).waitFor();
    assert.deepEqual(await readTable(second.page), table);
    assert.deepEqual(second.problems, []);
    await second.context.close();
  });

  it('a v1 share link, saved as a case, opens with the same table', async () => {
    const payload = (await readFile('src/state/fixtures/v1-link-custom.txt', 'utf8')).trim();
    const first = await openPage(browser, `${server.url}#s=${payload}`);
    await first.page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    await first.page.getByRole('button', { name: 'Save case' }).waitFor();
    const table = await readTable(first.page);
    const saved = await saveCase(first.page);
    await first.context.close();

    const second = await openPage(browser, server.url);
    await openCase(second.page, saved.name, saved.text);
    await second.page.getByText(`Opened ${saved.name}`).waitFor();
    assert.deepEqual(await readTable(second.page), table);
    assert.deepEqual(second.problems, []);
    await second.context.close();
  });

  it('an edited, truncated or newer case file shows a message and leaves the session as it was', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await editSession(page);
    const saved = await saveCase(page);
    const table = await readTable(page);
    // The address bar carries the edited session once changes settle.
    await page.waitForFunction(() =>
      atob(location.hash.slice(3).replace(/-/g, '+').replace(/_/g, '/')).includes('Checkout'),
    );
    const url = page.url();
    const file = JSON.parse(saved.text);
    const spoilt = [
      [
        'edited',
        JSON.stringify({ ...file, session: { ...file.session, currency: 'XYZ' } }),
        /^This case file could not be opened: .*currency.*\. Keeping your current session\.$/,
      ],
      [
        'truncated',
        saved.text.slice(0, saved.text.length - 40),
        'This case file could not be opened: the file is incomplete or damaged (it is not valid JSON). Keeping your current session.',
      ],
      [
        'newer',
        JSON.stringify({ ...file, version: file.version + 1 }),
        'This case file could not be opened: it was made by a newer version of Nines. Keeping your current session.',
      ],
    ];
    for (const [kind, text, message] of spoilt) {
      await openCase(page, `${kind}.json`, text);
      const alert = page.getByRole('alert').filter({ hasText: 'This case file could not be opened' });
      await alert.waitFor();
      const shown = (await alert.textContent()).replace(/Dismiss$/, '').trim();
      if (typeof message === 'string') assert.equal(shown, message, kind);
      else assert.match(shown, message, kind);
      assert.deepEqual(await readTable(page), table, kind);
      assert.equal(page.url(), url, kind);
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await alert.waitFor({ state: 'detached' });
    }
    await page.reload();
    await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
    assert.deepEqual(await readTable(page), table, 'the saved session is as it was');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
