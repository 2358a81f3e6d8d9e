// The measuring half of scripts/bench (which builds first, then runs this).
//
//   node tests/bench/bench.mjs [--runs N] [--phone-runs N] [--cpu-slowdown N] [--json FILE] [--dist DIR]
//                              [--compare DIR]
//
// Reads the release build in dist/, the minimal Yew reference app in
// target/bench/minimal-yew-dist/, the in-browser scoring module in target/bench/score-wasm-pkg/
// and the native example target/release/examples/bench_score; prints sizes, start-up times,
// scoring times, PASS/FAIL per budget and a summary table; writes target/bench/last-run.json.
// Exit status: 0 all budgets hold, 1 a budget is broken, 2 the benchmark itself failed.
//
// "First screen interactive" (the start-up measure), precisely: performance.now() (whose
// origin is the navigation start) at the moment a task queued right after the level-1
// heading and an enabled control (a[href], button, input) are both inside #main-content
// runs. A MutationObserver installed before any page script notices them; the task,
// queued with MessageChannel, runs only once the main thread is free, so any work still
// running in the task that rendered (Yew's effects, say) is counted. Each load then clicks
// that control and checks that the app changes #main-content within 5 s: a load whose
// screen does not respond fails the benchmark.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const at = (...p) => path.join(ROOT, ...p);
const PATHS = {
  dist: at('dist'),
  minimal: at('target/bench/minimal-yew-dist'),
  scorePkg: at('target/bench/score-wasm-pkg'),
  native: at('target/release/examples/bench_score'),
  nativeClass: at('target/release/examples/bench_class'),
  out: at('target/bench/last-run.json'),
  // scripts/bench builds it (not with --dist): the widget without content/es/.
  englishOnly: at('target/bench/english-only-dist'),
};

// ---------- budgets (README "## Performance" states the same numbers) ----------
const KB = 1000; // bytes; all sizes here are in kB of 1000 bytes
// Issue 14: the home screen's first load, its start-up and a results link's start-up, each
// against the minimal Yew app measured in the same run. The same ratios with Chromium's CPU
// slowed 4x (a cheap phone) are reported beside them, not budgeted.
const BUDGET = {
  transferGzip: 100 * KB,
  startupRatio: 1.15,
  startupAim: 1.05,
  resultsRatio: 1.3,
  scoreMs: 1.0,
  // Issue 11: reading and summing up 1,000 pasted links in the class view, in Chromium.
  classMs: 200,
  // Issue 12: what Spanish adds to the English first load (the texts load on demand).
  spanishCostGzip: 2 * KB,
};
const CLASS_LINKS = 1000;

// ---------- arguments ----------
const args = process.argv.slice(2);
// 40 loads a page by default: with 20, the start-up ratio swung from 1.2x to 1.4x between
// identical runs on a 2-core machine.
// `phoneRuns`: loads a page with the CPU slowed 4x (0: none; default: half of --runs).
const opt = { runs: 40, cpu: 1, json: null, phoneRuns: null };
// --dist: measure a widget build other than dist/ (a variant built elsewhere) against the same reference.
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const next = () => {
    if (i + 1 >= args.length) die(`${a} needs a value`);
    return args[++i];
  };
  if (a === '--runs') opt.runs = Number(next());
  else if (a === '--cpu-slowdown') opt.cpu = Number(next());
  else if (a === '--phone-runs') opt.phoneRuns = Number(next());
  else if (a === '--json') opt.json = next();
  else if (a === '--dist') PATHS.dist = path.resolve(next());
  else if (a === '--compare') PATHS.compare = path.resolve(next());
  else die(`unknown argument ${a}`);
}
if (!Number.isInteger(opt.runs) || opt.runs < 10) die('--runs must be a whole number, at least 10');
if (!(opt.cpu >= 1)) die('--cpu-slowdown must be 1 or more');
// The cheap-phone pass is the 4x one: with the whole run slowed already, it is not repeated.
const PHONE_SLOWDOWN = 4;
if (opt.phoneRuns == null) opt.phoneRuns = opt.cpu > 1 ? 0 : Math.max(10, Math.round(opt.runs / 2));
if (!Number.isInteger(opt.phoneRuns) || (opt.phoneRuns !== 0 && opt.phoneRuns < 10)) die('--phone-runs must be 0 or a whole number, at least 10');

function die(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

// ---------- small helpers ----------
const kb = (n) => (n / KB).toFixed(1);
const ms = (n) => (n == null ? '-' : n.toFixed(n < 10 ? 2 : 0));
const us = (n) => (n == null ? '-' : n < 10 ? n.toFixed(2) : n.toFixed(1));
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
function quantile(sorted, q) {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), min: s[0], p25: quantile(s, 0.25), p75: quantile(s, 0.75), max: s[s.length - 1] };
}
function requireFile(p, hint) {
  if (!fs.existsSync(p)) die(`${path.relative(ROOT, p)} is missing: ${hint}`);
}

