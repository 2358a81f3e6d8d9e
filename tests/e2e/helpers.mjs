// Shared helpers for the end-to-end tests: the questionnaire as data (read from content/),
// answering it in the browser, reading the results screen, and a JS copy of the results-link
// codec (src/core/link.rs) for crafting valid and deliberately broken links.
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startServer, DIST } from './server.mjs';
import { launchBrowser } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The release build to test. MLT_E2E_DIST may point at a copy (e.g. while others rebuild dist/). */
export const BUILD = process.env.MLT_E2E_DIST || DIST;

export const STORAGE_KEY = 'mlt-fit/progress/v1';
export const BANDS = ['Strong fit', 'Good fit', 'Mixed fit', 'Low fit', 'Not enough answers', 'No band this time', 'Serious obstacle'];
export const GUIDE_IDS = [
  'what', 'duties', 'settings', 'education', 'salary',
  'advancing', 'certification', 'online', 'suits', 'decision',
];
export const STANDARD_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const TIMEOUT = 20_000;

// ---------------------------------------------------------------------------------------
// The questionnaire, from content/model.toml (structure) and content/en/items.toml (words).

function tomlString(line) {
  const m = line.match(/^\s*([A-Za-z0-9_]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(#.*)?$/);
  return m ? [m[1], m[2].replace(/\\"/g, '"').replace(/\\\\/g, '\\')] : null;
}

/** The items in the order they are asked: {id, part, area, scale, keyed, text}. */
export function loadItems() {
  const model = fs.readFileSync(path.join(ROOT, 'content/model.toml'), 'utf8');
  const words = fs.readFileSync(path.join(ROOT, 'content/en/items.toml'), 'utf8');
  const items = [];
  let current = null;
  for (const line of model.split('\n')) {
    if (/^\s*\[\[item\]\]/.test(line)) {
      current = { keyed: '+' };
      items.push(current);
    } else if (/^\s*\[/.test(line)) {
      current = null;
    } else if (current) {
      const kv = tomlString(line);
      if (kv) current[kv[0]] = kv[1];
    }
  }
  const texts = {};
  let inItems = false;
  for (const line of words.split('\n')) {
    if (/^\s*\[/.test(line)) inItems = /^\s*\[items\]/.test(line);
    else if (inItems) {
      const kv = tomlString(line);
      if (kv) texts[kv[0]] = kv[1];
    }
  }
  for (const item of items) {
    item.text = texts[item.id];
    assert.ok(item.text, `no English text for item ${item.id} in content/en/items.toml`);
  }
  return items;
}

export const ITEMS = loadItems();

/** The current question set's version (item_set in content/model.toml). */
export const ITEM_SET = (() => {
  const model = fs.readFileSync(path.join(ROOT, 'content/model.toml'), 'utf8');
  const m = model.match(/^item_set\s*=\s*(\d+)/m);
  assert.ok(m, 'no item_set in content/model.toml');
  return Number(m[1]);
})();

/** Item ids of a published question set, from content/item_sets.toml. */
export function itemSetIds(version) {
  const sets = fs.readFileSync(path.join(ROOT, 'content/item_sets.toml'), 'utf8').split('[[set]]').slice(1);
  const set = sets.find((s) => new RegExp(`^\\s*version\\s*=\\s*${version}\\s*$`, 'm').test(s));
  assert.ok(set, `no question set ${version} in content/item_sets.toml`);
  return [...set.matchAll(/"([a-z0-9_]+)"/g)].map((m) => m[1]);
}
export const TOTAL = ITEMS.length;
/** Characters in a results-link payload for the current set: 4 header bytes, 3 bits an answer, 2 CRC bytes, base64url. */
export const PAYLOAD_CHARS = Math.ceil(((4 + Math.ceil((3 * TOTAL) / 8) + 2) * 8) / 6);

/** Index (0..4) of the answer most in line with MLT work. */
export function mltLike(item) {
  if (item.part === 'interest') return 'RIC'.includes(item.area) ? 4 : 0;
  // Candour claims ("I have never been late") never count; the honest answer disagrees.
  if (item.part === 'candour') return 0;
  return item.keyed === '-' ? 0 : 4;
}
/** Index of the answer furthest from MLT work. */
export function mltOpposite(item) {
  if (item.part === 'candour') return 0;
  return 4 - mltLike(item);
}

export function itemByText(text) {
  const t = text.replace(/\s+/g, ' ').trim();
  const item = ITEMS.find((i) => i.text === t);
  assert.ok(item, `question "${t}" is not in content/en/items.toml (rebuild dist/?)`);
  return item;
}

// ---------------------------------------------------------------------------------------
// Browser and server, one of each per test file.

export async function setup() {
  assert.ok(
    fs.existsSync(path.join(BUILD, 'index.html')),
    `no ${BUILD}/index.html: run \`trunk build --release --offline\` first`,
  );
  const [server, browser] = await Promise.all([startServer({ root: BUILD }), launchBrowser()]);
  return {
    server,
    browser,
    url: server.url,
    async teardown() {
      await browser.close();
      await server.close();
    },
  };
}

/** The level-1 heading, waited for; optionally with this exact text (string or RegExp). */
export async function h1(page, name) {
  const loc = name === undefined
    ? page.getByRole('heading', { level: 1 })
    : page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' });
  await loc.waitFor({ state: 'visible', timeout: TIMEOUT });
  return loc;
}

/** Goes to a fragment route (`#/quiz/3`) of the app and waits for its level-1 heading. */
export async function goto(page, base, fragment, heading) {
  await page.goto(`${base}/${fragment}`, { waitUntil: 'load' });
  return h1(page, heading);
}

/** Asserts that the page recorded no console errors, page errors or foreign requests. */
export function assertClean(p, what = '') {
  const at = what ? ` (${what})` : '';
  assert.deepEqual(p.pageErrors, [], `page errors${at}`);
  assert.deepEqual(p.consoleErrors, [], `console errors${at}`);
  assert.deepEqual(p.foreignRequests, [], `requests to other origins${at}`);
  assert.deepEqual(p.badResponses, [], `failed responses${at}`);
}

// ---------------------------------------------------------------------------------------
// The questionnaire in the browser.

/** The question on screen: {n, text, item, group, radios}. Waits for it (question n if given). */
export async function currentQuestion(page, n) {
  const heading = await h1(page, n === undefined ? /^Question \d+ of \d+$/ : `Question ${n} of ${TOTAL}`);
  const group = page.getByRole('group');
  // Heading and question text in one round trip (they render together).
  const [title, text] = await heading.evaluate((h) => [
    h.textContent.trim(),
    (document.querySelector('main fieldset legend')?.textContent ?? '').trim(),
  ]);
  const [, num, total] = title.match(/^Question (\d+) of (\d+)$/);
  assert.equal(Number(total), TOTAL, `"${title}": the app and content/ disagree on the number of questions`);
  assert.equal(await group.count(), 1, `question ${num}: one group of answers`);
  const item = itemByText(text);
  // The group is named by the question text.
  const radios = page.getByRole('group', { name: item.text }).getByRole('radio');
  return { n: Number(num), text, item, group, radios };
}

export function nextButton(page) {
  return page.getByRole('button', { name: /^(Next|See my results)$/ });
}

/**
 * Answers the questions from the current one to the end, choosing with pick(item, n)
 * (an index 0..4, or null to press Skip), by clicking. Ends on the results screen.
 */
export async function answerAll(page, pick) {
  for (;;) {
    const q = await currentQuestion(page);
    const choice = await pick(q.item, q.n);
    if (choice === null || choice === undefined) {
      await page.getByRole('button', { name: 'Skip', exact: true }).click();
    } else {
      await q.radios.nth(choice).click();
      await nextButton(page).click();
    }
    if (q.n === TOTAL) break;
    await h1(page, `Question ${q.n + 1} of ${TOTAL}`);
  }
  return h1(page, 'Your MLT fit');
}

/** Answers every question by keyboard: Tab into the group, arrows to choose, Enter to go on. */
export async function answerAllByKeyboard(page, pick, { maxTabs = 10 } = {}) {
  for (;;) {
    const q = await currentQuestion(page);
    const choice = await pick(q.item, q.n);
    // Focus should be on the heading after navigation; Tab until a radio of the group has it.
    let tabs = 0;
    while (!(await q.group.evaluate((g) => g.contains(document.activeElement) && document.activeElement.type === 'radio'))) {
      assert.ok(tabs++ < maxTabs, `question ${q.n}: Tab did not reach the answers within ${maxTabs} presses`);
      await page.keyboard.press('Tab');
    }
    // Arrow keys select as they move; the first arrow press from an unselected group selects
    // a neighbour, so walk until the wanted option is checked.
    for (let i = 0; i < 12 && !(await q.radios.nth(choice).isChecked()); i++) {
      const checked = await checkedIndex(q.radios);
      const key = checked === -1 || checked < choice ? 'ArrowDown' : 'ArrowUp';
      if (checked === -1) {
        // Nothing chosen yet: Space selects the focused radio.
        await page.keyboard.press('Space');
      } else {
        await page.keyboard.press(key);
      }
    }
    assert.ok(await q.radios.nth(choice).isChecked(), `question ${q.n}: could not choose option ${choice} by keyboard`);
    await page.keyboard.press('Enter');
    if (q.n === TOTAL) break;
    await h1(page, `Question ${q.n + 1} of ${TOTAL}`);
  }
  return h1(page, 'Your MLT fit');
}

export async function checkedIndex(radios) {
  const n = await radios.count();
  for (let i = 0; i < n; i++) if (await radios.nth(i).isChecked()) return i;
  return -1;
}

// ---------------------------------------------------------------------------------------
// The results screen.

/** {score, band, reasons} read from the results screen. */
export async function readResults(page) {
  await h1(page, 'Your MLT fit');
  const card = page.getByRole('region', { name: 'Fit score' });
  await card.waitFor({ timeout: TIMEOUT });
  const text = (await card.innerText()).replace(/\s+/g, ' ').trim();
  const m = text.match(/^(\d{1,3}|–)(?=\s|$)/);
  assert.ok(m, `no score (number or "–") at the start of the "Fit score" region: "${text}"`);
  const score = m[1] === '–' ? null : Number(m[1]);
  const bands = BANDS.filter((b) => text.includes(b));
  assert.equal(bands.length, 1, `exactly one band name in the "Fit score" region: "${text}"`);
  return { score, band: bands[0], cardText: text, reasons: await sectionText(page, 'What shaped your score') };
}

/** Text of the region labelled by the level-2 heading `name`. */
export async function sectionText(page, name) {
  const region = page.getByRole('region', { name, exact: true });
  await region.waitFor({ timeout: TIMEOUT });
  return (await region.innerText()).replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------
// Results-link codec (format 1), mirroring src/core/link.rs, for crafting test links.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function crc16(bytes) {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

export function base64url(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.ceil(((Math.min(3, bytes.length - i)) * 8) / 6);
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Payload for answers (0..4, or null for skipped). */
export function encodePayload(answers, { format = 1, itemSet = ITEM_SET } = {}) {
  const bits = [];
  for (const a of answers) {
    const v = a === null || a === undefined ? 5 : a;
    bits.push((v >> 2) & 1, (v >> 1) & 1, v & 1);
  }
  const packed = [];
  for (let i = 0; i < bits.length; i += 8) {
    let byte = 0;
    for (let k = 0; k < 8; k++) byte = (byte << 1) | (bits[i + k] ?? 0);
    packed.push(byte);
  }
  const bytes = [format, (itemSet >> 8) & 0xff, itemSet & 0xff, answers.length, ...packed];
  const crc = crc16(bytes);
  bytes.push(crc >> 8, crc & 0xff);
  return base64url(bytes);
}

export const mltLikeAnswers = () => ITEMS.map(mltLike);
export const mltOppositeAnswers = () => ITEMS.map(mltOpposite);

/** Answers (0..4 or null) from a payload, or null if it does not decode cleanly (no CRC check of the format rules beyond what tests need). */
export function decodePayload(payload) {
  const bytes = [];
  let acc = 0;
  let nbits = 0;
  for (const ch of payload) {
    const v = B64.indexOf(ch);
    if (v < 0) return null;
    acc = (acc << 6) | v;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      bytes.push((acc >> nbits) & 0xff);
      acc &= (1 << nbits) - 1;
    }
  }
  if (bytes.length < 6) return null;
  const crc = (bytes.at(-2) << 8) | bytes.at(-1);
  if (crc16(bytes.slice(0, -2)) !== crc) return null;
  const n = bytes[3];
  const answers = [];
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let b = 0; b < 3; b++) {
      const bit = i * 3 + b;
      v = (v << 1) | ((bytes[4 + (bit >> 3)] >> (7 - (bit & 7))) & 1);
    }
    answers.push(v === 5 ? null : v);
  }
  return answers;
}
