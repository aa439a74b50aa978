/* global document, window, parent, mermaid, encodeURIComponent */
// 図（mermaid）をブラウザで描く。ビルド時に描けなかった（Chromium がない、--no-diagrams）サイトでだけ使う。
// 本文のページは CSP で <style> と style 属性を禁じており、mermaid は描画中にそれらを使うため、ページの中では描けない。
// そこで見えない iframe（mermaid-frame.html、インラインの CSS だけを許すページ）に図の元を postMessage で渡して
// 描かせ、返ってきた SVG を data: URL の画像として表示する（画像の SVG は中の <style> が効き、ページの CSP にも触れない）。
// ファイルから開いたサイト（file://）でも動く。ネットワークは使わない。
(function () {
  'use strict';

  var root = document.documentElement;

  // The frame: draws what the page sends, one diagram after the other.
  if (root.hasAttribute('data-mermaid-config')) {
    mermaid.initialize(Object.assign({ startOnLoad: false }, JSON.parse(root.getAttribute('data-mermaid-config'))));
    var queue = Promise.resolve();
    window.addEventListener('message', function (event) {
      if (event.source !== parent) return;
      var n = event.data.n;
      var source = event.data.source;
      queue = queue.then(function () {
        return mermaid.render('mermaid-' + n, source).then(
          function (result) { parent.postMessage({ n: n, svg: result.svg }, '*'); },
          function (error) { parent.postMessage({ n: n, error: String((error && error.message) || error) }, '*'); }
        );
      });
    });
    parent.postMessage({ ready: true }, '*');
    return;
  }

  // A page: sends the source of each block to the frame and shows the picture it gets back.
  var blocks = Array.prototype.slice.call(document.querySelectorAll('pre.mermaid'));
  if (blocks.length === 0) return;
  var base = root.getAttribute('data-base') || '';
  var frame = document.createElement('iframe');
  frame.className = 'mermaid-frame';
  frame.title = '図の描画用（表示されません）';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.src = base + 'mermaid-frame.html';

  function show(pre, svg) {
    var img = document.createElement('img');
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    img.alt = '図（文字での内容は次の「図の元」）';
    var frame = document.createElement('div');
    frame.className = 'diagram-frame';
    frame.appendChild(img);
    var details = document.createElement('details');
    var summary = document.createElement('summary');
    summary.textContent = '図の元（Mermaid）';
    details.appendChild(summary);
    pre.parentNode.insertBefore(frame, pre);
    pre.parentNode.insertBefore(details, pre);
    details.appendChild(pre);
    pre.classList.remove('mermaid');
  }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow) return;
    var data = event.data;
    if (data.ready) {
      blocks.forEach(function (pre, n) { frame.contentWindow.postMessage({ n: n, source: pre.textContent }, '*'); });
      return;
    }
    var pre = blocks[data.n];
    if (!pre) return;
    if (data.svg) show(pre, data.svg);
    else pre.setAttribute('data-error', data.error);
  });
  document.body.appendChild(frame);
})();
