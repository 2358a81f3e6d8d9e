// Issue 11 (first part): handing results in. The visitor's own results show a hand-in code
// (the results link's payload in groups of four) and an optional name field that says the
// name goes into the link; a named link opened elsewhere names the student.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { setup, h1, assertClean, answerAll, mltLike, TIMEOUT } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

const codeOf = async (page) => (await page.getByRole('region', { name: 'Hand in your results' })
  .locator('p[aria-labelledby="hand-in-code-label"]').innerText()).replace(/\s+/g, '');
const linkOf = (page) => page.getByLabel('Link to these results').inputValue();

test('own results show the hand-in code; a typed name goes into the link and names the student elsewhere', async () => {
  const p = await openPage(env.browser, `${env.url}/#/quiz/1`);
  try {
    await answerAll(p.page, mltLike);
    const region = p.page.getByRole('region', { name: 'Hand in your results' });
    await region.waitFor({ timeout: TIMEOUT });
    const plain = await linkOf(p.page);
    assert.equal(await codeOf(p.page), plain.split('#/r/')[1], 'the code is the link\'s payload');
    const groups = (await region.locator('.code-group').allInnerTexts());
    assert.ok(groups.every((g) => g.length >= 1 && g.length <= 4), `groups of at most four: ${groups}`);
    assert.match(await region.innerText(), /it goes into the link/);
    assert.match(await region.innerText(), /checks itself/);

    await p.page.getByLabel('Your name or initials (optional)').fill('J. K.');
    await p.page.waitForFunction((before) => document.getElementById('results-link').value !== before, plain);
    const named = await linkOf(p.page);
    assert.notEqual(named, plain);
    assert.equal(await codeOf(p.page), named.split('#/r/')[1], 'the code follows the name');
    assertClean(p, 'hand-in');

    const other = await openPage(env.browser, named);
    try {
      await h1(other.page, 'Your MLT fit');
      await other.page.getByText('These are the results of J. K., opened from a link.').waitFor({ timeout: TIMEOUT });
      assert.equal(await other.page.getByRole('region', { name: 'Hand in your results' }).count(), 0,
        'someone else\'s results offer no hand-in');
    } finally {
      await other.close();
    }
  } finally {
    await p.close();
  }
});
