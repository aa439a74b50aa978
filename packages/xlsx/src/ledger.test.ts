import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecords } from '@unyo/read';
import type { AnyRecord } from '@unyo/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerSheets } from './ledger.ts';
import { readWithOpenpyxl, type ReadBook } from './read-back.test-helper.ts';
import { workbook } from './workbook.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

let dir: string;
let records: AnyRecord[];
let book: ReadBook;
beforeAll(async () => {
  records = (await readRecords(ROOT)).records.map((r) => r.record);
  dir = await mkdtemp(path.join(tmpdir(), 'unyo-ledger-'));
  const file = path.join(dir, 'ledgers.xlsx');
  await writeFile(file, await workbook(ledgerSheets(records, { sites: { aoba: '青葉図書館' } }), { pinnedDate: new Date('2026-11-30T09:00:00Z'), creator: 'unyo' }));
  book = await readWithOpenpyxl(file);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('ledgerSheets on the repo records', () => {
  it('has the six ledgers in order, with Japanese headers', () => {
    expect(book.sheets).toEqual(['インシデント', '問い合わせ', '依頼', '変更', '問題', '作業実施']);
    expect(book.data['インシデント']?.cells[0]?.map((c) => c.v)).toEqual(['ID', '受付日時', '館', '重要度', '分類', '件名', '状態', '復旧日時', 'クローズ日時', '項番', '記録者']);
    expect(book.data['作業実施']?.cells[0]?.map((c) => c.v)).toEqual(['ID', '実施日時', '項番', '結果', '件数', '備考', 'インシデント', '実施者']);
  });

  it('has one row per record of each kind, in time order', () => {
    for (const [sheet, kind] of [['インシデント', 'incident'], ['問い合わせ', 'inquiry'], ['依頼', 'request'], ['変更', 'change'], ['問題', 'problem'], ['作業実施', 'job-run']] as const) {
      expect(book.data[sheet]?.cells.length, sheet).toBe(records.filter((r) => r.kind === kind).length + 1);
    }
    const times = book.data['インシデント']!.cells.slice(1).map((row) => String(row[1]?.v));
    expect(times).toEqual([...times].sort());
  });

  it('shows INC-2026-0101 as it is in its file: JST times, names for ids, Japanese labels', () => {
    const row = book.data['インシデント']!.cells.find((r) => r[0]?.v === 'INC-2026-0101');
    expect(row?.map((c) => c.v).slice(0, 6)).toEqual(['INC-2026-0101', '2026-11-02T10:12:00', '青葉図書館', 'S3 中', 'ハードウェア', '青葉図書館 自動貸出機2号機でレシートが印字されない']);
    expect(row?.[1]).toMatchObject({ t: 'd', dt: true, fmt: 'yyyy/mm/dd hh:mm' });
    expect(row?.[9]?.v).toBe('52、53、60');
  });
});
