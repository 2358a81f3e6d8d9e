// Issue 11: the counselor kit in the release build. Thirty students finish the questionnaire
// (each with their own answers, put into saved progress and finished with the Next button,
// so the app itself makes every link), a counselor pastes their links (a CSV with a name
// column) plus five broken lines into the class view (#/class, its own module loaded on
// demand) and checks the counts, the verdict table, the unreadable lines and their reasons,
// the CSV download, a student's row opening their results; the QR code on a results screen
// is read back from a screenshot (jsQR) and a typed hand-in code gives the same student.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage } from './browser.mjs';
import {
  setup, h1, assertClean, readResults, nextButton, encodePayload, mltLike, mltOpposite, ITEMS, BANDS, STORAGE_KEY,
  STANDARD_TAGS, TIMEOUT,
} from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

/** A small deterministic generator (mulberry32), so every run pastes the same class. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Thirty different ways through the questionnaire: MLT-like, opposite, agreeing with
 *  everything, skipping a lot, and random answers leaning one way or the other. */
function classAnswers() {
  const next = random(11);
  const sets = [ITEMS.map(mltLike), ITEMS.map(mltOpposite), ITEMS.map(() => 4), ITEMS.map((_, i) => (i % 3 ? null : 2))];
  while (sets.length < 30) {
    const lean = next();
    sets.push(ITEMS.map((item) => {
      if (next() < 0.05) return null;
      const like = mltLike(item);
      return next() < lean ? like : Math.floor(next() * 5);
    }));
  }
  return sets;
}

/** Finishes the questionnaire with `answers`: saved progress at the last question, then Next. */
async function finish(page, answers) {
  const payload = encodePayload(answers);
  await page.goto(`${env.url}/#/`);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, `${payload}.${ITEMS.length - 1}`]);
  await page.goto(`${env.url}/#/quiz/${ITEMS.length}`);
  await page.reload();
  await h1(page, `Question ${ITEMS.length} of ${ITEMS.length}`);
  // The last answer itself is given (or skipped) on screen, as a visitor would.
  const last = answers[ITEMS.length - 1];
  if (last === null) await page.getByRole('button', { name: 'Skip', exact: true }).click();
  else {
    await page.getByRole('group').getByRole('radio').nth(last).click();
    await nextButton(page).click();
  }
  const results = await readResults(page);
  const link = await page.getByLabel('Link to these results').inputValue();
  return { ...results, link };
}

const NAMES = Array.from({ length: 30 }, (_, i) => `Student ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''} Lee`);

let students; // [{ name, score, band, link }]
async function classOf30() {
  if (students) return students;
  const p = await openPage(env.browser, `${env.url}/#/`);
  try {
    students = [];
    for (const [i, answers] of classAnswers().entries()) students.push({ name: NAMES[i], ...(await finish(p.page, answers)) });
    assertClean(p, 'finishing 30 questionnaires');
  } finally {
    await p.close();
  }
  return students;
}

/** Five lines no results can be read from, with the reason the class view must give. */
function brokenLines(link) {
  const [base, payload] = link.split('#/r/');
  const flip = payload.slice(0, 10) + (payload[10] === 'A' ? 'B' : 'A') + payload.slice(11);
  return [
    [`Typo Student,${base}#/r/${flip}`, /does not pass its check/],
    [`Cut Short,${base}#/r/${payload.slice(0, 5)}`, /cut short/],
    [`Newer Version,${base}#/r/${encodePayload(ITEMS.map(() => 2), { format: 9 })}`, /newer or unknown version/],
    ['Just Words,see me after class', /Nothing on this line looks like a results link or a hand-in code/],
    [`Unknown Set,${base}#/r/${encodePayload(ITEMS.map(() => 2).slice(0, 20), { itemSet: 99 })}`, /set of questions this version does not know/],
  ];
}

/** A score as the class table writes it. */
const scoreText = (score) => (score === null ? 'none' : String(score));

async function openClassView(page) {
  await page.goto(`${env.url}/#/class`);
  await h1(page, 'Class view');
  return page.getByLabel('Results links or hand-in codes');
}

