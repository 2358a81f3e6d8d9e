// Issue 3: the shareable results link, end to end in real Chromium: copy it, open it in a
// fresh browser context, get the same results; every kind of broken link handled kindly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import {
  setup, h1, assertClean, answerAll, currentQuestion, nextButton, readResults, sectionText,
  encodePayload, mltLike, mltLikeAnswers, ITEMS, TOTAL, STORAGE_KEY, TIMEOUT, PAYLOAD_CHARS,
} from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

const SHARED_BANNER = /These are shared results, opened from a link/;

// A mixed answer set, so that both reason lists have entries, with a few skipped items.
function mixedPick(item, n) {
  if (n % 11 === 5) return null;
  const like = mltLike(item);
  return n % 3 === 0 ? 2 : n % 4 === 0 ? 4 - like : like;
}

async function readAll(page) {
  const r = await readResults(page);
  r.parts = await sectionText(page, 'Part by part');
  r.profile = await sectionText(page, 'Your interests beside MLT work');
  return r;
}

test('a copied results link opened in a fresh browser context shows the same results', async () => {
  const own = await openPage(env.browser, `${env.url}/#/quiz/1`);
  let link;
  let mine;
  try {
    const { page, context } = own;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
    await answerAll(page, mixedPick);
    mine = await readAll(page);
    assert.match(mine.reasons, /What raised it/);
    assert.match(mine.reasons, /What lowered it/);
    assert.equal(await page.getByText(SHARED_BANNER).count(), 0, 'no "shared results" note on your own results');

    const field = page.getByRole('textbox', { name: 'Link to these results' });
    const shown = await field.inputValue();
    assert.match(shown, new RegExp(`^${env.url.replace(/[.]/g, '\\.')}/#/r/[A-Za-z0-9_-]{${PAYLOAD_CHARS}}$`), `link field: ${shown}`);
    assert.equal(shown, page.url(), 'the link field holds this page’s address');

    await page.getByRole('button', { name: 'Copy link to these results' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor({ timeout: TIMEOUT });
    link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, shown, 'the clipboard holds the link shown in the field');
    assertClean(own, 'own results');
  } finally {
    await own.close();
  }

  // A different "device": a new context with no storage, opening the copied link.
  const other = await openPage(env.browser, link);
  try {
    const { page } = other;
    assert.deepEqual(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mlt-fit/progress'))), [],
      'the fresh context has no saved progress',
    );
    const theirs = await readAll(page);
    assert.equal(theirs.score, mine.score, 'same score');
    assert.equal(theirs.band, mine.band, 'same band');
    assert.equal(theirs.cardText, mine.cardText, 'same score card');
    assert.equal(theirs.reasons, mine.reasons, 'same "What shaped your score" lists');
    assert.equal(theirs.parts, mine.parts, 'same part scores');
    assert.equal(theirs.profile, mine.profile, 'same interest profile');
    await page.getByText(SHARED_BANNER).waitFor({ timeout: TIMEOUT });
    const yourself = page.getByRole('link', { name: 'Take the questionnaire yourself' });
    assert.equal(await yourself.count(), 1, '"Take the questionnaire yourself" is offered');
    assert.equal(await page.getByRole('button', { name: /^Copy link/ }).count(), 1);
    assertClean(other, 'shared results in a fresh context');
    await yourself.click();
    await h1(page, /Could medical lab work fit you\?|^Question 1 of \d+$/);
  } finally {
    await other.close();
  }
});

// A refusing clipboard, and none at all (some browsers, or a page outside a secure context).
for (const missing of [false, true]) test(`when the clipboard ${missing ? 'is missing' : 'refuses'}, the link is selected in its field for copying by hand`, async () => {
  const payload = encodePayload(mltLikeAnswers());
  const p = await openPage(env.browser, 'about:blank');
  try {
    await p.page.addInitScript((none) => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        get: () => (none ? undefined : { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
      });
    }, missing);
    await p.page.goto(`${env.url}/#/r/${payload}`);
    await h1(p.page, 'Your MLT fit');
    await p.page.getByRole('button', { name: 'Copy link to these results' }).click();
    await p.page.getByRole('status').filter({ hasText: /^Copying was blocked/ }).waitFor({ timeout: TIMEOUT });
    const field = p.page.getByRole('textbox', { name: 'Link to these results' });
    const selection = await field.evaluate((el) => ({
      focused: document.activeElement === el,
      selected: el.value.slice(el.selectionStart, el.selectionEnd),
      value: el.value,
    }));
    assert.ok(selection.focused, 'the link field has focus');
    assert.equal(selection.selected, selection.value, 'the whole link is selected');
    assert.ok(selection.value.endsWith(`#/r/${payload}`), selection.value);
    assert.deepEqual(p.pageErrors, [], 'page errors');
  } finally {
    await p.close();
  }
});

