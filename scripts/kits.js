// Builds the modules the app loads on demand ("kits"), for scripts/post-build:
//   qr     kits/qr     the QR code of a results link (the results screen)
//   class  kits/class  the counselors' class view (#/class), with styles/class.css
// Each is its own WASM + wasm-bindgen JS (target web) in dist/kit/, named by a hash of its
// content, so the service worker can keep it cache-first and a new release never pairs old
// JS with new WASM. The page names each one in a <meta name="mlt-fit-kit-<name>"> that
// src/ui/browser.rs (load_kit) reads; the appended start code hands the kit's functions to
// the app as globalThis.mltFitKits[<name>] and fires an `mlt-fit-kit` event.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { execFileSync } = require('node:child_process');

const KITS = [
  { name: 'qr', crate: 'mlt-fit-qr', exports: ['qr_svg'] },
  { name: 'class', crate: 'mlt-fit-class', exports: ['mount', 'unmount'], css: 'styles/class.css' },
];

const hashOf = (data) => crypto.createHash('sha256').update(data).digest('hex').slice(0, 16);
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });

// Builds every kit into <staging>/kit/ (its JS through `minify`, when given: release builds)
// and returns { html (with the <meta> tags), files:
// { name: [urls relative to the page] } }.
function buildKits({ root, staging, release, html, minify }) {
  const targetDir = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
  const profile = release ? 'release' : 'debug';
  const cargoArgs = ['build', '--target', 'wasm32-unknown-unknown', ...(release ? ['--release'] : [])];
  for (const kit of KITS) cargoArgs.push('-p', kit.crate);
  run('cargo', cargoArgs, root);

  // The same wasm-opt flags as the app's (index.html), so both get the same treatment.
  const source = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  const optParams = (source.match(/data-wasm-opt-params="([^"]*)"/) || [])[1] || '';
  const outDir = path.join(staging, 'kit');
  fs.mkdirSync(outDir, { recursive: true });
  const files = {};
  let meta = '';
  for (const kit of KITS) {
    const input = path.join(targetDir, 'wasm32-unknown-unknown', profile, `${kit.crate.replace(/-/g, '_')}.wasm`);
    const css = kit.css ? fs.readFileSync(path.join(root, kit.css)) : Buffer.alloc(0);
    const base = `${kit.name}-${hashOf(Buffer.concat([fs.readFileSync(input), css]))}`;
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', outDir, '--out-name', base, input], root);
    const wasm = path.join(outDir, `${base}_bg.wasm`);
    if (release) run('wasm-opt', ['-Oz', ...optParams.split(/\s+/).filter(Boolean), wasm, '-o', wasm], root);
    const jsPath = path.join(outDir, `${base}.js`);
    let js = fs.readFileSync(jsPath, 'utf8');
    const init = (js.match(/export\s*\{[^}]*\b(\w+)\s+as\s+default\b/) || [])[1];
    if (!init) throw new Error(`kits: ${base}.js has no default-exported init function`);
    const urls = [`./kit/${base}.js`, `./kit/${base}_bg.wasm`];
    js += `\n// Added by scripts/kits.js: start this module and hand its functions to the app.\n`;
    if (kit.css) {
      fs.writeFileSync(path.join(outDir, `${base}.css`), css);
      urls.push(`./kit/${base}.css`);
      // Its styles first, so it never shows unstyled (a <link>: the CSP allows 'self').
      js += `await new Promise((done) => {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = new URL('./${base}.css', import.meta.url).href;
  css.onload = css.onerror = done;
  document.head.append(css);
});
`;
    }
    js += `await ${init}();
(globalThis.mltFitKits ||= {})[${JSON.stringify(kit.name)}] = { ${kit.exports.join(', ')} };
dispatchEvent(new CustomEvent('mlt-fit-kit', { detail: ${JSON.stringify(kit.name)} }));
`;
    // The file keeps its name: the hash is of the WASM and CSS, which the JS is made from.
    fs.writeFileSync(jsPath, minify ? minify(js, `kit/${base}.js`) : js);
    files[kit.name] = urls;
    meta += `<meta name="mlt-fit-kit-${kit.name}" content="${urls[0]}" />`;
    const size = (f) => fs.statSync(path.join(staging, f)).size;
    console.log(`kits: ${kit.name} -> ${urls.map((u) => `${u} (${size(u)} B)`).join(', ')}`);
  }
  return { html: html.replace('</head>', `${meta}</head>`), files };
}

module.exports = { buildKits, KITS };