// ---------- 1. sizes ----------
function gzipSize(file) {
  if (fs.existsSync(`${file}.gz`)) return fs.statSync(`${file}.gz`).size;
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}
function brotliSize(file) {
  if (fs.existsSync(`${file}.br`)) return fs.statSync(`${file}.br`).size;
  const data = fs.readFileSync(file);
  return zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  }).length;
}
/**
 * Every shipped file (not the .gz/.br copies) with raw, gzip -9 and brotli (q11) bytes.
 * `loaded`: the paths the browser fetched when loading the page (from its own request list);
 * the total transfer is the sum over those files. Other shipped files (the embed loader and
 * its help page, say) are listed but not counted.
 */
function sizes(dir, loaded) {
  const walk = (d) =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
  const files = walk(dir)
    .filter((f) => !/\.(gz|br)$/.test(f))
    .map((f) => {
      const file = path.relative(dir, f).split(path.sep).join('/');
      return {
        file,
        kind: (path.extname(f).slice(1) || 'other').toLowerCase(),
        loaded: loaded.has(file),
        raw: fs.statSync(f).size,
        gzip: gzipSize(f),
        brotli: brotliSize(f),
      };
    })
    .sort((a, b) => b.loaded - a.loaded || b.gzip - a.gzip);
  const missing = [...loaded].filter((p) => !files.some((f) => f.file === p));
  if (missing.length) die(`the page fetched ${missing.join(', ')}, which is not in ${dir}`);
  const counted = files.filter((f) => f.loaded);
  const sum = (k, list = counted) => list.reduce((n, f) => n + f[k], 0);
  const byKind = {};
  for (const k of ['html', 'js', 'wasm', 'css']) {
    const list = counted.filter((f) => f.kind === k);
    byKind[k] = { raw: sum('raw', list), gzip: sum('gzip', list), brotli: sum('brotli', list) };
  }
  const other = files.filter((f) => !f.loaded);
  return { files, total: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') }, byKind, other: { raw: sum('raw', other), gzip: sum('gzip', other), brotli: sum('brotli', other) } };
}

function printSizes(title, s) {
  console.log(`\n== ${title}: bytes per shipped file (* = fetched by a load of the page; gzip -9 and brotli q11 = the shipped .gz/.br copies where present)`);
  const w = Math.max(40, ...s.files.map((f) => f.file.length + 4));
  console.log(`${pad('file', w)}${lpad('raw', 10)}${lpad('gzip', 10)}${lpad('brotli', 10)}`);
  const line = (name, f) => console.log(`${pad(name, w)}${lpad(f.raw, 10)}${lpad(f.gzip, 10)}${lpad(f.brotli, 10)}`);
  for (const f of s.files.filter((f) => f.loaded)) line(`* ${f.file}`, f);
  for (const f of s.files.filter((f) => !f.loaded)) line(`  ${f.file}`, f);
  line('total transfer: * files (HTML+JS+WASM+CSS)', s.total);
  const parts = Object.entries(s.byKind)
    .filter(([, v]) => v.raw > 0)
    .map(([k, v]) => `${k} ${kb(v.gzip)}`);
  console.log(`  transfer by kind, gzip kB: ${parts.join(', ')}`);
  if (s.other.raw) console.log(`  shipped but not fetched by a load of the page (not counted): ${kb(s.other.gzip)} kB gzip`);
}

// ---------- 2. start-up in the browser ----------
// Runs in the page before any of its scripts (Playwright addInitScript).
function measureInPage() {
  const state = { seen: null, ready: null, heading: null, control: null, clickedAt: null, updated: null };
  window.__mltBench = state;
  let control = null;
  const SELECT_CONTROL = 'a[href], button:not([disabled]), input:not([disabled])';
  const SELECT_H1 = 'h1, [role="heading"][aria-level="1"]';
  const check = () => {
    const main = document.getElementById('main-content');
    const h1 = main && main.querySelector(SELECT_H1);
    control = main && main.querySelector(SELECT_CONTROL);
    if (!h1 || !control) return;
    state.seen = performance.now();
    first.disconnect();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      state.ready = performance.now();
      state.heading = h1.textContent.trim();
      state.control = control.outerHTML.slice(0, 100);
      window.__mltBenchControl = control;
      // The response check: the first change inside #main-content after the click.
      new MutationObserver(() => {
        if (state.clickedAt != null && state.updated == null) state.updated = performance.now();
      }).observe(main, { childList: true, subtree: true, characterData: true });
    };
    channel.port2.postMessage(0);
  };
  const first = new MutationObserver(check);
  first.observe(document, { childList: true, subtree: true });
  window.addEventListener('click', () => { if (state.clickedAt == null) state.clickedAt = performance.now(); }, true);
}

