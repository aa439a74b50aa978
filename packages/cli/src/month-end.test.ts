import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
let root: string;

const run = async (args: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd: root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), now: () => Date.parse('2026-12-01T00:00:00Z') });
  return { code, stdout, stderr };
};

/** The workbook as Debian's openpyxl reads it: sheet names, rows, date cells and formulas. */
const readBack = (file: string) =>
  JSON.parse(
    execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: {"rows": ws.max_row, "header": [c.value for c in ws[1]], "dates": sum(1 for r in ws.iter_rows() for c in r if isinstance(c.value, datetime.datetime)), "formulas": sum(1 for r in ws.iter_rows() for c in r if c.data_type == "f")} for ws in wb.worksheets}, ensure_ascii=False))`,
        file,
      ],
      { encoding: 'utf8' },
    ),
  ) as Record<string, { rows: number; header: string[]; dates: number; formulas: number }>;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'unyo-month-end-'));
  for (const dir of ['runbooks', 'records', 'settings', 'templates']) await cp(path.join(REPO, dir), path.join(root, dir), { recursive: true });
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('unyo export ledgers', () => {
  it('writes the six ledgers and the service levels of the month, read back by openpyxl with date cells and no formulas', async () => {
    const result = await run(['export', 'ledgers', '2026-11', '--at', '2026-12-01T09:00+09:00']);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('deliverables/2026-11/台帳-2026-11.xlsx') });
    const book = readBack(path.join(root, 'deliverables/2026-11/台帳-2026-11.xlsx'));
    expect(Object.keys(book)).toEqual(['インシデント', '問い合わせ', '依頼', '変更', '問題', '作業実施', 'ソフトウェア一覧', 'テープ媒体', '権限レビュー', '定期作業の実施状況', 'サービスレベル']);
    expect(book['インシデント']?.rows).toBe(13); // the header and the twelve incidents opened in November
    expect(book['インシデント']?.dates).toBeGreaterThan(10);
    expect(book['定期作業の実施状況']?.header.slice(0, 4)).toEqual(['項番', '運用項目', '1', '2']);
    expect(book['サービスレベル']?.header.slice(0, 4)).toEqual(['項目', '目標', '時計', '実績']);
    expect(Object.values(book).every((s) => s.formulas === 0)).toBe(true);
    const again = await run(['export', 'ledgers', '2026-11']);
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining('上書きしません') });
    await rm(path.join(root, 'deliverables'), { recursive: true });
  });
});

describe('unyo month-end', () => {
  it('writes the bundle of the sample month, lists what blocks it, and exits 1', async () => {
    const result = await run(['month-end', '2026-11', '--at', '2026-12-01T09:00+09:00', '--date', '2026-12-01']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✔ 記録・設定・runbook の検証（unyo check）: 問題なし');
    expect(result.stdout).toMatch(/✘ 月末時点で未完了のインシデント・問い合わせ・作業依頼: \d+ 件/);
    expect(result.stdout).toContain('INC-2026-0110');
    const dir = path.join(root, 'deliverables/2026-11');
    const files = (await readdir(dir)).sort();
    for (const name of ['月次報告書-2026-11.pdf', '月次報告書-2026-11.md', 'サービスレベル管理レポート-2026-11.pdf', '台帳-2026-11.xlsx', '議事録案-2026-12.pdf', '障害報告書-INC-2026-0105.pdf', '月次運用スケジュール-2026-12.pdf', 'シフト表案-2026-12.csv', 'チェックリスト.md', 'SHA256SUMS']) {
      expect(files).toContain(name);
    }
    // Every file's SHA-256 is listed, so a report record can name exactly what was delivered.
    const sums = (await readFile(path.join(dir, 'SHA256SUMS'), 'utf8')).trim().split('\n');
    expect(sums).toHaveLength(files.length - 1);
    for (const line of sums) {
      const [sum, name] = [line.slice(0, 64), line.slice(66)];
      expect(createHash('sha256').update(await readFile(path.join(dir, name))).digest('hex')).toBe(sum);
    }
    const sla = execFileSync('pdftotext', ['-layout', path.join(dir, 'サービスレベル管理レポート-2026-11.pdf'), '-'], { encoding: 'utf8' });
    expect(sla).toContain('サービスレベル管理レポート 2026年11月');
    expect(sla).toContain('令和8年12月1日');
    const monthly = execFileSync('pdftotext', ['-layout', path.join(dir, '月次報告書-2026-11.pdf'), '-'], { encoding: 'utf8' });
    expect(monthly).toContain('月次報告書');
    expect(monthly).toContain('根拠記録一覧');
    expect(execFileSync('pdfinfo', [path.join(dir, '月次運用スケジュール-2026-12.pdf')], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    expect(await readFile(path.join(dir, 'チェックリスト.md'), 'utf8')).toContain('- [x] 記録・設定・runbook の検証');

    // The folder is never overwritten; --replace remakes a folder unyo made, not one with a file of the user's.
    expect(await run(['month-end', '2026-11'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--replace') });
    await writeFile(path.join(dir, 'メモ.txt'), '図書館へ持参');
    expect(await run(['month-end', '2026-11', '--replace'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unyo が作っていないファイルがある') });
    expect(await readFile(path.join(dir, 'メモ.txt'), 'utf8')).toBe('図書館へ持参');
  });

  it('refuses a month whose records fail the check unless --draft, which stamps 未確定', async () => {
    await writeFile(path.join(root, 'records/incident/2026/11/INC-2026-0199.yaml'), 'id: INC-2026-0199\nkind: incident\n');
    const refused = await run(['month-end', '2026-11', '--out', 'out-a', '--at', '2026-12-01T09:00+09:00']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('✘ 記録・設定・runbook の検証（unyo check）: 問題');
    expect(refused.stdout).toContain('records/incident/2026/11/INC-2026-0199.yaml');
    expect(refused.stdout).toContain('提出物を作りません');
    await expect(readdir(path.join(root, 'out-a'))).rejects.toThrow();
    const draft = await run(['month-end', '2026-11', '--out', 'out-b', '--draft', '--at', '2026-12-01T09:00+09:00']);
    expect(draft.code).toBe(1);
    expect(draft.stdout).toContain('（未確定）');
    expect(execFileSync('pdftotext', [path.join(root, 'out-b/議事録案-2026-12.pdf'), '-'], { encoding: 'utf8' })).toContain('未確定');
    await rm(path.join(root, 'records/incident/2026/11/INC-2026-0199.yaml'));
  });
});
