/* global document, XMLSerializer, mermaid */
// Runs inside the browser page that draws the diagrams (added after mermaid.min.js), not in node.
// One page draws every diagram of a build: mermaid is loaded and set up once.
(function (global) {
  'use strict';

  /** A small seeded generator (mulberry32): the same diagram id draws the same "random" layout. */
  function seeded(text) {
    var seed = 0;
    for (var i = 0; i < text.length; i++) seed = (Math.imul(seed, 31) + text.charCodeAt(i)) | 0;
    return function () {
      seed = (seed + 0x6d2b79f5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /**
   * A drawn SVG is also opened on its own (the page links it at full size), where a script in it
   * would run: mermaid's strict mode already sanitises labels, and this drops anything active that
   * could remain (scripts, HTML islands, event handlers, javascript: links).
   */
  function disarm(svg) {
    Array.prototype.forEach.call(svg.querySelectorAll('script, foreignObject, iframe, object, embed'), function (el) { el.remove(); });
    Array.prototype.forEach.call(svg.querySelectorAll('*'), function (el) {
      Array.prototype.slice.call(el.attributes).forEach(function (attr) {
        var name = attr.name.toLowerCase();
        if (name.indexOf('on') === 0 || (/href$/.test(name) && /^\s*javascript:/i.test(attr.value))) el.removeAttribute(attr.name);
      });
    });
  }

  var container = document.createElement('div');
  document.body.appendChild(container);

  global.unyoDiagrams = {
    init: function (config) {
      mermaid.initialize(Object.assign({ startOnLoad: false }, config));
    },
    /** Draws one diagram: an SVG document as XML (standalone, loadable as an image) and its size. */
    render: function (id, source) {
      // Some layouts (mindmaps, hand-drawn look) call Math.random: seed it per diagram.
      Math.random = seeded(id);
      return mermaid.render(id, source, container).then(function (result) {
        container.innerHTML = result.svg;
        var svg = container.querySelector('svg');
        disarm(svg);
        var out = {
          svg: new XMLSerializer().serializeToString(svg),
          width: Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width,
          height: Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height,
        };
        container.textContent = '';
        return out;
      }, function (error) {
        container.textContent = '';
        return { error: String((error && error.message) || error) };
      });
    },
  };
})(globalThis);
