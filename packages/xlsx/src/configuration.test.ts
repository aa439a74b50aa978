import { fileURLToPath } from 'node:url';
import { readRecords, readSettings } from '@unyo/read';
import type { AnyRecord, Devices } from '@unyo/schema';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { configurationSheets } from './configuration.ts';
import { workbook } from './workbook.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PINNED = new Date('2026-11-30T09:00:00Z');

let records: AnyRecord[];
let devices: Devices['devices'];
/** The workbook of the sample month, read back with exceljs: each sheet as rows of cell values. */
let book: Map<string, ExcelJS.CellValue[][]>;
let sheets: ExcelJS.Worksheet[];

const readBack = async (bytes: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb.worksheets;
};
const rowsOf = (ws: ExcelJS.Worksheet) => {
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((row) => rows.push(((row.values as ExcelJS.CellValue[]) ?? []).slice(1)));
  return rows;
};
const row = (sheet: string, ...key: string[]) => {
  const found = book.get(sheet)?.find((r) => key.every((k, i) => r[i] === k));
  if (!found) throw new Error(`no row ${key.join(' ')} in ${sheet}`);
  return found;
};

beforeAll(async () => {
  records = (await readRecords(ROOT)).records.map((r) => r.record);
  devices = (await readSettings(ROOT)).settings.devices;
  const people = { 'op-watanabe': '渡辺 由美', 'se-kato': '加藤 翔', 'se-yoshida': '吉田 彩' };
  sheets = await readBack(await workbook(configurationSheets(records, { month: '2026-11', devices, people }), { pinnedDate: PINNED, creator: 'unyo' }));
  book = new Map(sheets.map((ws) => [ws.name, rowsOf(ws)]));
});

