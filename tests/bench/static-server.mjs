// Static file server for scripts/bench (node:http, no dependencies). Unlike tests/e2e's
// server it negotiates compression the way a static host does: `.br` or `.gz` beside a
// file is sent when the browser accepts it; a file without such copies (the minimal Yew
// reference app) is compressed once in memory with the same settings as scripts/post-build
// (gzip -9, brotli max quality), so both apps travel the same way. Nothing is cached.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

import { MIME } from '../e2e/server.mjs';
const COMPRESSIBLE = /\.(html|js|mjs|wasm|css|json|svg)$/;

const brotli = (data) =>
  zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
const gzip = (data) => zlib.gzipSync(data, { level: 9 });

/** Serves `root`; returns { url, close, encodings } (encodings: Set of "file encoding" seen). */
export async function startStaticServer(root) {
  const base = path.resolve(root);
  const memo = new Map();
  const encodings = new Set();
  async function variant(file, enc) {
    const key = `${file}\0${enc}`;
    if (memo.has(key)) return memo.get(key);
    let body = null;
    try {
      body = await fs.readFile(`${file}.${enc === 'br' ? 'br' : 'gz'}`);
    } catch {
      const raw = await fs.readFile(file);
      body = enc === 'br' ? brotli(raw) : gzip(raw);
    }
    memo.set(key, body);
    return body;
  }
  const server = http.createServer(async (req, res) => {
    const headers = { 'Cache-Control': 'no-store' };
    const fail = (status, text) => {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    if (req.method !== 'GET') return fail(405, 'method not allowed');
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return fail(400, 'bad request');
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(base, '.' + rel);
    if (!file.startsWith(base + path.sep)) return fail(403, 'forbidden');
    let body;
    try {
      body = await fs.readFile(file);
    } catch {
      return fail(404, 'not found');
    }
    headers['Content-Type'] = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const accept = String(req.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.test(file)) {
      headers['Vary'] = 'Accept-Encoding';
      const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
      if (enc) {
        body = await variant(file, enc);
        headers['Content-Encoding'] = enc;
      }
      encodings.add(`${path.extname(file)} ${enc ?? 'identity'}`);
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    });
  return { url, close, encodings };
}
