import { describe, expect, it } from 'vitest';
import { printDocument } from './print-css.ts';
import { titleBlockHtml } from './title-block.ts';

describe('titleBlockHtml', () => {
  it('lays out date, addressee, submitter and subject of an official document, in 和暦 by default', () => {
    expect(titleBlockHtml({ to: '○○市立中央図書館長 様', date: '2026-11-30', from: ['株式会社サンプル', '運用担当 山田'], subject: '月次運用報告書' }))
      .toMatchInlineSnapshot(`
        "<header class="title-block">
        <p class="date">令和8年11月30日</p>
        <div class="to"><p>○○市立中央図書館長 様</p></div>
        <div class="from"><p>株式会社サンプル</p><p>運用担当 山田</p></div>
        <h1 class="subject">月次運用報告書</h1>
        </header>"
      `);
  });

  it('writes the Western calendar when asked, and escapes every value', () => {
    const html = titleBlockHtml({ to: '<b>館長</b>', date: '2027-01-05', from: 'A & B', subject: '"件名"', wareki: false });
    expect(html).toContain('<p class="date">2027年1月5日</p>');
    expect(html).toContain('&lt;b&gt;館長&lt;/b&gt;');
    expect(html).toContain('A &amp; B');
    expect(html).toContain('&quot;件名&quot;');
  });

  it('refuses a date that is not one', () => {
    expect(() => titleBlockHtml({ to: 'x', date: '2026-11-31', from: 'y', subject: 'z' })).toThrow(RangeError);
  });
});

describe('printDocument', () => {
  it('is a Japanese page with the shared stylesheet: CJK font, rows kept whole, heads repeated', () => {
    const html = printDocument({ title: '<報告>', body: '<p>本文</p>', css: '.x { color: red; }' });
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('<title>&lt;報告&gt;</title>');
    expect(html).toContain("font-family: 'Noto Sans CJK JP'");
    expect(html).toContain('tr, img, svg, figure { break-inside: avoid;');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('.x { color: red; }</style>');
  });
});
