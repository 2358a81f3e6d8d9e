// Smoke test of the release build in dist/ (`trunk build --release --offline` first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, DIST, STRICT_CSP } from './server.mjs';
import { launchBrowser, openPage } from './browser.mjs';

let browser;
const servers = [];

before(async () => {
  assert.ok(
    fs.existsSync(path.join(DIST, 'index.html')),
    `no ${DIST}index.html: run \`trunk build --release --offline\` first`,
  );
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

async function serve(headers = {}) {
  const server = await startServer({ root: DIST, port: 0, headers });
  servers.push(server);
  return server;
}

async function assertLoadsCleanly(url, options) {
  const p = await openPage(browser, url, options);
  try {
    const h1 = p.page.getByRole('heading', { level: 1 });
    await h1.waitFor({ state: 'visible', timeout: 20_000 });
    assert.notEqual((await h1.textContent()).trim(), '', 'the level-1 heading is empty');
    assert.deepEqual(p.pageErrors, [], 'page errors');
    assert.deepEqual(p.consoleErrors, [], 'console errors');
    assert.deepEqual(p.foreignRequests, [], 'requests to other origins');
    assert.deepEqual(p.badResponses, [], 'failed responses');
    return p;
  } catch (err) {
    await p.close();
    throw err;
  }
}

test('the release build loads and shows a level-1 heading, with no errors or foreign requests', async () => {
  const { url } = await serve();
  const p = await assertLoadsCleanly(url + '/');
  await p.close();
});

test('it works under the strict Content-Security-Policy, with no violations', async () => {
  const { url } = await serve({ 'Content-Security-Policy': STRICT_CSP });
  const p = await assertLoadsCleanly(url + '/');
  try {
    assert.deepEqual(await p.cspViolations(), [], 'CSP violations');
  } finally {
    await p.close();
  }
});

test('index.html has no inline script or style, and release files have .gz/.br copies', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    assert.match(tag, /\ssrc=/, `inline script: ${tag}`);
  }
  assert.doesNotMatch(html, /<style\b/, 'inline <style> element');
  assert.doesNotMatch(html, /\sstyle=/, 'inline style attribute');
  assert.doesNotMatch(html, /\snonce=/, 'nonce attribute');
  const assets = fs.readdirSync(DIST).filter((f) => /\.(html|js|wasm|css)$/.test(f));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), 'a .wasm file in dist/');
  for (const f of assets) {
    assert.ok(fs.existsSync(path.join(DIST, f + '.gz')), `${f}.gz`);
    assert.ok(fs.existsSync(path.join(DIST, f + '.br')), `${f}.br`);
  }
});
