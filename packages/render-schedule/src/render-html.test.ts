import { describe, expect, it } from 'vitest';
import { NASTY, fakeModel } from './fake-model.test-helper.ts';
import { escapeHtml, renderHtml } from './render-html.ts';
import { repoSchedule } from './repo-data.test-helper.ts';

describe('renderHtml', () => {
  it('escapes every value: a runbook name, an event title, a site name and a reason with <script>', () => {
    const html = renderHtml(fakeModel());
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain(escapeHtml(NASTY));
    expect(html).toContain('&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;');
    expect(html.match(/<script/gi)).toBeNull();
  });

  it('is a standalone Japanese page with inline CSS for A4 landscape, and no script', async () => {
    const html = renderHtml(await repoSchedule('2026-12'));
    expect(html.startsWith('<!doctype html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<title>月次運用スケジュール 2026年12月</title>');
    expect(html).toContain('@page { size: A4 landscape;');
    expect(html).not.toMatch(/<script|<link|src=|href=|javascript:/i);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has the same content as the Markdown: the grid rows, the closures and the days', async () => {
    const html = renderHtml(await repoSchedule('2026-12'), { wareki: true });
    expect(html).toContain('<h1>月次運用スケジュール 令和8年12月</h1>');
    expect(html).toContain('<th class="closed">21月休</th>');
    expect(html).toContain('<td class="name">運用スケジュール作成</td>');
    expect(html).toContain('<li>全館 年末年始休館 12月29日〜1月3日</li>');
    expect(html).toContain('<h3>12月21日（月）</h3>');
    expect(html.match(/<section class="day/g)).toHaveLength(31);
  });

  it.each([
    ['<a href="x">', '&lt;a href=&quot;x&quot;&gt;'],
    ["'&'", '&#39;&amp;&#39;'],
    ['図書館', '図書館'],
  ])('escapeHtml(%s) is %s', (text, escaped) => expect(escapeHtml(text)).toBe(escaped));
});
