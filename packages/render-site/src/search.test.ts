import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoSiteInput, TEMPLATES_DIR } from './repo-site.test-helper.ts';
import { tokens, type SearchIndex } from './search-index.ts';
import { renderSite } from './site.ts';

interface Hit {
  page: { url: string; title: string };
  score: number;
}
interface BrowserSearch {
  tokens: (text: string) => string[];
  search: (index: SearchIndex, query: string) => Hit[];
}

/** templates/site/search.js, run as the browser runs it (a classic script; without a document it only defines its functions). */
function loadBrowserSearch(): BrowserSearch {
  const sandbox: { unyoSearch?: BrowserSearch } = {};
  vm.runInNewContext(readFileSync(path.join(TEMPLATES_DIR, 'search.js'), 'utf8'), sandbox);
  return sandbox.unyoSearch!;
}

const browser = loadBrowserSearch();

describe('the bigram tokenizer', () => {
  it.each([
    ['障害受付', ['障害', '害受', '受付']],
    ['バックアップ', ['バッ', 'ック', 'クア', 'アッ', 'ップ']],
    ['ﾊﾞｯｸｱｯﾌﾟ', ['バッ', 'ック', 'クア', 'アッ', 'ップ']],
    ['ＷＳＵＳ適用', ['ws', 'su', 'us', 's適', '適用']],
    ['貸出・返却', ['貸出', '返却']],
    ['局 DB', ['局', 'db']],
    ['々ー', ['々ー']],
    ['', []],
  ])('%s → %j, in node and in the browser', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
    expect(browser.tokens(text)).toEqual(expected);
  });
});

describe('search over the repository', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    const pages = renderSite(await repoSiteInput());
    index = JSON.parse(pages.find((p) => p.path === 'search-index.json')!.content);
    const script = pages.find((p) => p.path === 'search-index.js')!.content;
    expect(script).toBe(`self.unyoSearchIndex = ${JSON.stringify(index)};\n`);
  });

  const urls = (query: string) => browser.search(index, query).map((h) => h.page.url);

  it('finds 障害受付 (52) first', () => {
    expect(urls('障害受付')[0]).toBe('runbooks/52.html');
  });

  it('finds バックアップ取得確認 (26) first, and the backup incident, also typed in half-width kana', () => {
    expect(urls('バックアップ')[0]).toBe('runbooks/26.html');
    expect(urls('バックアップ')).toContain('records/INC-2026-0103.html');
    expect(urls('ﾊﾞｯｸｱｯﾌﾟ')).toEqual(urls('バックアップ'));
  });

  it('needs every bigram of every word (AND), Latin letters case-folded', () => {
    expect(urls('ＷＳＵＳ').slice(0, 2).sort()).toEqual(['runbooks/63.html', 'runbooks/64.html']);
    expect(urls('障害受付 存在しない語')).toEqual([]);
  });

  it('indexes the bigrams the node tokenizer cuts from each title', () => {
    for (const [i, page] of index.pages.entries()) {
      for (const gram of browser.tokens(page.title)) expect(index.grams[gram], `${page.title} ${gram}`).toContain(i);
    }
  });
});