async function coldLoad(browser, url, cpu = opt.cpu) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.addInitScript(measureInPage);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__mltBench?.ready != null, null, { timeout: 30_000, polling: 100 });
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource');
      const wasm = res.find((r) => r.name.endsWith('.wasm'));
      const wire = [nav, ...res].reduce((n, r) => n + (r.transferSize || 0), 0);
      const body = [nav, ...res].reduce((n, r) => n + (r.encodedBodySize || 0), 0);
      const paths = [nav, ...res].map((r) => new URL(r.name)).filter((u) => u.origin === location.origin).map((u) => u.pathname);
      return { ...window.__mltBench, wasmLoaded: wasm ? wasm.responseEnd : null, wire, body, requests: res.length + 1, hash: location.hash, paths };
    });
    // Does it respond? Click the control found and wait for #main-content to change.
    const handle = await page.evaluateHandle(() => window.__mltBenchControl);
    await handle.asElement().click({ timeout: 5_000 });
    let responded = true;
    try {
      await page.waitForFunction(() => window.__mltBench.updated != null, null, { timeout: 5_000, polling: 50 });
    } catch {
      responded = false;
    }
    const after = await page.evaluate(() => window.__mltBench);
    m.clickToUpdate = responded ? after.updated - after.clickedAt : null;
    m.responded = responded;
    m.pageErrors = pageErrors;
    return m;
  } finally {
    await context.close();
  }
}

function uiText(key) {
  try {
    const toml = fs.readFileSync(at('content/en/ui.toml'), 'utf8');
    const m = toml.match(new RegExp(`^\\s*${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`, 'm'));
    return m ? JSON.parse(`"${m[1]}"`) : null;
  } catch {
    return null;
  }
}

// ---------- 3. scoring ----------
function nativeScoring() {
  const line = execFileSync(PATHS.native, ['10000'], { encoding: 'utf8' }).trim().split('\n').pop();
  const kv = Object.fromEntries(line.split(/\s+/).map((p) => p.split('=')));
  return {
    items: Number(kv.items),
    runs: Number(kv.runs),
    meanMs: Number(kv.mean_us) / 1000,
    minBatchMs: Number(kv.min_batch_us) / 1000,
    maxBatchMs: Number(kv.max_batch_us) / 1000,
    firstMs: Number(kv.first_us) / 1000,
  };
}

// ---------- 4. the class view: 1,000 pasted links ----------
function nativeClass() {
  const line = execFileSync(PATHS.nativeClass, [String(CLASS_LINKS), '20'], { encoding: 'utf8' }).trim().split('\n').pop();
  const kv = Object.fromEntries(line.split(/\s+/).map((p) => p.split('=')));
  return { meanMs: Number(kv.mean_ms), parseMs: Number(kv.parse_ms), students: Number(kv.students), errors: Number(kv.errors) };
}

/**
 * The class view in the release build, as a counselor uses it: the paste of 1,000 links
 * (examples/bench_class --paste: links, hand-in codes, CSV rows, named and older-set links, a
 * few bad lines) in the box, then "Show the class". Measured in the page from the click to
 * the frame after the table's rows are in the document: reading, scoring, summing up and
 * rendering. The class view's own module is loaded (and cached) before the first run.
 */
async function browserClass(browser, url, runs = 7) {
  const paste = execFileSync(PATHS.nativeClass, ['--paste', String(CLASS_LINKS)], { encoding: 'utf8' });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${url}/#/class`);
    const box = page.locator('#class-paste');
    await box.waitFor({ timeout: 20_000 });
    const times = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      await page.locator('.class-view button[type=button]').first().click(); // empty the box
      await box.fill(paste);
      const m = await page.evaluate(() => new Promise((resolve) => {
        const t0 = performance.now();
        document.querySelector('.class-view form button[type=submit]').click();
        const check = () => {
          const n = document.querySelectorAll('table.students tbody tr').length;
          if (n > 0) requestAnimationFrame(() => resolve({ ms: performance.now() - t0, rows: n }));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }));
      times.push(m.ms);
      rows = m.rows;
    }
    return { ...stats(times), runs, rows, lines: paste.trim().split('\n').length - 1 };
  } finally {
    await context.close();
  }
}

/** The class view's core alone (read + summarise 1,000 links), in Chromium: the budget. */
async function browserClassCore(browser, url, runs = 20) {
  const paste = execFileSync(PATHS.nativeClass, ['--paste', String(CLASS_LINKS)], { encoding: 'utf8' });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url + '/');
    const r = await page.evaluate(async ([text, n]) => {
      const m = await import('/score_wasm.js');
      await m.default();
      return { times: Array.from(m.class_ms(text, n)), students: m.class_students(text) };
    }, [paste, runs]);
    return { ...stats(r.times), runs, students: r.students };
  } finally {
    await context.close();
  }
}

