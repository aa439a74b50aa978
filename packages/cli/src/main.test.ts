import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

const run = async (argv: string[], cwd = REPO) => {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

let broken: string;
beforeAll(async () => {
  broken = await mkdtemp(path.join(tmpdir(), 'unyo-cli-'));
  await cp(path.join(REPO, 'runbooks'), path.join(broken, 'runbooks'), { recursive: true });
  const file = path.join(broken, 'runbooks/management/incident/002-incident-progress.md');
  await writeFile(file, (await readFile(file, 'utf8')).replace('period: 随時', 'period: 毎日'));
});
afterAll(() => rm(broken, { recursive: true, force: true }));

describe('unyo check', () => {
  it('exits 0 on the repo, from a subfolder too', async () => {
    const result = await run(['check'], path.join(REPO, 'runbooks/management'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^runbook 101 件、記録 \d+ 件を確認しました。問題はありません。\n$/);
  });

  it('exits 1 and prints file:line:col, code, message, frame and hint', async () => {
    const result = await run(['check', '--root', broken]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatchInlineSnapshot(`
      "runbooks/management/incident/002-incident-progress.md:6:9  period-unknown  周期「毎日」は要件にない表記です。
        6 | period: 毎日
          |         ^
        → 日次・週次・月次・3か月に1回程度・半年に1回・年次・随時・蔵書点検時 のいずれかを書いてください。複数は「／」（全角）で区切り（例: 月次／随時）、周期のない分類行は「－」です。

      問題 1 件（1 ファイル）。runbook 101 件、記録 0 件を確認しました。
      "
    `);
  });

  it('prints JSON for machines', async () => {
    const result = await run(['check', '--json', '--root', broken]);
    const json = JSON.parse(result.stdout);
    expect(json.ok).toBe(false);
    expect(json.checked).toEqual({ runbooks: 101, records: 0 });
    expect(json.problems[0]).toMatchObject({ file: 'runbooks/management/incident/002-incident-progress.md', line: 6, column: 9, code: 'period-unknown' });
  });

  it('prints GitHub annotations', async () => {
    const result = await run(['check', '--format', 'github', '--root', broken]);
    expect(result.stdout).toMatch(/^::error file=runbooks\/management\/incident\/002-incident-progress.md,line=6,col=9,title=period-unknown /);
  });
});

describe('unyo catalog', () => {
  it('lists the 101 items as JSON with the documented fields', async () => {
    const result = await run(['catalog', '--json']);
    const items = JSON.parse(result.stdout);
    expect(items).toHaveLength(101);
    expect(items[51]).toMatchObject({
      id: 52,
      name: '障害受付',
      path: ['運用業務', '障害時運用', '障害受付', '障害受付'],
      summary: '中央館を含む各館より障害受付を行う。',
      period: '随時',
      cycles: [{ kind: 'on-demand' }],
      duties: { maintenance: [], support: ['障害を受け付ける。', 'インシデント管理簿に記載する。'] },
    });
  });

  it('filters by role and cycle', async () => {
    const daily = JSON.parse((await run(['catalog', '--json', '--cycle', '日次', '--role', 'operator'])).stdout);
    expect(daily.map((i: { id: number }) => i.id)).toEqual([25, 26, 28, 29, 32, 33, 34, 68, 71, 74, 75, 76, 78, 79, 80, 94, 96, 98]);
  });

  it('prints the table by default and CSV on request', async () => {
    const table = await run(['catalog']);
    expect(table.stdout).toContain('■ 運用業務 ＞ 障害時運用');
    expect(table.stdout).toContain('101 項目');
    const csv = await run(['catalog', '--csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('項番,大分類,中分類,分類,運用項目名,概要,周期,維持管理業務,運用支援業務,記録,ファイル');
  });
});

describe('misuse', () => {
  it.each([
    [['nope'], '「nope」というコマンドはありません。'],
    [['catalog', '--cycle', '毎日'], '--cycle 毎日 は使えません。'],
    [['catalog', '--role', 'pm'], '--role pm は使えません。'],
    [['catalog', '--json', '--csv'], '--json と --csv は同時に指定できません。'],
    [['check', '--format', 'xml'], '--format xml は使えません。'],
    [['check', '--bogus'], 'unyo check の引数が正しくありません'],
    [['check', '--root', '/'], '--root / に runbooks/ フォルダーがありません。'],
  ])('%j exits 2 with a message and no stack trace', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 outside a repo', async () => {
    const result = await run(['check'], tmpdir());
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('runbooks/ フォルダーが見つかりません') });
  });

  it('refuses help for an unknown command instead of printing the general help', async () => {
    const result = await run(['help', 'foo']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('「foo」というコマンドはありません。');
    expect(result.stdout).toBe('');
  });

  it('prints help in Japanese with English', async () => {
    const result = await run(['help', 'check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('終了コード: 0 問題なし、1 問題あり、2 使い方の誤り・内部エラー');
  });
});

describe('the bin', () => {
  it('runs the TypeScript sources through tsx and sets the exit code', async () => {
    const bin = fileURLToPath(new URL('../bin/unyo.js', import.meta.url));
    const result = await promisify(execFile)(process.execPath, [bin, 'check', '--json'], { cwd: REPO });
    expect(JSON.parse(result.stdout).ok).toBe(true);
    await expect(promisify(execFile)(process.execPath, [bin, 'check', '--root', broken])).rejects.toMatchObject({ code: 1 });
  });
});