// ---------------------------------------------------------------------------------------
// Broken links.

const VALID = encodePayload(mltLikeAnswers());
/** The payload with the first two different neighbouring characters (from the 9th on) swapped. */
function swapNeighbours(payload) {
  let i = 8;
  while (payload[i] === payload[i + 1]) i++;
  return payload.slice(0, i) + payload[i + 1] + payload[i] + payload.slice(i + 2);
}
const skippedAll = ITEMS.map(() => null);
/** Replaces the character at i with another alphabet character. */
const changeChar = (s, i) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
/** An answer value of 6 (impossible) in the first slot, with a correct check value. */
function outOfRangePayload() {
  const answers = mltLikeAnswers();
  answers[0] = 6;
  return encodePayload(answers);
}

const BROKEN = [
  ['empty', '', 'The link has no results in it.'],
  ['truncated (impossible length)', VALID.slice(0, 29), 'The link looks cut short. Try copying the whole link again.'],
  ['truncated (cut to a valid length)', VALID.slice(0, 24), /^The link (looks cut short|does not pass its check)/],
  ['wrong characters', VALID.slice(0, 10) + '!*' + VALID.slice(12), /^The link contains characters that a results link never has/],
  ['non-ASCII characters', VALID.slice(0, 10) + '%C3%A9%F0%9F%98%80' + VALID.slice(12), /^The link contains characters that a results link never has/],
  ['one character changed (check value)', changeChar(VALID, 12), /^The link does not pass its check/],
  ['two neighbours swapped', swapNeighbours(VALID), /^The link does not pass its check/],
  ['absurdly long', VALID.repeat(200), /^The link is far longer than any results link/],
  ['unknown format version', encodePayload(mltLikeAnswers(), { format: 9 }), 'The link was made by a newer or unknown version of MLT Fit.'],
  ['unknown item set', encodePayload(mltLikeAnswers(), { itemSet: 999 }), 'The link was made for a set of questions this version does not know.'],
  ['answers out of range', outOfRangePayload(), /^The link contains answers that are not possible/],
  ['wrong answer count', encodePayload(skippedAll.slice(0, TOTAL - 8)), /^The link (contains answers that are not possible|looks cut short)/],
];

for (const [kind, payload, reason] of BROKEN) {
  test(`a broken results link (${kind}) gets the friendly message and a way into the quiz`, async () => {
    if (kind.includes('changed') || kind.includes('swapped')) assert.notEqual(payload, VALID);
    const p = await openPage(env.browser, `${env.url}/#/r/${payload}`);
    try {
      const { page } = p;
      await h1(page, 'This results link does not work');
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: TIMEOUT });
      const text = (await alert.textContent()).trim();
      if (typeof reason === 'string') assert.equal(text, reason);
      else assert.match(text, reason);
      const start = page.getByRole('link', { name: 'Take the questionnaire', exact: true });
      assert.equal(await start.count(), 1, 'a "Take the questionnaire" link');
      assert.equal(await page.getByRole('region', { name: 'Fit score' }).count(), 0, 'no results shown');
      await start.click();
      await currentQuestion(page, 1);
      assertClean(p, `broken link: ${kind}`);
    } finally {
      await p.close();
    }
  });
}

test('a broken link does not erase saved progress', async () => {
  const p = await openPage(env.browser, `${env.url}/#/quiz/1`);
  try {
    const { page } = p;
    for (let n = 1; n <= 3; n++) {
      const q = await currentQuestion(page, n);
      await q.radios.nth(mltLike(q.item)).check();
      await nextButton(page).click();
    }
    await currentQuestion(page, 4);
    const saved = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
    assert.ok(saved, 'progress was saved while answering');

    // Pasted into the same tab (same document), then opened afresh (reload).
    await page.goto(`${env.url}/#/r/${changeChar(VALID, 12)}`);
    await h1(page, 'This results link does not work');
    await page.reload();
    await h1(page, 'This results link does not work');
    await page.getByText('Your own saved progress has not been touched.').waitFor({ timeout: TIMEOUT });
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), saved, 'saved progress unchanged');

    await page.getByRole('link', { name: 'MLT Fit', exact: true }).click();
    await h1(page, 'Could medical lab work fit you?');
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor({ timeout: TIMEOUT });
    await page.getByText(`You have answered 3 of ${TOTAL} questions.`).waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await currentQuestion(page, 4);
    assertClean(p, 'broken link with saved progress');
  } finally {
    await p.close();
  }
});
