// The operator's day typed into a real terminal (tmux) through the installed command, keystrokes
// counted: the targets of issue 10 are a normal day's check sheet from the monitoring export in at most
// 15 keystrokes after the command, and an incident from receipt to closure in at most 8 commands.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from './main.ts';
import { Terminal } from './terminal.test-helper.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const UNYO = `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(REPO, 'packages/cli/bin/unyo.js'))}`;
let root: string;
let terminal: Terminal;

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const check = async () => {
  let stdout = '';
  const code = await main(['check'], { cwd: root, now: () => Date.now(), stdout: (t) => (stdout += t), stderr: (t) => (stdout += t) });
  return { code, stdout };
};

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'unyo-terminal-'));
  for (const dir of ['runbooks', 'settings']) await cp(path.join(REPO, dir), path.join(root, dir), { recursive: true });
  await mkdir(path.join(root, 'exports'));
  await cp(path.join(REPO, 'examples/monitoring/2026-11-29.csv'), path.join(root, 'exports/2026-11-29.csv'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Ryo Ito');
  git('config', 'user.email', 'ryo.ito@example.jp');
  git('add', '.');
  git('commit', '-q', '-m', 'the repository as an operator finds it');
  terminal = new Terminal(root);
});
afterEach(async () => {
  terminal.close();
  await rm(root, { recursive: true, force: true });
});

describe('the operator at the terminal', () => {
  it('records a normal day from the monitoring export in at most 15 keystrokes, and commits it', async () => {
    terminal.run(`${UNYO} new daily-check --from exports/2026-11-29.csv --date 2026-11-29 --commit`);
    let at = (await terminal.waitFor('サーバ 14 台 すべて正常')).end;
    at = (await terminal.waitFor('パターンファイル・シグネチャはすべて最新ですか', at)).end;
    terminal.answer(); // Enter: yes
    at = (await terminal.waitFor('サーバ室の温度', at)).end;
    terminal.answer('22');
    at = (await terminal.waitFor('サーバ室の湿度', at)).end;
    terminal.answer('45');
    at = (await terminal.waitFor('端末はすべて起動しましたか', at)).end;
    terminal.answer();
    at = (await terminal.waitFor('この内容で記録しますか', at)).end;
    terminal.answer();
    const { code } = await terminal.exitCode(at);
    expect(terminal.screen()).toContain('コミットしました');
    expect(code).toBe(0);
    expect(terminal.keystrokes).toBe(9);
    expect(terminal.keystrokes).toBeLessThanOrEqual(15);
    expect(terminal.commands).toBe(1);

    const sheet = parse(await readFile(path.join(root, 'records/daily-check/2026/11/DC-2026-11-29.yaml'), 'utf8'));
    expect(sheet.by).toBe('op-ito');
    expect(sheet.servers).toHaveLength(14);
    expect(sheet.serverRoom).toMatchObject({ temperature: 22, humidity: 45 });
    expect(git('log', '-1', '--format=%s')).toBe('daily-check: DC-2026-11-29 (from 2026-11-29.csv)');
    expect(git('status', '--porcelain')).toBe('');
    expect(await check()).toMatchObject({ code: 0 });
  });

  it('takes an incident from the phone call to closure in at most 8 commands, each event committed', async () => {
    const id = `INC-${new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 4)}-0001`;
    terminal.run(`${UNYO} new incident --commit`);
    // A prompt redraws itself when answered, so each wait is for the active prompt (◆) from the command's start.
    await terminal.waitFor('◆  件名');
    terminal.answer('レシートプリンタ印字不良');
    // Site, category and severity are picked from the settings' lists (↑↓ and Enter), never typed.
    await terminal.waitFor('◆  申告元の館');
    terminal.press('Down', 'Enter'); // 中央図書館 → 青葉図書館
    await terminal.waitFor('◆  分類');
    terminal.press('Up', 'Enter'); // the last of the list: ハードウェア
    await terminal.waitFor('◆  重要度');
    terminal.press('Down', 'Down', 'Enter'); // S1 → S3 中
    await terminal.waitFor('◆  事象');
    terminal.answer('カウンター2番のレシートが印字されない');
    let exit = await terminal.exitCode();
    expect(exit.code).toBe(0);

    for (const [event, note] of [
      ['第一報', '青葉図書館へ電話で第一報'],
      ['対応開始', 'ロール紙の交換を案内'],
      ['復旧', '印字を確認'],
    ]) {
      terminal.run(`${UNYO} event ${id} ${event} --note ${note} --commit`);
      exit = await terminal.exitCode(exit.end);
      expect(exit.code).toBe(0);
    }
    // Closing without arguments: the open incident is offered, then its next event (クローズ) chosen first.
    terminal.run(`${UNYO} event --commit`);
    const from = exit.end;
    await terminal.waitFor('◆  記録する記録', from);
    terminal.answer();
    await terminal.waitFor('◆  事象', from);
    terminal.answer();
    await terminal.waitFor('◆  内容', from);
    terminal.answer();
    exit = await terminal.exitCode(from);
    expect(exit.code).toBe(0);

    expect(terminal.commands).toBe(5);
    // The answers to unyo new incident (title, site, category, severity, what happened) and the closing:
    // 13 + 2 + 2 + 3 + 20 + 3.
    expect(terminal.keystrokes).toBe(43);
    expect(terminal.commands).toBeLessThanOrEqual(8);
    const files = git('ls-files', 'records/incident').split('\n');
    expect(files).toEqual([expect.stringMatching(new RegExp(`^records/incident/\\d{4}/\\d{2}/${id}\\.yaml$`))]);
    const record = parse(await readFile(path.join(root, files[0] ?? ''), 'utf8'));
    expect(record.timeline.map((e: { type: string }) => e.type)).toEqual(['received', 'first-report', 'first-response', 'restored', 'closed']);
    expect(git('log', '--format=%s').split('\n').slice(0, 5)).toEqual([`incident: ${id} closed`, `incident: ${id} restored`, `incident: ${id} first-response`, `incident: ${id} first-report`, `incident: ${id}`]);
    expect(git('status', '--porcelain')).toBe('');
    expect(await check()).toMatchObject({ code: 0 });
  });
});
