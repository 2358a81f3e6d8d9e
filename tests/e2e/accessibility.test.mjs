// Issue 5: accessibility of the release build in real Chromium: axe-core (WCAG 2.0/2.1/2.2
// A and AA) on every screen in light and dark schemes, the whole journey by keyboard alone,
// no horizontal scrolling at 320 px, 24×24 px touch targets, focus on the new heading.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage } from './browser.mjs';
import {
  setup, h1, assertClean, answerAllByKeyboard, currentQuestion, nextButton, readResults,
  encodePayload, mltLike, mltLikeAnswers, mltOppositeAnswers, GUIDE_IDS, STANDARD_TAGS, TOTAL, TIMEOUT,
} from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

const STRONG = encodePayload(mltLikeAnswers());
const LOW = encodePayload(mltOppositeAnswers());

/** [name, fragment, expected h1] for every screen a visitor can reach. */
const SCREENS = [
  ['home', '#/', 'Could medical lab work fit you?'],
  ...GUIDE_IDS.map((id) => [`guide ${id}`, `#/guide/${id}`, undefined]),
  ['question', '#/quiz/7', `Question 7 of ${TOTAL}`],
  ['results (strong fit)', `#/r/${STRONG}`, 'Your MLT fit'],
  ['results (low fit)', `#/r/${LOW}`, 'Your MLT fit'],
  ['link error', '#/r/AQAB!!', 'This results link does not work'],
];

/** Readable summary of axe violations: rule, impact, help, and each failing element. */
function describe(violations) {
  return violations.map((v) => {
    const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}\n      ${n.html.slice(0, 200)}`);
    return `[${v.id}] (${v.impact}) ${v.help} — ${v.helpUrl}\n${nodes.join('\n')}`;
  }).join('\n');
}

// Legacy mode runs axe.run in the page itself instead of runPartial per frame plus a new
// blank page for finishRun: same rules and results for this frame-less app, 2-4 times faster.
async function axe(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(STANDARD_TAGS).setLegacyMode(true).analyze();
  return violations;
}

async function show(page, fragment, heading) {
  await page.goto(`${env.url}/${fragment}`);
  const hd = await h1(page, heading);
  // Let any transition settle before colours are measured.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return hd;
}

// ---------------------------------------------------------------------------------------
// axe-core on every screen, light and dark.

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no WCAG 2.2 A/AA violations on any screen (${scheme} scheme)`, async () => {
    const p = await openPage(env.browser, `${env.url}/#/`, { colorScheme: scheme });
    const failures = [];
    try {
      const { page } = p;
      assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark',
        `the page sees the ${scheme} scheme`);
      const titles = new Map();
      for (const [name, fragment, heading] of SCREENS) {
        await show(page, fragment, heading);
        const violations = await axe(page);
        if (violations.length) failures.push(`${name} (${fragment}):\n${describe(violations)}`);
        if (!name.startsWith('results') && name !== 'link error') titles.set(name, await page.title());
      }
      // Each screen names itself in the page title (WCAG 2.4.2).
      const seen = new Map();
      for (const [name, title] of titles) {
        if (!title.trim()) failures.push(`${name}: empty page title`);
        else if (seen.has(title)) failures.push(`${name}: same page title as ${seen.get(title)} ("${title}")`);
        seen.set(title, name);
      }
      // The question screen with its error showing and an answer chosen.
      await show(page, '#/quiz/3', `Question 3 of ${TOTAL}`);
      await nextButton(page).click();
      await page.getByRole('alert').waitFor({ timeout: TIMEOUT });
      let violations = await axe(page);
      if (violations.length) failures.push(`question with "Choose an answer first" shown:\n${describe(violations)}`);
      await page.getByRole('radio').nth(2).check();
      violations = await axe(page);
      if (violations.length) failures.push(`question with an answer chosen:\n${describe(violations)}`);
      // The start screen offering to continue.
      await show(page, '#/', 'Could medical lab work fit you?');
      await page.reload();
      await page.getByRole('heading', { name: 'Welcome back' }).waitFor({ timeout: TIMEOUT });
      violations = await axe(page);
      if (violations.length) failures.push(`home with "Welcome back":\n${describe(violations)}`);
      assertClean(p, `${scheme} scheme tour`);
    } finally {
      await p.close();
    }
    assert.equal(failures.length, 0, `axe violations (${scheme}):\n${failures.join('\n\n')}`);
  });
}

// ---------------------------------------------------------------------------------------
// Keyboard alone.

