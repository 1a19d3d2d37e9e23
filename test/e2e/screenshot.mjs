// Takes screenshots of the production build for a person to look at:
// node test/e2e/screenshot.mjs [outdir]. Not a test; used when reviewing layout and colours.
import { mkdir } from 'node:fs/promises';
import { launchBrowser, openPage, serveBuild } from './harness.mjs';

const outDir = process.argv[2] ?? 'test/e2e/artifacts';
await mkdir(outDir, { recursive: true });
const server = await serveBuild();
const browser = await launchBrowser();
try {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      const { context, page, problems } = await openPage(browser, server.url, {
        colorScheme,
        viewport: { width, height: 800 },
      });
      await page.getByRole('table', { name: 'Scenario comparison' }).waitFor();
      await page.waitForTimeout(2500);
      const file = `${outDir}/screen-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(file, 'horizontal overflow px:', overflow, problems.length ? problems : '');
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
