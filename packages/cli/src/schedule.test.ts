import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSchedule } from './commands/schedule.ts';
import { UsageError } from './io.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

const run = async (args: string[], cwd = REPO) => {
  let stdout = '';
  let stderr = '';
  const code = await runSchedule(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

const exists = (p: string) => stat(p).then(() => true, () => false);

/** A copy of the repo's runbooks and settings, to write into and to break. */
let copy: string;
beforeAll(async () => {
  copy = await mkdtemp(path.join(tmpdir(), 'unyo-schedule-'));
  await cp(path.join(REPO, 'runbooks'), path.join(copy, 'runbooks'), { recursive: true });
  await cp(path.join(REPO, 'settings'), path.join(copy, 'settings'), { recursive: true });
  await mkdir(path.join(copy, 'records'));
});
afterAll(() => rm(copy, { recursive: true, force: true }));

describe('unyo schedule', () => {
  it('prints the Markdown schedule of a month by default', async () => {
    const result = await run(['2026-12']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')[0]).toBe('# 月次運用スケジュール 2026年12月');
    expect(result.stdout).toContain('### 12月21日（月）');
    expect(result.stdout).toContain('- 休館: 全館 施設点検日');
  });

  it('writes the month in 和暦 with --wareki', async () => {
    expect((await run(['2026-12', '--wareki'])).stdout.split('\n')[0]).toBe('# 月次運用スケジュール 令和8年12月');
  });

  it('prints JSON with --format json or --json', async () => {
    const json = JSON.parse((await run(['2026-12', '--format', 'json'])).stdout);
    expect(json).toMatchObject({ month: '2026-12', site: 'central' });
    expect(json.days).toHaveLength(31);
    expect((await run(['--json', '2026-12'])).stdout).toBe((await run(['2026-12', '--format', 'json'])).stdout);
  });

  it('prints HTML and iCalendar', async () => {
    expect((await run(['2026-12', '--format', 'html'])).stdout).toMatch(/^<!doctype html>\n<html lang="ja">/);
    const ics = (await run(['2026-12', '--format', 'ics'])).stdout;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.match(/\r\nBEGIN:VEVENT\r\n/g)!.length).toBeGreaterThan(500); // parsed back with ical.js in @unyo/render-schedule
  });

  it('follows another site with --site', async () => {
    const result = await run(['2026-12', '--site', 'sakuradai', '--root', copy]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('| 8火休 |');
    expect(result.stdout).toContain('- 桜台図書館: 休館／SE 事務所: 08:45–17:15');
  });

  it('writes --out, creating the folders, with the format from the extension', async () => {
    const result = await run(['2026-12', '--out', 'out/2026/schedule-2026-12.ics'], copy);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`月次運用スケジュール 2026年12月（iCalendar）を ${path.join('out', '2026', 'schedule-2026-12.ics')} に書き出しました。\n`);
    const text = await readFile(path.join(copy, 'out/2026/schedule-2026-12.ics'), 'utf8');
    expect(text).toBe((await run(['2026-12', '--format', 'ics'], copy)).stdout);
    const html = await run(['2026-12', '--format', 'html', '--out', path.join(copy, 'print', 'dec.txt')], REPO);
    expect(html.code).toBe(0);
    expect(await readFile(path.join(copy, 'print', 'dec.txt'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it.each([
    ['runbooks/schedule.md'],
    ['records/2026-12.md'],
    ['Records/2026-12.md'],
    ['./runbooks/../records/x.json'],
    ['.git/x.md'],
  ])('refuses --out %s (the data folders) and writes nothing', async (out) => {
    await expect(run(['2026-12', '--out', out], copy)).rejects.toThrow(UsageError);
    expect(await exists(path.join(copy, out))).toBe(false);
  });

  it('refuses --out through a link into records/', async () => {
    await symlink(path.join(copy, 'records'), path.join(copy, 'link-to-records'));
    await expect(run(['2026-12', '--out', 'link-to-records/x.md'], copy)).rejects.toThrow(/records\/ の中です/);
    expect(await exists(path.join(copy, 'records', 'x.md'))).toBe(false);
  });

  it('refuses --out that is a folder', async () => {
    await expect(run(['2026-12', '--out', 'settings'], copy)).rejects.toThrow(/フォルダーです/);
  });

  it.each([
    [['2026-13'], /月「2026-13」は使えません/],
    [['2026/12'], /月「2026\/12」は使えません/],
    [['2026-1'], /月「2026-1」は使えません/],
    [[], /対象の月を指定してください/],
    [['--wareki'], /対象の月を指定してください/],
    [['2026-12', '2027-01'], /月は 1 つだけ/],
    [['2026-12', '--format', 'pdf'], /--format pdf は使えません/],
    [['2026-12', '--json', '--format', 'md'], /同時に指定できません/],
    [['2026-12', '--site', 'nowhere'], /--site nowhere は settings\/sites.yaml にありません/],
    [['2026-12', '--bogus'], /unyo schedule の引数が正しくありません/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const error = await run(args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('unyo schedule with a broken calendar or runbook', () => {
  let broken: string;
  beforeAll(async () => {
    broken = await mkdtemp(path.join(tmpdir(), 'unyo-schedule-broken-'));
    await cp(path.join(REPO, 'runbooks'), path.join(broken, 'runbooks'), { recursive: true });
    await cp(path.join(REPO, 'settings'), path.join(broken, 'settings'), { recursive: true });
  });
  afterAll(() => rm(broken, { recursive: true, force: true }));

  it('exits 1 with the problem when settings/calendar.yaml is missing', async () => {
    await rm(path.join(broken, 'settings/calendar.yaml'));
    const result = await run(['2026-12', '--root', broken]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^settings\/calendar\.yaml:1:1 {2}file-missing /);
    expect(result.stderr).toContain('settings/calendar.yaml に問題があるため、月次運用スケジュールを作成できません（問題 1 件）。');
  });

  it('exits 1 with file:line:col when settings/calendar.yaml is invalid', async () => {
    const text = await readFile(path.join(REPO, 'settings/calendar.yaml'), 'utf8');
    await writeFile(path.join(broken, 'settings/calendar.yaml'), text.replace('yearEnd: { from: "12-29"', 'yearEnd: { from: "12/29"'));
    const result = await run(['2026-12', '--root', broken, '--out', path.join(broken, 'out.md')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^settings\/calendar\.yaml:\d+:\d+ {2}\S+ {2}/);
    expect(result.stderr).toContain('12/29');
    expect(await exists(path.join(broken, 'out.md'))).toBe(false);
  });

  it('still prints the schedule but exits 1 when a runbook cannot be read', async () => {
    await cp(path.join(REPO, 'settings/calendar.yaml'), path.join(broken, 'settings/calendar.yaml'));
    await writeFile(path.join(broken, 'runbooks/operations/broken.md'), '---\nid: [\n---\n');
    const result = await run(['2026-12', '--root', broken]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('# 月次運用スケジュール 2026年12月');
    expect(result.stderr).toContain('読めない runbook があります');
  });
});
