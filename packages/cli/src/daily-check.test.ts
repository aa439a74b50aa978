import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { instant } from '@unyo/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from './main.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const NOW = instant('2026-11-28T09:05:00+09:00');
const SHEET = 'records/daily-check/2026/11/DC-2026-11-28.yaml';
let root: string;

const run = async (argv: string[], answers?: string[]) => {
  let stdout = '';
  let stderr = '';
  const questions: string[] = [];
  const io = {
    cwd: root,
    now: () => NOW,
    stdout: (t: string) => (stdout += t),
    stderr: (t: string) => (stderr += t),
    ...(answers
      ? {
          ask: async (q: string) => {
            questions.push(q);
            if (answers.length === 0) throw new Error(`no answer left for: ${q}`);
            return answers.shift() ?? '';
          },
        }
      : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, questions };
};

const csv = (rows: string[]) => `device,metric,value,at\n${rows.join('\n')}\n`;
const server = (id: string, cpu = 12, at = '2026-11-28T08:30:00+09:00') =>
  [`${id},alive,up,${at}`, `${id},cpu,${cpu},${at}`, `${id},memory,40,${at}`, `${id},disk,55,${at}`, `${id},disk:/data,61,${at}`];
const NORMAL = csv([...server('db01'), ...server('ap01'), 'bk-db01,backup,success,2026-11-28T03:10:00+09:00', 'utm01,signature,IPS 2026.11.28,2026-11-28T07:00:00+09:00']);

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'unyo-dc-'));
  await cp(path.join(REPO, 'runbooks'), path.join(root, 'runbooks'), { recursive: true });
  await mkdir(path.join(root, 'settings'));
  await mkdir(path.join(root, 'exports'));
  await writeFile(path.join(root, 'settings/sites.yaml'), 'sites:\n  - { id: central, name: 中央図書館, type: central, staffed: true, terminals: 30 }\n  - { id: aoba, name: 青葉図書館, type: branch, terminals: 12 }\n');
  await writeFile(path.join(root, 'settings/people.yaml'), 'people:\n  - { id: op-sato, name: 佐藤 花子, role: operator, git: [hanako.sato@example.jp] }\n');
  await writeFile(
    path.join(root, 'settings/devices.yaml'),
    [
      'thresholds: { cpu: 80, memory: 85, disk: 80 }',
      'devices:',
      '  - { id: db01, name: DB01, type: server, site: central, role: DB, monitored: true, thresholds: { disk: 90 }, zabbix: { hostid: "10084" } }',
      '  - { id: ap01, name: AP01, type: server, site: central, role: AP, monitored: true }',
      '  - { id: utm01, name: UTM, type: security, site: central, role: FW, signature: IPS }',
      'backupJobs:',
      '  - { id: bk-db01, name: DB full, device: db01 }',
      '',
    ].join('\n'),
  );
  await writeFile(path.join(root, 'exports/2026-11-28.csv'), NORMAL);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('unyo new daily-check --from', () => {
  it('makes a normal day a confirmation: the export fills every measured value, the operator types the server room and presses Enter', async () => {
    const answers = ['', '22.5', '45', '', ''];
    const result = await run(['new', 'daily-check', '--by', 'op-sato', '--from', 'exports/2026-11-28.csv'], answers);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.questions).toEqual([
      'パターンファイル・シグネチャはすべて最新ですか（utm01 IPS 2026.11.28） [Y/n]: ',
      'サーバ室の温度（℃）: ',
      'サーバ室の湿度（%）: ',
      '端末はすべて起動しましたか（2 館 計 42 台） [Y/n]: ',
      '異常なし。この内容で記録しますか [Y/n]: ',
    ]);
    expect(result.stdout).toContain('サーバ 2 台 すべて正常');
    expect(result.stdout).toContain('記録しました: records/daily-check/2026/11/DC-2026-11-28.yaml');
    const sheet = parse(await readFile(path.join(root, SHEET), 'utf8'));
    expect(sheet.sources).toEqual([
      { file: '2026-11-28.csv', format: 'csv', sha256: createHash('sha256').update(NORMAL).digest('hex'), from: '2026-11-28T03:10:00+09:00', to: '2026-11-28T08:30:00+09:00', samples: 12 },
    ]);
    // The fullest disk is the one recorded; each measured value says where it came from.
    expect(sheet.servers[0]).toEqual({ device: 'db01', alive: true, cpu: 12, memory: 40, disk: 61, state: 'ok', source: '2026-11-28.csv' });
    expect(sheet.backups).toEqual([{ job: 'bk-db01', result: 'success', source: '2026-11-28.csv' }]);
    expect(sheet.signatures).toEqual([{ device: 'utm01', version: 'IPS 2026.11.28', current: true, source: '2026-11-28.csv' }]);
    expect(sheet.serverRoom).toEqual({ temperature: 22.5, humidity: 45, at: '2026-11-28T09:05:00+09:00' });
    expect(sheet.terminals).toEqual([{ site: 'central', started: 30, total: 30 }, { site: 'aoba', started: 12, total: 12 }]);
    expect(await run(['check', '--now', '2026-11-28T10:00+09:00'])).toMatchObject({ code: 0 });
  });

  it('asks only about the anomalies on an anomaly day, and a sheet with an unexplained one fails the check', async () => {
    const text = csv([...server('db01', 12), ...server('ap01', 93), 'bk-db01,backup,failure,2026-11-28T03:10:00+09:00', 'utm01,signature,IPS 2026.11.28,2026-11-28T07:00:00+09:00']);
    await writeFile(path.join(root, 'exports/2026-11-28.csv'), text);
    const result = await run(['new', 'daily-check', '--by', 'op-sato', '--from', 'exports/2026-11-28.csv'], ['', 'バッチ処理の負荷。9:30 に 20% へ戻った', 'テープ装置のエラー。再実行して成功', '', '21', '40', '', '']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('⚠ ap01: CPU 93%（しきい値 80%）、状態 warning');
    expect(result.stdout).toContain('⚠ bk-db01: バックアップ失敗');
    // An empty explanation is asked again.
    expect(result.questions.slice(0, 4)).toEqual([
      'ap01 CPU 93%（しきい値 80%）、状態 warning — 所見またはインシデント番号: ',
      'ap01 CPU 93%（しきい値 80%）、状態 warning — 所見またはインシデント番号: ',
      'bk-db01 バックアップ失敗 — 所見またはインシデント番号: ',
      'パターンファイル・シグネチャはすべて最新ですか（utm01 IPS 2026.11.28） [Y/n]: ',
    ]);
    expect(result.questions.at(-1)).toBe('異常 2 件（説明あり）。この内容で記録しますか [Y/n]: ');
    expect(result.stderr).toContain('異常には所見');
    const sheet = parse(await readFile(path.join(root, SHEET), 'utf8'));
    expect(sheet.servers[1]).toMatchObject({ device: 'ap01', cpu: 93, state: 'warning', note: 'バッチ処理の負荷。9:30 に 20% へ戻った' });
    expect(sheet.backups[0]).toMatchObject({ result: 'failure', note: 'テープ装置のエラー。再実行して成功' });
    expect(await run(['check', '--now', '2026-11-28T10:00+09:00'])).toMatchObject({ code: 0 });

    // Remove the explanation by hand: the check names the line and what to do.
    const edited = (await readFile(path.join(root, SHEET), 'utf8')).replace(/\n {4}note: バッチ処理の負荷。9:30 に 20% へ戻った/, '');
    await writeFile(path.join(root, SHEET), edited);
    const check = await run(['check', '--now', '2026-11-28T10:00+09:00']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('ap01: CPU 93%（しきい値 80%）、状態 warning ですが、所見（note）もインシデント（incident）もありません。');
  });

  it('without a terminal writes what the export gave, lists what is left, and refuses --commit', async () => {
    execFileSync('git', ['init', '-q'], { cwd: root });
    const result = await run(['new', 'daily-check', '--by', 'op-sato', '--from', 'exports/2026-11-28.csv', '--commit']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('サーバ室の温度（--temperature）');
    expect(result.stdout).toContain('端末の起動台数（--yes ですべて起動）');
    expect(result.stderr).toContain('空欄が残っているのでコミットしませんでした。');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' })).toContain('?? ');
    const check = await run(['check', '--now', '2026-11-28T10:00+09:00']);
    expect(check.stdout).toContain('serverRoom.temperature');
  });

  it('commits only the new sheet with a standard message (--yes --commit in a script)', async () => {
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
    execFileSync('git', ['config', 'user.email', 'hanako.sato@example.jp'], { cwd: root });
    execFileSync('git', ['config', 'user.name', 'Sato'], { cwd: root });
    await writeFile(path.join(root, 'unrelated.txt'), 'staged but not part of the sheet\n');
    execFileSync('git', ['add', 'unrelated.txt'], { cwd: root });
    const result = await run(['new', 'daily-check', '--from', 'exports/2026-11-28.csv', '--temperature', '22', '--humidity', '44', '--yes', '--commit']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/コミットしました: [0-9a-f]+ daily-check: DC-2026-11-28/);
    expect(execFileSync('git', ['log', '-1', '--format=%s', '--name-only'], { cwd: root, encoding: 'utf8' }).trim()).toBe(`daily-check: DC-2026-11-28 (from 2026-11-28.csv)\n\n${SHEET}`);
    expect(execFileSync('git', ['diff', '--cached', '--name-only'], { cwd: root, encoding: 'utf8' }).trim()).toBe('unrelated.txt');
  });

  it('reads Zabbix history.get with item.get, mapped by the hostid in settings/devices.yaml', async () => {
    const fixtures = path.join(REPO, 'packages/monitoring/fixtures');
    for (const f of ['history.get.json', 'item.get.json']) await cp(path.join(fixtures, f), path.join(root, 'exports', f));
    const result = await run(['new', 'daily-check', '--by', 'op-sato', '--date', '2026-11-28', '--from', 'exports/history.get.json', '--from', 'exports/item.get.json', '--dry-run', '--yes']);
    expect(result.stderr).toBe('');
    const sheet = parse(result.stdout.slice(result.stdout.indexOf('# records/')));
    expect(sheet.servers[0]).toMatchObject({ device: 'db01', alive: true, cpu: 15.25, memory: 52.1, source: 'item.get.json' });
    expect(sheet.sources.map((s: { format: string }) => s.format)).toEqual(['zabbix-history', 'zabbix-items']);
    expect(result.stdout).toContain('取込なし: ap01、bk-db01');
  });

  it.each([
    ['a broken CSV', 'device,metric,value,at\ndb01,cpu,150,2026-11-28T08:30:00+09:00\n', '2026-11-28.csv:2:10: cpu の値「150」は 0〜100 の数（%）で書いてください。'],
    ['an export of another day', csv(server('db01', 10, '2026-11-20T08:30:00+09:00')), '取込ファイルに 2026-11-28 の値がありません'],
  ])('refuses %s and writes nothing', async (_what, text, message) => {
    await writeFile(path.join(root, 'exports/2026-11-28.csv'), text);
    const result = await run(['new', 'daily-check', '--by', 'op-sato', '--from', 'exports/2026-11-28.csv'], ['22', '45', '', '', '']);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining(message) });
    expect(await readdir(root)).not.toContain('records');
  });

  it('refuses a missing export file by name', async () => {
    const result = await run(['new', 'daily-check', '--by', 'op-sato', '--from', 'exports/none.csv']);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('--from exports/none.csv を読めません。') });
  });
});