describe('configurationSheets on the sample month, read back with exceljs', () => {
  it('has the three sheets with Japanese headers, frozen and filtered', () => {
    expect(sheets.map((s) => s.name)).toEqual(['ソフトウェア一覧', 'テープ媒体', '権限レビュー']);
    expect(book.get('ソフトウェア一覧')?.[0]).toEqual(['機器ID', '機器', 'ソフトウェア', '版数', '変更前の版数', 'メーカー', 'ライセンス', '状態', '更新日時', '根拠記録']);
    expect(book.get('テープ媒体')?.[0]).toEqual(['媒体番号', 'テープ装置', 'バックアップジョブ', '使用開始日', '利用回数', '上限回数', '残り回数', '使用期限', '期限までの日数', '状態', '判定', '確認日時', '根拠記録']);
    expect(sheets[0]?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('lists the installed software of each device as at the month end: the firmware update over the inventory', () => {
    const fw = row('ソフトウェア一覧', 'db01', 'DBサーバ1号機', 'ディスクコントローラ ファームウェア');
    expect(fw.slice(3, 8)).toEqual(['7.22.1', '7.18.0', '保守ベンダー', undefined, '導入済み']);
    expect(fw[8]).toEqual(new Date('2026-11-27T10:00:00Z')); // the JST wall clock, as Excel shows it
    expect(fw[9]).toBe('CFG-2026-0047');
    const tomcat = row('ソフトウェア一覧', 'ap01', '業務APサーバ1号機', 'Apache Tomcat');
    expect(tomcat.slice(3, 10)).toEqual(['10.1.34', undefined, 'Apache Software Foundation', 'OSS（Apache-2.0）', '導入済み', new Date('2026-11-24T10:00:00Z'), 'CFG-2026-0044']);
    const listed = book.get('ソフトウェア一覧')!.slice(1);
    expect(listed.length).toBe(34);
    expect(listed.map((r) => `${r[0]}\u0000${r[2]}`)).toEqual(listed.map((r) => `${r[0]}\u0000${r[2]}`).sort());
  });

  it('shows each cartridge with its uses and expiry left, and warns of DB-03 and AP-02 by settings/devices.yaml', () => {
    expect(row('テープ媒体', 'DB-03').slice(0, 11)).toEqual(['DB-03', 'LTOテープ装置', 'bk-db01-full', new Date('2023-04-03T00:00:00Z'), 232, 250, 18, new Date('2028-04-02T00:00:00Z'), 489, '使用中', '注意（交換を計画）']);
    expect(row('テープ媒体', 'AP-02').slice(6, 11)).toEqual([80, new Date('2026-12-19T00:00:00Z'), 19, '使用中', '注意（交換を計画）']);
    expect(row('テープ媒体', 'FS-07').slice(9, 11)).toEqual(['交換済・保管中', undefined]);
    expect(row('テープ媒体', 'FS-13').slice(4, 11)).toEqual([9, 250, 241, new Date('2031-11-05T00:00:00Z'), 1801, '使用中', undefined]);
    const judged = book.get('テープ媒体')!.slice(1).filter((r) => r[10]).map((r) => r[0]);
    expect(judged).toEqual(['AP-02', 'DB-03']);
  });

  it('lists the month’s permission reviews with reviewer, result and findings', () => {
    const rows = book.get('権限レビュー')!.slice(1);
    expect(rows.map((r) => [r[0], r[2], r[3], r[9], r[10]])).toEqual([
      ['CFG-2026-0043', 'ファイルサーバ', '依頼ごとの付与リスト', '修正して承認', 2],
      ['CFG-2026-0046', 'グループウェアサーバ', '権限一覧の棚卸し', '修正して承認', 4],
    ]);
    const gw = row('権限レビュー', 'CFG-2026-0046');
    expect(gw.slice(4, 9)).toEqual(['gw01-組織・権限一覧-2026-11-25.csv', new Date('2026-11-25T00:00:00Z'), 486, '渡辺 由美', '吉田 彩']);
    expect(String(gw[11]).split('\n')).toEqual([
      '削除 L20417: 10月末の退職者。AD のアカウントは無効化済みだが、グループウェアのユーザーと青葉図書館の回覧板の管理者に残っていた。',
      '削除 L20533: 9月末の退職者（会計年度任用職員）。グループウェアのユーザーが残っていた。',
      '縮小 L19802: 7月に中央図書館から西浜図書館へ異動。中央図書館の集会室の施設予約の管理者権限が残っていたため、一般の予約権限に縮小した。',
      '維持 GG-館長: 全館の掲示板の管理者権限は館長会の運用として図書館と合意済み（2026年度 運用打合せ）。',
    ]);
    expect(row('権限レビュー', 'CFG-2026-0043')[12]).toBe('REQ-2026-0085');
  });
});

describe('configurationSheets over time', () => {
  it('shows the lists as at `asOf` inside the month: before the firmware update, the old version', () => {
    const [software, tapes] = configurationSheets(records, { month: '2026-11', asOf: '2026-11-26T12:00:00+09:00', devices });
    expect(software?.rows.find((r) => r['deviceId'] === 'db01' && r['name'] === 'ディスクコントローラ ファームウェア')).toMatchObject({ version: '7.18.0', record: 'CFG-2026-0044' });
    expect(tapes?.rows.find((r) => r['id'] === 'AP-02')).toMatchObject({ daysLeft: 23 });
  });

  it('is empty for a month before the first record, and keeps the lists in a later month without its reviews', () => {
    expect(configurationSheets(records, { month: '2026-10', devices }).map((s) => s.rows.length)).toEqual([0, 0, 0]);
    const december = configurationSheets(records, { month: '2026-12', devices });
    expect(december.map((s) => s.rows.length)).toEqual([34, 9, 0]);
    // judged on 12-31: AP-02's expiry (12-19) has passed
    expect(december[1]?.rows.find((r) => r['id'] === 'AP-02')).toMatchObject({ daysLeft: -12, judgement: '超過（交換が必要）' });
  });

  it('warns by the settings, not by a constant', () => {
    const [, tapes] = configurationSheets(records, { month: '2026-11', devices: devices.map((d) => ({ id: d.id, name: d.name })) });
    expect(tapes?.rows.filter((r) => r['judgement'] !== '')).toEqual([]);
  });
});
