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
