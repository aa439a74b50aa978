import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRunbooks, type Runbook } from '@unyo/read';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The runbooks' verbatim fields are checked against the requirement text shipped in
 * `requirements/` (the PDF table flattened to text). Whitespace is ignored, since the
 * flattening wrapped lines at arbitrary points.
 */
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const squash = (s: string) => s.replace(/\s+/g, '');

let requirement: string;
let runbooks: Runbook[];
/** The requirement's text between the row number of item N and that of item N+1. */
const rows = new Map<number, string>();

beforeAll(async () => {
  requirement = await readFile(path.join(REPO, 'requirements/operations-maintenance-requirements.ja.txt'), 'utf8');
  runbooks = (await readRunbooks(REPO)).runbooks.sort((a, b) => a.item.id - b.item.id);
  const starts: number[] = [];
  let from = 0;
  for (let id = 1; id <= 101; id++) {
    const match = new RegExp(`(^|\\n)${id}(?=[ \\n])`).exec(requirement.slice(from));
    if (!match) throw new Error(`row ${id} not found in the requirement`);
    from += match.index + match[0].length;
    starts.push(from);
  }
  starts.forEach((start, i) => rows.set(i + 1, requirement.slice(start, starts[i + 1] ?? requirement.length)));
});

describe('the transcription of the requirement', () => {
  it('has one runbook per row, 1–101, in order', () => {
    expect(runbooks.map((r) => r.item.id)).toEqual(Array.from({ length: 101 }, (_, i) => i + 1));
  });

  it('takes each summary from its own row (86 and 87 share a summary but not a row)', () => {
    const misplaced = runbooks.filter((r) => !squash(rows.get(r.item.id) ?? '').includes(squash(r.item.summary)));
    expect(misplaced.map((r) => r.item.id)).toEqual([]);
  });

  it('takes each period from its own row', () => {
    const misplaced = runbooks.filter((r) => !squash(rows.get(r.item.id) ?? '').includes(squash(r.item.period)));
    expect(misplaced.map((r) => r.item.id)).toEqual([]);
  });

  it('takes each duty step from its own row, verbatim', () => {
    const misplaced = runbooks.flatMap((r) =>
      [...r.item.duties.maintenance, ...r.item.duties.support]
        .filter((step) => !squash(rows.get(r.item.id) ?? '').includes(squash(step)))
        .map((step) => `${r.item.id}: ${step}`),
    );
    expect(misplaced).toEqual([]);
  });

  it('has the two roles in the right columns: where a row names both, the SE step comes first after the summary', () => {
    const swapped = runbooks.filter((r) => {
      const full = squash(rows.get(r.item.id) ?? '');
      const summary = squash(r.item.summary);
      const row = full.slice(full.indexOf(summary) + summary.length);
      const [se] = r.item.duties.maintenance;
      const [op] = r.item.duties.support;
      return se !== undefined && op !== undefined && se !== op && row.indexOf(squash(se)) > row.indexOf(squash(op));
    });
    expect(swapped.map((r) => r.item.id)).toEqual([]);
  });

  it('uses only category names that the requirement writes', () => {
    const unknown = runbooks.flatMap((r) => r.item.path.filter((level) => !squash(requirement).includes(squash(level))));
    expect(unknown).toEqual([]);
  });

  it('keeps the names that the flattening moved to the bottom of a page', () => {
    const names = Object.fromEntries(runbooks.map((r) => [r.item.id, r.item.name]));
    expect(names).toMatchObject({
      28: 'パターンファイル／シグネチャ更新確認',
      29: 'パターンファイル／シグネチャ更新適用',
      30: 'プロキシサーバ設定更新',
      51: '回線事業者への問い合わせ',
      63: 'WSUS適用管理',
      64: 'WSUS適用',
      76: '有効期限切れ予約データ削除',
      77: '除籍資料ステータス変更',
      84: '地区センター受入廃棄データ処理',
      86: '国会図書館データ作成（協同DB）',
      87: '国会図書館データ作成（NDLサーチ）',
      90: '未発注・未所蔵予約資料リスト出力',
    });
  });

  it('keeps items that share a name separate (37/38, 39/40/41)', () => {
    const byId = new Map(runbooks.map((r) => [r.item.id, r.item]));
    expect([37, 38].map((id) => byId.get(id)?.name)).toEqual(['ハードウェア構成管理', 'ハードウェア構成管理']);
    expect([39, 40, 41].map((id) => byId.get(id)?.name)).toEqual(['ソフト構成管理', 'ソフト構成管理', 'ソフト構成管理']);
    expect(new Set([37, 38, 39, 40, 41].map((id) => byId.get(id)?.summary)).size).toBe(5);
  });

  it('gives the incident items (52–60) a mermaid flowchart', () => {
    const without = runbooks.filter((r) => r.item.id >= 52 && r.item.id <= 60 && !/```mermaid\n\s*flowchart/.test(r.body));
    expect(without.map((r) => r.item.id)).toEqual([]);
  });
});
