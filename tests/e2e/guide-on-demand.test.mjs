// The guide's texts come with their own file (guide-<lang>-<hash>.txt), fetched when the guide
// first opens: while it downloads the section says so, a failed download says so and offers
// to try again, and texts that arrive late change neither focus nor the way on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, h1, TIMEOUT } from './helpers.mjs';

const env = await setup();
test.after(() => env.teardown());

const GUIDE_FILE = /\/guide-en-[0-9a-f]+\.txt$/;
const FIRST_LEAD = 'A medical laboratory technician runs the lab tests';

test('the home screen does not download the guide; the guide does, once', async () => {
  const ctx = await env.browser.newContext();
  try {
    const page = await ctx.newPage();
    const fetched = [];
    page.on('request', (r) => GUIDE_FILE.test(r.url()) && fetched.push(r.url()));
    await page.goto(`${env.url}/#/`);
    await h1(page, 'Could medical lab work fit you?');
    await page.waitForTimeout(300);
    assert.equal(fetched.length, 0, 'no guide file for the first screen');
    await page.getByRole('link', { name: 'Read the career guide' }).click();
    await page.getByText(FIRST_LEAD).waitFor({ timeout: TIMEOUT });
    await page.getByRole('link', { name: /^Next/ }).click();
    await h1(page, 'What an MLT does all day');
    await page.getByRole('listitem').filter({ hasText: 'Matching a donor' }).waitFor({ timeout: TIMEOUT });
    assert.equal(fetched.length, 1, 'one download for the whole guide');
  } finally {
    await ctx.close();
  }
});

test('a slow guide file: the section says it is loading, and focus and Next survive its arrival', async () => {
  const ctx = await env.browser.newContext();
  try {
    const page = await ctx.newPage();
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(GUIDE_FILE, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${env.url}/#/guide/what`);
    await h1(page, 'What is a medical laboratory technician?');
    await page.getByRole('status').filter({ hasText: 'Loading this section…' }).waitFor({ timeout: TIMEOUT });
    const next = page.getByRole('link', { name: /^Next/ });
    await next.focus();
    release();
    await page.getByText(FIRST_LEAD).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByRole('status').filter({ hasText: 'Loading this section…' }).count(), 0);
    assert.ok(await next.evaluate((a) => a === document.activeElement), 'focus stays on Next');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/guide\/duties$/, { timeout: TIMEOUT });
  } finally {
    await ctx.close();
  }
});

test('a failed guide download says so, and Try again loads it', async () => {
  const ctx = await env.browser.newContext();
  try {
    const page = await ctx.newPage();
    let fail = true;
    await page.route(GUIDE_FILE, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${env.url}/#/guide/what`);
    await h1(page, 'What is a medical laboratory technician?');
    const alert = page.getByRole('alert').filter({ hasText: 'This section could not be loaded.' });
    await alert.waitFor({ timeout: TIMEOUT });
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText(FIRST_LEAD).waitFor({ timeout: TIMEOUT });
    assert.equal(await alert.count(), 0, 'the message is gone');
  } finally {
    await ctx.close();
  }
});
