import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HOOK_SCRIPT } from './commands/hooks.ts';
import { main } from './main.ts';

/**
 * `unyo check --staged` and `unyo hooks` against a real git repository: runbooks, settings and two
 * incidents committed as `start` (INC-2026-0001 closed, INC-2026-0002 open). Each test starts from there
 * and stages (or only writes) its own changes; --staged must see the index and nothing else.
 */

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const NOW = '2026-11-30T00:00+09:00';
const CLOSED = 'records/incident/2026/11/INC-2026-0001.yaml';
const OPEN = 'records/incident/2026/11/INC-2026-0002.yaml';
const NEW = 'records/incident/2026/11/INC-2026-0003.yaml';

/** An incident received at 10:00 on `day` by `by`, closed at 15:00 when `closed`. */
function incident(id: string, { day = '2026-11-02', severity = 'S3', by = 'op-sato', closed = false } = {}) {
  const event = (at: string, type: string, note: string) => `  - at: ${at}\n    type: ${type}\n    by: ${by}\n    note: ${note}\n`;
  return (
    `id: ${id}\nkind: incident\nitems: [52]\nat: ${day}T10:00:00+09:00\nby: ${by}\ntitle: OPAC 端末が起動しない\n` +
    `source:\n  type: site\n  site: central\ncategory: hardware\nseverity: ${severity}\nsites: [central]\n` +
    `description: 中央図書館の OPAC 端末1台が起動しない。\ntimeline:\n` +
    event(`${day}T10:00:00+09:00`, 'received', '電話で受付。') +
    (closed ? event(`${day}T15:00:00+09:00`, 'closed', '館の了承を得てクローズ。') : '')
  );
}

let dir: string;
const env = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_'))),
  GIT_CONFIG_GLOBAL: devNull,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_DATE: '2026-11-20T18:00:00+09:00',
  GIT_COMMITTER_DATE: '2026-11-20T18:00:00+09:00',
});
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: env(), encoding: 'utf8' }).trim();
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const stage = (file: string, text: string) => {
  write(file, text);
  git('add', '--', file);
};

