import path from 'node:path';
import { IncidentSchema, OperationItemSchema } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { collectDiagrams } from './diagrams.ts';
import { isAllowedLink, renderMarkdown } from './markdown.ts';
import type { SiteInput } from './model.ts';
import { readTemplates, urlsOf } from './repo-site.test-helper.ts';
import { renderSite } from './site.ts';

const ATTACK = '<script>alert(1)</script>';

const item = OperationItemSchema.parse({
  id: 52,
  name: `障害受付${ATTACK}`,
  path: ['運用業務', '障害時運用', `障害受付${ATTACK}`],
  summary: `概要 <img src=x onerror=alert(1)>`,
  period: '随時',
  cycles: [{ kind: 'on-demand' }],
  duties: { maintenance: [], support: [`受け付ける${ATTACK}`] },
  evidence: ['incident'],
});

const body = [
  '# 52. 障害受付',
  '',
  `本文 ${ATTACK} <b onclick="x">太字</b>`,
  '',
  '[危ない](javascript:alert(1)) [データ](data:text/html;base64,PHNjcmlwdD4=) [大文字](JAVASCRIPT:alert(1)) <javascript:alert(1)>',
  '',
  '[手順](053-incident-triage.md#手順) [外部](https://example.jp/a?b=1) [メール](mailto:help@example.jp) [無い](../nowhere.md)',
  '',
  '```mermaid',
  'flowchart TD',
  `  A["${ATTACK}"] --> B`,
  '```',
  '',
  '| 左 | 右 |',
  '| :-- | --: |',
  '| a | b |',
].join('\n');

const incident = IncidentSchema.parse({
  id: 'INC-2026-0001',
  kind: 'incident',
  items: [52],
  at: '2026-11-02T10:00:00+09:00',
  by: 'op-sato',
  title: `件名${ATTACK}`,
  source: { type: 'site', site: 'central' },
  category: 'hardware',
  severity: 'S3',
  sites: ['central'],
  description: `説明 ${ATTACK}\n[押して](javascript:alert(1)) javascript:alert(1) "quoted" 'single' \`tick\``,
  timeline: [{ at: '2026-11-02T10:00:00+09:00', type: 'received', by: 'op-sato', note: `<a href="javascript:alert(1)">リンク</a>` }],
});

const input: SiteInput = {
  templates: readTemplates(),
  runbooks: [
    { file: 'runbooks/operations/failure/052-incident-intake.md', item, body },
    { file: 'runbooks/operations/failure/053-incident-triage.md', item: { ...item, id: 53, name: '障害切り分け対応' }, body: '# 53\n' },
  ],
  records: [{ file: 'records/incident/2026/11/INC-2026-0001.yaml', record: incident }],
  settings: { sites: [{ id: 'central', name: '中央図書館', type: 'central', staffed: true, terminals: 60 }], devices: [], backupJobs: [], people: [] },
  revisions: new Map([['runbooks/operations/failure/052-incident-intake.md', [{ date: '2026-11-02T10:00:00+09:00', author: ATTACK, subject: ATTACK, commit: 'c'.repeat(40) }]]]),
  build: { at: '2026-11-27T18:00:00+09:00', note: ATTACK },
  wareki: false,
  diagrams: new Map(),
};

describe('safe output', () => {
  const pages = renderSite(input);
  const html = pages.filter((p) => p.path.endsWith('.html'));

  it('shows <script> and javascript: of records, runbooks, git and settings as text on every page', () => {
    for (const page of html) {
      expect(page.content, page.path).not.toContain('<script>alert');
      expect(page.content, page.path).not.toMatch(/<img|<b |<[a-z][^>]*\son[a-z]+=/i);
      expect(page.content, page.path).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
    }
    const record = pages.find((p) => p.path === 'records/INC-2026-0001.html')!.content;
    expect(record).toContain('<h1>INC-2026-0001 件名&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(record).toContain('[押して](javascript:alert(1)) javascript:alert(1) &quot;quoted&quot; &#x27;single&#x27; &#x60;tick&#x60;');
    expect(record).toContain('&lt;a href&#x3D;&quot;javascript:alert(1)&quot;&gt;リンク&lt;/a&gt;');
    const runbook = pages.find((p) => p.path === 'runbooks/52.html')!.content;
    expect(runbook).toContain('本文 &lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick=&quot;x&quot;&gt;太字&lt;/b&gt;');
    expect(runbook).toContain('[危ない](javascript:alert(1))');
    expect(runbook).toContain('&lt;javascript:alert(1)&gt;');
    expect(runbook).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
  });

  it('keeps relative, http(s) and mailto links, pointing .md links at the runbook pages', () => {
    const runbook = pages.find((p) => p.path === 'runbooks/52.html')!.content;
    expect(runbook).toContain('<a href="../runbooks/53.html#%E6%89%8B%E9%A0%86">手順</a>');
    expect(runbook).toContain('<a href="https://example.jp/a?b=1">外部</a>');
    expect(runbook).toContain('<a href="mailto:help@example.jp">メール</a>');
    expect(runbook).toContain('<span class="broken-link">無い</span>');
  });

  it('links to pages that exist, empty ledgers included', () => {
    const paths = new Set(pages.map((p) => p.path));
    const local = html.flatMap((p) => urlsOf(p.content).filter((u) => !/^(https?:|mailto:|#)/.test(u)).map((u) => [p.path, u.split('#')[0]!] as const));
    expect(local.filter(([from, url]) => !paths.has(path.posix.normalize(path.posix.join(path.posix.dirname(from), url))))).toEqual([]);
    expect(pages.find((p) => p.path === 'ledger-problem.html')!.content).toContain('まだ記録はありません。');
  });

  it('keeps mermaid sources as escaped text and table alignment as classes (no inline style)', () => {
    const runbook = pages.find((p) => p.path === 'runbooks/52.html')!.content;
    expect(runbook).toContain('<pre class="mermaid">flowchart TD\n  A[&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;] --&gt; B\n</pre>');
    expect(runbook).toContain('<th class="align-left">左</th>');
    expect(runbook).not.toContain('style=');
  });

  it('shows the source of a drawn diagram as escaped text beside its image', () => {
    const diagrams = new Map(collectDiagrams(input.runbooks).map((d) => [d.id, { svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', width: 10, height: 10 }]));
    const runbook = renderSite({ ...input, diagrams }).find((p) => p.path === 'runbooks/52.html')!.content;
    expect(runbook).toContain('<pre><code>flowchart TD\n  A[&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;] --&gt; B\n</code></pre>');
    expect(runbook).not.toContain('<script>alert');
  });
});

describe('isAllowedLink', () => {
  it.each([
    ['053-incident-triage.md', true],
    ['../failure/052-incident-intake.md#手順', true],
    ['#section', true],
    ['https://example.jp/', true],
    ['HTTP://example.jp/', true],
    ['mailto:help@example.jp', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['jav%09ascript:alert(1)', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['file:///etc/passwd', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedLink(url)).toBe(allowed);
  });

  it('drops a leading h1: the page shows the title', () => {
    expect(renderMarkdown('# 題\n\n本文\n', { resolve: () => undefined })).toBe('<p>本文</p>\n');
  });
});
