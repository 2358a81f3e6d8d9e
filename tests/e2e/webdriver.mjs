// A small W3C WebDriver client over fetch, and the two engines it drives: Firefox ESR through
// geckodriver and WebKitGTK's MiniBrowser through WebKitWebDriver (under a private Xvfb
// display). Nothing here downloads anything: the browsers and drivers come from
// scripts/setup --browser (see shared/TOOLCHAIN.md, "Firefox and WebKit").
//
//   const engine = await startEngine('firefox');     // driver on a free port (+ Xvfb for WebKit)
//   const s = await engine.newSession();             // a fresh browser, nothing stored
//   await s.navigate(url); const h = await s.find('//h1'); await s.text(h);
//   await s.delete(); await engine.stop();           // stop() also ends any processes left
//
// Every request has a timeout and every failure names the command, the WebDriver error and
// its message. Driver (and Xvfb) processes are started in their own process groups and
// killed as groups when stopped, and also when this Node process exits, fails or is
// interrupted (SIGINT, SIGTERM).
import { spawn } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The key a W3C element reference is stored under. */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

const REQUEST_TIMEOUT = 30_000;
const SESSION_TIMEOUT = 60_000;
const DRIVER_START_TIMEOUT = 20_000;
export const WAIT_TIMEOUT = 20_000;

export const FIREFOX_BINARY = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** An error answered by the driver: `.error` is the W3C error code ("no such element", ...). */
export class WebDriverError extends Error {
  constructor(what, error, message) {
    super(`WebDriver ${what}: ${error}${message ? `: ${message.split('\n')[0]}` : ''}`);
    this.error = error;
  }
}

// ---------------------------------------------------------------------------------------
// Processes: started in their own group, killed as a group, never left behind.

const running = new Set();
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch { /* already gone */ }
}
process.on('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of running) killGroup(child, 'SIGKILL');
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

/** Spawns `command` in a new process group; keeps its last output lines for error messages. */
function startProcess(command, args, { env = {}, stdio = ['ignore', 'pipe', 'pipe'] } = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio, detached: true });
  running.add(child);
  const lines = [];
  const keep = (chunk) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
    child.once('error', (err) => {
      running.delete(child);
      keep(`${command}: ${err.message}`);
      resolve({ code: null, signal: null, error: err });
    });
  });
  child.output = () => lines.join('\n');
  child.stop = async () => {
    if (!running.has(child)) return;
    killGroup(child, 'SIGTERM');
    const done = await Promise.race([child.exited, sleep(3000).then(() => null)]);
    if (!done) {
      killGroup(child, 'SIGKILL');
      await child.exited;
    }
  };
  return child;
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a virtual X display on a free display number (Xvfb picks it: -displayfd), so that
 * parallel runs never share or collide on one. Resolves to { display: ':N', stop }.
 */
