// The visitor's journey through the release build, in an engine driven over plain W3C
// WebDriver (../webdriver.mjs): Firefox ESR and WebKitGTK. Chromium runs the fuller suite
// in ../*.test.mjs through playwright-core; this is the same journey in the other engines.
// Each engine's test file is one line: journey('firefox') or journey('webkit').
//
// Elements are found as a visitor finds them: headings, buttons and links by their visible
// text, fields by their label, regions by their name (XPath over those, never CSS classes).
// The questionnaire is the content compiler's description (target/content/questionnaire.json,
// through ../helpers.mjs), and results links come from the app's own codec (link_tool).
// Every test opens its own fresh browser session, so each runs on its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, STRICT_CSP } from '../server.mjs';
import { startEngine, lit } from '../webdriver.mjs';
import {
  BUILD, TOTAL, BANDS, GUIDE_IDS, GUIDE_TITLES, PAYLOAD_CHARS, STORAGE_KEY,
  itemByText, mltLike, mltOpposite, mltLikeAnswers, mltOppositeAnswers, encodePayload, decodePayload,
} from '../helpers.mjs';

const HOME = 'Could medical lab work fit you?';
const RESULTS = 'Your MLT fit';
const LINK_ERROR = 'This results link does not work';
const TITLE = 'MLT Fit: is medical lab work for you?';

// ---------------------------------------------------------------------------------------
// Finding things as a visitor does.

const X = {
  h1: '//h1',
  button: (name) => `//button[normalize-space(.)=${lit(name)}]`,
  link: (name) => `//a[@href][normalize-space(.)=${lit(name)}]`,
  linkStarting: (start) => `//a[@href][starts-with(normalize-space(.), ${lit(start)})]`,
  /** A landmark or region named by aria-label or by the element aria-labelledby points at. */
  named: (tag, name) => `//${tag}[@aria-label=${lit(name)} or @aria-labelledby=//*[normalize-space(.)=${lit(name)}]/@id]`,
  /** A text field by its label. */
  field: (label) => `//input[@id=//label[normalize-space(.)=${lit(label)}]/@for]`,
  /** The label of the answer option `i` (0-based) of the question's group. */
  option: (i) => `//label[@for=(//fieldset//input[@type='radio'])[${i + 1}]/@id]`,
  radios: "//fieldset//input[@type='radio']",
  next: `//button[normalize-space(.)='Next' or normalize-space(.)='See my results']`,
  status: (start) => `//*[@role='status'][starts-with(normalize-space(.), ${lit(start)})]`,
};

const matches = (text, want) => (want instanceof RegExp ? want.test(text) : text === want);

/** Waits for the level-1 heading to read `want` (string or RegExp); returns its text. */
async function h1(s, want = /.+/) {
  let seen = [];
  return s.waitFor(async () => {
    seen = [];
    for (const el of await s.findAll(X.h1)) {
      const text = await s.text(el);
      seen.push(text);
      if (matches(text, want)) return text;
    }
    return null;
  }, () => `no level-1 heading ${want} (headings seen: ${JSON.stringify(seen)})`);
}

/**
 * Opens `url` and starts recording uncaught errors in the page (script errors, WASM traps,
 * rejected promises), which `assertNoErrors` checks. Errors before the recorder starts are
 * not seen; a broken start shows as a missing heading instead.
 */
async function open(s, url, heading) {
  await s.navigate(url);
  const text = await h1(s, heading);
  await recordErrors(s);
  return text;
}

function recordErrors(s) {
  return s.execute(() => {
    if (window.__errors) return;
    window.__errors = [];
    addEventListener('error', (e) => window.__errors.push(String(e.message || e.error)));
    addEventListener('unhandledrejection', (e) => window.__errors.push(`unhandled rejection: ${e.reason}`));
  });
}

async function assertNoErrors(s, what) {
  const errors = await s.execute(() => window.__errors ?? []);
  assert.deepEqual(errors, [], `uncaught errors in the page (${what})`);
}