const run = async (...argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await main([...argv, '--root', dir], { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

/** `unyo check --staged --json`: the exit code and the problems as "code file". */
const checkStaged = async () => {
  const { code, stdout, stderr } = await run('check', '--staged', '--now', NOW, '--json');
  const parsed = stdout === '' ? { problems: [], checked: undefined } : (JSON.parse(stdout) as { problems: { code: string; file: string }[]; checked: unknown });
  return { code, stderr, checked: parsed.checked, problems: parsed.problems.map((p) => `${p.code} ${p.file}`) };
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'unyo-staged-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', '佐藤 美咲');
  git('config', 'user.email', 'misaki.sato@example.jp');
  cpSync(path.join(REPO, 'runbooks'), path.join(dir, 'runbooks'), { recursive: true });
  write('settings/sites.yaml', 'sites:\n  - id: central\n    name: 中央図書館\n    type: central\n');
  write('settings/people.yaml', 'people:\n  - id: op-sato\n    name: 佐藤 美咲\n    role: operator\n  - id: op-ito\n    name: 伊藤 蓮\n    role: operator\n');
  write('settings/devices.yaml', 'devices: []\nbackupJobs: []\n');
  write(CLOSED, incident('INC-2026-0001', { closed: true }));
  write(OPEN, incident('INC-2026-0002'));
  // The hook runs the repo's own unyo through npx, as after `npm ci`: node_modules/.bin/unyo, not committed.
  write('.gitignore', 'node_modules/\n');
  mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(path.join(REPO, 'packages', 'cli', 'bin', 'unyo.js'), path.join(dir, 'node_modules', '.bin', 'unyo'));
  git('add', '-A');
  git('commit', '-q', '-m', 'start');
  git('tag', 'start');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  git('checkout', '-q', '-f', '-B', 'case', 'start');
  git('clean', '-q', '-f', '-d', '-e', 'node_modules');
  rmSync(path.join(dir, '.git', 'hooks', 'pre-commit'), { force: true });
});

describe('unyo check --staged', () => {
  it('exits 0 with nothing staged, counting what the next commit holds', async () => {
    expect(await checkStaged()).toEqual({ code: 0, stderr: '', checked: { runbooks: 101, records: 2 }, problems: [] });
  });

  it('does not report a bad edit that is not staged, and reports it once staged', async () => {
    write(NEW, incident('INC-2026-0003', { severity: 'S9' }));
    write(CLOSED, incident('INC-2026-0001', { closed: true, severity: 'S1' }));
    expect(await checkStaged()).toMatchObject({ code: 0, problems: [] });
    git('add', '--', NEW, CLOSED);
    expect(await checkStaged()).toMatchObject({ code: 1, problems: [`closed-record-changed ${CLOSED}`, `schema-invalid ${NEW}`] });
  });

  it('checks the staged content, not the file on disk', async () => {
    stage(NEW, incident('INC-2026-0003', { severity: 'S9' }));
    write(NEW, incident('INC-2026-0003'));
    expect((await checkStaged()).problems).toEqual([`schema-invalid ${NEW}`]);
    stage(NEW, incident('INC-2026-0003'));
    write(NEW, incident('INC-2026-0003', { severity: 'S9' }));
    expect(await checkStaged()).toMatchObject({ code: 0, checked: { runbooks: 101, records: 3 }, problems: [] });
  });

  it.each<[string, () => void, string[]]>([
    ['a new record naming an unknown person', () => stage(NEW, incident('INC-2026-0003', { by: 'op-kato' })), ['ref-unknown', 'ref-unknown'].map((c) => `${c} ${NEW}`)],
    [
      'a new record under an id that an unstaged-for-parsing record already has',
      () => stage('records/incident/2026/10/INC-2026-0001.yaml', incident('INC-2026-0001', { day: '2026-10-01' })),
      ['record-id-duplicate records/incident/2026/10/INC-2026-0001.yaml', 'record-id-reused records/incident/2026/10/INC-2026-0001.yaml'],
    ],
    ['a staged deletion', () => git('rm', '-q', '--', CLOSED), [`record-deleted ${CLOSED}`]],
    ["an open incident's severity changed silently", () => stage(OPEN, incident('INC-2026-0002', { severity: 'S1' })), [`sla-field-changed ${OPEN}`]],
    ['an event appended to an open incident', () => stage(OPEN, incident('INC-2026-0002', { closed: true })), []],
    [
      'a person removed from the staged settings while committed records name them (the whole index is checked)',
      () => stage('settings/people.yaml', 'people:\n  - id: op-ito\n    name: 伊藤 蓮\n    role: operator\n'),
      expect.arrayContaining([`ref-unknown ${CLOSED}`, `ref-unknown ${OPEN}`]) as unknown as string[],
    ],
  ])('%s', async (_, change, expected) => {
    change();
    const found = await checkStaged();
    expect(found.problems.sort()).toEqual(Array.isArray(expected) ? [...expected].sort() : expected);
    expect(found.code).toBe(expected.length === 0 ? 0 : 1);
  });

  it('is a usage error outside a Git repository', async () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'unyo-no-git-'));
    try {
      cpSync(path.join(dir, 'runbooks'), path.join(bare, 'runbooks'), { recursive: true });
      let stderr = '';
      const code = await main(['check', '--staged', '--root', bare], { cwd: bare, stdout: () => {}, stderr: (t) => (stderr += t) });
      expect({ code, stderr }).toEqual({ code: 2, stderr: expect.stringContaining('Git のリポジトリではないため') });
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('cannot be combined with --base', async () => {
    expect(await run('check', '--staged', '--base', 'HEAD')).toMatchObject({ code: 2, stderr: expect.stringContaining('--staged と --base は同時に使えません') });
  });
});

describe('unyo hooks', () => {
  const hook = () => path.join(dir, '.git', 'hooks', 'pre-commit');
  /** `git commit` with the hook in place: its exit code and output, and whether HEAD moved. */
  const commit = (message: string, ...args: string[]) => {
    const before = git('rev-parse', 'HEAD');
    const result = spawnSync('git', ['commit', '-q', ...args, '-m', message], { cwd: dir, env: env(), encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}`, moved: git('rev-parse', 'HEAD') !== before };
  };

  it('installs a pre-commit hook that stops a bad record and lets a good one through', async () => {
    expect(await run('hooks', 'install')).toEqual({ code: 0, stderr: '', stdout: expect.stringContaining('.git/hooks/pre-commit を作成しました') });
    expect(readFileSync(hook(), 'utf8')).toBe(HOOK_SCRIPT);
    expect(statSync(hook()).mode & 0o111).toBe(0o111);
    stage(NEW, incident('INC-2026-0003', { severity: 'S9' }));
    const refused = commit('INC-2026-0003 を登録');
    expect(refused).toMatchObject({ moved: false, output: expect.stringContaining(`${NEW}:11:11  schema-invalid`) });
    expect(refused.status).not.toBe(0);
    stage(NEW, incident('INC-2026-0003'));
    // `git commit -a` stages tracked edits into a temporary index (GIT_INDEX_FILE): the hook checks that one.
    write(OPEN, incident('INC-2026-0002', { severity: 'S9' }));
    expect(commit('INC-2026-0003 を登録', '-a')).toMatchObject({ moved: false, output: expect.stringContaining(`${OPEN}:11:11  schema-invalid`) });
    expect(commit('INC-2026-0003 を登録')).toMatchObject({ status: 0, moved: true });
    expect(await run('hooks', 'install')).toMatchObject({ code: 0, stdout: expect.stringContaining('を更新しました') });
    expect(await run('hooks', 'uninstall')).toMatchObject({ code: 0, stdout: expect.stringContaining('を削除しました') });
    expect(existsSync(hook())).toBe(false);
  });

  it('never overwrites or removes a hook it did not write', async () => {
    const foreign = '#!/bin/sh\necho lint\n';
    mkdirSync(path.dirname(hook()), { recursive: true });
    writeFileSync(hook(), foreign, { mode: 0o755 });
    expect(await run('hooks', 'install')).toMatchObject({ code: 2, stderr: expect.stringContaining('npx --no-install unyo check --staged || exit 1') });
    expect(await run('hooks', 'uninstall')).toMatchObject({ code: 2, stderr: expect.stringContaining('unyo が作ったフックではないため、削除しません') });
    expect(readFileSync(hook(), 'utf8')).toBe(foreign);
  });

  it('says so when there is nothing to uninstall, and refuses an unknown action', async () => {
    expect(await run('hooks', 'uninstall')).toMatchObject({ code: 0, stdout: expect.stringContaining('はありません') });
    expect(await run('hooks', 'enable')).toMatchObject({ code: 2, stderr: expect.stringContaining('unyo hooks install または unyo hooks uninstall') });
  });
});
