// Issue 13: offline after the first visit, and clean updates. The release build's service
// worker (pwa/sw-template.js, written as dist/sw.js by scripts/post-build) precaches what a
// load needs; these tests go offline in the middle of a visit, and serve a new release over
// an old cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, STRICT_CSP } from './server.mjs';
import { launchBrowser, openPage } from './browser.mjs';
import { BUILD, TIMEOUT, TOTAL, h1, answerAll, readResults, mltLike, currentQuestion, nextButton } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** A copy of the build that a test may change, served under the strict CSP. */
async function servedCopy() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mlt-fit-release-'));
  fs.cpSync(BUILD, root, { recursive: true });
  const server = await startServer({ root, headers: { 'Content-Security-Policy': STRICT_CSP } });
  return { root, server };
}

/** Waits until the service worker controls the page (it registers after the first load). */
async function controlled(page) {
  await page.evaluate((ms) => Promise.race([
    navigator.serviceWorker.ready,
    new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker registered')), ms)),
  ]).then(() => true), TIMEOUT);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload({ waitUntil: 'load' });
  }
  const deadline = Date.now() + TIMEOUT;
  while (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    assert.ok(Date.now() < deadline, 'the service worker never took control of the page');
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('offline after the first visit: reload without a network, finish the questionnaire, see results', async () => {
  const { root, server } = await servedCopy();
  const p = await openPage(browser, `${server.url}/#/quiz/1`);
  try {
    await currentQuestion(p.page, 1);
    await controlled(p.page);
    // Answer a few questions online, then lose the connection mid-quiz.
    for (let n = 1; n <= 3; n++) {
      const q = await currentQuestion(p.page, n);
      await q.radios.nth(mltLike(q.item)).click();
      await nextButton(p.page).click();
    }
    await currentQuestion(p.page, 4);
    await p.page.context().setOffline(true);
    await p.page.reload({ waitUntil: 'load' });
    await currentQuestion(p.page, 4);
    await answerAll(p.page, mltLike);
    const r = await readResults(p.page);
    assert.equal(r.band, 'Strong fit', r.cardText);
    // Opened offline in a new tab of the same browser: still there.
    const again = await p.page.context().newPage();
    await again.goto(`${server.url}/#/`, { waitUntil: 'load' });
    await h1(again, 'Could medical lab work fit you?');
    // The guide was never opened online: its texts come from the worker's cache too.
    await again.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Career guide' }).click();
    await again.getByText('A medical laboratory technician runs the lab tests').waitFor({ timeout: TIMEOUT });
    assert.equal(await again.getByText('This section could not be loaded.').count(), 0);
    assert.deepEqual(p.pageErrors, [], 'no page errors offline');
  } finally {
    await p.page.context().setOffline(false);
    await p.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a new release served over an old cache shows after one reload, with no mix of old and new files', async () => {
  const { root, server } = await servedCopy();
  const p = await openPage(browser, `${server.url}/#/`);
  try {
    await h1(p.page, 'Could medical lab work fit you?');
    await controlled(p.page);
    const oldScripts = await p.page.evaluate(() => [...document.scripts].map((s) => s.src));
    // A new release: new page, new file names (as a real build gives), new worker version.
    // (Trunk writes its hash without leading zeros: 15 hex digits now and then, not always 16.)
    const rename = (name) => name.replace(/-([0-9a-f]{8,})(_bg)?\./, (m, h, bg) => `-${h.split('').reverse().join('')}${bg ?? ''}.`);
    const files = fs.readdirSync(root).filter((f) => /^mlt-fit-[0-9a-f]{8,}(_bg)?\.(js|wasm)$/.test(f));
    let html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
    let sw = fs.readFileSync(path.join(root, 'sw.js'), 'utf8');
    for (const f of files) {
      let body = fs.readFileSync(path.join(root, f));
      if (f.endsWith('.js')) body = Buffer.from(body.toString('utf8').split(files.find((w) => w.endsWith('.wasm'))).join(rename(files.find((w) => w.endsWith('.wasm')))));
      fs.writeFileSync(path.join(root, rename(f)), body);
      html = html.split(f).join(rename(f));
      sw = sw.split(f).join(rename(f));
    }
    html = html.replace(/<html lang="?en"?>/, '<html lang="en" data-release="2">');
    sw = sw.replace(/const VERSION = "[^"]+"/, 'const VERSION = "release-2"');
    fs.writeFileSync(path.join(root, 'index.html'), html);
    fs.writeFileSync(path.join(root, 'sw.js'), sw);

    await p.page.reload({ waitUntil: 'load' });
    await h1(p.page, 'Could medical lab work fit you?');
    assert.equal(await p.page.evaluate(() => document.documentElement.dataset.release), '2', 'one reload shows the new release');
    const scripts = await p.page.evaluate(() => [...document.scripts].map((s) => s.src));
    assert.ok(scripts.every((s) => !oldScripts.includes(s)), `the new page loads only new scripts: ${scripts}`);
    // The new worker takes over and keeps only the new release's cache.
    const deadline = Date.now() + TIMEOUT;
    let keys;
    for (;;) {
      keys = await p.page.evaluate(() => caches.keys());
      if (keys.length === 1 && keys[0] === 'mlt-fit-release-2') break;
      assert.ok(Date.now() < deadline, `old caches are removed: ${keys}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(p.pageErrors, []);
  } finally {
    await p.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the service worker never answers for another origin and caches only the widget\'s own files', async () => {
  const { root, server } = await servedCopy();
  const p = await openPage(browser, `${server.url}/#/`);
  try {
    await h1(p.page, 'Could medical lab work fit you?');
    await controlled(p.page);
    const cached = await p.page.evaluate(async () => {
      const out = [];
      for (const key of await caches.keys()) {
        for (const req of await (await caches.open(key)).keys()) out.push(req.url);
      }
      return out;
    });
    const origin = new URL(server.url).origin;
    assert.ok(cached.length >= 4, `the load's files are cached: ${cached}`);
    assert.ok(cached.every((u) => new URL(u).origin === origin), `only the widget's origin is cached: ${cached}`);
    assert.ok(cached.some((u) => u.endsWith('.wasm')) && cached.some((u) => u.endsWith('/index.html')));
    const manifest = await p.page.evaluate(() => fetch(document.querySelector('link[rel=manifest]').href).then((r) => r.json()));
    assert.equal(manifest.short_name, 'MLT Fit');
    assert.ok(manifest.icons.some((i) => i.type === 'image/svg+xml'));
  } finally {
    await p.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('embedded on the same site, the worker controls the widget frame and the frame still follows its height', async () => {
  // A counselor hosting dist/ on their own site: host page and widget share an origin, so
  // the browser lets the frame's worker run. (A frame from another site may be refused a
  // worker by the browser's third-party storage rules; the widget then simply works online,
  // which embed.test.mjs checks with no console error.)
  const { root, server } = await servedCopy();
  fs.writeFileSync(path.join(root, 'host.html'), '<!doctype html><title>Counselor</title><link rel="icon" href="data:,">' +
    '<iframe data-mlt-fit src="./" title="MLT Fit" width="100%" height="900" style="border:0"></iframe>' +
    '<script src="./embed.js" async></script>');
  const p = await openPage(browser, `${server.url}/host.html`);
  try {
    const frameOf = () => p.page.frames().find((f) => f !== p.page.mainFrame() && new URL(f.url()).searchParams.has('host'));
    const iframe = p.page.locator('iframe[data-mlt-fit]');
    const waitFor = async (check, what) => {
      const deadline = Date.now() + TIMEOUT;
      for (;;) {
        try {
          const v = await check();
          if (v) return v;
        } catch { /* a frame mid-navigation */ }
        assert.ok(Date.now() < deadline, what);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    let frame = await waitFor(frameOf, 'the loader gave the widget frame its options');
    await h1(frame, 'Could medical lab work fit you?');
    await waitFor(() => frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length > 0)), 'the frame registered the worker');
    await frame.evaluate(() => { setTimeout(() => location.reload(), 50); });
    await waitFor(async () => { frame = frameOf(); return frame && frame.evaluate(() => !!navigator.serviceWorker.controller); },
      'the worker controls the widget frame after a reload');
    await h1(frame, 'Could medical lab work fit you?');
    const fits = () => waitFor(async () => {
      const css = await iframe.evaluate((f) => parseFloat(getComputedStyle(f).height));
      const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      return Math.abs(css - content) <= 2 && css;
    }, 'the frame follows the content height');
    const home = await fits();
    await frame.getByRole('link', { name: 'Take the questionnaire', exact: true }).click();
    await h1(frame, /^Question 1 of /);
    const quiz = await fits();
    assert.notEqual(Math.round(home), Math.round(quiz), 'the height changed between screens');
    assert.deepEqual(p.pageErrors, []);
  } finally {
    await p.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