/** The question on screen (number n if given), its text and item, read in one round trip. */
async function currentQuestion(s, n) {
  const want = n === undefined ? /^Question \d+ of \d+$/ : `Question ${n} of ${TOTAL}`;
  let last;
  const seen = await s.waitFor(async () => {
    last = await s.execute(() => {
      const h = document.querySelector('h1');
      const legend = document.querySelector('fieldset legend');
      return h && legend ? [h.textContent.trim(), legend.textContent.replace(/\s+/g, ' ').trim()] : null;
    });
    return last && matches(last[0], want) ? last : null;
  }, () => `no question heading ${want} (seen ${JSON.stringify(last)})`);
  const [title, text] = seen;
  const [, num, total] = title.match(/^Question (\d+) of (\d+)$/);
  assert.equal(Number(total), TOTAL, `"${title}": the app and content/ disagree on the number of questions`);
  return { n: Number(num), text, item: itemByText(text) };
}

/** Answers from the current question to the end with pick(item) (an index, or null to Skip). */
async function answerAll(s, pick) {
  for (;;) {
    const q = await currentQuestion(s);
    const choice = pick(q.item);
    if (choice === null) {
      await s.clickOn(X.button('Skip'));
    } else {
      await s.clickOn(X.option(choice));
      await s.clickOn(X.next);
    }
    if (q.n === TOTAL) break;
    await currentQuestion(s, q.n + 1);
  }
  return h1(s, RESULTS);
}

