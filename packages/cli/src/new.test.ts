import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { instant } from '@unyo/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const NOW = instant('2026-11-28T09:05:00+09:00');
let root: string;

const run = async (argv: string[], answers: string[] = []) => {
  let stdout = '';
  let stderr = '';
  const io = {
    cwd: root,
    now: () => NOW,
    stdout: (t: string) => (stdout += t),
    stderr: (t: string) => (stderr += t),
    ...(answers.length > 0 ? { ask: async () => answers.shift() ?? '' } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
};

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'unyo-new-'));
  await cp(path.join(REPO, 'runbooks'), path.join(root, 'runbooks'), { recursive: true });
  await mkdir(path.join(root, 'settings'));
  await writeFile(path.join(root, 'settings/sites.yaml'), 'sites:\n  - { id: central, name: 中央図書館, type: central, staffed: true, terminals: 30 }\n');
  await writeFile(path.join(root, 'settings/people.yaml'), 'people:\n  - { id: op-sato, name: 佐藤 花子, role: operator, git: [hanako.sato@example.jp] }\n');
  await writeFile(
    path.join(root, 'settings/devices.yaml'),
    'devices:\n  - { id: db01, name: DB01, type: server, site: central, role: DB, monitored: true }\n  - { id: utm01, name: UTM, type: security, site: central, role: FW, signature: IPS }\nbackupJobs:\n  - { id: bk-db01, name: DB full, device: db01 }\n',
  );
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('unyo new', () => {
  it('scaffolds a complete incident from flags, and unyo check accepts it', async () => {
    const flags = ['--by', 'op-sato', '--title', 'レシートプリンタ印字不良', '--site', 'central', '--category', 'hardware', '--severity', 'S3', '--description', 'カウンター2番のレシートが印字されない。'];
    const created = await run(['new', 'incident', ...flags]);
    expect(created).toMatchObject({ code: 0, stdout: expect.stringContaining('records/incident/2026/11/INC-2026-0001.yaml') });
    const text = await readFile(path.join(root, 'records/incident/2026/11/INC-2026-0001.yaml'), 'utf8');
    expect(text).toContain('at: 2026-11-28T09:05:00+09:00');
    expect(text).toContain('by: op-sato');
    expect(await run(['check', '--now', '2026-11-28T10:00+09:00'])).toMatchObject({ code: 0 });
    expect((await run(['new', 'incident', ...flags])).stdout).toContain('INC-2026-0002.yaml');
  });

  it('takes a site given by its name and refuses one the settings do not have, before writing anything', async () => {
    const flags = ['--by', 'op-sato', '--title', '返却処理が遅い', '--category', 'サーバ', '--severity', '3', '--description', '返却の反応が遅い。'];
    expect((await run(['new', 'incident', ...flags, '--site', '中央図書館'])).code).toBe(0);
    const text = await readFile(path.join(root, 'records/incident/2026/11/INC-2026-0001.yaml'), 'utf8');
    expect(text).toMatch(/site: central\n/);
    expect(text).toMatch(/category: server\n/);
    expect(text).toMatch(/severity: S3\n/);
    const refused = await run(['new', 'incident', ...flags, '--site', '青葉図書館']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--site: 「青葉図書館」は選べません');
    expect(refused.stderr).toContain('1. 中央図書館（central）');
    await expect(readFile(path.join(root, 'records/incident/2026/11/INC-2026-0002.yaml'), 'utf8')).rejects.toThrow();
  });

  it('asks in a terminal for what the flags did not give', async () => {
    const result = await run(['new', 'inquiry', '--by', 'op-sato'], ['central', '中央館 サービス係', '予約リストの並び順を変えたい']);
    expect(result.code).toBe(0);
    const text = await readFile(path.join(root, 'records/inquiry/2026/11/INQ-2026-0001.yaml'), 'utf8');
    expect(text).toContain('question: 予約リストの並び順を変えたい');
  });

  it('pre-lists every check of the day in the daily sheet, and never overwrites it', async () => {
    expect((await run(['new', 'daily-check', '--by', 'op-sato'])).code).toBe(0);
    const file = path.join(root, 'records/daily-check/2026/11/DC-2026-11-28.yaml');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('device: db01');
    expect(text).toContain('job: bk-db01');
    expect(text).toContain('device: utm01');
    expect(text).toContain('site: central');
    await writeFile(file, `${text}note: 記入済み\n`);
    const again = await run(['new', 'daily-check', '--by', 'op-sato']);
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining('既にあります。上書きはしません。') });
    expect(await readFile(file, 'utf8')).toContain('note: 記入済み');
    // The empty checks are what unyo check then asks the operator to fill in.
    const check = await run(['check', '--now', '2026-11-28T10:00+09:00']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('servers[0].alive: 値が書かれていません（「alive:」のあとが空です）。真偽値（true / false）である必要があります。');
  });

  it('finds the person from git config', async () => {
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['config', 'user.email', 'hanako.sato@example.jp'], { cwd: root });
    const made = await run(['new', 'change', '--title', 'i-FILTER 設定変更']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(await readFile(path.join(root, 'records/change/2026/11/CHG-2026-0001.yaml'), 'utf8')).toContain('by: op-sato');
  });

  it.each([
    [['new'], '記録の種類を指定してください'],
    [['new', 'incidents'], '記録の種類を指定してください'],
    [['new', 'incident', '--by', 'nobody'], '--by nobody は settings/people.yaml にありません。'],
    [['new', 'incident', '--by', 'op-sato', '--at', '2026/11/28'], '--at 2026/11/28 は使えません。'],
  ])('%j is a usage error and writes nothing', async (argv, message) => {
    const result = await run(argv);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining(message) });
    expect(await readdir(root)).not.toContain('records');
  });
});
