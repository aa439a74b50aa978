/* global document */
// 台帳の表の並べ替えと絞り込み。サイトに同梱（CDN なし）、インラインのスクリプトは使わない（CSP）。
(function () {
  'use strict';

  var collator = new Intl.Collator('ja', { numeric: true });
  var fold = function (s) { return s.normalize('NFKC').toLowerCase(); };

  function cellKey(row, index) {
    var cell = row.children[index];
    if (!cell) return '';
    return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
  }

  function compare(a, b) {
    var x = Number(a), y = Number(b);
    if (a !== '' && b !== '' && !isNaN(x) && !isNaN(y)) return x - y;
    return collator.compare(a, b);
  }

  function makeSortable(table) {
    var head = table.querySelector('thead tr');
    var body = table.querySelector('tbody');
    if (!head || !body) return;
    var headers = Array.prototype.slice.call(head.children);
    headers.forEach(function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.children);
        rows.sort(function (r1, r2) {
          var order = compare(cellKey(r1, index), cellKey(r2, index));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function makeFilter(input) {
    var table = document.getElementById(input.getAttribute('data-table'));
    var body = table && table.querySelector('tbody');
    if (!body) return;
    var rows = Array.prototype.slice.call(body.children);
    var texts = rows.map(function (row) { return fold(row.textContent); });
    var counter = document.querySelector('.filter-count[data-table="' + table.id + '"]');
    var update = function () {
      var terms = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row, i) {
        var match = terms.every(function (t) { return texts[i].indexOf(t) >= 0; });
        row.hidden = !match;
        if (match) shown++;
      });
      if (counter) counter.textContent = terms.length ? shown + ' / ' + rows.length + ' 件' : '';
    };
    input.addEventListener('input', update);
    var tools = input.closest('.table-tools');
    if (tools) tools.hidden = false;
    update();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll('input.table-filter'), makeFilter);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
