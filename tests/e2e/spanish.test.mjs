// Issue 12: MLT Fit en español, in Chromium against the release build. The whole journey in
// Spanish (guide, every question, results) with no English interface text on any screen and
// lang="es" on the document; axe-core light and dark; 320 px without horizontal scrolling;
// the language switch keeps answers and screen; an English results link opened with
// ?lang=es shows the same results in Spanish; the browser's language picks Spanish; a
// missing language file leaves English with Spanish's own note; Spanish works offline.
// Texts come from target/content/questionnaire.json (`languages`), never typed here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage } from './browser.mjs';
import { startServer, STRICT_CSP } from './server.mjs';
import {
  setup, h1, assertClean, readResults, encodePayload, mltLike, mltLikeAnswers, mltOppositeAnswers,
  QUESTIONNAIRE, ITEMS, TOTAL, TIMEOUT, STANDARD_TAGS, BUILD, GUIDE_IDS,
} from './helpers.mjs';

const EN = QUESTIONNAIRE.languages.find((l) => l.lang === 'en');
const ES = QUESTIONNAIRE.languages.find((l) => l.lang === 'es');
assert.ok(EN && ES && ES.file, 'questionnaire.json describes English and the Spanish file');

/** A message with its placeholders filled (plain `{name}` ones only). */
const fill = (message, values) => message.replace(/\{(\w+)\}/g, (m, k) => String(values[k] ?? m));
const esQuestion = (n) => fill(ES.ui.quiz_question_of, { n, total: TOTAL });

// ---------------------------------------------------------------------------------------
// English text that must not show: every literal fragment of every English text (texts cut
// into sentences and clauses, messages also at their placeholders and plural syntax), less
// fragments the Spanish texts also hold
// (names such as O*NET, ASCP or "Occupational Outlook Handbook", which the Spanish guide
// keeps in English on purpose). Text inside an element marked with another `lang` (the
// language switch, "English") is the only English allowed.

