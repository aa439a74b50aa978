import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { instant } from '@unyo/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from './main.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const INC = 'records/incident/2026/11/INC-2026-0001.yaml';
let root: string;
let now = instant('2026-11-28T09:05:00+09:00');

const run = async (argv: string[], answers?: string[]) => {
  let stdout = '';
  let stderr = '';
  const io = {
    cwd: root,
    now: () => now,
    stdout: (t: string) => (stdout += t),
    stderr: (t: string) => (stderr += t),
    ...(answers ? { ask: async () => answers.shift() ?? '' } : {}),
  };
  return { code: await main(argv, io), stdout, stderr };
};
const at = (t: string) => (now = instant(`2026-11-28T${t}:00+09:00`));
const incident = async () => parse(await readFile(path.join(root, INC), 'utf8'));

beforeEach(async () => {
  now = instant('2026-11-28T09:05:00+09:00');
  root = await mkdtemp(path.join(tmpdir(), 'unyo-event-'));
  await cp(path.join(REPO, 'runbooks'), path.join(root, 'runbooks'), { recursive: true });
  await mkdir(path.join(root, 'settings'));
  await writeFile(path.join(root, 'settings/sites.yaml'), 'sites:\n  - { id: aoba, name: 青葉図書館, type: branch, terminals: 12 }\n');
  await writeFile(path.join(root, 'settings/people.yaml'), 'people:\n  - { id: op-sato, name: 佐藤 花子, role: operator, git: [hanako.sato@example.jp] }\n');
  await writeFile(path.join(root, 'settings/devices.yaml'), 'devices: []\nbackupJobs: []\n');
  const created = await run(['new', 'incident', '--by', 'op-sato', '--title', 'レシートプリンタ印字不良', '--site', 'aoba', '--category', 'hardware', '--severity', 'S3', '--description', 'カウンター2番のレシートが印字されない。']);
  expect(created.code).toBe(0);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('unyo event', () => {
  it('walks an incident from receipt to closure, in Japanese or English names, and only adds lines', async () => {
    const before = await readFile(path.join(root, INC), 'utf8');
    at('09:12');
    expect(await run(['event', 'INC-2026-0001', '第一報', '--by', 'op-sato', '--note', '青葉図書館へ電話で第一報'])).toMatchObject({ code: 0, stdout: expect.stringContaining('第一報（first-report）') });
    at('09:20');
    expect((await run(['event', 'INC-2026-0001', 'response-started', '--by', 'op-sato', '--note', 'ロール紙の交換を案内'])).code).toBe(0);
    at('09:40');
    expect((await run(['event', 'INC-2026-0001', '一時中断', '--by', 'op-sato', '--waiting-on', 'library', '--note', '館でロール紙を交換して試す'])).code).toBe(0);
    at('10:10');
    expect((await run(['event', 'INC-2026-0001', '再開', '--by', 'op-sato'])).code).toBe(0);
    at('10:15');
    expect((await run(['event', 'INC-2026-0001', 'restored', '--by', 'op-sato', '--note', '印字を確認'])).code).toBe(0);
    at('10:30');
    expect((await run(['event', 'INC-2026-0001', 'クローズ', '--by', 'op-sato'])).code).toBe(0);
    const record = await incident();
    expect(record.timeline.map((e: { type: string }) => e.type)).toEqual(['received', 'first-report', 'first-response', 'restored', 'closed']);
    expect(record.pauses).toEqual([{ from: '2026-11-28T09:40:00+09:00', waitingOn: 'library', reason: '館でロール紙を交換して試す', to: '2026-11-28T10:10:00+09:00' }]);
    const after = await readFile(path.join(root, INC), 'utf8');
    expect(after.startsWith(before.slice(0, before.indexOf('timeline:')))).toBe(true);
    expect(await run(['check', '--now', '2026-11-28T11:00+09:00'])).toMatchObject({ code: 0 });
    // Closed is closed.
    expect(await run(['event', 'INC-2026-0001', 'note', '--by', 'op-sato', '--note', 'x'])).toMatchObject({ code: 1, stderr: expect.stringContaining('クローズ済みです') });
  });

  it('refuses to close an incident whose first report was never recorded, and leaves the file as it was', async () => {
    const before = await readFile(path.join(root, INC), 'utf8');
    const result = await run(['event', 'INC-2026-0001', 'closed', '--by', 'op-sato']);
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('図書館への第一報（first-report）が記録されていないため、クローズできません。') });
    expect(await readFile(path.join(root, INC), 'utf8')).toBe(before);
  });

  it.each([
    [['event', 'INC-2026-0001', '爆発', '--by', 'op-sato'], '「爆発」は INC-2026-0001 に記録できる事象ではありません。'],
    [['event', 'INC-2026-0001', 'paused', '--by', 'op-sato', '--note', '待ち'], '--waiting-on library'],
    [['event', 'INC-2026-0001', 'restored', '--by', 'op-sato', '--at', '2026-11-28T08:00+09:00'], 'より前です。'],
    [['event', 'INC-2026-0099', 'restored', '--by', 'op-sato'], '記録 INC-2026-0099 が見つかりません。'],
  ])('%j is refused with what to do', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(message);
  });

  it('answers and closes an inquiry', async () => {
    expect((await run(['new', 'inquiry', '--by', 'op-sato', '--site', 'aoba', '--requester', '青葉図書館 奉仕係', '--question', '予約の取消方法'])).code).toBe(0);
    at('09:30');
    expect((await run(['event', 'INQ-2026-0001', '回答', '--by', 'op-sato', '--note', '業務メニューの予約取消から行えます'])).code).toBe(0);
    expect((await run(['event', 'INQ-2026-0001', 'closed', '--by', 'op-sato'])).code).toBe(0);
    const record = parse(await readFile(path.join(root, 'records/inquiry/2026/11/INQ-2026-0001.yaml'), 'utf8'));
    expect(record.answer).toEqual({ by: 'op-sato', at: '2026-11-28T09:30:00+09:00', text: '業務メニューの予約取消から行えます' });
    expect(record.closedAt).toBe('2026-11-28T09:30:00+09:00');
  });

  it('in a terminal without arguments offers the open records and records the next event with Enter, and commits it', async () => {
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['config', 'user.email', 'hanako.sato@example.jp'], { cwd: root });
    execFileSync('git', ['config', 'user.name', 'Sato'], { cwd: root });
    at('09:15');
    const result = await run(['event', '--commit'], ['1', '', '青葉図書館へ電話']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(' 1. INC-2026-0001  レシートプリンタ印字不良  次の事象: 第一報（first-report）');
    expect((await incident()).timeline.at(-1)).toEqual({ at: '2026-11-28T09:15:00+09:00', type: 'first-report', by: 'op-sato', note: '青葉図書館へ電話' });
    expect(execFileSync('git', ['log', '-1', '--format=%s'], { cwd: root, encoding: 'utf8' }).trim()).toBe('incident: INC-2026-0001 first-report');
  });
});