async function browserScoring(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (opt.cpu > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: opt.cpu });
    }
    await page.goto(url + '/');
    return await page.evaluate(async () => {
      const m = await import('/score_wasm.js');
      await m.default();
      const first = m.first_call_ms();
      const batches = Array.from(m.per_call_ms(20, 500));
      const mean = batches.reduce((a, b) => a + b, 0) / batches.length;
      return { items: m.items(), runs: 20 * 500, firstMs: first, meanMs: mean, minBatchMs: Math.min(...batches), maxBatchMs: Math.max(...batches), payload: m.full_payload() };
    });
  } finally {
    await context.close();
  }
}

// ---------- main ----------
requireFile(path.join(PATHS.dist, 'index.html'), 'run scripts/bench without --no-build');
if (PATHS.compare) requireFile(path.join(PATHS.compare, 'index.html'), 'give --compare a release build (a dist/ folder)');
requireFile(path.join(PATHS.minimal, 'index.html'), 'run scripts/bench without --no-build');
requireFile(path.join(PATHS.scorePkg, 'score_wasm.js'), 'run scripts/bench without --no-build');
requireFile(PATHS.native, 'run scripts/bench without --no-build');
requireFile(PATHS.nativeClass, 'run scripts/bench without --no-build');
fs.writeFileSync(
  path.join(PATHS.scorePkg, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>score bench</title><link rel="icon" href="data:,"></head><body></body></html>\n',
);

let commit = '?';
try {
  commit = execFileSync('git', ['-C', ROOT, 'describe', '--always', '--dirty'], { encoding: 'utf8' }).trim();
} catch {}
// Other work on the machine (builds, tests) competes for the CPU and adds noise. When allowed
// (root), the benchmark runs itself, its file servers and Chromium (through a `nice -n -10`
// wrapper, which its child processes inherit) at a higher priority, as benchmarks pinning a
// CPU do. Otherwise it runs as it is.
let priority = 'normal';
if (!process.env.CHROMIUM) {
  try {
    os.setPriority(0, -10);
    const wrapper = at('target/bench/chromium-nice');
    fs.writeFileSync(wrapper, '#!/bin/sh\nexec nice -n -10 /usr/bin/chromium "$@"\n', { mode: 0o755 });
    process.env.CHROMIUM = wrapper;
    priority = 'raised (nice -10)';
  } catch {
    // not permitted: keep the normal priority
  }
}
const { launchBrowser } = await import('../e2e/browser.mjs');
const browser = await launchBrowser();
const report = {
  when: new Date().toISOString(),
  commit,
  chromium: browser.version(),
  node: process.version,
  runs: opt.runs,
  cpuSlowdown: opt.cpu,
};
report.loadAverage = os.loadavg().map((x) => Math.round(x * 100) / 100);
report.priority = priority;
console.log(`bench: commit ${commit}, Chromium ${report.chromium}, Node ${process.version}, ${opt.runs} cold loads per page, CPU slowdown ${opt.cpu}x; kB = 1000 bytes`);
console.log(`bench: ${os.cpus().length} CPUs, load average ${report.loadAverage.join(' ')} at start, priority ${priority} (other work on the machine widens the spread; the ratio to the minimal app is the robust figure)`);

const servers = {};
let failed = null;
try {
  servers.app = await startStaticServer(PATHS.dist);
  if (PATHS.compare) servers.compare = await startStaticServer(PATHS.compare);
  servers.minimal = await startStaticServer(PATHS.minimal);
  servers.score = await startStaticServer(PATHS.scorePkg);

  // Scoring first: the browser run also gives the results-link payload of a full answer set.
  const native = nativeScoring();
  const inBrowser = await browserScoring(browser, servers.score.url);
  report.scoring = { native, browser: { ...inBrowser, payload: undefined } };
  report.resultsFragment = `#/r/${inBrowser.payload}`;
  report.classView = {
    native: nativeClass(),
    core: await browserClassCore(browser, servers.score.url),
    // A build measured with --dist may predate the class view: then only its core is timed.
    browser: await browserClass(browser, servers.app.url).catch(() => null),
  };

  const pages = [
    { key: 'minimal', label: 'minimal Yew app', url: `${servers.minimal.url}/`, expect: null },
    { key: 'home', label: 'MLT Fit, first screen', url: `${servers.app.url}/`, expect: uiText('home_heading') },
    { key: 'results', label: 'MLT Fit, results link', url: `${servers.app.url}/#/r/${inBrowser.payload}`, expect: uiText('results_heading') },
  ];
  // --compare: another build (a lever tried), loaded in the same rounds, so both meet the
  // same moments of the machine. Reported beside; the budgets stay the widget's.
  if (servers.compare) {
    pages.push(
      { key: 'homeB', label: 'compared: first screen', url: `${servers.compare.url}/`, expect: uiText('home_heading') },
      { key: 'resultsB', label: 'compared: results link', url: `${servers.compare.url}/#/r/${inBrowser.payload}`, expect: uiText('results_heading') },
    );
  }
  // One discarded warm-up load of each (OS file cache, browser process), then the loads
  // interleaved, each round starting at the next page (so no page always follows the same
  // one), with a short pause after each so the closed context's process is gone.
  for (const p of pages) await coldLoad(browser, p.url);
  /** `runs` rounds of one cold load of each page at CPU slowdown `cpu`: the loads by page. */
  const loadRounds = async (runs, cpu) => {
    const loads = Object.fromEntries(pages.map((p) => [p.key, []]));
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < pages.length; k++) {
        const p = pages[(i + k) % pages.length];
        await new Promise((r) => setTimeout(r, 150));
        const m = await coldLoad(browser, p.url, cpu);
        if (!m.responded) throw new Error(`${p.label}: clicking ${m.control} changed nothing in #main-content within 5 s`);
        if (m.pageErrors.length) throw new Error(`${p.label}: page errors: ${m.pageErrors.join('; ')}`);
        if (p.expect && m.heading !== p.expect) throw new Error(`${p.label}: level-1 heading is "${m.heading}", expected "${p.expect}"`);
        loads[p.key].push(m);
      }
    }
    return loads;
  };
  const loads = await loadRounds(opt.runs, opt.cpu);
  // A cheap phone's view: the same pages, Chromium's CPU slowed 4x (reported, not budgeted).
  if (opt.phoneRuns > 0) {
    const phone = await loadRounds(opt.phoneRuns, PHONE_SLOWDOWN);
    const medians = Object.fromEntries(pages.map((p) => [p.key, stats(phone[p.key].map((m) => m.ready))]));
    report.phone = {
      cpuSlowdown: PHONE_SLOWDOWN,
      runs: opt.phoneRuns,
      interactive: medians,
      ratio: medians.home.median / medians.minimal.median,
      resultsRatio: medians.results.median / medians.minimal.median,
    };
  }
  report.startup = {};
  for (const p of pages) {
    const l = loads[p.key];
    report.startup[p.key] = {
      label: p.label,
      interactive: stats(l.map((m) => m.ready)),
      headingSeen: stats(l.map((m) => m.seen)),
      seenToReady: stats(l.map((m) => m.ready - m.seen)),
      wasmLoaded: stats(l.filter((m) => m.wasmLoaded != null).map((m) => m.wasmLoaded)),
      clickToUpdate: stats(l.map((m) => m.clickToUpdate)),
      wireBytes: stats(l.map((m) => m.wire)),
      requests: l[0].requests,
      heading: l[0].heading,
      control: l[0].control,
      samples: l.map((m) => Math.round(m.ready * 10) / 10),
    };
  }
  const fetched = (keys) =>
    new Set(keys.flatMap((k) => loads[k].flatMap((m) => m.paths)).map((p) => (p.endsWith('/') ? p + 'index.html' : p).replace(/^\//, '')));
  // The first load is the home screen's. A results link loads the same files and then, once
  // its results show, the QR code's module (kit/qr-*): listed apart, not in the first load.
  report.fetched = { app: [...fetched(['home'])], minimal: [...fetched(['minimal'])] };
  if (servers.compare) report.fetched.compare = [...fetched(['homeB'])];
  report.fetchedAfterResults = [...fetched(['results'])].filter((f) => !report.fetched.app.includes(f));
  report.encodings = [...new Set([...servers.app.encodings, ...servers.minimal.encodings])].sort();
} catch (err) {
  failed = err;
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((s) => s.close()));
}
if (failed) die(`measurement failed: ${failed.stack ?? failed}`);
const appSizes = sizes(PATHS.dist, new Set(report.fetched.app));
const minimalSizes = sizes(PATHS.minimal, new Set(report.fetched.minimal));
report.sizes = { app: appSizes, minimal: minimalSizes };
printSizes(`MLT Fit (${path.relative(ROOT, PATHS.dist) || '.'}/)`, appSizes);
printSizes('Reference: minimal Yew app (target/bench/minimal-yew-dist/)', minimalSizes);
if (PATHS.compare) {
  report.sizes.compare = sizes(PATHS.compare, new Set(report.fetched.compare));
  printSizes(`Compared build (${PATHS.compare}/)`, report.sizes.compare);
}

// ---------- report ----------
const st = report.startup;
console.log(`\n== Start-up: navigation start -> first screen interactive (ms, ${opt.runs} cold loads each: fresh context, cache disabled)`);
console.log('   interactive = a task queued once #main-content holds the level-1 heading and an enabled control has run');
console.log(`${pad('page', 24)}${lpad('median', 8)}${lpad('min', 8)}${lpad('p25', 8)}${lpad('p75', 8)}${lpad('max', 8)}  ${pad('wasm loaded', 12)}${pad('click->update', 14)}${lpad('wire kB', 8)}`);
for (const s of Object.values(st)) {
  const i = s.interactive;
  console.log(`${pad(s.label, 24)}${lpad(ms(i.median), 8)}${lpad(ms(i.min), 8)}${lpad(ms(i.p25), 8)}${lpad(ms(i.p75), 8)}${lpad(ms(i.max), 8)}  ${pad(ms(s.wasmLoaded.median), 12)}${pad(ms(s.clickToUpdate.median), 14)}${lpad(kb(s.wireBytes.median), 8)}`);
}
for (const s of Object.values(st)) console.log(`  ${s.label}: h1 "${s.heading}", control ${s.control.replace(/\s+/g, ' ')}`);
console.log(`  (medians; "wasm loaded" = the .wasm response's end, "wire kB" = bytes the browser received incl. headers; served as: ${report.encodings.join(', ')})`);
const ratio = st.home.interactive.median / st.minimal.interactive.median;
// The same ratio taken within each round (loads seconds apart), then the median: less
// sensitive to slow spells of the machine. Reported beside the budget figure.
const paired = stats(st.home.samples.map((h, i) => h / st.minimal.samples[i]));
report.pairedRatio = paired;
const resultsRatio = st.results.interactive.median / st.minimal.interactive.median;

if (PATHS.compare) {
  // Per round (the same moments of the machine), B over A: below 1 means B is faster.
  const per = (a, b) => stats(st[b].samples.map((x, i) => x / st[a].samples[i]));
  const home = per('home', 'homeB');
  const results = per('results', 'resultsB');
  report.compare = { dist: PATHS.compare, home, results, gzipDelta: report.sizes.compare.total.gzip - appSizes.total.gzip };
  console.log(`\n== Compared with ${PATHS.compare} (B) in the same rounds: B / widget, per round`);
  console.log(`  first load, gzip: ${kb(report.sizes.compare.total.gzip)} kB vs ${kb(appSizes.total.gzip)} kB (${report.compare.gzipDelta >= 0 ? '+' : ''}${kb(report.compare.gzipDelta)} kB)`);
  console.log(`  first screen: median ${ms(st.homeB.interactive.median)} vs ${ms(st.home.interactive.median)} ms; per round B/A median ${home.median.toFixed(3)} (IQR ${home.p25.toFixed(3)}-${home.p75.toFixed(3)})`);
  console.log(`  results link: median ${ms(st.resultsB.interactive.median)} vs ${ms(st.results.interactive.median)} ms; per round B/A median ${results.median.toFixed(3)} (IQR ${results.p25.toFixed(3)}-${results.p75.toFixed(3)})`);
}

const sc = report.scoring;
console.log(`\n== Scoring a full answer set (${sc.native.items} items, every one answered): core::scoring::score`);
console.log(`${pad('where', 42)}${lpad('mean', 10)}${lpad('fastest', 10)}${lpad('slowest', 10)}${lpad('1st call', 10)}   (us per call; batches of ${sc.native.runs / 20})`);
console.log(`${pad(`native, release profile (${sc.native.runs} calls)`, 42)}${lpad(us(sc.native.meanMs * 1000), 10)}${lpad(us(sc.native.minBatchMs * 1000), 10)}${lpad(us(sc.native.maxBatchMs * 1000), 10)}${lpad(us(sc.native.firstMs * 1000), 10)}`);
console.log(`${pad(`browser, wasm -Oz in Chromium (${sc.browser.runs} calls)`, 42)}${lpad(us(sc.browser.meanMs * 1000), 10)}${lpad(us(sc.browser.minBatchMs * 1000), 10)}${lpad(us(sc.browser.maxBatchMs * 1000), 10)}${lpad(us(sc.browser.firstMs * 1000), 10)}`);
console.log('  (browser clock resolution is 100 us: a 1st call of 0 means under it)');
console.log(`  results link, whole cold start incl. scoring: ${ms(st.results.interactive.median)} ms median vs ${ms(st.home.interactive.median)} ms for the first screen`);

const cv = report.classView;
// (cv.browser is null when the build measured has no class view module, e.g. a --dist variant.)
console.log(`\n== Class view: ${CLASS_LINKS} links and codes pasted${cv.browser ? `, ${cv.browser.lines} lines, "Show the class" -> table rendered (${cv.browser.rows} students)` : '; not shown in a browser: this build has no class view module'}`);
console.log(`  read + summarise (core::class, wasm -Oz in Chromium): median ${ms(cv.core.median)} ms [${ms(cv.core.min)}-${ms(cv.core.max)}] over ${cv.core.runs} runs, ${cv.core.students} students`);
console.log(`  the same natively: ${cv.native.meanMs.toFixed(1)} ms (reading alone ${cv.native.parseMs.toFixed(1)} ms)`);
if (cv.browser) console.log(`  click -> table rendered in the release build (read, summarise and render ${cv.browser.rows} rows): median ${ms(cv.browser.median)} ms [${ms(cv.browser.min)}-${ms(cv.browser.max)}] over ${cv.browser.runs} runs`);
else console.log('  click -> table rendered: not measured (this build has no class view)');

// Issue 12: the first load's files (the page, the JS and CSS it names, the WASM it preloads),
// gzip -9, in dist/ and in the same build without content/es/.
function pageFiles(dir) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\bsrc=|\brel="?(stylesheet|preload)\b/.test(tag))
    .map((tag) => (tag.match(/\b(?:src|href)="?([^"\s>]+\.(?:js|css|wasm))\b/) || [])[1])
    .filter(Boolean);
  return ['index.html', ...new Set(refs.map((r) => r.replace(/^\.\//, '')))];
}
const firstLoadGzip = (dir) => pageFiles(dir).reduce((n, f) => n + gzipSize(path.join(dir, f)), 0);
let spanishCost = null;
if (PATHS.dist === at('dist') && fs.existsSync(path.join(PATHS.englishOnly, 'index.html'))) {
  const withSpanish = firstLoadGzip(PATHS.dist);
  const without = firstLoadGzip(PATHS.englishOnly);
  spanishCost = { withSpanish, without, delta: withSpanish - without, files: pageFiles(PATHS.dist) };
  report.spanishCost = spanishCost;
  console.log(`\n== What Spanish costs the English first load (issue 12): ${spanishCost.files.join(', ')}, gzip -9`);
  console.log(`  with content/es/: ${kb(withSpanish)} kB; the same build without it: ${kb(without)} kB; difference ${(spanishCost.delta / KB).toFixed(2)} kB`);
}

const ph = report.phone;
const phoneNote = (r, page) => (ph ? `  [4x CPU: ${r.toFixed(2)}x, ${ms(ph.interactive[page].median)} / ${ms(ph.interactive.minimal.median)} ms]` : '');
const budgets = [
  {
    name: 'first load, gzip (HTML+JS+WASM+CSS)',
    pass: appSizes.total.gzip <= BUDGET.transferGzip,
    value: `${kb(appSizes.total.gzip)} kB (brotli ${kb(appSizes.total.brotli)} kB)`,
    limit: `<= ${kb(BUDGET.transferGzip)} kB`,
  },
  {
    name: 'first screen interactive vs minimal Yew app',
    pass: ratio <= BUDGET.startupRatio,
    value: `${ratio.toFixed(2)}x (${ms(st.home.interactive.median)} / ${ms(st.minimal.interactive.median)} ms)${phoneNote(ph?.ratio, 'home')}`,
    limit: `<= ${BUDGET.startupRatio}x (aim ${BUDGET.startupAim}x)`,
  },
  {
    name: 'results link interactive vs minimal Yew app',
    pass: resultsRatio <= BUDGET.resultsRatio,
    value: `${resultsRatio.toFixed(2)}x (${ms(st.results.interactive.median)} / ${ms(st.minimal.interactive.median)} ms)${phoneNote(ph?.resultsRatio, 'results')}`,
    limit: `<= ${BUDGET.resultsRatio}x`,
  },
  {
    name: 'scoring a full answer set, browser (mean)',
    pass: sc.browser.meanMs < BUDGET.scoreMs,
    value: `${(sc.browser.meanMs * 1000).toFixed(1)} us`,
    limit: `< ${BUDGET.scoreMs} ms`,
  },
  {
    name: 'scoring a full answer set, native (mean)',
    pass: sc.native.meanMs < BUDGET.scoreMs,
    value: `${(sc.native.meanMs * 1000).toFixed(1)} us`,
    limit: `< ${BUDGET.scoreMs} ms`,
  },
  {
    name: `class view: ${CLASS_LINKS} links read + summarised (Chromium)`,
    pass: cv.core.median < BUDGET.classMs,
    value: `${ms(cv.core.median)} ms median (shown: ${cv.browser ? ms(cv.browser.median) : '-'} ms)`,
    limit: `< ${BUDGET.classMs} ms`,
  },
  {
    name: 'Spanish\'s cost to the English first load',
    // null: not measured (a --dist variant), shown as SKIP and not counted.
    pass: spanishCost == null ? null : spanishCost.delta <= BUDGET.spanishCostGzip,
    value: spanishCost ? `${(spanishCost.delta / KB).toFixed(2)} kB (${kb(spanishCost.withSpanish)} vs ${kb(spanishCost.without)} kB without content/es/)` : 'not measured (run without --dist and --no-build once)',
    limit: `<= ${kb(BUDGET.spanishCostGzip)} kB`,
  },
];
report.ratio = ratio;
report.resultsRatio = resultsRatio;
report.budgets = budgets;

if (ph) {
  console.log(`\n== A cheap phone's view: the same start-up, Chromium's CPU slowed ${ph.cpuSlowdown}x (${ph.runs} cold loads each; reported, not budgeted)`);
  console.log(`${pad('page', 24)}${lpad('median', 8)}${lpad('min', 8)}${lpad('p25', 8)}${lpad('p75', 8)}${lpad('max', 8)}  vs minimal`);
  for (const [key, i] of Object.entries(ph.interactive)) {
    console.log(`${pad(st[key].label, 24)}${lpad(ms(i.median), 8)}${lpad(ms(i.min), 8)}${lpad(ms(i.p25), 8)}${lpad(ms(i.p75), 8)}${lpad(ms(i.max), 8)}  ${(i.median / ph.interactive.minimal.median).toFixed(2)}x`);
  }
}

console.log('\n== Budgets');
for (const b of budgets) console.log(`${b.pass == null ? 'SKIP' : b.pass ? 'PASS' : 'FAIL'}  ${pad(b.name, 48)}${pad(b.limit, 22)}${b.value}`);

const a = appSizes;
const mi = minimalSizes;
console.log('\n== Summary');
const row = (k, v, r = '') => console.log(`${pad(k, 52)}${pad(v, 26)}${r}`);
row('', 'MLT Fit', 'minimal Yew app');
row('total transfer, gzip (kB)', kb(a.total.gzip), kb(mi.total.gzip));
row('total transfer, brotli (kB)', kb(a.total.brotli), kb(mi.total.brotli));
row('  of which WASM, gzip (kB)', kb(a.byKind.wasm.gzip), kb(mi.byKind.wasm.gzip));
row('WASM raw (kB)', kb(a.byKind.wasm.raw), kb(mi.byKind.wasm.raw));
row('first screen interactive, median [min-max] ms', `${ms(st.home.interactive.median)} [${ms(st.home.interactive.min)}-${ms(st.home.interactive.max)}]`, `${ms(st.minimal.interactive.median)} [${ms(st.minimal.interactive.min)}-${ms(st.minimal.interactive.max)}]`);
row('  IQR (p25-p75) ms', `${ms(st.home.interactive.p25)}-${ms(st.home.interactive.p75)}`, `${ms(st.minimal.interactive.p25)}-${ms(st.minimal.interactive.p75)}`);
row('start-up ratio to minimal', `${ratio.toFixed(2)}x (per round: median ${paired.median.toFixed(2)}x, IQR ${paired.p25.toFixed(2)}-${paired.p75.toFixed(2)})`);
row('results link interactive, median ms', `${ms(st.results.interactive.median)} (${resultsRatio.toFixed(2)}x)`);
if (ph) {
  row(`4x CPU: first screen / results link, median ms`, `${ms(ph.interactive.home.median)} / ${ms(ph.interactive.results.median)}`, ms(ph.interactive.minimal.median));
  row('4x CPU: ratios to minimal', `${ph.ratio.toFixed(2)}x / ${ph.resultsRatio.toFixed(2)}x`);
}
row('click -> screen updated, median ms', ms(st.home.clickToUpdate.median), ms(st.minimal.clickToUpdate.median));
row('score(), full answer set: browser / native', `${us(sc.browser.meanMs * 1000)} us / ${us(sc.native.meanMs * 1000)} us`);
const failedBudgets = budgets.filter((b) => b.pass === false);
const measuredBudgets = budgets.filter((b) => b.pass != null);
console.log(`\nbench: ${measuredBudgets.length - failedBudgets.length} of ${measuredBudgets.length} budgets hold${failedBudgets.length ? `; BROKEN: ${failedBudgets.map((b) => b.name).join('; ')}` : ''}`);

fs.mkdirSync(path.dirname(PATHS.out), { recursive: true });
fs.writeFileSync(PATHS.out, JSON.stringify(report, null, 2) + '\n');
if (opt.json) fs.writeFileSync(opt.json, JSON.stringify(report, null, 2) + '\n');
console.log(`bench: full figures in ${path.relative(ROOT, PATHS.out)}${opt.json ? ` and ${opt.json}` : ''}`);
process.exit(failedBudgets.length ? 1 : 0);
