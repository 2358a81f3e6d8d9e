// MLT Fit's service worker: the widget keeps working offline after the first visit.
// scripts/post-build fills in VERSION (a hash of the file list) and FILES (exactly the files a
// load needs, with their content-hashed names) and writes the result as dist/sw.js.
//
// - Install: precache FILES into a cache named after VERSION. All of a release's files come
//   from one cache, so old JS is never paired with new WASM.
// - Pages (navigations): network first, so a visitor online always gets the newest page, and
//   with it the newest hashed files; offline, the cached page. A release is therefore seen on
//   the first load after it, and at worst on the next reload (when the network failed once).
// - Files: cache first (their names change whenever their content does), network otherwise.
// - Activate: delete every other MLT Fit cache, then take control of open pages.
// - Never touches a request to another origin, and never caches one.
'use strict';
const VERSION = '__VERSION__';
const FILES = __FILES__;
const PREFIX = 'mlt-fit-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page's query (embed options) and fragment (screen) do not change the file.
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match('./index.html')).then((page) => page || Response.error())),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))),
  );
});
