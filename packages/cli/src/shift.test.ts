import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIFT_HELP, runShift } from './commands/shift.ts';
import { UsageError } from './io.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

const run = async (argv: string[], cwd = REPO) => {
  let stdout = '';
  let stderr = '';
  const code = await runShift(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

/** A repo with the sample calendar, sites and people, and a roster in which all four operators asked for 12-24 off. */
let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'unyo-shift-'));
  await mkdir(path.join(root, 'runbooks'));
  await mkdir(path.join(root, 'records'));
  for (const f of ['calendar.yaml', 'sites.yaml', 'people.yaml']) await cp(path.join(REPO, 'settings', f), path.join(root, 'settings', f));
  const roster = (await readFile(path.join(REPO, 'settings/roster.yaml'), 'utf8'))
    .replace(/daysOff: \[[^\]]*\]/g, 'daysOff: [2026-12-24]')
    .replace(/\noverrides:[\s\S]*$/, '\n');
  await writeFile(path.join(root, 'settings/roster.yaml'), roster);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('unyo shift on the repo', () => {
  it('prints the December 2026 draft as Markdown and exits 0', async () => {
    const result = await run(['2026-12']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('# シフト表 2026年12月（案）');
    expect(result.stdout).toContain('| 日付 | 曜日 | 中央図書館 | 佐藤 美咲 | 鈴木 花子 | 伊藤 亮 | 渡辺 由美 | 要確認 |');
    expect(result.stdout).toContain('| 12/21 | 月 | 休館（施設点検日） | 休 | 休 | 日 | 休 |  |');
    expect(result.stdout).toContain('| 12/29 | 火 | 休館（年末年始休館） | 休 | 休 | 休 | 休 |  |');
    expect(result.stdout).toMatch(/## 要確認\n\n常駐の欠けや規則に反する箇所はありません。\n$/);
  });

  it('prints JSON for machines', async () => {
    const view = JSON.parse((await run(['2026-12', '--format', 'json'])).stdout);
    expect(view.rows).toHaveLength(31);
    expect(view.issues).toEqual([]);
    expect(view.operators.map((o: { person: string }) => o.person)).toEqual(['op-sato', 'op-suzuki', 'op-ito', 'op-watanabe']);
    // 16 evenings (early + late), 11 days closing at 17:00 (day), and the override on the closed 12-21.
    expect(view.totals.reduce((n: number, t: { shifts: number }) => n + t.shifts, 0)).toBe(16 * 2 + 11 + 1);
    expect((await run(['2026-12', '--json'])).stdout).toBe(JSON.stringify(view, null, 2) + '\n');
  });

  it('prints CSV with a BOM for Excel', async () => {
    const { code, stdout } = await run(['2026-12', '--format', 'csv', '--bom']);
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('\uFEFF日付,曜日,中央図書館,佐藤 美咲,鈴木 花子,伊藤 亮,渡辺 由美,要確認');
    expect(lines[21]).toBe('2026-12-21,月,休館（施設点検日）,休,休,日,休,');
    expect(lines).toHaveLength(1 + 31 + 1);
  });

  it('has a help text, Japanese first and English last', () => {
    expect(SHIFT_HELP.split('\n')[0]).toBe('unyo shift <YYYY-MM> — オペレーターのシフト表（項番 20）の案を作ります');
    expect(SHIFT_HELP.split('\n').at(-1)).toMatch(/^Drafts the operators' shift table/);
  });
});

describe('unyo shift on a month that cannot be covered', () => {
  it('still prints the table, lists the gap under 要確認 and exits 1', async () => {
    const result = await run(['2026-12', '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('| 12/24 | 木 | 09:30–20:30 | 休 | 休 | 休 | 休 | ※ |');
    expect(result.stdout.slice(result.stdout.indexOf('## 要確認'))).toMatchInlineSnapshot(`
      "## 要確認

      - 12/24（木）［常駐人数］09:00–20:30 の常駐者が 0 名です（必要 1 名）。早番に入れない理由: 佐藤 美咲 は休み希望、鈴木 花子 は休み希望、伊藤 亮 は休み希望、渡辺 由美 は休み希望。
      "
    `);
  });

  it('writes --out, says so, and lists the gap on stderr', async () => {
    const result = await run(['2026-12', '--out', 'out/shift-2026-12.md'], root);
    expect(result).toMatchObject({ code: 1 });
    expect(result.stdout).toBe('書き出しました: out/shift-2026-12.md（2026-12、41 勤務、要確認 1 件）\n');
    expect(result.stderr).toMatch(/^要確認 1 件:\n12\/24（木）［常駐人数］09:00–20:30 の常駐者が 0 名です/);
    expect(await readFile(path.join(root, 'out/shift-2026-12.md'), 'utf8')).toMatch(/^# シフト表 2026年12月（案）\n/);
  });
});

describe('unyo shift refuses', () => {
  it.each([
    [['--out', 'records/shift.md'], /records\/ の中です/],
    [['--out', 'runbooks/020.md'], /runbooks\/ の中です/],
    [['--out', 'records'], /records\/ の中です/],
    [['--out', 'linked/shift.md'], /records\/ の中です/],
    [['--out', 'settings'], /フォルダーです/],
  ])('to write %j', async (flags, message) => {
    await symlink(path.join(root, 'records'), path.join(root, 'linked')).catch(() => undefined);
    await expect(run(['2026-12', ...flags], root)).rejects.toThrow(message);
    await expect(stat(path.join(root, 'records/shift.md'))).rejects.toThrow();
  });

  it.each([
    [[], /対象月を一つ指定してください/],
    [['2026-13'], /月「2026-13」は使えません/],
    [['12-2026'], /月「12-2026」は使えません/],
    [['2026-12', '2027-01'], /対象月を一つ指定してください/],
    [['2026-12', '--format', 'xml'], /--format xml は使えません/],
    [['2026-12', '--bom'], /--bom は --format csv のときだけ/],
    [['2026-12', '--json', '--format', 'csv'], /--json と --format は同時に指定できません/],
    [['2026-12', '--weekly'], /unyo shift の引数が正しくありません/],
  ])('%j as a usage error (exit 2)', async (argv, message) => {
    const error = await run(argv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('unyo shift with broken settings', () => {
  it('reports a missing or invalid roster at its line and exits 1 without a table', async () => {
    const broken = await mkdtemp(path.join(tmpdir(), 'unyo-shift-broken-'));
    try {
      await cp(path.join(root, 'runbooks'), path.join(broken, 'runbooks'), { recursive: true });
      await cp(path.join(root, 'settings'), path.join(broken, 'settings'), { recursive: true });
      await rm(path.join(broken, 'settings/roster.yaml'));
      const missing = await run(['2026-12', '--root', broken]);
      expect(missing).toMatchObject({ code: 1, stdout: '' });
      expect(missing.stderr).toMatch(/^settings\/roster\.yaml:1:1 {2}file-missing {2}ファイルがありません。/);
      await writeFile(path.join(broken, 'settings/roster.yaml'), (await readFile(path.join(REPO, 'settings/roster.yaml'), 'utf8')).replace('maxConsecutiveDays: 5', 'maxConsecutiveDays: 5\n  maxNights: 3'));
      const invalid = await run(['2026-12', '--root', broken]);
      expect(invalid.code).toBe(1);
      expect(invalid.stderr).toMatch(/^settings\/roster\.yaml:\d+:3 {2}schema-unknown-key {2}未知のキー「maxNights」があります。/);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });
});
