import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_ORDER } from './ledgers.ts';
import type { SiteInput, SitePage } from './model.ts';
import { unlabelledFields } from './record-view.ts';
import { CSP, TEMPLATES_DIR, repoSiteInput, urlsOf } from './repo-site.test-helper.ts';
import { renderSite } from './site.ts';

let input: SiteInput;
let pages: SitePage[];
let byPath: Map<string, string>;
const html = () => pages.filter((p) => p.path.endsWith('.html'));

beforeAll(async () => {
  input = await repoSiteInput();
  pages = renderSite(input);
  byPath = new Map(pages.map((p) => [p.path, p.content]));
});

describe('the site of the repository', () => {
  it('has the home, the status page, a page per runbook and per record, and a ledger per kind of record', () => {
    expect(input.runbooks).toHaveLength(101);
    expect(pages.filter((p) => p.path.startsWith('runbooks/'))).toHaveLength(101);
    expect(pages.filter((p) => p.path.startsWith('records/'))).toHaveLength(input.records.length);
    for (const { record } of input.records) expect(byPath.has(`records/${record.id}.html`), record.id).toBe(true);
    const ledgers = pages.filter((p) => p.path.startsWith('ledger-')).map((p) => p.path.slice(7, -5));
    expect(ledgers).toEqual(expect.arrayContaining([...LEDGER_ORDER, ...new Set(input.records.map((r) => r.record.kind))]));
    for (const file of ['index.html', 'status.html', 'site.css', 'site.js', 'search.js', 'search-index.json', 'search-index.js']) expect(byPath.has(file), file).toBe(true);
  });

  it('puts the CSP on every page and nothing inline that it would block', () => {
    for (const page of html()) {
      expect(page.content, page.path).toContain(CSP);
      expect(page.content, page.path).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(page.content, page.path).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    }
  });

  it('links only to pages it generates (every relative href and src resolves to a file of the site)', () => {
    const broken: string[] = [];
    for (const page of html()) {
      for (const url of urlsOf(page.content)) {
        if (/^(https?:|mailto:)/.test(url) || url.startsWith('#')) continue;
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(page.path), url.split('#')[0]!));
        if (!byPath.has(target)) broken.push(`${page.path} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('renders the same bytes from the same input', () => {
    expect(renderSite(input)).toEqual(pages);
  });

  it('shows a runbook with its duties, rewritten links, its recent records and its revision history', () => {
    const page = byPath.get('runbooks/52.html')!;
    expect(page).toContain('<h1>52. 障害受付</h1>');
    expect(page).toContain('<li>インシデント管理簿に記載する。</li>');
    expect(page).toContain('<a href="../runbooks/53.html">53. 障害切り分け対応</a>');
    expect(page).not.toMatch(/href="[^"]*\.md"/);
    expect(page).toContain('<a href="../records/INC-2026-0105.html">INC-2026-0105</a>');
    expect(page).toMatch(/<h2 id="revisions-title">改訂履歴<\/h2>[\s\S]*<td>佐藤 美咲<\/td><td>初版<\/td><td>aaaaaaa<\/td>/);
    expect(page).toContain('<pre class="mermaid">flowchart TD\n  A[&quot;52 障害受付&quot;] --&gt; B');
  });

  it('shows every field of a record in Japanese, with the incident timeline as a table', () => {
    const page = byPath.get('records/INC-2026-0105.html')!;
    expect(page).toContain('<dt>重大度</dt><dd>S1 重大</dd>');
    expect(page).toContain('<dt>受付者</dt><dd>佐藤 美咲</dd>');
    expect(page).toMatch(/<dt>対応経過<\/dt><dd><div class="table-wrap"><table class="data"><thead><tr><th scope="col">日時<\/th><th scope="col">種別<\/th>/);
    expect(page).toContain('<td>SE連絡（エスカレーション）</td>');
    expect(unlabelledFields(input.records.map((r) => r.record))).toEqual([]);
  });

  it('judges the month of the build time on the home and status pages', () => {
    expect(byPath.get('status.html')).toContain('2026-11-01 〜 2026-11-30');
    expect(byPath.get('index.html')).toMatch(/<li class="count-late"><span class="label">遅延<\/span> <span class="number">\d+<\/span> 件<\/li>/);
    expect(byPath.get('status.html')).toContain('<a href="runbooks/68.html">68 オフラインデータ統合</a>');
  });

  it('writes dates with the Japanese era when asked', () => {
    const wareki = renderSite({ ...input, wareki: true });
    expect(wareki.find((p) => p.path === 'records/INC-2026-0105.html')!.content).toContain('<dt>受付日時</dt><dd>令和8年11月10日 08:33</dd>');
  });
});

describe('the templates', () => {
  it('triple-stash nothing but the Markdown rendered by markdown-it (every other value is escaped)', () => {
    for (const name of readdirSync(TEMPLATES_DIR).filter((n) => n.endsWith('.hbs'))) {
      const stashes = readFileSync(path.join(TEMPLATES_DIR, name), 'utf8').match(/\{\{\{[^}]*\}\}\}|\{\{&[^}]*\}\}/g) ?? [];
      expect(stashes.filter((s) => s !== '{{{bodyHtml}}}'), name).toEqual([]);
    }
  });
});
