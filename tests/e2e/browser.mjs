// Debian's Chromium driven by playwright-core (no browser download: see shared/TOOLCHAIN.md).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps calling closed network addresses.
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens `url` in a fresh browser context and records what a test should find empty:
 *   consoleErrors    console.error messages (Chromium reports CSP violations and failed loads here)
 *   pageErrors       uncaught exceptions and unhandled rejections
 *   foreignRequests  URLs of requests to any origin other than `url`'s (data:/blob: excepted)
 *   badResponses     "STATUS URL" for responses with status >= 400
 * `cspViolations()` returns the securitypolicyviolation events the page saw.
 */
export async function openPage(browser, url, { colorScheme = 'light', viewport = { width: 1280, height: 800 }, locale } = {}) {
  // `locale` sets the browser's language (navigator.languages), e.g. 'es-US'; by default en-US.
  const context = await browser.newContext({ colorScheme, viewport, locale: locale ?? 'en-US' });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const consoleErrors = [];
  const pageErrors = [];
  const foreignRequests = [];
  const badResponses = [];

  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (u.origin !== origin) foreignRequests.push(req.url());
  });
  page.on('response', (res) => {
    if (res.status() >= 400) badResponses.push(`${res.status()} ${res.url()}`);
  });
  // Runs before any page script, outside the page's CSP.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });

  await page.goto(url, { waitUntil: 'load' });
  const cspViolations = () => page.evaluate(() => window.__cspViolations ?? []);
  const close = () => context.close();
  return { page, context, consoleErrors, pageErrors, foreignRequests, badResponses, cspViolations, close };
}
