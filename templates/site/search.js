/* global document, location, fetch, self, setTimeout, clearTimeout */
// サイト内検索（オフライン）。日本語は単語の間に空白がないため、文字の 2-gram で索引を引く。
// 索引は build 時に search-index.json として書き出される。切り方は render-site の search-index.ts と同じ
// （NFKC 正規化・小文字化、文字・数字以外で区切り、1 文字の語はそのまま）。テストはこのファイルを node で実行する。
(function (global) {
  'use strict';

  var SEPARATOR = /[^\p{L}\p{N}]+/u;
  var LIMIT = 30;

  function normalize(text) { return text.normalize('NFKC').toLowerCase(); }

  /** The distinct bigrams of a text; a one-character word is kept as it is. */
  function tokens(text) {
    var out = [];
    var seen = Object.create(null);
    var add = function (g) { if (!seen[g]) { seen[g] = true; out.push(g); } };
    normalize(text).split(SEPARATOR).forEach(function (word) {
      var chars = Array.from(word);
      if (chars.length === 1) add(chars[0]);
      for (var i = 0; i + 1 < chars.length; i++) add(chars[i] + chars[i + 1]);
    });
    return out;
  }

  var has = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };

  /** The pages holding a gram; a one-character gram matches every bigram that contains it. */
  function postings(index, gram) {
    if (Array.from(gram).length > 1) return has(index.grams, gram) ? index.grams[gram] : [];
    var set = Object.create(null);
    Object.keys(index.grams).forEach(function (key) {
      if (key.indexOf(gram) >= 0) index.grams[key].forEach(function (p) { set[p] = true; });
    });
    return Object.keys(set).map(Number);
  }

  /**
   * The pages that hold every bigram of the query (AND), best first: the query in the title, then
   * all its bigrams in the title, then the query in the short text; ties keep the index's order
   * (runbooks by number, then ledgers, then records).
   */
  function search(index, query) {
    var grams = tokens(query);
    if (grams.length === 0) return [];
    var hits = null;
    grams.forEach(function (gram) {
      var set = Object.create(null);
      postings(index, gram).forEach(function (p) { set[p] = true; });
      hits = hits === null ? Object.keys(set).map(Number) : hits.filter(function (p) { return set[p]; });
    });
    var words = normalize(query).split(SEPARATOR).filter(Boolean);
    var scored = hits.map(function (p) {
      var page = index.pages[p];
      var title = normalize(page.title);
      var text = normalize(page.text);
      var titleGrams = tokens(page.title);
      var score = 0;
      if (words.every(function (w) { return title.indexOf(w) >= 0; })) score += 4;
      if (grams.every(function (g) { return titleGrams.indexOf(g) >= 0; })) score += 2;
      if (words.every(function (w) { return text.indexOf(w) >= 0; })) score += 1;
      return { page: page, position: p, score: score };
    });
    scored.sort(function (a, b) { return b.score - a.score || a.position - b.position; });
    return scored;
  }

  var api = { normalize: normalize, tokens: tokens, search: search };
  global.unyoSearch = api;
  if (typeof document === 'undefined') return;

  // The page's way back to the site's top, and the index: fetched over http(s); from disk
  // (file://, where fetch is refused) the same index is loaded as a script.
  var base = document.documentElement.getAttribute('data-base') || '';
  var loading = null;
  function loadIndex() {
    if (loading) return loading;
    loading = location.protocol === 'file:'
      ? new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = base + 'search-index.js';
        script.onload = function () { resolve(global.unyoSearchIndex); };
        script.onerror = reject;
        document.head.appendChild(script);
      })
      : fetch(base + 'search-index.json').then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      });
    loading.catch(function () { loading = null; });
    return loading;
  }

  function start() {
    var form = document.querySelector('form.site-search');
    if (!form) return;
    var input = form.querySelector('input');
    var list = form.querySelector('.search-results');
    form.hidden = false;
    var show = function (items, message) {
      list.textContent = '';
      if (message) {
        var li = document.createElement('li');
        li.textContent = message;
        list.appendChild(li);
      }
      items.forEach(function (hit) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = base + hit.page.url;
        a.textContent = hit.page.title;
        li.appendChild(a);
        if (hit.page.text) {
          var span = document.createElement('span');
          span.className = 'snippet';
          span.textContent = hit.page.text;
          li.appendChild(span);
        }
        list.appendChild(li);
      });
      list.hidden = !message && items.length === 0;
    };
    var run = function () {
      var query = input.value.trim();
      if (query === '') return show([]);
      loadIndex().then(function (index) {
        if (input.value.trim() !== query) return;
        var hits = search(index, query);
        show(hits.slice(0, LIMIT), hits.length === 0 ? '「' + query + '」は見つかりませんでした。' : hits.length + ' 件' + (hits.length > LIMIT ? '（上位 ' + LIMIT + ' 件を表示）' : ''));
      }, function () {
        show([], '検索の索引を読み込めませんでした。');
      });
    };
    var timer = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 120);
    });
    input.addEventListener('focus', function () { loadIndex(); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { input.value = ''; show([]); }
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var first = list.querySelector('a');
      if (first) location.href = first.href;
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(typeof self !== 'undefined' ? self : globalThis);
