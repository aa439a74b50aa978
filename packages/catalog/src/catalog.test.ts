import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from './entry.ts';
import { filterCatalog, parseCycleKind, parseRole } from './filter.ts';
import { formatCatalogCsv } from './format-csv.ts';
import { formatCatalogTable } from './format-table.ts';

const entry = (id: number, over: Partial<CatalogEntry> = {}): CatalogEntry => ({
  id,
  name: `項目${id}`,
  path: ['運用業務', '通常運用', '定型作業', `項目${id}`],
  summary: `概要${id}`,
  period: '日次',
  cycles: [{ kind: 'daily' }],
  duties: { maintenance: [], support: ['確認する。'] },
  evidence: ['daily-check'],
  file: `runbooks/x/${String(id).padStart(3, '0')}-x.md`,
  ...over,
});

const ENTRIES = [
  entry(3),
  entry(1, { path: ['管理業務', 'インシデント管理'], name: 'インシデント管理', period: '－', cycles: [], duties: { maintenance: [], support: [] } }),
  entry(18, {
    period: '月次／随時',
    cycles: [{ kind: 'monthly' }, { kind: 'on-demand' }],
    duties: { maintenance: ['記載内容を確認する。', '不備がある場合、オペレータにフォローする。\n場合によっては、記載を修正する。'], support: [] },
    summary: '「引用」, カンマ, "二重引用符"',
  }),
];

describe('filterCatalog', () => {
  it.each([
    [{}, [1, 3, 18]],
    [{ role: 'maintenance' as const }, [18]],
    [{ role: 'support' as const }, [3]],
    [{ cycle: 'monthly' as const }, [18]],
    [{ cycle: 'on-demand' as const }, [18]],
    [{ cycle: 'daily' as const, role: 'support' as const }, [3]],
    [{ cycle: 'yearly' as const }, []],
  ])('%j keeps %j', (filter, ids) => {
    expect(filterCatalog(ENTRIES, filter).map((e) => e.id)).toEqual(ids);
  });

  it.each([
    ['se', 'maintenance'],
    ['SE', 'maintenance'],
    ['維持管理', 'maintenance'],
    ['operator', 'support'],
    ['運用支援業務', 'support'],
    ['pm', undefined],
  ])('reads the role %j as %j', (text, role) => expect(parseRole(text)).toBe(role));

  it.each([
    ['daily', 'daily'],
    ['日次', 'daily'],
    ['3か月に1回程度', 'quarterly'],
    ['毎日', undefined],
  ])('reads the cycle %j as %j', (text, kind) => expect(parseCycleKind(text)).toBe(kind));
});

describe('formatCatalogCsv', () => {
  it('is read back by an independent CSV parser, field for field', () => {
    const rows: string[][] = parse(formatCatalogCsv(filterCatalog(ENTRIES, {})));
    expect(rows[0]).toEqual(['項番', '大分類', '中分類', '分類', '運用項目名', '概要', '周期', '維持管理業務', '運用支援業務', '記録', 'ファイル']);
    expect(rows).toHaveLength(4);
    expect(rows[1]?.slice(0, 7)).toEqual(['1', '管理業務', 'インシデント管理', '', 'インシデント管理', '概要1', '－']);
    expect(rows[3]?.[5]).toBe('「引用」, カンマ, "二重引用符"');
    expect(rows[3]?.[7]).toBe('1. 記載内容を確認する。\n2. 不備がある場合、オペレータにフォローする。\n場合によっては、記載を修正する。');
    expect(rows[2]?.[9]).toBe('日次点検表');
  });

  it.each(['=HYPERLINK("http://example.invalid","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'writes %j as text, never as a live formula',
    (name) => {
      const rows: string[][] = parse(formatCatalogCsv([entry(7, { name })]), { relax_quotes: true });
      expect(rows[1]?.[4]).toBe(`'${name}`);
    },
  );

  it('leaves a field that merely contains = or - as it is', () => {
    const rows: string[][] = parse(formatCatalogCsv([entry(7, { name: 'A=B-C' })]));
    expect(rows[1]?.[4]).toBe('A=B-C');
  });

  it('starts with a BOM only when asked, for Excel', () => {
    expect(formatCatalogCsv([], { bom: true }).startsWith('\uFEFF項番')).toBe(true);
    expect(formatCatalogCsv([]).startsWith('項番')).toBe(true);
  });
});

describe('formatCatalogTable', () => {
  it('groups by 大分類 ＞ 中分類 and aligns full-width text', () => {
    expect(formatCatalogTable(filterCatalog(ENTRIES, {}))).toMatchInlineSnapshot(`
      "■ 管理業務 ＞ インシデント管理
        項番  周期  SE      OP      分類・運用項目名
           1  －    ―       ―       インシデント管理

      ■ 運用業務 ＞ 通常運用
        項番  周期        SE      OP      分類・運用項目名
           3  日次        ―       1手順   定型作業 ＞ 項目3
          18  月次／随時  2手順   ―       定型作業 ＞ 項目18

      3 項目（SE = 維持管理業務、OP = 運用支援業務の手順数）"
    `);
  });

  it('says so when nothing matches', () => {
    expect(formatCatalogTable([])).toBe('該当する運用項目はありません。');
  });
});