/** Presses Tab (or Shift+Tab) until the focused element satisfies `isTarget` (run in the page). */
async function tabUntil(page, isTarget, arg, { back = false, max = 25 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(isTarget, arg)) return i + 1;
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  assert.fail(`${back ? 'Shift+Tab' : 'Tab'} did not reach the target within ${max} presses (focus on ${at})`);
}

const focusedText = (text) => document.activeElement && document.activeElement.textContent.trim() === text;
const headingFocused = () => document.activeElement?.tagName === 'H1';

test('the whole journey, home to results, works with the keyboard alone', async () => {
  const p = await openPage(env.browser, `${env.url}/#/`);
  try {
    const { page } = p;
    await h1(page, 'Could medical lab work fit you?');
    // The skip link comes first and moves focus into the main content.
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(focusedText, 'Skip to main content'), 'the first Tab reaches "Skip to main content"');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('main') !== null), true,
      '"Skip to main content" moves focus into the main content');

    // Into the guide and on to its second section, then to the questionnaire.
    await tabUntil(page, focusedText, 'Read the career guide');
    await page.keyboard.press('Enter');
    await h1(page, /\S/);
    assert.match(page.url(), /#\/guide\/what$/);
    // Focus moves to the new screen's heading after it renders; Tab on from there (a Tab
    // pressed before that lands, as a fast keyboard user's might, starts over from the heading).
    await page.waitForFunction(headingFocused, null, { timeout: TIMEOUT });
    await tabUntil(page, () => /^Next/.test(document.activeElement?.textContent.trim() ?? ''), null, { max: 40 });
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/guide\/duties$/, { timeout: TIMEOUT });
    await page.waitForFunction(headingFocused, null, { timeout: TIMEOUT });
    await tabUntil(page, focusedText, 'Take the questionnaire', { max: 40 });
    await page.keyboard.press('Enter');
    let q = await currentQuestion(page, 1);
    await page.waitForFunction(headingFocused, null, { timeout: TIMEOUT });

    // Shift+Tab out of the answers and back in keeps the choice; Enter submits from the group.
    await tabUntil(page, () => document.activeElement?.type === 'radio', null);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    assert.ok(await q.radios.nth(2).isChecked(), 'two arrow presses from the first option choose the third');
    await tabUntil(page, focusedText, 'Back');
    await tabUntil(page, () => document.activeElement?.type === 'radio' && document.activeElement.checked, null, { back: true });
    await page.keyboard.press('Enter');
    q = await currentQuestion(page, 2);

    // Back by keyboard and forward again.
    await page.waitForFunction(headingFocused, null, { timeout: TIMEOUT });
    await tabUntil(page, focusedText, 'Back');
    await page.keyboard.press('Enter');
    await currentQuestion(page, 1);
    await tabUntil(page, focusedText, 'Next');
    await page.keyboard.press('Space');
    await currentQuestion(page, 2);

    // Every remaining question: Tab to the answers, arrows/Space to choose, Enter to go on;
    // focus must be on the new question's heading each time.
    const unfocused = [];
    await answerAllByKeyboard(page, async (item, n) => {
      await page.waitForFunction(headingFocused, null, { timeout: 2_000 }).catch(() => {});
      if (!(await page.evaluate(headingFocused))) unfocused.push(n);
      return mltLike(item);
    });
    const r = await readResults(page);
    assert.equal(r.band, 'Strong fit', r.cardText);
    assert.ok(await page.evaluate(headingFocused), 'focus is on the results heading');
    assert.deepEqual(unfocused, [], 'questions whose heading did not have focus on arrival');
    // The visitor's own results (no "shared results" note) pass axe as well.
    const violations = await axe(page);
    assert.equal(violations.length, 0, `axe violations on own results:\n${describe(violations)}`);

    // Results actions are reachable too.
    await tabUntil(page, focusedText, 'Change my answers', { max: 60 });
    await page.keyboard.press('Enter');
    await currentQuestion(page, 1);
    assertClean(p, 'keyboard journey');
  } finally {
    await p.close();
  }
});

