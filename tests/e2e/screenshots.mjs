// Screenshots of every screen at phone and desktop widths, light and dark, for people to
// look at (not a test). Usage: node tests/e2e/screenshots.mjs [outdir]
import { startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';
import { encodePayload, mltLike, ITEMS } from './helpers.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? '/tmp/shots';
const server = await startServer({ root: path.join(here, '../../dist') });
const browser = await launchBrowser();
const link = (pick) => `#/r/${encodePayload(ITEMS.map(pick))}`;
const shots = [
  ['home', '#/'],
  ['guide-salary', '#/guide/salary'],
  ['guide-education', '#/guide/education'],
  ['question', '#/quiz/7'],
  ['results-strong', link(mltLike)],
  ['results-obstacle', link((it) => (it.id === 'cond_blood' ? 1 : mltLike(it)))],
  ['results-unclear', link(() => 4)],
  ['results-low', link((it) => (it.part === 'interest' ? ('RIC'.includes(it.area) ? 0 : 4) : mltLike(it)))],
  ['results-unknown', link((it, i) => (i % 3 === 0 ? null : mltLike(it)))],
  ['link-error', '#/r/AQAB!!'],
];
for (const [w, h, tag, scheme] of [[360, 780, 'phone', 'light'], [1200, 900, 'desktop', 'light'], [360, 780, 'phone-dark', 'dark']]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
  for (const [name, frag] of shots) {
    await page.goto(`${server.url}/${frag}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/${tag}-${name}.png`, fullPage: true });
  }
  await ctx.close();
}
await browser.close();
await server.close();
console.log('screenshots in', out);
