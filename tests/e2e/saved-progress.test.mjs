// Issue 5: saved progress in the release build, in real Chromium: it survives a reload;
// garbage in storage and storage that throws both leave a working questionnaire.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import {
  setup, h1, assertClean, answerAll, currentQuestion, nextButton, readResults, checkedIndex,
  encodePayload, decodePayload, mltLike, mltLikeAnswers, BANDS, TOTAL, STORAGE_KEY, TIMEOUT,
} from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

const HOME = 'Could medical lab work fit you?';
const UNREADABLE = /^Saved progress from an earlier visit could not be read/;
const BLOCKED = /^This browser is not letting us save your progress/;
const stored = (page) => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);

/** Answers `picks` (index or null = Skip) from question 1 on; ends on the question after. */
async function answerFirst(page, picks) {
  for (let n = 1; n <= picks.length; n++) {
    const q = await currentQuestion(page, n);
    if (picks[n - 1] === null) {
      await page.getByRole('button', { name: 'Skip', exact: true }).click();
    } else {
      await q.radios.nth(picks[n - 1]).check();
      await nextButton(page).click();
    }
  }
  return currentQuestion(page, picks.length + 1);
}

test('progress survives a reload: "Welcome back" continues at the same question with the answers kept', async () => {
  const picks = [4, 3, 2, 1, 0, null];
  const p = await openPage(env.browser, `${env.url}/#/quiz/1`);
  try {
    const { page } = p;
    await answerFirst(page, picks);
    const saved = await stored(page);
    assert.ok(saved, 'progress is saved as the visitor goes');
    const savedAnswers = decodePayload(saved.split('.')[0]);
    assert.deepEqual(savedAnswers?.slice(0, 6), picks, `saved answers (${saved})`);

    // Reopen the widget at its start.
    await page.goto(`${env.url}/`);
    await page.reload();
    await h1(page, HOME);
    await page.getByRole('heading', { level: 2, name: 'Welcome back' }).waitFor({ timeout: TIMEOUT });
    await page.getByText(`You have answered 5 of ${TOTAL} questions.`).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByRole('button', { name: 'Start over' }).count(), 1, '"Start over" is offered');
    assert.equal(await page.getByRole('status').filter({ hasText: UNREADABLE }).count(), 0, 'no "could not be read" notice');
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await currentQuestion(page, 7);

    // Every answer is still there, as a fresh load of each question shows.
    for (let n = 1; n <= picks.length; n++) {
      await page.goto(`${env.url}/#/quiz/${n}`);
      await page.reload();
      const q = await currentQuestion(page, n);
      assert.equal(await checkedIndex(q.radios), picks[n - 1] ?? -1, `question ${n} after a reload`);
    }
    assertClean(p, 'reload and continue');

    // "Start over" from the offer asks first (the answers are in no link): "Keep my answers"
    // keeps them, with focus back on the buttons; "Yes, go ahead" clears them.
    await page.goto(`${env.url}/`);
    await page.reload();
    await page.getByRole('button', { name: 'Start over' }).click();
    const question = page.getByRole('alertdialog', { name: 'Start over? The 5 answers saved in this browser will be cleared.' });
    await question.waitFor({ timeout: TIMEOUT });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'confirm', 'the question is focused');
    await question.getByRole('button', { name: 'Keep my answers' }).click();
    await question.waitFor({ state: 'detached', timeout: TIMEOUT });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'actions', 'focus returns to the buttons');
    assert.ok(await stored(page), 'kept');
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, go ahead' }).click();
    const q = await currentQuestion(page, 1);
    assert.equal(await checkedIndex(q.radios), -1, 'question 1 is empty after "Start over"');
    assert.equal(await stored(page), null, 'nothing stored after "Start over"');
    await page.reload();
    await currentQuestion(page, 1);
    await page.getByRole('link', { name: 'MLT Fit', exact: true }).click();
    await h1(page, HOME);
    assert.equal(await page.getByRole('heading', { name: 'Welcome back' }).count(), 0, 'no "Welcome back" after "Start over"');
  } finally {
    await p.close();
  }
});

// ---------------------------------------------------------------------------------------
// Garbage under the storage key.

