/* MLT Fit embed loader. Plain JS, no dependencies. (A template: the content compiler fills
 * its double-brace marker with texts from content/<lang>/embed.toml; the build has the result.)
 *
 * Finds every <iframe data-mlt-fit> on the page and
 *  - passes the snippet's options (data-start, data-guide, data-accent, data-compact,
 *    data-lang) to the widget as query parameters, plus this page's origin (host=) so the
 *    widget knows where it may post messages;
 *  - keeps the frame exactly as tall as the widget's content, from the widget's
 *    "mlt-fit:height" messages, so there is never an inner scrollbar;
 *  - re-dispatches the widget's "mlt-fit:completed" message as a DOM event on the iframe
 *    (detail: { band }), for counselors who count completions. No answers ever pass.
 * Messages are accepted only from the widget's own origin and only from its own frame.
 */
(function () {
  'use strict';
  // Pasting the snippet twice loads this script twice: set up only once.
  if (window.MLTFit) {
    window.MLTFit.refresh();
    return;
  }
  var OPTIONS = ['start', 'guide', 'accent', 'compact', 'lang'];
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 20000;
  // A frame's accessible name when the host page gave it none, one a language.
  var TITLES = {{texts_json:frame_title}};

  // In the language the widget will show: the snippet's data-lang, else the browser's first
  // language that the widget has (as the widget itself chooses), else English.
  function fallbackTitle(frame) {
    var wanted = [frame.getAttribute('data-lang')].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i] || '').split('-')[0].toLowerCase();
      if (Object.prototype.hasOwnProperty.call(TITLES, code)) return TITLES[code];
    }
    return TITLES.en;
  }

  function widgetUrl(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI);
    } catch (e) {
      return null;
    }
  }

  function setUp(frame) {
    if (frame.__mltFit) return;
    var url = widgetUrl(frame);
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      console.warn('MLT Fit: the iframe needs an http(s) src');
      return;
    }
    OPTIONS.forEach(function (name) {
      var value = frame.getAttribute('data-' + name);
      // The widget validates every value itself; here they are only passed on, encoded.
      if (value !== null) url.searchParams.set(name, value);
    });
    url.searchParams.set('host', window.location.origin);
    // Swap in a fresh iframe rather than changing src: Chromium can drop a navigation that
    // replaces a cross-site load still in progress, which would lose the options and host.
    var fresh = frame.cloneNode(false);
    fresh.__mltFit = { origin: url.origin };
    fresh.setAttribute('src', url.href);
    fresh.setAttribute('scrolling', 'no');
    fresh.style.border = '0';
    fresh.style.width = '100%';
    if (!fresh.getAttribute('title')) fresh.setAttribute('title', fallbackTitle(frame));
    if (frame.parentNode) frame.parentNode.replaceChild(fresh, frame);
  }

  function frameFor(source) {
    var frames = document.querySelectorAll('iframe[data-mlt-fit]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var frame = frameFor(event.source);
    // Only the widget's own frame, from the widget's own origin: anything else is ignored.
    if (!frame || !frame.__mltFit || event.origin !== frame.__mltFit.origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type === 'mlt-fit:height') {
      var height = Number(data.height);
      if (isFinite(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT) {
        frame.style.height = Math.ceil(height) + 'px';
      }
    } else if (data.type === 'mlt-fit:completed' && typeof data.band === 'string') {
      var band = /^(strong|good|mixed|low|unknown)$/.test(data.band) ? data.band : 'unknown';
      var detail = { band: band };
      var completed;
      try {
        completed = new CustomEvent('mlt-fit:completed', { bubbles: true, detail: detail });
      } catch (e) {
        completed = document.createEvent('CustomEvent');
        completed.initCustomEvent('mlt-fit:completed', true, false, detail);
      }
      frame.dispatchEvent(completed);
    }
  });

  function setUpAll() {
    var frames = document.querySelectorAll('iframe[data-mlt-fit]');
    for (var i = 0; i < frames.length; i++) setUp(frames[i]);
  }

  // For pages that add the iframe later (and for the embed page's live preview).
  window.MLTFit = { refresh: setUpAll };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUpAll);
  } else {
    setUpAll();
  }
})();
