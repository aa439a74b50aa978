import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingSlug, renderReportMarkdown, reportMarkdownToHtml } from './render.ts';

describe('report rendering', () => {
  it('makes heading anchors the way GitHub does', () => {
    expect(headingSlug('根拠: インシデント S1')).toBe('根拠-インシデント-s1');
    expect(headingSlug('3. Availability (WebOPAC)')).toBe('3-availability-webopac');
  });

  it('links a figure to its evidence group, and the HTML heading carries the same anchor', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'unyo-report-'));
    await mkdir(path.join(dir, 'reports'));
    await writeFile(path.join(dir, 'reports/t.md.hbs'), '# {{title}}\n\n件数: {{fig "s1"}}、なし: {{fig "none"}}\n\n| a |\n| --- |\n| {{cell note}} |\n\n{{> evidence}}\n');
    const data = { title: 'T', note: 'a|b\nc', evidence: [{ key: 's1', label: 'インシデント S1', ids: ['INC-2026-0001', 'INC-2026-0002'] }, { key: 'none', label: 'なし', ids: [] }] };
    const md = renderReportMarkdown('t', data, { templatesDir: path.join(dir, 'reports') });
    expect(md).toContain('件数: [2](#根拠-インシデント-s1)、なし: 0');
    expect(md).toContain('| a｜b c |');
    expect(md).toContain('[INC-2026-0001](records/INC-2026-0001.html)');
    const html = reportMarkdownToHtml(md);
    expect(html).toContain('<h3 id="根拠-インシデント-s1">');
    expect(decodeURIComponent(html)).toContain('<a href="#根拠-インシデント-s1">2</a>');
  });

  it('shows HTML written in a record as text, never as markup', () => {
    expect(reportMarkdownToHtml('<script>alert(1)</script>\n')).toContain('&lt;script&gt;');
  });

  it('names the missing template and the evidence group a template asks for', async () => {
    expect(() => renderReportMarkdown('no-such-report', { title: 't', evidence: [] })).toThrow('templates/reports/no-such-report.md.hbs');
    const dir = await mkdtemp(path.join(tmpdir(), 'unyo-report-'));
    await writeFile(path.join(dir, 'x.md.hbs'), '{{fig "missing"}}');
    expect(() => renderReportMarkdown('x', { title: 't', evidence: [] }, { templatesDir: dir })).toThrow('根拠のグループ missing');
  });
});