function fragmentsOf(text) {
  return text
    .replace(/\{\w+(, number)?\}/g, '\u0000')
    .replace(/\{\w+, plural,/g, '\u0000')
    .replace(/\b(zero|one|two|few|many|other) \{/g, '\u0000')
    .replace(/[{}#]/g, '\u0000')
    .split(/\u0000|(?<=[.!?:;,])\s+/)
    .map((f) => f.trim())
    .filter((f) => (f.match(/\p{L}/gu) ?? []).length >= 4);
}
const spanishCorpus = ES.texts.join('\n');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ENGLISH = [...new Set(EN.texts.flatMap(fragmentsOf))]
  .filter((f) => !new RegExp(`(?<!\\p{L})${escape(f)}(?!\\p{L})`, 'u').test(spanishCorpus))
  .map((f) => ({ text: f, re: new RegExp(`(?<!\\p{L})${escape(f)}(?!\\p{L})`, 'u') }));
assert.ok(ENGLISH.length > 600, `English fragments to look for: ${ENGLISH.length}`);

/** Every text a visitor can perceive, outside elements marked as another language. */
async function visibleSpanishText(page) {
  return page.evaluate(() => {
    const foreign = (el) => {
      const marked = el?.closest('[lang]');
      return marked && marked !== document.documentElement && !marked.lang.startsWith('es');
    };
    const parts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!foreign(n.parentElement)) parts.push(n.textContent);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (foreign(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) if (el.hasAttribute(a)) parts.push(el.getAttribute(a));
    }
    return parts.join('\n').replace(/\s+/g, ' ');
  });
}

/** The English fragments a page shows (outside elements marked as another language). */
async function englishOn(page) {
  const text = await visibleSpanishText(page);
  return ENGLISH.filter((f) => f.re.test(text)).map((f) => f.text);
}

async function assertNoEnglish(page, where) {
  assert.deepEqual(await englishOn(page), [], `English on the Spanish ${where}`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es', `<html lang="es"> on the ${where}`);
}

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

/** The question on screen in Spanish: its number and item (by its Spanish text). */
async function spanishQuestion(page, n) {
  await h1(page, esQuestion(n));
  const legend = (await page.locator('main fieldset legend').innerText()).trim();
  const index = ES.items.indexOf(legend);
  assert.ok(index >= 0, `question ${n}: "${legend}" is a Spanish item`);
  return { item: ITEMS[index], radios: page.getByRole('group', { name: legend }).getByRole('radio') };
}

test('the whole journey in Spanish: guide, every question and the results, with no English', async () => {
  const p = await openPage(env.browser, `${env.url}/?lang=es#/`);
  try {
    const { page } = p;
    await h1(page, ES.ui.home_heading);
    await assertNoEnglish(page, 'home screen');
    await page.getByRole('link', { name: ES.ui.home_read_guide, exact: true }).click();
    await h1(page, ES.guide_titles[0]);
    // Every guide section, through the table of contents.
    for (const [i, title] of ES.guide_titles.entries()) {
      await page.getByRole('navigation', { name: ES.ui.guide_contents }).getByRole('link', { name: title, exact: true }).click();
      await h1(page, title);
      await assertNoEnglish(page, `guide section ${GUIDE_IDS[i]}`);
    }
    // The salary figures, the Spanish way for US readers: $39,624.
    await page.goto(`${env.url}/?lang=es#/guide/salary`);
    await h1(page, ES.guide_titles[GUIDE_IDS.indexOf('salary')]);
    assert.match(await page.locator('.salary-chart').innerText(), /\$39,624/);
    await page.getByRole('link', { name: ES.ui.guide_take_quiz, exact: true }).first().click();
    for (let n = 1; n <= TOTAL; n++) {
      const q = await spanishQuestion(page, n);
      await assertNoEnglish(page, `question ${n}`);
      await q.radios.nth(mltLike(q.item)).click();
      await page.getByRole('button', { name: n === TOTAL ? ES.ui.quiz_finish : ES.ui.quiz_next, exact: true }).click();
    }
    await h1(page, ES.ui.results_heading);
    const card = page.getByRole('region', { name: ES.ui.results_score_label });
    const cardText = await card.innerText();
    assert.ok(cardText.includes(ES.bands[0]), `a strong fit, in Spanish: ${cardText}`);
    await assertNoEnglish(page, 'results screen');
    assertClean(p, 'Spanish journey');
  } finally {
    await p.close();
  }
});

const STRONG = encodePayload(mltLikeAnswers());
const LOW = encodePayload(mltOppositeAnswers());
// Only the Realistic and Investigative activities answered: four areas say "sin respuestas".
const PARTIAL = encodePayload(ITEMS.map((i) => (i.part === 'interest' && !'RI'.includes(i.area) ? null : mltLike(i))));
/** [name, fragment, heading] of Spanish screens. */
const SCREENS = [
  ['home', '#/', ES.ui.home_heading],
  ['guide (salary)', '#/guide/salary', ES.guide_titles[GUIDE_IDS.indexOf('salary')]],
  ['guide (online)', '#/guide/online', ES.guide_titles[GUIDE_IDS.indexOf('online')]],
  ['question', '#/quiz/7', esQuestion(7)],
  ['results (strong fit)', `#/r/${STRONG}`, ES.ui.results_heading],
  ['results (low fit)', `#/r/${LOW}`, ES.ui.results_heading],
  ['results (areas without answers)', `#/r/${PARTIAL}`, ES.ui.results_heading],
  ['link error', '#/r/AQAB!!', ES.ui.link_error_heading],
];

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no WCAG 2.2 A/AA violations on the Spanish screens (${scheme} scheme)`, async () => {
    const p = await openPage(env.browser, `${env.url}/?lang=es#/`, { colorScheme: scheme });
    const failures = [];
    try {
      for (const [name, fragment, heading] of SCREENS) {
        await p.page.goto(`${env.url}/?lang=es${fragment}`);
        await h1(p.page, heading);
        await assertNoEnglish(p.page, name);
        const { violations } = await new AxeBuilder({ page: p.page }).withTags(STANDARD_TAGS).setLegacyMode(true).analyze();
        for (const v of violations) failures.push(`${name}: [${v.id}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      assertClean(p, `Spanish screens, ${scheme}`);
    } finally {
      await p.close();
    }
    assert.deepEqual(failures, [], 'axe violations');
  });
}

test('at 320 px wide no Spanish screen scrolls horizontally', async () => {
  const p = await openPage(env.browser, `${env.url}/?lang=es#/`, { viewport: { width: 320, height: 640 } });
  const scrolling = [];
  try {
    for (const [name, fragment, heading] of SCREENS) {
      await p.page.goto(`${env.url}/?lang=es${fragment}`);
      await h1(p.page, heading);
      // The results render their second part after the first paint: let it come.
      await p.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
      const m = await p.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (m.scroll > m.client) scrolling.push(`${name}: scrollWidth ${m.scroll} > clientWidth ${m.client}`);
    }
    assertClean(p, '320 px Spanish');
  } finally {
    await p.close();
  }
  assert.deepEqual(scrolling, [], 'Spanish screens that scroll horizontally at 320 px');
});

test('the language switch is a link in its own language that keeps answers and screen', async () => {
  const p = await openPage(env.browser, `${env.url}/#/quiz/1`);
  try {
    const { page } = p;
    const choices = [];
    for (let n = 1; n <= 3; n++) {
      await h1(page, `Question ${n} of ${TOTAL}`);
      const legend = (await page.locator('main fieldset legend').innerText()).trim();
      const item = ITEMS.find((i) => i.text === legend);
      choices.push(mltLike(item));
      await page.getByRole('group', { name: legend }).getByRole('radio').nth(choices[n - 1]).click();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await h1(page, `Question 4 of ${TOTAL}`);
    const toSpanish = page.getByRole('link', { name: ES.name, exact: true });
    assert.equal(await toSpanish.getAttribute('lang'), 'es', 'the link is marked as Spanish');
    assert.match(await toSpanish.getAttribute('href'), /^\?lang=es#\/quiz\/4$/);
    await toSpanish.click();
    await h1(page, esQuestion(4));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.match(page.url(), /\?lang=es#\/quiz\/4$/, 'the address keeps the choice for a reload or a copied link');
    await assertNoEnglish(page, 'question after switching');
    await page.getByRole('button', { name: ES.ui.quiz_back, exact: true }).click();
    const q = await spanishQuestion(page, 3);
    assert.ok(await q.radios.nth(choices[2]).isChecked(), 'the answer given in English is still chosen');
    // And back: the switch now names English, in English.
    const toEnglish = page.getByRole('link', { name: EN.name, exact: true });
    assert.equal(await toEnglish.getAttribute('lang'), 'en');
    await toEnglish.click();
    await h1(page, `Question 3 of ${TOTAL}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    // A reload keeps the last choice.
    await page.reload({ waitUntil: 'load' });
    await h1(page, `Question 3 of ${TOTAL}`);
    assertClean(p, 'language switch');
  } finally {
    await p.close();
  }
});

test('an English results link opened with ?lang=es shows the same results in Spanish', async () => {
  const answers = ITEMS.map((item, i) => (i % 4 === 3 ? 4 - mltLike(item) : mltLike(item)));
  const payload = encodePayload(answers);
  const en = await openPage(env.browser, `${env.url}/#/r/${payload}`);
  const es = await openPage(env.browser, `${env.url}/?lang=es#/r/${payload}`);
  try {
    const english = await readResults(en.page);
    await h1(es.page, ES.ui.results_heading);
    const cardText = (await es.page.getByRole('region', { name: ES.ui.results_score_label }).innerText()).replace(/\s+/g, ' ').trim();
    const score = Number(cardText.match(/^(\d{1,3})/)?.[1]);
    assert.equal(score, english.score, `the same score: ${cardText}`);
    const band = ES.bands[EN.bands.indexOf(english.band)];
    assert.ok(cardText.includes(band), `the same verdict, in Spanish ("${band}"): ${cardText}`);
    await assertNoEnglish(es.page, 'shared results');
    assertClean(en, 'English results');
    assertClean(es, 'Spanish results');
  } finally {
    await en.close();
    await es.close();
  }
});

test("the browser's language picks Spanish when no option is given", async () => {
  const p = await openPage(env.browser, `${env.url}/#/`, { locale: 'es-US' });
  try {
    assert.deepEqual(await p.page.evaluate(() => navigator.languages), ['es-US']);
    await h1(p.page, ES.ui.home_heading);
    await assertNoEnglish(p.page, 'home screen (browser language)');
    assertClean(p, 'browser language');
  } finally {
    await p.close();
  }
  const en = await openPage(env.browser, `${env.url}/#/`, { locale: 'en-US' });
  try {
    await h1(en.page, EN.ui.home_heading);
    // The check above would see English: on the English page it finds plenty.
    const found = await englishOn(en.page);
    assert.ok(found.length >= 8, `the English check finds English where there is some: ${found.join(' | ')}`);
  } finally {
    await en.close();
  }
});

/** A copy of the build, changed by `change(root)`, served under the strict CSP. */
async function servedCopy(change = () => {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mlt-fit-es-'));
  fs.cpSync(BUILD, root, { recursive: true });
  change(root);
  const server = await startServer({ root, headers: { 'Content-Security-Policy': STRICT_CSP } });
  return { root, server };
}

test('without its file, Spanish says so in Spanish and the page works in English', async () => {
  const { root, server } = await servedCopy((dir) => {
    for (const f of fs.readdirSync(dir).filter((f) => f.startsWith(ES.file))) fs.rmSync(path.join(dir, f));
  });
  const p = await openPage(env.browser, `${server.url}/?lang=es#/quiz/2`);
  try {
    await h1(p.page, `Question 2 of ${TOTAL}`);
    const note = p.page.getByRole('status').filter({ hasText: ES.unavailable });
    await note.waitFor({ timeout: TIMEOUT });
    assert.equal(await note.getAttribute('lang'), 'es');
    assert.equal(await p.page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(p.pageErrors, [], 'no page errors');
  } finally {
    await p.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('Spanish works offline after a first visit in English (the worker keeps its file)', async () => {
  const { root, server } = await servedCopy();
  const p = await openPage(env.browser, `${server.url}/#/quiz/1`);
  try {
    await h1(p.page, `Question 1 of ${TOTAL}`);
    await p.page.evaluate((ms) => Promise.race([
      navigator.serviceWorker.ready,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker')), ms)),
    ]), TIMEOUT);
    // The worker has installed (precaching every file, the language files too) once it is
    // ready; wait until it controls the page.
    const deadline = Date.now() + TIMEOUT;
    while (!(await p.page.evaluate(() => !!navigator.serviceWorker.controller))) {
      assert.ok(Date.now() < deadline, 'the service worker never took control of the page');
      await new Promise((r) => setTimeout(r, 100));
    }
    await p.page.context().setOffline(true);
    await p.page.getByRole('link', { name: ES.name, exact: true }).click();
    await h1(p.page, esQuestion(1));
    assert.equal(await p.page.evaluate(() => document.documentElement.lang), 'es');
  } finally {
    await p.page.context().setOffline(false);
    await p.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
