// Issue 9: a fit score a counselor can trust, end to end in Chromium. The answer patterns
// that fooled model 1 are answered in the browser or opened as results links, and the
// results screen must say what the core's personas say (tests/personas.rs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import {
  setup, h1, assertClean, answerAll, readResults, sectionText, encodePayload, itemSetIds,
  mltLike, ITEMS, ITEM_SET, TIMEOUT,
} from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

async function withPage(fragment, fn) {
  const p = await openPage(env.browser, `${env.url}/${fragment}`);
  try {
    await h1(p.page);
    return await fn(p);
  } finally {
    await p.close();
  }
}

const FIT_BANDS = ['Strong fit', 'Good fit', 'Mixed fit', 'Low fit'];
const careerNames = async (page) => (await page.getByRole('region', { name: 'Careers closer to your interests' })
  .getByRole('heading', { level: 3 }).allInnerTexts()).map((t) => t.trim());

test('agreeing with everything: the notice shows, no band is claimed, the details stay', async () => {
  await withPage('#/quiz/1', async (p) => {
    // "Strongly like / Strongly agree" to every question, clicked through as a visitor would.
    await answerAll(p.page, () => 4);
    const r = await readResults(p.page);
    assert.equal(r.band, 'No band this time', r.cardText);
    for (const band of FIT_BANDS) assert.ok(!r.cardText.includes(band), `no "${band}" claimed: ${r.cardText}`);
    assert.match(r.cardText, /We are not giving a fit band this time/);
    const notices = await sectionText(p.page, 'About your answers');
    assert.match(notices, /You agreed with most statements, even ones that say opposite things/);
    assert.match(notices, /change your answers/);
    // The score details stay visible, and the way back is offered.
    assert.match(await sectionText(p.page, 'Part by part'), /Interests/);
    await p.page.getByRole('button', { name: 'Change my answers' }).waitFor({ timeout: TIMEOUT });
    assertClean(p, 'yes-saying');
  });
});

test('an obstacle is named first, apart from fit; related careers respect it', async () => {
  // MLT-like answers, but "Disagree" (not "Strongly disagree") to handling blood.
  const answers = ITEMS.map((item) => (item.id === 'cond_blood' ? 1 : mltLike(item)));
  await withPage(`#/r/${encodePayload(answers)}`, async (p) => {
    const r = await readResults(p.page);
    assert.equal(r.band, 'Serious obstacle', r.cardText);
    assert.match(r.cardText, /Overall, your answers fit MLT work well, but something stands in the way: handling blood\./);
    const obstacles = await sectionText(p.page, 'Serious obstacles');
    assert.match(obstacles, /not comfortable with blood/);
    const careers = await careerNames(p.page);
    assert.ok(careers.length > 0, 'careers without blood are suggested');
    for (const name of ['Phlebotomist', 'Medical and clinical laboratory technologist', 'Histology technician', 'Medical assistant']) {
      assert.ok(!careers.includes(name), `${name} handles blood, yet was suggested: ${careers}`);
    }
    assert.match(await sectionText(p.page, 'Careers closer to your interests'), /Job Zone \d: /);
    assertClean(p, 'obstacle');
  });
});

test('interests that run opposite to MLT work never reach good or strong, whatever the statements say', async () => {
  const answers = ITEMS.map((item) => {
    if (item.part === 'interest') return 'RIC'.includes(item.area) ? 0 : 4;
    return mltLike(item);
  });
  await withPage(`#/r/${encodePayload(answers)}`, async (p) => {
    const r = await readResults(p.page);
    assert.equal(r.band, 'Low fit', r.cardText);
    assert.match(r.cardText, /Interests count most/);
    assert.match(await sectionText(p.page, 'Your interests beside MLT work'), /The activities you like most are far from lab work/);
    assertClean(p, 'opposite interests');
  });
});

test('skipping most interest questions gives no score and says what to answer', async () => {
  const seen = new Set();
  const answers = ITEMS.map((item) => {
    if (item.part !== 'interest') return mltLike(item);
    if (seen.has(item.area)) return null;
    seen.add(item.area);
    return 'RIC'.includes(item.area) ? 0 : 4;
  });
  await withPage(`#/r/${encodePayload(answers)}`, async (p) => {
    const r = await readResults(p.page);
    assert.equal(r.score, null, `no score number on 6 of 30 interest answers: ${r.cardText}`);
    assert.equal(r.band, 'Not enough answers', r.cardText);
    assert.match(r.cardText, /Answer at least 3 of the 5 activity questions in each interest area/);
    assertClean(p, 'sparse interests');
  });
});

test('a results link made for question set 1 opens with the older-set note', async () => {
  const old = itemSetIds(1);
  assert.ok(ITEM_SET > 1, 'there is a newer question set');
  const current = new Set(ITEMS.map((i) => i.id));
  // Every answer of the old link is "Agree"/"Like" (3).
  const payload = encodePayload(old.map(() => 3), { itemSet: 1 });
  const dropped = old.filter((id) => !current.has(id)).length;
  const missing = ITEMS.filter((i) => !old.includes(i.id)).length;
  await withPage(`#/r/${payload}`, async (p) => {
    const note = p.page.getByText(/This link was made for an older set of questions \(version 1\)\./);
    await note.waitFor({ timeout: TIMEOUT });
    const text = await note.innerText();
    assert.ok(dropped > 1 && missing > 1, 'plural forms below');
    assert.match(text, new RegExp(`${dropped} answers in it are for questions we no longer ask, and ${missing} of today's questions were not in it, so they count as skipped\\.`), text);
    const r = await readResults(p.page);
    assert.equal(r.band, 'Not enough answers', 'the few questions both sets share are too few for a band');
    assertClean(p, 'old link');
  });
});
