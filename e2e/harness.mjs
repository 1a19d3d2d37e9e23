// Shared set-up for browser tests and the benchmark: serve the production build on 127.0.0.1 and
// drive Debian's Chromium through playwright-core (never a downloaded browser build).
import { preview } from 'vite';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Content-Security-Policy the README tells hosts to send; the browser tests serve the build with it. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors *; form-action 'none'";

/** Serves `dist/` (built beforehand by `npm run build`) on a free loopback port, with the CSP header. */
export async function serveBuild() {
  const server = await preview({
    logLevel: 'silent',
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      open: false,
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    },
  });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${address.port}/`;
  return { url, close: () => server.close() };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens a fresh context and page that records console errors, page errors and every request, so
 * a test can fail on any of them.
 */
export async function openPage(
  browser,
  url,
  { colorScheme = 'light', viewport = { width: 1280, height: 800 }, acceptDownloads = true } = {},
) {
  const context = await browser.newContext({ colorScheme, viewport, acceptDownloads });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  if (url) await page.goto(url);
  return { context, page, problems, requests };
}
