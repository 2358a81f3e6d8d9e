/* The embed page: builds the snippet from the chosen options and shows it live. Its texts
 * come from the page (data-* on <main>, filled per language from content/<lang>/embed.toml). */
(function () {
  'use strict';
  var base = new URL('./', window.location.href);
  var widget = new URL('index.html', base).href.replace(/index\.html$/, '');
  var loader = new URL('embed.js', base).href;
  var $ = function (id) { return document.getElementById(id); };
  var texts = $('embed-page').dataset;

  function attributes() {
    var attrs = [];
    if ($('opt-start').value) attrs.push(['data-start', $('opt-start').value]);
    if ($('opt-lang').value) attrs.push(['data-lang', $('opt-lang').value]);
    if (!$('opt-guide').checked) attrs.push(['data-guide', 'false']);
    var accent = $('opt-accent').value.toLowerCase();
    if (accent && accent !== '#005a9c') attrs.push(['data-accent', accent]);
    if ($('opt-compact').checked) attrs.push(['data-compact', 'true']);
    return attrs;
  }

  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }

  function snippet(attrs) {
    var extra = attrs.map(function (a) { return ' ' + a[0] + '="' + escape(a[1]) + '"'; }).join('');
    return '<iframe data-mlt-fit src="' + escape(widget) + '"' + extra +
      ' title="' + escape(texts.frameTitle) + '" width="100%" height="900" style="border:0" loading="lazy"></iframe>\n' +
      '<script src="' + escape(loader) + '" async></' + 'script>';
  }

  function update() {
    var attrs = attributes();
    $('snippet').value = snippet(attrs);
    var frame = document.createElement('iframe');
    frame.setAttribute('data-mlt-fit', '');
    frame.setAttribute('src', widget);
    frame.setAttribute('title', texts.previewTitle);
    frame.setAttribute('height', '900');
    attrs.forEach(function (a) { frame.setAttribute(a[0], a[1]); });
    var preview = $('preview');
    while (preview.firstChild) preview.removeChild(preview.firstChild);
    preview.appendChild(frame);
    if (window.MLTFit) window.MLTFit.refresh();
  }

  $('options').addEventListener('change', update);
  $('options').addEventListener('submit', function (e) { e.preventDefault(); });
  $('copy-snippet').addEventListener('click', function () {
    var status = $('copy-status');
    var done = function () { status.textContent = texts.copied; };
    var fallback = function () {
      $('snippet').focus();
      $('snippet').select();
      status.textContent = texts.copyBlocked;
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText($('snippet').value).then(done, fallback);
    } else {
      fallback();
    }
  });
  update();
})();