export async function startXvfb() {
  const child = startProcess('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display number in 10 s:\n${child.output()}`)), 10_000);
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    child.exited.then(({ code, error }) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${error?.message ?? `code ${code}`}) before giving a display:\n${child.output()}`));
    });
  });
  return { display, stop: () => child.stop() };
}

/**
 * Starts a WebDriver server: `args(port)` gives its arguments for a free port. Waits until
 * its /status says ready. Resolves to { url, stop, output }.
 */
export async function startDriver(command, args, { env = {}, name = command } = {}) {
  const port = await freePort();
  const child = startProcess(command, args(port), { env });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + DRIVER_START_TIMEOUT;
  let exited = null;
  child.exited.then((e) => { exited = e; });
  for (;;) {
    if (exited) {
      throw new Error(`${name} exited (${exited.error?.message ?? `code ${exited.code}, signal ${exited.signal}`}) ` +
        `before it was ready:\n${child.output()}`);
    }
    try {
      const res = await fetch(`${url}/status`, { signal: AbortSignal.timeout(2000) });
      const body = await res.json();
      if (body?.value?.ready !== false) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await child.stop();
      throw new Error(`${name} did not answer on ${url}/status within ${DRIVER_START_TIMEOUT / 1000} s:\n${child.output()}`);
    }
    await sleep(100);
  }
  return { url, stop: () => child.stop(), output: () => child.output() };
}

// ---------------------------------------------------------------------------------------
// The protocol.

async function request(base, method, path, body, { timeout = REQUEST_TIMEOUT, what = `${method} ${path}` } = {}) {
  let res;
  try {
    res = await fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
  } catch (err) {
    const why = err.name === 'TimeoutError' ? `no answer within ${timeout / 1000} s` : err.message;
    throw new WebDriverError(what, 'request failed', why);
  }
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(what, `HTTP ${res.status}`, `not JSON: ${text.slice(0, 200)}`);
  }
  if (!res.ok || json?.value?.error) {
    throw new WebDriverError(what, json?.value?.error ?? `HTTP ${res.status}`, json?.value?.message ?? text.slice(0, 200));
  }
  return json.value;
}

/** An XPath string literal for any text (quotes included). */
export function lit(text) {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  return `concat(${text.split("'").map((part) => `'${part}'`).join(`, "'", `)})`;
}

const ref = (element) => ({ [ELEMENT]: element });
const idOf = (value) => value[ELEMENT];
/** Errors that mean "the element went away while we looked": retried by the waits. */
const TRANSIENT = new Set(['stale element reference', 'no such element', 'element not interactable', 'element click intercepted']);

export class Session {
  constructor(driverUrl, id, capabilities) {
    this.base = `${driverUrl}/session/${id}`;
    this.id = id;
    this.capabilities = capabilities;
  }

  cmd(method, path, body, options) {
    return request(this.base, method, path, body, options);
  }

  navigate(url) {
    return this.cmd('POST', '/url', { url }, { what: `navigate to ${url}`, timeout: 60_000 });
  }

  url() {
    return this.cmd('GET', '/url');
  }

  refresh() {
    return this.cmd('POST', '/refresh', {}, { what: 'refresh', timeout: 60_000 });
  }

  /** Element ids matching an XPath (within `from`, an element id, if given); maybe none. */
  async findAll(xpath, from) {
    const path = from ? `/element/${from}/elements` : '/elements';
    const found = await this.cmd('POST', path, { using: 'xpath', value: xpath }, { what: `find ${xpath}` });
    return found.map(idOf);
  }

  /** The first visible element matching an XPath, waited for; fails naming the XPath. */
  async find(xpath, { timeout = WAIT_TIMEOUT, visible = true } = {}) {
    return this.waitFor(async () => {
      for (const el of await this.findAll(xpath)) {
        if (!visible || (await this.displayed(el))) return el;
      }
      return null;
    }, () => `no ${visible ? 'visible ' : ''}element matches ${xpath}`, timeout);
  }

  async count(xpath) {
    return (await this.findAll(xpath)).length;
  }

  displayed(el) {
    return this.cmd('GET', `/element/${el}/displayed`);
  }

  click(el) {
    return this.cmd('POST', `/element/${el}/click`, {}, { what: 'click' });
  }

  /** Finds (waiting) and clicks; retried while the page re-renders under it. */
  async clickOn(xpath, { timeout = WAIT_TIMEOUT } = {}) {
    await this.waitFor(async () => {
      const el = await this.find(xpath, { timeout });
      try {
        await this.click(el);
        return true;
      } catch (err) {
        if (TRANSIENT.has(err.error)) return false;
        throw err;
      }
    }, () => `could not click ${xpath}`, timeout);
  }

  sendKeys(el, text) {
    return this.cmd('POST', `/element/${el}/value`, { text }, { what: 'send keys' });
  }

  /**
   * The element's text as rendered (innerText), spaces collapsed. Not WebDriver's Get Element
   * Text: WebKitWebDriver's leaves out the line breaks between blocks ("100out of 100Strong fit").
   */
  async text(el) {
    const text = await this.execute((e) => e.innerText, { element: el });
    return String(text).replace(/\s+/g, ' ').trim();
  }

  property(el, name) {
    return this.cmd('GET', `/element/${el}/property/${encodeURIComponent(name)}`);
  }

  /** Runs `fn` (a function or its source) in the page with `args`; elements as { element: id }. */
  execute(fn, ...args) {
    const script = typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
    const wire = args.map((a) => (a && typeof a === 'object' && 'element' in a ? ref(a.element) : a));
    return this.cmd('POST', '/execute/sync', { script, args: wire }, { what: 'execute script' });
  }

  /** Switches into the frame element `el`, or back to the top document with null. */
  frame(el) {
    return this.cmd('POST', '/frame', { id: el === null ? null : ref(el) }, { what: 'switch frame' });
  }

  async delete() {
    try {
      await this.cmd('DELETE', '', undefined, { what: 'delete session', timeout: 15_000 });
    } catch { /* the browser may be gone already; the driver's stop() cleans up */ }
  }

  /** Polls fn() until it is truthy; transient element errors count as "not yet". */
  async waitFor(fn, describe, timeout = WAIT_TIMEOUT) {
    const deadline = Date.now() + timeout;
    let lastError;
    for (;;) {
      try {
        const v = await fn();
        if (v) return v;
      } catch (err) {
        if (!TRANSIENT.has(err.error)) throw err;
        lastError = err;
      }
      if (Date.now() > deadline) {
        throw new Error(`${describe()} (after ${timeout / 1000} s${lastError ? `; last: ${lastError.message}` : ''})`);
      }
      await sleep(50);
    }
  }
}

export async function newSession(driverUrl, capabilities) {
  const value = await request(driverUrl, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } }, {
    timeout: SESSION_TIMEOUT, what: 'new session',
  });
  const session = new Session(driverUrl, value.sessionId, value.capabilities);
  await session.cmd('POST', '/timeouts', { implicit: 0, pageLoad: 60_000, script: 30_000 });
  return session;
}

// ---------------------------------------------------------------------------------------
// The engines.

export const ENGINES = {
  firefox: {
    label: 'Firefox ESR',
    async start() {
      const driver = await startDriver('geckodriver', (port) => ['--host', '127.0.0.1', '--port', String(port)], {
        name: 'geckodriver',
      });
      // window.print() opens Firefox's print dialog, which blocks the page (and the WebDriver
      // command that clicked) until someone closes it: print silently to a PDF file instead.
      const printDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlt-fit-firefox-print-'));
      return {
        driver,
        capabilities: {
          browserName: 'firefox',
          'moz:firefoxOptions': {
            binary: FIREFOX_BINARY,
            args: ['-headless', '-width', '1280', '-height', '800'],
            prefs: {
              'print.always_print_silent': true,
              print_printer: 'Mozilla Save to PDF',
              'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
              'print.printer_Mozilla_Save_to_PDF.print_to_filename': path.join(printDir, 'printed.pdf'),
            },
          },
        },
        stop: async () => {
          await driver.stop();
          fs.rmSync(printDir, { recursive: true, force: true });
        },
      };
    },
  },
  webkit: {
    label: 'WebKitGTK (MiniBrowser)',
    async start() {
      const xvfb = await startXvfb();
      let driver;
      try {
        // DISPLAY in the driver's own environment: without it session creation hangs.
        driver = await startDriver('WebKitWebDriver', (port) => [`--port=${port}`], {
          env: { DISPLAY: xvfb.display }, name: 'WebKitWebDriver',
        });
      } catch (err) {
        await xvfb.stop();
        throw err;
      }
      return {
        driver,
        capabilities: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
        stop: async () => {
          await driver.stop();
          await xvfb.stop();
        },
      };
    },
  },
};

/**
 * Starts an engine's driver (one a test file); newSession() opens a fresh browser each time.
 * Sessions still open at stop() are deleted first.
 */
export async function startEngine(name) {
  const spec = ENGINES[name];
  if (!spec) throw new Error(`unknown engine ${name}; known: ${Object.keys(ENGINES).join(', ')}`);
  const started = await spec.start();
  const open = new Set();
  return {
    name,
    label: spec.label,
    async newSession() {
      let session;
      try {
        session = await newSession(started.driver.url, started.capabilities);
      } catch (err) {
        err.message += `\n${name} driver output:\n${started.driver.output()}`;
        throw err;
      }
      open.add(session);
      const del = session.delete.bind(session);
      session.delete = async () => {
        open.delete(session);
        await del();
      };
      return session;
    },
    async stop() {
      for (const s of [...open]) await s.delete();
      await started.stop();
    },
  };
}