test('moving to the next question with the mouse puts focus on its heading', async () => {
  const p = await openPage(env.browser, `${env.url}/#/quiz/1`);
  try {
    const { page } = p;
    for (let n = 1; n <= 3; n++) {
      const q = await currentQuestion(page, n);
      await q.radios.nth(1).check();
      await nextButton(page).click();
      const hd = await h1(page, `Question ${n + 1} of ${TOTAL}`);
      const bar = page.getByRole('progressbar', { name: 'Questionnaire progress' });
      const value = await bar.evaluate((el) => [el.value ?? el.getAttribute('aria-valuenow'), el.max ?? el.getAttribute('aria-valuemax'), el.getAttribute('aria-valuetext')]);
      assert.deepEqual(value.map(String), [String(n + 1), String(TOTAL), `Question ${n + 1} of ${TOTAL}`], 'the progress bar tells where you are');
      await page.waitForFunction(headingFocused, null, { timeout: 5_000 }).catch(() => {});
      assert.equal(await hd.evaluate((el) => el === document.activeElement), true, `focus on "Question ${n + 1} of ${TOTAL}"`);
    }
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    const hd = await h1(page, `Question 5 of ${TOTAL}`);
    await page.waitForFunction(headingFocused, null, { timeout: 5_000 }).catch(() => {});
    assert.equal(await hd.evaluate((el) => el === document.activeElement), true, 'focus on the heading after Skip');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    const back = await h1(page, `Question 4 of ${TOTAL}`);
    await page.waitForFunction(headingFocused, null, { timeout: 5_000 }).catch(() => {});
    assert.equal(await back.evaluate((el) => el === document.activeElement), true, 'focus on the heading after Back');
  } finally {
    await p.close();
  }
});

// ---------------------------------------------------------------------------------------
// 320 px: no horizontal scrolling, and touch targets of at least 24×24 px.

const NARROW = { width: 320, height: 640 };
const NARROW_SCREENS = [
  ['home', '#/', 'Could medical lab work fit you?'],
  ...GUIDE_IDS.map((id) => [`guide ${id}`, `#/guide/${id}`, undefined]),
  ['question', '#/quiz/1', `Question 1 of ${TOTAL}`],
  ['results (strong fit)', `#/r/${STRONG}`, 'Your MLT fit'],
  ['results (low fit)', `#/r/${LOW}`, 'Your MLT fit'],
  ['link error', '#/r/AQAB!!', 'This results link does not work'],
];

/**
 * Every button, link and radio label on screen that is smaller than 24×24 CSS px, except
 * links inline in a sentence (WCAG 2.5.8's inline exception). Runs in the page.
 */
function smallTargets() {
  const visible = (el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return s.visibility !== 'hidden' && s.display !== 'none' && r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0;
  };
  const inlineInText = (el) => {
    if (getComputedStyle(el).display !== 'inline') return false;
    const block = el.parentElement.closest('p, li, dd, td, figcaption, blockquote') ?? el.parentElement;
    const own = el.textContent.trim().length;
    return block.textContent.trim().length > own + 1;
  };
  const targets = [
    ...document.querySelectorAll('a[href], button, [role="button"], [role="link"], summary'),
    ...[...document.querySelectorAll('input[type="radio"], input[type="checkbox"]')].flatMap((i) => [...i.labels]),
  ];
  const out = [];
  for (const el of targets) {
    if (!visible(el) || inlineInText(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 24 || r.height < 24) {
      out.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 50)}" is ${r.width.toFixed(1)}×${r.height.toFixed(1)} px`);
    }
  }
  return out;
}

test('at 320 px wide no screen scrolls horizontally and every target is at least 24×24 px', async () => {
  const p = await openPage(env.browser, `${env.url}/#/`, { viewport: NARROW });
  const scrolling = [];
  const small = [];
  try {
    const { page } = p;
    for (const [name, fragment, heading] of NARROW_SCREENS) {
      await show(page, fragment, heading);
      const m = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        body: document.body.scrollWidth,
      }));
      if (m.scroll > m.client) scrolling.push(`${name}: scrollWidth ${m.scroll} > clientWidth ${m.client}`);
      for (const s of await page.evaluate(smallTargets)) small.push(`${name}: ${s}`);
    }
    // The salary chart really is on the salary screen.
    await show(page, '#/guide/salary', undefined);
    const chart = page.getByRole('figure', { name: 'Yearly pay for medical laboratory technicians' });
    assert.equal(await chart.count(), 1, 'the salary chart figure');
    const box = await chart.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= NARROW.width, `the chart fits in 320 px: ${JSON.stringify(box)}`);
    // The skip link, when it has focus (first Tab after a fresh load).
    await page.reload();
    await h1(page);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const r = document.activeElement.getBoundingClientRect();
      return { text: document.activeElement.textContent.trim(), w: r.width, h: r.height };
    });
    assert.equal(skip.text, 'Skip to main content');
    if (skip.w < 24 || skip.h < 24) small.push(`focused skip link is ${skip.w}×${skip.h} px`);
    assertClean(p, '320 px tour');
  } finally {
    await p.close();
  }
  assert.deepEqual(scrolling, [], 'screens that scroll horizontally at 320 px');
  assert.deepEqual(small, [], 'targets smaller than 24×24 px at 320 px');
});
