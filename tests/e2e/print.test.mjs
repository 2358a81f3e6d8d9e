// Issue 5: the results screen prints cleanly on one or two pages, chart included, without
// navigation or buttons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './helpers.mjs';

let env;
before(async () => { env = await h.setup(); });
after(async () => { await env?.teardown(); });

function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

for (const [name, answers] of [['strong', h.mltLikeAnswers], ['low', h.mltOppositeAnswers]]) {
  test(`results (${name}) print on at most two Letter pages, with the chart and without chrome`, async () => {
    const page = await env.browser.newPage();
    try {
      await h.goto(page, env.url, `#/r/${h.encodePayload(answers())}`, 'Your MLT fit');
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'Letter', printBackground: true });
      const pages = pageCount(pdf);
      assert.ok(pages >= 1 && pages <= 2, `printed on ${pages} pages`);
      // The chart prints; navigation and the action buttons do not.
      const chart = page.getByRole('region', { name: 'Your interests beside MLT work' }).locator('svg');
      assert.ok(await chart.isVisible(), 'chart hidden in print');
      assert.equal(await page.getByRole('navigation', { name: 'Sections' }).isVisible(), false);
      assert.equal(await page.getByRole('button', { name: 'Copy link to these results' }).isVisible(), false);
      assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
      assert.ok(await page.getByText(/O\*NET/).first().isVisible(), 'attribution printed');
    } finally {
      await page.close();
    }
  });
}

test('the longest results (Spanish, every statement agreed with, every seventh question skipped) print on at most two pages', async () => {
  // Quality notices, both obstacles as contradictions, a range and the longest words.
  const payload = h.encodePayload(h.ITEMS.map((_, i) => (i % 7 === 6 ? null : 3)));
  const context = await env.browser.newContext({ locale: 'es-ES' });
  try {
    const page = await context.newPage();
    await page.goto(`${env.url}/?lang=es#/r/${payload}`);
    await page.getByRole('region', { name: 'Obstáculos serios' }).waitFor();
    await page.getByRole('region', { name: 'Próximos pasos' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const format of ['Letter', 'A4']) {
      const pages = pageCount(await page.pdf({ format, printBackground: true }));
      assert.ok(pages >= 1 && pages <= 2, `printed on ${pages} ${format} pages`);
    }
  } finally {
    await context.close();
  }
});

test('the handout (own results, "Print a one-page handout") fits one A4 and one Letter page', async () => {
  const page = await env.browser.newPage();
  try {
    await page.goto(`${env.url}/#/quiz/1`);
    await h.answerAll(page, h.mltLike);
    await page.getByRole('button', { name: 'Print a one-page handout' }).waitFor();
    // What the button does before opening the print dialog (the dialog itself is the browser's).
    await page.evaluate(() => document.documentElement.classList.add('print-handout'));
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter']) {
      const pages = pageCount(await page.pdf({ format, printBackground: true }));
      assert.equal(pages, 1, `the handout prints on one ${format} page, not ${pages}`);
    }
    assert.ok(await page.getByRole('region', { name: 'Hand in your results' }).isVisible(), 'the hand-in code prints');
    assert.ok(await page.getByRole('region', { name: 'Next steps' }).isVisible(), 'next steps print');
    assert.equal(await page.getByRole('region', { name: 'Part by part' }).isVisible(), false, 'details stay off the handout');
    assert.equal(await page.getByLabel('Your name or initials (optional)').isVisible(), false, 'no form on paper');
  } finally {
    await page.close();
  }
});

test('the longest handout (Spanish, both obstacles, many skips, a name) still fits one page', async () => {
  // Agreeing with everything and skipping every seventh question: no band, both obstacles
  // said as contradictions (the longest obstacle texts), the longest hand-in code.
  const answers = h.ITEMS.map((_, i) => (i % 7 === 6 ? null : 3));
  const payload = h.encodePayload(answers);
  const context = await env.browser.newContext({ locale: 'es-ES' });
  try {
    const page = await context.newPage();
    // The answers saved in this browser are the link's: these are the visitor's own results.
    await page.goto(`${env.url}/?lang=es`);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [h.STORAGE_KEY, `${payload}.0`]);
    await page.goto(`${env.url}/?lang=es#/r/${payload}`);
    await page.reload();
    await page.locator('#hand-in-name').fill('José Núñez');
    await page.getByRole('region', { name: 'Obstáculos serios' }).waitFor();
    await page.evaluate(() => document.documentElement.classList.add('print-handout'));
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter']) {
      const pages = pageCount(await page.pdf({ format, printBackground: true }));
      assert.equal(pages, 1, `the Spanish handout prints on one ${format} page, not ${pages}`);
    }
    assert.ok(await page.locator('.hand-in svg.qr').isVisible(), 'the QR code prints');
    assert.ok(await page.getByText('Nombre: José Núñez').isVisible(), 'the name prints, so handouts can be told apart');
  } finally {
    await context.close();
  }
});

test('"Print" in a browser whose print does nothing says to use the browser\'s print command', async () => {
  const payload = h.encodePayload(h.mltLikeAnswers());
  const context = await env.browser.newContext();
  try {
    // Chromium prints (beforeprint fires, no message); WebKitGTK's MiniBrowser has a
    // window.print that returns at once without printing: the same here.
    const status = (page) => page.getByRole('status').filter({ hasText: /^This browser did not open a print window/ });
    const page = await context.newPage();
    await h.goto(page, env.url, `#/r/${payload}`, 'Your MLT fit');
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await page.waitForTimeout(300);
    assert.equal(await status(page).count(), 0, 'no message where the browser prints');

    const other = await context.newPage();
    await other.addInitScript(() => { window.print = () => {}; });
    await h.goto(other, env.url, `#/r/${payload}`, 'Your MLT fit');
    await other.getByRole('button', { name: 'Print', exact: true }).click();
    await status(other).waitFor({ timeout: h.TIMEOUT });
    assert.match(await status(other).textContent(), /Ctrl\+P/);
  } finally {
    await context.close();
  }
});