const VALID = encodePayload(mltLikeAnswers());
const GARBAGE = [
  ['a word', 'garbage'],
  ['an empty object', '{}'],
  ['JSON of another shape', '{"answers":[4,4,4],"position":2}'],
  ['an empty string', ''],
  ['a long random string', Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('')],
  ['a valid-looking payload with a wrong check', `${VALID.slice(0, 12)}${VALID[12] === 'A' ? 'B' : 'A'}${VALID.slice(13)}.3`],
  ['a payload for an unknown question set', `${encodePayload(mltLikeAnswers(), { itemSet: 999 })}.3`],
  ['a valid payload with a bad position', `${VALID}.x`],
  ['control characters and non-ASCII', '\u0000\u0001é😀.1'],
];

for (const [kind, value] of GARBAGE) {
  test(`garbage in storage (${kind}) still gives a working quiz and says progress could not be read`, async () => {
    const p = await openPage(env.browser, `${env.url}/#/`);
    try {
      const { page } = p;
      await h1(page, HOME);
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, value]);
      await page.reload();
      await h1(page, HOME);
      await page.getByRole('status').filter({ hasText: UNREADABLE }).waitFor({ timeout: TIMEOUT });
      assert.equal(await page.getByRole('heading', { name: 'Welcome back' }).count(), 0, 'no "Welcome back" for garbage');
      const after = await stored(page);
      assert.ok(after === null || decodePayload(after.split('.')[0]), `the garbage is gone from storage (now: ${String(after).slice(0, 60)})`);

      await page.getByRole('link', { name: 'Take the questionnaire' }).click();
      let q = await currentQuestion(page, 1);
      assert.equal(await checkedIndex(q.radios), -1, 'question 1 starts empty');
      await q.radios.nth(3).check();
      await nextButton(page).click();
      q = await currentQuestion(page, 2);
      const saved = await stored(page);
      assert.equal(decodePayload(saved?.split('.')[0] ?? '')?.[0], 3, `new progress is saved over the garbage (${saved})`);
      assertClean(p, `garbage: ${kind}`);
    } finally {
      await p.close();
    }
  });
}

// ---------------------------------------------------------------------------------------
// Storage that throws.

const THROWING = [
  ['the localStorage getter throws (blocked storage)', () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('blocked', 'SecurityError'); },
    });
  }],
  ['setItem throws (quota / private mode)', () => {
    Storage.prototype.setItem = function setItem() { throw new DOMException('full', 'QuotaExceededError'); };
  }],
  ['every storage method throws', () => {
    for (const m of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) {
      Storage.prototype[m] = function thrower() { throw new DOMException('blocked', 'SecurityError'); };
    }
  }],
];

for (const [i, [kind, breakStorage]] of THROWING.entries()) {
  test(`storage that throws (${kind}) still gives a working quiz to the end`, async () => {
    const p = await openPage(env.browser, 'about:blank');
    try {
      const { page } = p;
      await page.addInitScript(breakStorage);
      await page.goto(`${env.url}/#/`);
      await h1(page, HOME);
      assert.equal(
        await page.evaluate(() => { try { localStorage.setItem('x', '1'); return false; } catch { return true; } }), true,
        'storage really throws in this page',
      );
      await page.getByRole('status').filter({ hasText: BLOCKED }).waitFor({ timeout: TIMEOUT });
      await page.getByRole('link', { name: 'Take the questionnaire' }).click();
      await answerFirst(page, [4, 0, 2]);
      if (i === 0) {
        // All the way through, every question answered.
        await answerAll(page, mltLike);
        const r = await readResults(page);
        assert.equal(r.band, 'Strong fit', r.cardText.slice(0, 80));
      } else {
        // Jump to the last question (same page, answers in memory) and finish there.
        await page.goto(`${env.url}/#/quiz/${TOTAL}`);
        await currentQuestion(page, TOTAL);
        assert.equal(await page.getByRole('button', { name: 'See my results' }).count(), 1);
        await page.getByRole('button', { name: 'Skip', exact: true }).click();
        await h1(page, 'Your MLT fit');
        const card = (await page.getByRole('region', { name: 'Fit score' }).innerText()).replace(/\s+/g, ' ');
        assert.match(card, new RegExp(`Based on 3 of ${TOTAL} answers`), card);
        assert.ok(BANDS.some((b) => card.includes(b)), card);
      }
      assert.deepEqual(p.pageErrors, [], 'page errors');
      assert.deepEqual(p.consoleErrors, [], 'console errors');
    } finally {
      await p.close();
    }
  });
}