test('thirty links and five broken lines: counts, verdicts, reasons, CSV and a student\'s results', async () => {
  const cls = await classOf30();
  const broken = brokenLines(cls[0].link);
  const csv = ['Name,Results link', ...cls.map((s) => `${s.name},${s.link}`), ...broken.map(([line]) => line)].join('\n');
  const p = await openPage(env.browser, `${env.url}/#/`);
  try {
    const box = await openClassView(p.page);
    await box.fill(csv);
    await p.page.getByRole('button', { name: 'Show the class' }).click();
    const summary = p.page.getByRole('region', { name: 'The class at a glance' });
    await summary.waitFor({ timeout: TIMEOUT });
    const counts = await summary.getByRole('listitem').allInnerTexts();
    assert.ok(counts.includes('Students: 30'), `counts: ${counts}`);
    assert.ok(counts.includes('Lines read: 30'), `counts: ${counts}`);
    assert.ok(counts.includes('Lines that could not be read: 5'), `counts: ${counts}`);

    // The verdict table: each band's count is how many students saw that band.
    const bandTable = p.page.getByRole('region', { name: 'Verdicts' }).getByRole('table');
    for (const band of BANDS) {
      const want = cls.filter((s) => s.band === band).length;
      const row = bandTable.getByRole('row', { name: new RegExp(`^${band}\\b`) });
      const cells = await row.getByRole('cell').allInnerTexts();
      assert.equal(Number(cells[0]), want, `${band}: ${cells}`);
      assert.equal(cells[1], `${Math.round((want * 100) / 30)}%`, `${band} share`);
    }
    const scores = cls.map((s) => s.score).filter((s) => s !== null).sort((a, b) => a - b);
    const mid = scores.length / 2;
    const median = scores.length % 2 ? scores[Math.floor(mid)] : (scores[mid - 1] + scores[mid]) / 2;
    await summary.getByText(`Median score: ${median}`, { exact: true }).waitFor({ timeout: TIMEOUT });

    // Each broken line, with its number and reason (header is line 1, students 2-31).
    const errors = p.page.getByRole('region', { name: 'Lines that could not be read' }).getByRole('listitem');
    assert.equal(await errors.count(), 5);
    for (const [i, [, reason]] of broken.entries()) {
      const text = await errors.nth(i).innerText();
      assert.match(text, new RegExp(`^Line ${32 + i}\\b`), text);
      assert.match(text, reason, text);
    }

    // The table: one row a student, names from the CSV, each score what that student saw.
    const table = p.page.getByRole('table', { name: /One row a student/ });
    const rows = table.getByRole('row');
    assert.equal(await rows.count(), 31);
    for (const [i, s] of cls.entries()) {
      const cells = await rows.nth(i + 1).getByRole('cell').allInnerTexts();
      const name = await rows.nth(i + 1).getByRole('rowheader').innerText();
      assert.equal(name, s.name);
      assert.equal(cells[0], scoreText(s.score), `${s.name}'s score`);
      assert.equal(cells[1], s.band, `${s.name}'s verdict`);
    }

    // Sorting by score: highest first, and the heading says so.
    await table.getByRole('button', { name: 'Score' }).click();
    assert.equal(await table.getByRole('columnheader', { name: 'Score' }).getAttribute('aria-sort'), 'descending');
    const sorted = await Promise.all((await rows.all()).slice(1).map((r) => r.getByRole('cell').first().innerText()));
    const numbers = sorted.filter((s) => s !== 'none').map(Number);
    assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a));

    // The CSV, made in the browser.
    const [download] = await Promise.all([
      p.page.waitForEvent('download'),
      p.page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'mlt-fit-class.csv');
    const file = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = file.trim().split('\r\n');
    assert.equal(lines.length, 31);
    assert.match(lines[0], /^Name,Score,Verdict,Verdict key,Top interest areas,Obstacles,Notes,Question set,Link$/);
    for (const s of cls) {
      const line = lines.find((l) => l.startsWith(`${s.name},`));
      assert.ok(line, `a CSV line for ${s.name}`);
      assert.ok(line.startsWith(`${s.name},${s.score ?? ''},${s.band},`), line);
      assert.ok(line.endsWith(s.link.replace(/^.*#/, `${env.url}/#`)) || line.includes(s.link.split('#')[1]), line);
    }

    // A row opens that student's results; Back finds the class as it was.
    const pick = cls[7];
    await table.getByRole('link', { name: pick.name, exact: true }).click();
    const seen = await readResults(p.page);
    assert.equal(seen.score, pick.score);
    assert.equal(seen.band, pick.band);
    await p.page.goBack();
    await p.page.getByRole('table', { name: /One row a student/ }).waitFor({ timeout: TIMEOUT });
    // ...with focus back on the student just looked at, not at the top of the page.
    await p.page.waitForFunction((name) => document.activeElement?.textContent === name, pick.name, { timeout: TIMEOUT });
    assertClean(p, 'class view');
  } finally {
    await p.close();
  }
});

test('the QR code on a results screen reads back as the results link; the typed hand-in code gives the same student', async () => {
  const p = await openPage(env.browser, `${env.url}/#/`);
  try {
    const me = await finish(p.page, ITEMS.map(mltLike));
    const qr = p.page.getByRole('img', { name: /QR code that opens these results/ });
    await qr.waitFor({ timeout: TIMEOUT });
    const shot = PNG.sync.read(await qr.screenshot());
    const read = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
    assert.ok(read, 'jsQR finds a QR code in the screenshot');
    assert.equal(read.data, me.link);

    const code = (await p.page.getByRole('region', { name: 'Hand in your results' })
      .locator('p[aria-labelledby="hand-in-code-label"]').innerText()).trim();
    assert.match(code, /\s/, 'the code is shown in groups');
    const box = await openClassView(p.page);
    await box.fill(`Typed by hand: ${code}`);
    await p.page.getByRole('button', { name: 'Show the class' }).click();
    const table = p.page.getByRole('table', { name: /One row a student/ });
    await table.waitFor({ timeout: TIMEOUT });
    const cells = await table.getByRole('row').nth(1).getByRole('cell').allInnerTexts();
    assert.equal(cells[0], scoreText(me.score));
    assert.equal(cells[1], me.band);
    assertClean(p, 'QR and hand-in code');
  } finally {
    await p.close();
  }
});

test('keeping the list is the counselor\'s choice, and one button removes it', async () => {
  const cls = await classOf30();
  const p = await openPage(env.browser, `${env.url}/#/`);
  try {
    const box = await openClassView(p.page);
    await box.fill(cls.slice(0, 3).map((s) => s.link).join('\n'));
    await p.page.getByRole('button', { name: 'Show the class' }).click();
    await p.page.getByRole('table', { name: /One row a student/ }).waitFor({ timeout: TIMEOUT });
    const kept = () => p.page.evaluate(() => localStorage.getItem('mlt-fit-class-list'));
    assert.equal(await kept(), null, 'nothing stored unless asked');
    await p.page.getByLabel('Keep this list on this computer').check();
    assert.match(await kept(), /#\/r\//);
    await p.page.reload();
    await p.page.getByRole('table', { name: /One row a student/ }).waitFor({ timeout: TIMEOUT });
    assert.equal(await p.page.getByLabel('Keep this list on this computer').isChecked(), true);
    await p.page.getByRole('button', { name: 'Remove the saved list' }).click();
    await p.page.getByText('The saved list was removed from this computer.').waitFor({ timeout: TIMEOUT });
    assert.equal(await kept(), null);
    assertClean(p, 'keeping the list');
  } finally {
    await p.close();
  }
});

for (const scheme of ['light', 'dark']) {
  test(`axe: the class view and the handout have no violations (${scheme})`, async () => {
    const cls = await classOf30();
    const p = await openPage(env.browser, `${env.url}/#/`, { colorScheme: scheme });
    try {
      const box = await openClassView(p.page);
      await box.fill([...cls.map((s) => s.link), 'see me after class'].join('\n'));
      await p.page.getByRole('button', { name: 'Show the class' }).click();
      await p.page.getByRole('table', { name: /One row a student/ }).waitFor({ timeout: TIMEOUT });
      const check = async (what) => {
        const { violations } = await new AxeBuilder({ page: p.page }).withTags(STANDARD_TAGS).setLegacyMode(true).analyze();
        assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], what);
      };
      await check('class view');

      await finish(p.page, ITEMS.map(mltLike));
      await p.page.getByRole('img', { name: /QR code/ }).waitFor({ timeout: TIMEOUT });
      await p.page.evaluate(() => document.documentElement.classList.add('print-handout'));
      await p.page.emulateMedia({ media: 'print' });
      await check('handout');
      assertClean(p, `axe ${scheme}`);
    } finally {
      await p.close();
    }
  });
}

test('embed.html links counselors to the class view', async () => {
  const p = await openPage(env.browser, `${env.url}/embed.html`);
  try {
    await p.page.getByRole('link', { name: 'class view' }).click();
    await h1(p.page, 'Class view');
    await p.page.getByLabel('Results links or hand-in codes').waitFor({ timeout: TIMEOUT });
  } finally {
    await p.close();
  }
});

test('the class view speaks the page\'s language: Spanish with ?lang=es', async () => {
  const cls = await classOf30();
  const p = await openPage(env.browser, `${env.url}/?lang=es#/class`);
  try {
    await h1(p.page, 'Vista de la clase');
    assert.equal(await p.page.evaluate(() => document.documentElement.lang), 'es');
    await p.page.getByLabel('Enlaces de resultados o códigos para entregar').fill(cls.slice(0, 2).map((s) => s.link).join('\n'));
    await p.page.getByRole('button', { name: 'Mostrar la clase' }).click();
    await p.page.getByText('Estudiantes: 2', { exact: true }).waitFor({ timeout: TIMEOUT });
    assertClean(p, 'class view in Spanish');
  } finally {
    await p.close();
  }
});
