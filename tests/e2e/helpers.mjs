// Shared helpers for the end-to-end tests: the questionnaire as data (the content
// compiler's description of it), answering it in the browser, reading the results screen,
// and results links made and read by the app's own codec (src/core/link.rs, through
// examples/link_tool.rs), plus a crafter for deliberately broken links.
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer, DIST } from './server.mjs';
import { launchBrowser } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The release build to test. MLT_E2E_DIST may point at a copy (e.g. while others rebuild dist/). */
export const BUILD = process.env.MLT_E2E_DIST || DIST;

export const STORAGE_KEY = 'mlt-fit/progress/v1';
export const STANDARD_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const TIMEOUT = 20_000;

// ---------------------------------------------------------------------------------------
// The questionnaire: target/content/questionnaire.json, which the content compiler
// (content-compiler/, run by build.rs) writes on every cargo build from the same content/
// it compiles into the app. Texts are English.

const QUESTIONNAIRE_JSON = process.env.MLT_QUESTIONNAIRE_JSON || path.join(ROOT, 'target/content/questionnaire.json');

/** The whole description: items, scales, bands, guide sections (id, title), item sets, link format. */
export const QUESTIONNAIRE = (() => {
  assert.ok(
    fs.existsSync(QUESTIONNAIRE_JSON),
    `no ${QUESTIONNAIRE_JSON}: run \`cargo build\` (or scripts/test) first; the content compiler writes it`,
  );
  return JSON.parse(fs.readFileSync(QUESTIONNAIRE_JSON, 'utf8'));
})();

/** Band names as the results screen shows them, in the app's band order. */
export const BANDS = QUESTIONNAIRE.bands.map((b) => b.name);
/** The guide's section ids, in order, and their English titles. */
export const GUIDE_IDS = QUESTIONNAIRE.guide_sections.map((s) => s.id);
export const GUIDE_TITLES = QUESTIONNAIRE.guide_sections.map((s) => s.title);

/** The items in the order they are asked: {id, part, area, scale, keyed, obstacle, text} (area and obstacle only when set). */
export function loadItems() {
  return QUESTIONNAIRE.items.map(({ area, obstacle, ...item }) => {
    assert.ok(item.text, `no English text for item ${item.id}`);
    return { ...item, ...(area ? { area } : {}), ...(obstacle ? { obstacle } : {}) };
  });
}

export const ITEMS = loadItems();

/** The current question set's version (item_set in content/model.toml). */
export const ITEM_SET = QUESTIONNAIRE.item_set;

/** Item ids of a published question set (content/item_sets.toml). */
export function itemSetIds(version) {
  const set = QUESTIONNAIRE.item_sets.find((s) => s.version === version);
  assert.ok(set, `no question set ${version} in content/item_sets.toml`);
  return [...set.items];
}
export const TOTAL = ITEMS.length;

/** Results-link format facts (src/core/link.rs): format version, header bytes, bits an answer, skipped code, CRC bytes, alphabet. */
export const LINK = QUESTIONNAIRE.link;
/** Characters in a results-link payload for the current set: header, the answers' bits, CRC, as base64url. */
export const PAYLOAD_CHARS = Math.ceil(
  ((LINK.header_bytes + Math.ceil((LINK.bits_per_answer * TOTAL) / 8) + LINK.crc_bytes) * 8) / 6,
);

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
  assert.ok(item, `question "${t}" is not in ${QUESTIONNAIRE_JSON} (rebuild dist/, or run cargo build?)`);
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
// Results links, made and read by the app's own codec: examples/link_tool.rs over
// src/core/link.rs (built by `cargo test`, or `cargo build --profile test --example
// link_tool`, which scripts/test runs before the e2e stage).

const LINK_TOOL = process.env.MLT_LINK_TOOL
  || path.join(path.resolve(ROOT, process.env.CARGO_TARGET_DIR || 'target'), 'debug/examples/link_tool');

/** Runs link_tool; its output line (a payload, answers, or `error: NAME` for a rejected payload). */
function linkTool(...args) {
  assert.ok(
    fs.existsSync(LINK_TOOL),
    `no ${LINK_TOOL}: run \`cargo build --profile test --example link_tool\` first (scripts/test does)`,
  );
  try {
    return execFileSync(LINK_TOOL, args, { encoding: 'utf8' }).trim();
  } catch (e) {
    if (e.status === 1) return String(e.stdout).trim(); // a payload the app rejects
    throw e;
  }
}

const isAnswer = (a) => a === null || a === undefined || (Number.isInteger(a) && a >= 0 && a <= 4);

/**
 * Payload for answers (0..4, or null for skipped), made by the app's encoder. Options:
 * `itemSet` (default the current set; an unknown version makes a link for "a question set
 * this version does not know") and `format`. Links the app's encoder never makes (another
 * format byte, an answer value outside 0..4, or an answer count other than the set's) are
 * crafted by `craftPayload` instead, on purpose.
 */
export function encodePayload(answers, { format = LINK.format_version, itemSet = ITEM_SET } = {}) {
  const set = QUESTIONNAIRE.item_sets.find((s) => s.version === itemSet);
  const rustCanMakeIt = format === LINK.format_version && answers.every(isAnswer)
    && (set ? set.items.length === answers.length : answers.length <= 255);
  if (!rustCanMakeIt) return craftPayload(answers, { format, itemSet });
  return linkTool('encode', String(itemSet), answers.map((a) => a ?? '_').join(','));
}

/** Answers (0..4 or null) in the current set's order, or null if the app would reject the payload. */
export function decodePayload(payload) {
  // A command-line argument cannot hold NUL; no results link can either.
  if (payload.includes('\0')) return null;
  const out = linkTool('decode', payload);
  if (out.startsWith('error:')) return null;
  return out === '' ? [] : out.split(',').map((v) => (v === '_' ? null : Number(v)));
}

export const mltLikeAnswers = () => ITEMS.map(mltLike);
export const mltOppositeAnswers = () => ITEMS.map(mltOpposite);

// ---------------------------------------------------------------------------------------
// Deliberately broken links. These stay in JS only because the app's encoder cannot make
// them: a format byte other than 1, answer values 6 or 7, or an answer count that does not
// match the set (tests/e2e/results-link.test.mjs and saved-progress.test.mjs need them to
// check the app's messages). For every valid link use encodePayload above. The crafter is
// checked against the Rust encoder when this module loads.

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
    for (let k = 0; k < chars; k++) out += LINK.alphabet[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes of format 1 with any format byte, item set, answer values and count, and a valid CRC. */
export function craftPayload(answers, { format = LINK.format_version, itemSet = ITEM_SET } = {}) {
  const width = LINK.bits_per_answer;
  const bits = [];
  for (const a of answers) {
    const v = a === null || a === undefined ? LINK.skipped_code : a;
    for (let b = width - 1; b >= 0; b--) bits.push((v >> b) & 1);
  }
  const packed = [];
  for (let i = 0; i < bits.length; i += 8) {
    let byte = 0;
    for (let k = 0; k < 8; k++) byte = (byte << 1) | (bits[i + k] ?? 0);
    packed.push(byte);
  }
  const bytes = [format, (itemSet >> 8) & 0xff, itemSet & 0xff, answers.length & 0xff, ...packed];
  const crc = crc16(bytes);
  bytes.push(crc >> 8, crc & 0xff);
  return base64url(bytes);
}

{
  const answers = ITEMS.map((item, i) => (i % 6 === 5 ? null : mltLike(item)));
  assert.equal(craftPayload(answers), encodePayload(answers), 'the JS link crafter agrees with src/core/link.rs');
}