/** Index of the checked answer option on screen, -1 when none. */
const checkedIndex = (s) => s.execute((xpath) => {
  const found = document.evaluate(xpath, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  for (let i = 0; i < found.snapshotLength; i++) if (found.snapshotItem(i).checked) return i;
  return -1;
}, X.radios);

/** {score, band, text} from the "Fit score" region of the results screen. */
async function readResults(s) {
  await h1(s, RESULTS);
  const card = await s.find(X.named('section', 'Fit score'));
  const text = await s.text(card);
  const m = text.match(/^(\d{1,3}|–)(?=\s|$)/);
  assert.ok(m, `no score at the start of the "Fit score" region: "${text}"`);
  const bands = BANDS.filter((b) => text.includes(b));
  assert.equal(bands.length, 1, `exactly one band name in the "Fit score" region: "${text}"`);
  return { score: m[1] === '–' ? null : Number(m[1]), band: bands[0], text };
}

const hasRegion = async (s, name) => (await s.count(X.named('section', name))) === 1;

// ---------------------------------------------------------------------------------------
// Servers: the widget (strict CSP, as the README documents) and a counselor's host page on
// another origin (127.0.0.1 vs localhost), for the embed test.

function startHostServer(pages) {
  const server = http.createServer((req, res) => {
    const body = pages.get(new URL(req.url, 'http://x').pathname);
    res.writeHead(body === undefined ? 404 : 200, {
      'Content-Type': body === undefined ? 'text/plain' : 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.end(body ?? 'not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}`,
      close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
    }));
  });
}

function hostPage(widget) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Career center</title><link rel="icon" href="data:,"></head>
<body>
<h1>Career center</h1>
<p>Could a lab career suit you? Try the quiz below.</p>
<iframe data-mlt-fit src="${widget}/" title="${TITLE}" width="100%" height="900" style="border:0"></iframe>
<script src="${widget}/embed.js" async></script>
<p>Questions? Ask your counselor.</p>
</body></html>`;
}

/** The payload with two different neighbouring characters (from the 9th on) swapped. */
function swapNeighbours(payload) {
  let i = 8;
  while (payload[i] === payload[i + 1]) i++;
  return payload.slice(0, i) + payload[i + 1] + payload[i] + payload.slice(i + 2);
}

// ---------------------------------------------------------------------------------------

/** Registers the journey's tests for one engine of ../webdriver.mjs (`firefox`, `webkit`). */
export function journey(engineName) {
  let engine, widget, host;
  const pages = new Map();

  before(async () => {
    assert.ok(fs.existsSync(path.join(BUILD, 'index.html')), `no ${BUILD}/index.html: run \`trunk build --release --offline\` first`);
    [engine, widget, host] = await Promise.all([
      startEngine(engineName),
      startServer({ root: BUILD, headers: { 'Content-Security-Policy': STRICT_CSP } }),
      startHostServer(pages),
    ]);
  }, { timeout: 60_000 });
  after(async () => {
    await Promise.allSettled([engine?.stop(), widget?.close(), host?.close()]);
  });

  /** Runs fn(session) in a fresh browser; the session is always deleted. */
  const fresh = async (fn) => {
    const s = await engine.newSession();
    try {
      return await fn(s);
    } finally {
      await s.delete();
    }
  };
  const name = (what) => `${engineName}: ${what}`;
  /** A stuck browser fails its test (and after() still stops it) instead of hanging the run. */
  const LIMIT = { timeout: 180_000 };

  test(name('the start screen leads into the questionnaire, which asks for an answer before going on'), LIMIT, () => fresh(async (s) => {
    await open(s, `${widget.url}/`, HOME);
    assert.match(await s.execute(() => document.title), / - MLT Fit$/, 'the document title names the app');
    await s.clickOn(X.link('Take the questionnaire'));
    const q = await currentQuestion(s, 1);
    assert.equal(await s.count(X.radios), 5, `five answer options for "${q.text}"`);
    assert.equal(await s.count(X.named('progress', 'Questionnaire progress')), 1, 'a "Questionnaire progress" bar');
    await s.clickOn(X.next);
    const alert = await s.find(`//*[@role='alert'][starts-with(normalize-space(.), 'Choose an answer first')]`);
    assert.equal(await s.text(alert), 'Choose an answer first, or press Skip to leave this question out.');
    await s.clickOn(X.option(3));
    assert.equal(await checkedIndex(s), 3, 'clicking an answer\'s label chooses it');
    await s.clickOn(X.next);
    await currentQuestion(s, 2);
    await assertNoErrors(s, 'start → question 2');
  }));

  test(name('the career guide: contents, the next section, and on into the questionnaire'), LIMIT, () => fresh(async (s) => {
    await open(s, `${widget.url}/`, HOME);
    await s.clickOn(X.link('Read the career guide'));
    await h1(s, GUIDE_TITLES[0]);
    assert.match(await s.url(), new RegExp(`#/guide/${GUIDE_IDS[0]}$`), 'the guide opens at its first section');
    const contents = X.named('nav', 'Contents');
    await s.find(contents);
    assert.equal(await s.count(`${contents}//a[@href]`), GUIDE_IDS.length, 'the contents list every section');
    const current = await s.findAll(`${contents}//a[@aria-current='page']`);
    assert.equal(current.length, 1, 'one contents entry is marked current');
    assert.equal(await s.text(current[0]), GUIDE_TITLES[0]);
    await s.clickOn(X.linkStarting('Next'));
    await h1(s, GUIDE_TITLES[1]);
    assert.match(await s.url(), new RegExp(`#/guide/${GUIDE_IDS[1]}$`));
    assert.equal(await s.count(X.linkStarting(`Previous`)), 1, 'a "Previous" link on the second section');
    await s.clickOn(`//main${X.link('Take the questionnaire')}`);
    await currentQuestion(s, 1);
    await assertNoErrors(s, 'guide');
  }));

  test(name('every question answered: a score, a band and the reasons'), LIMIT, () => fresh(async (s) => {
    await open(s, `${widget.url}/#/quiz/1`, `Question 1 of ${TOTAL}`);
    await answerAll(s, mltLike);
    const url = await s.url();
    const payload = url.match(new RegExp(`#/r/([A-Za-z0-9_-]{${PAYLOAD_CHARS}})$`))?.[1];
    assert.ok(payload, `the results URL carries a ${PAYLOAD_CHARS}-character payload: ${url}`);
    assert.deepEqual(decodePayload(payload), mltLikeAnswers(), 'the link holds exactly the answers given');
    const r = await readResults(s);
    assert.equal(r.band, 'Strong fit', r.text);
    assert.ok(r.score >= 85 && r.score <= 100, `all MLT-like answers score 85 or more, got ${r.score}`);
    assert.match(r.text, new RegExp(`Based on ${TOTAL} of ${TOTAL} answers`));
    for (const region of ['What shaped your score', 'Part by part', 'Your interests beside MLT work', 'Next steps', 'Hand in your results']) {
      assert.ok(await hasRegion(s, region), `a "${region}" section`);
    }
    await assertNoErrors(s, 'whole questionnaire');
  }));

  test(name('the results link, with initials typed in, reopens in a fresh browser with the same results'), LIMIT, async () => {
    const mine = await fresh(async (s) => {
      await open(s, `${widget.url}/#/quiz/1`, `Question 1 of ${TOTAL}`);
      await answerAll(s, mltOpposite);
      const r = await readResults(s);
      const field = await s.find(X.field('Link to these results'));
      const plain = await s.property(field, 'value');
      assert.equal(plain, await s.url(), 'the link field holds this page\'s address');
      assert.ok(await hasRegion(s, 'Hand in your results'), 'own results offer handing in');
      // Initials typed into the hand-in field go into the link.
      await s.sendKeys(await s.find(X.field('Your name or initials (optional)')), 'J. K.');
      const link = await s.waitFor(async () => {
        const value = await s.property(await s.find(X.field('Link to these results')), 'value');
        return value !== plain && value;
      }, () => 'typing initials did not change the results link');
      assert.match(link, /#\/r\/[A-Za-z0-9_-]+$/, link);
      await assertNoErrors(s, 'own results');
      return { ...r, link };
    });
    assert.equal(mine.band, 'Serious obstacle', mine.text);
    await fresh(async (s) => {
      await open(s, mine.link, RESULTS);
      const r = await readResults(s);
      assert.equal(r.score, mine.score, 'the same score');
      assert.equal(r.band, mine.band, 'the same band');
      assert.equal(r.text, mine.text, 'the same words');
      await s.find(`//*[@role='note'][starts-with(normalize-space(.), 'These are the results of J. K., opened from a link.')]`);
      assert.equal(await hasRegion(s, 'Hand in your results'), false, 'someone else\'s results offer no hand-in');
      await s.clickOn(X.link('Take the questionnaire yourself'));
      await h1(s, new RegExp(`^(${HOME.replace('?', '\\?')}|Question 1 of ${TOTAL})$`));
      await assertNoErrors(s, 'shared results');
    });
  });

  test(name('a broken results link shows a plain error screen, not results'), LIMIT, () => fresh(async (s) => {
    const valid = encodePayload(mltLikeAnswers());
    const cases = [
      [swapNeighbours(valid), /^The link does not pass its check/],
      [valid.slice(0, 29), /^The link looks cut short/], // an impossible base64 length
    ];
    for (const [payload, reason] of cases) {
      // (From one broken link to the next is a change of fragment: wait for the new reason.)
      await open(s, `${widget.url}/#/r/${payload}`, LINK_ERROR);
      let said;
      await s.waitFor(async () => {
        said = await Promise.all((await s.findAll("//main//*[@role='alert']")).map((a) => s.text(a)));
        return said.some((t) => reason.test(t));
      }, () => `#/r/${payload}: no alert ${reason} (alerts: ${JSON.stringify(said)})`);
      assert.equal(await s.count(X.named('section', 'Fit score')), 0, 'no score for a broken link');
      await assertNoErrors(s, `broken link ${payload}`);
    }
    await s.clickOn(`//main${X.link('Take the questionnaire')}`);
    await h1(s, new RegExp(`^(${HOME.replace('?', '\\?')}|Question 1 of ${TOTAL})$`));
  }));

  test(name('the class view (its own module, loaded on demand) reads pasted links and sorts them'), LIMIT, () => fresh(async (s) => {
    const strong = encodePayload(mltLikeAnswers());
    const low = encodePayload(mltOppositeAnswers());
    await open(s, `${widget.url}/#/class`, 'Class view');
    const box = await s.find(`//textarea[@id=//label[normalize-space(.)=${lit('Results links or hand-in codes')}]/@for]`);
    // New lines typed with the Enter key: WebKitWebDriver drops a "\n" in the text it types.
    const ENTER = '\uE007';
    await s.sendKeys(box, [`Ana,${widget.url}/#/r/${strong}`, `Ben,${widget.url}/#/r/${low}`, 'not a result'].join(ENTER));
    await s.clickOn(X.button('Show the class'));
    const page = () => s.execute(() => [document.querySelector('textarea').value, document.querySelector('.class-counts')?.innerText, document.querySelector('.class-errors')?.innerText]);
    await s.find(`//li[normalize-space(.)=${lit('Students: 2')}]`).catch(async (e) => {
      throw new Error(`${e.message}; the page says: ${await page()}`);
    });
    await s.find(`//li[normalize-space(.)=${lit('Lines that could not be read: 1')}]`);
    const names = async () => Promise.all((await s.findAll(`//table[starts-with(normalize-space(caption), ${lit('One row a student')})]//tbody//th[@scope='row']`)).map((th) => s.text(th)));
    assert.deepEqual(await names(), ['Ana', 'Ben']);
    // Score: highest first on the first click, and the heading says so.
    await s.clickOn(X.button('Score'));
    await s.waitFor(async () => (await s.count('//th[@aria-sort="descending"]')) === 1, () => 'the score column is sorted');
    await s.clickOn(X.button('Score'));
    await s.waitFor(async () => (await s.count('//th[@aria-sort="ascending"]')) === 1, () => 'a second click flips it');
    await s.clickOn(X.link('Ana'));
    await h1(s, RESULTS);
    await assertNoErrors(s, 'class view');
  }));

  test(name('progress survives a reload: "Welcome back" continues with the answers kept'), LIMIT, () => fresh(async (s) => {
    const picks = [4, 1, null];
    await open(s, `${widget.url}/#/quiz/1`, `Question 1 of ${TOTAL}`);
    for (let n = 1; n <= picks.length; n++) {
      await currentQuestion(s, n);
      if (picks[n - 1] === null) await s.clickOn(X.button('Skip'));
      else {
        await s.clickOn(X.option(picks[n - 1]));
        await s.clickOn(X.next);
      }
    }
    await currentQuestion(s, picks.length + 1);
    const stored = await s.execute((k) => localStorage.getItem(k), STORAGE_KEY);
    assert.deepEqual(decodePayload(String(stored).split('.')[0])?.slice(0, 3), picks, `stored progress ${stored}`);

    await s.navigate(`${widget.url}/`);
    await s.refresh();
    await h1(s, HOME);
    await s.find(`//h2[normalize-space(.)='Welcome back']`);
    await s.find(`//p[normalize-space(.)=${lit(`You have answered 2 of ${TOTAL} questions.`)}]`);
    await s.clickOn(X.button('Continue where you left off'));
    await currentQuestion(s, 4);
    for (let n = 1; n <= picks.length; n++) {
      await s.navigate(`${widget.url}/#/quiz/${n}`);
      await s.refresh();
      await currentQuestion(s, n);
      assert.equal(await checkedIndex(s), picks[n - 1] ?? -1, `question ${n} after a reload`);
    }
    await recordErrors(s);
    await s.clickOn(X.button('Back'));
    await currentQuestion(s, 2);
    assert.equal(await checkedIndex(s), 1, 'question 2 after Back');
    await assertNoErrors(s, 'reload and continue');
  }));

  test(name('embedded on another site, the frame follows the widget\'s height'), LIMIT, () => fresh(async (s) => {
    const widgetOrigin = `http://localhost:${new URL(widget.url).port}`;
    pages.set(`/host-${engineName}.html`, hostPage(widgetOrigin));
    await s.navigate(`${host.url}/host-${engineName}.html`);
    await h1(s, 'Career center');
    const frameXPath = `//iframe[@title=${lit(TITLE)}]`;
    /** Iframe height on the page, and the widget's content height inside it. */
    const fit = async (screen) => {
      let last;
      return s.waitFor(async () => {
        await s.frame(null);
        const iframe = await s.find(frameXPath);
        const outer = await s.execute((f) => ({
          css: f.getBoundingClientRect().height, set: f.style.height, src: f.src,
        }), { element: iframe });
        await s.frame(iframe);
        const inner = await s.execute(() => ({
          heading: document.querySelector('h1')?.textContent.trim() ?? '',
          content: document.documentElement.getBoundingClientRect().height,
          scrollHeight: document.documentElement.scrollHeight,
          innerHeight: window.innerHeight,
        }));
        last = { ...outer, ...inner };
        const fits = outer.set !== '' && new URL(outer.src).searchParams.has('host') && matches(inner.heading, screen)
          && Math.abs(outer.css - inner.content) <= 2 && inner.scrollHeight <= inner.innerHeight + 1;
        return fits ? last : null;
      }, () => `${screen}: the frame does not fit the widget: ${JSON.stringify(last)}`);
    };
    /**
     * Clicks in the widget (the session is inside its frame) after scrolling the host page to
     * the element, as a visitor would: WebKitWebDriver does not scroll the host page to an
     * element inside a frame, and its click then silently goes nowhere.
     */
    const clickInWidget = async (xpath) => {
      const y = await s.execute((e) => e.getBoundingClientRect().top, { element: await s.find(xpath) });
      await s.frame(null);
      const iframe = await s.find(frameXPath);
      await s.execute((f, dy) => window.scrollTo(0, f.getBoundingClientRect().top + window.scrollY + dy - 100), { element: iframe }, y);
      await s.frame(iframe);
      await s.clickOn(xpath);
    };
    const home = await fit(HOME);
    // fit() leaves the session inside the frame: on to the guide, whose first section is much taller.
    await clickInWidget(X.link('Read the career guide'));
    const guide = await fit(GUIDE_TITLES[0]);
    assert.ok(Math.abs(guide.css - home.css) > 50, `the frame height changed with the screen (${home.css} → ${guide.css} px)`);
    await clickInWidget(`//main${X.link('Take the questionnaire')}`);
    await fit(`Question 1 of ${TOTAL}`);
    await s.frame(null);
  }));

  test(name('"Copy link" either copies or, with no clipboard, selects the link for copying by hand'), LIMIT, (t) => fresh(async (s) => {
    const payload = encodePayload(mltLikeAnswers());
    // The engine's own clipboard: the link is copied, or the refusal is shown; never nothing.
    await open(s, `${widget.url}/#/r/${payload}`, RESULTS);
    await s.clickOn(X.button('Copy link to these results'));
    const status = await s.find(`${X.status('Link copied.')} | ${X.status('Copying was blocked')}`);
    const own = await s.text(status);
    await assertNoErrors(s, `copying with the engine's clipboard (${own})`);

    // No clipboard API at all (as in some embedded browsers): treated like a refusal.
    await open(s, `${widget.url}/#/r/${payload}`, RESULTS);
    await s.execute(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
      Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => undefined });
    });
    await s.clickOn(X.button('Copy link to these results'));
    await s.find(X.status('Copying was blocked. The link is selected below'));
    const field = await s.find(X.field('Link to these results'));
    const selection = await s.execute((el) => ({
      focused: document.activeElement === el,
      selected: el.value.slice(el.selectionStart, el.selectionEnd),
      value: el.value,
    }), { element: field });
    assert.ok(selection.focused, 'the link field has focus');
    assert.equal(selection.selected, selection.value, 'the whole link is selected');
    assert.ok(selection.value.endsWith(`#/r/${payload}`), selection.value);
    await assertNoErrors(s, 'copying without a clipboard');
    t.diagnostic(`${engineName} clipboard: ${own}`);
  }));

  test(name('"Print" prints, or says to use the browser\'s print command'), LIMIT, (t) => fresh(async (s) => {
    await open(s, `${widget.url}/#/r/${encodePayload(mltLikeAnswers())}`, RESULTS);
    await s.execute(() => {
      window.__printed = 0;
      addEventListener('beforeprint', () => { window.__printed += 1; });
    });
    await s.clickOn(X.button('Print'));
    const outcome = await s.waitFor(async () => {
      if (await s.execute(() => window.__printed)) return 'printed';
      const notice = await s.findAll(X.status('This browser did not open a print window'));
      return notice.length ? await s.text(notice[0]) : null;
    }, () => 'pressing Print neither printed nor said how to print');
    await assertNoErrors(s, `print (${outcome})`);
    t.diagnostic(`${engineName} print: ${outcome}`);
  }));
}
