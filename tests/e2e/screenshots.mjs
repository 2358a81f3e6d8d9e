// Screenshots of every screen at phone and desktop widths, light and dark, for people to
// look at (not a test). Usage: node tests/e2e/screenshots.mjs [outdir]
import { startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? '/tmp/shots';
const server = await startServer({ root: path.join(here, '../../dist') });
const browser = await launchBrowser();
const shots = [
  ['home', '#/'],
  ['guide-salary', '#/guide/salary'],
  ['guide-duties', '#/guide/duties'],
  ['question', '#/quiz/7'],
  ['results-strong', null],
  ['results-low', null],
  ['link-error', '#/r/AQAB!!'],
];
for (const [w, h, tag, scheme] of [[360, 780, 'phone', 'light'], [1200, 900, 'desktop', 'light'], [360, 780, 'phone-dark', 'dark']]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
  for (const [name, frag] of shots) {
    if (frag) {
      await page.goto(`${server.url}/${frag}`);
    } else {
      // Answer every question: the first option of each for "low", the MLT-like one for "strong".
      await page.goto(`${server.url}/#/quiz/1`);
      for (let i = 0; i < 48; i++) {
        const radios = page.getByRole('radio');
        await radios.first().waitFor();
        const pick = name === 'results-low' ? (i % 5 === 2 ? 3 : 0) : (i % 3 === 0 ? 3 : 4);
        await radios.nth(pick).check();
        await page.getByRole('button', { name: /Next|See my results/ }).click();
      }
      await page.getByRole('heading', { level: 1, name: 'Your MLT fit' }).waitFor();
    }
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/${tag}-${name}.png`, fullPage: true });
  }
  await ctx.close();
}
await browser.close();
await server.close();
console.log('screenshots in', out);
