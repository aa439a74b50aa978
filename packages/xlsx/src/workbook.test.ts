import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWithOpenpyxl, type ReadBook } from './read-back.test-helper.ts';
import { workbook, type Sheet } from './workbook.ts';

const PINNED = new Date('2026-11-30T09:00:00Z');
const NASTY = ['=HYPERLINK("x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '=1+1'];

const SHEETS: Sheet[] = [
  {
    name: 'インシデント',
    columns: [
      { header: 'ID', key: 'id', type: 'text' },
      { header: '受付日時', key: 'at', type: 'datetime' },
      { header: '期限', key: 'due', type: 'date' },
      { header: '件名', key: 'title', type: 'text' },
      { header: '件数', key: 'count', type: 'number' },
    ],
    rows: [
      { id: 'INC-2026-0101', at: '2026-11-27T09:30+09:00', due: '2026-12-01', title: '青葉図書館 自動貸出機2号機でレシートが印字されない', count: 3 },
      { id: 'INC-2026-0102', at: '2026-11-28T00:15:00+09:00', due: '2026-11-28T23:00+09:00', title: NASTY[0], count: 0 },
      ...NASTY.slice(1).map((title, i) => ({ id: `INC-2026-02${i}`, at: '2026-11-29T23:59:00Z', title })),
    ],
  },
  { name: '空', columns: [{ header: '項番', key: 'id', type: 'number' }], rows: [] },
];

let dir: string;
let bytes: Uint8Array;
let book: ReadBook;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'unyo-xlsx-'));
  bytes = await workbook(SHEETS, { pinnedDate: PINNED, creator: 'unyo 運用チーム' });
  await writeFile(path.join(dir, 'book.xlsx'), bytes);
  book = await readWithOpenpyxl(path.join(dir, 'book.xlsx'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sheet = (name: string) => {
  const found = book.data[name];
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const cell = (name: string, row: number, col: number) => {
  const found = sheet(name).cells[row]?.[col];
  if (!found) throw new Error(`no cell ${row},${col}`);
  return found;
};

describe('workbook, read back with openpyxl', () => {
  it('has the sheets, the Japanese header row, the pinned author and dates', () => {
    expect(book.sheets).toEqual(['インシデント', '空']);
    expect(sheet('インシデント').cells[0]?.map((c) => c.v)).toEqual(['ID', '受付日時', '期限', '件名', '件数']);
    expect(book.creator).toBe('unyo 運用チーム');
    expect(book.created).toBe('2026-11-30T09:00:00');
    expect(book.modified).toBe('2026-11-30T09:00:00');
  });

  it('writes real Excel dates at the JST wall clock, whatever the offset written', () => {
    expect(cell('インシデント', 1, 1)).toMatchObject({ t: 'd', dt: true, v: '2026-11-27T09:30:00', fmt: 'yyyy/mm/dd hh:mm' });
    expect(cell('インシデント', 2, 1)).toMatchObject({ dt: true, v: '2026-11-28T00:15:00' });
    expect(cell('インシデント', 3, 1)).toMatchObject({ dt: true, v: '2026-11-30T08:59:00' }); // 23:59Z is 08:59 JST the next day
    expect(cell('インシデント', 1, 2)).toMatchObject({ dt: true, v: '2026-12-01T00:00:00', fmt: 'yyyy/mm/dd' });
    expect(cell('インシデント', 2, 2)).toMatchObject({ v: '2026-11-28T00:00:00' });
    expect(cell('インシデント', 1, 4)).toMatchObject({ t: 'n', v: 3 });
  });

  it('freezes the header row, filters every column, and fits the widths (full-width counts 2)', () => {
    expect(sheet('インシデント').freeze).toBe('A2');
    expect(sheet('インシデント').filter).toBe(`A1:E${SHEETS[0]!.rows.length + 1}`);
    expect(sheet('空').filter).toBe('A1:A1');
    const widths = sheet('インシデント').widths;
    expect(widths.D).toBe(2 + 2 * 24 + 2); // 「青葉図書館 自動貸出機2号機でレシートが印字されない」: 24 wide, 2 narrow
    expect(widths.A).toBe(15);
    expect(widths.B).toBe(18);
  });

  it.each(NASTY.map((v, i) => [v, i + 2] as const))('writes %j as a string cell, never a formula', (value, row) => {
    // XML reads a bare CR as a line feed (exceljs does not write _x000D_): still a string, never run.
    expect(cell('インシデント', row, 3)).toMatchObject({ t: 's', v: value.replace(/\r/g, '\n') });
  });

  it('has no formula anywhere', () => {
    for (const ws of Object.values(book.data)) for (const row of ws.cells) for (const c of row) expect(c.t).not.toBe('f');
  });

  it('gives identical bytes twice, on any day', async () => {
    const again = await workbook(SHEETS, { pinnedDate: PINNED, creator: 'unyo 運用チーム' });
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(sha(again)).toBe(sha(bytes));
  });

  it('refuses a date that is not one, naming the sheet, row and column', async () => {
    const bad: Sheet = { name: 'x', columns: [{ header: '受付日時', key: 'at', type: 'datetime' }], rows: [{ at: '2026-11-31T09:00+09:00' }] };
    await expect(workbook([bad], { pinnedDate: PINNED, creator: 'x' })).rejects.toThrow('x 2行目 受付日時: not an ISO date: 2026-11-31T09:00+09:00');
  });
});
