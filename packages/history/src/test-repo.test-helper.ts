import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import path from 'node:path';

/** A git identity: the user.name and user.email of a commit's author. */
export interface Person {
  name: string;
  email: string;
}

export const SATO: Person = { name: '佐藤 美咲', email: 'misaki.sato@example.jp' };
export const ITO: Person = { name: '伊藤 蓮', email: 'ren.ito@example.jp' };

/** A real git repository in a temp folder, committed to with pinned dates so that its output is deterministic. */
export interface TestRepo {
  root: string;
  /** Runs git in the repo and returns its stdout. */
  git: (...args: string[]) => string;
  /** Writes a repo-relative file, creating its folders. */
  write: (file: string, text: string) => void;
  /** Deletes a repo-relative file from the working tree (not from the index). */
  remove: (file: string) => void;
  /** Makes a repo-relative symbolic link to `target` (written as given, relative to the link's folder). */
  symlink: (file: string, target: string) => void;
  /** Stages everything and commits it at `date` (e.g. 2026-11-02T10:00:00+09:00); returns the short hash. */
  commit: (message: string, date: string, author?: Person) => string;
  /** The files under records/ in the working tree, repo-relative and sorted, as `readRecords` lists them. */
  recordFiles: () => string[];
  /** Removes the temp folder. */
  cleanup: () => void;
}

// Neither the machine's global nor system git config may leak in (signing, hooks, a default branch),
// nor git variables of a caller such as a hook (GIT_DIR, GIT_INDEX_FILE, GIT_AUTHOR_NAME).
const baseEnv = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_'))),
  GIT_CONFIG_GLOBAL: devNull,
  GIT_CONFIG_NOSYSTEM: '1',
});

/**
 * A shallow clone (`git clone --depth <depth> file://…`) of a test repository, as CI's default
 * checkout makes one; the caller removes it with rmSync.
 */
export function shallowClone(repo: TestRepo, depth = 1): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'unyo-shallow-'));
  const clone = path.join(parent, 'clone');
  execFileSync('git', ['clone', '-q', '--depth', String(depth), `file://${repo.root}`, clone], { env: baseEnv() });
  return clone;
}

/** Creates an empty repo on branch main, with SATO as its configured user. */
export function createTestRepo(): TestRepo {
  const root = mkdtempSync(path.join(tmpdir(), 'unyo-history-'));
  const run = (args: string[], env: NodeJS.ProcessEnv = baseEnv()) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' });
  run(['init', '-q', '-b', 'main']);
  run(['config', 'user.name', SATO.name]);
  run(['config', 'user.email', SATO.email]);
  return {
    root,
    git: (...args) => run(args),
    write: (file, text) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    },
    remove: (file) => rmSync(path.join(root, file)),
    symlink: (file, target) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      symlinkSync(target, path.join(root, file));
    },
    commit: (message, date, author = SATO) => {
      run(['add', '-A']);
      const env = { ...baseEnv(), GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email };
      run(['commit', '-q', '--allow-empty', '-m', message], env);
      return run(['log', '-1', '--format=%h']).trim();
    },
    recordFiles: () =>
      readdirSync(path.join(root, 'records'), { recursive: true, withFileTypes: true })
        .filter((e) => !e.isDirectory() && e.name !== '.gitkeep')
        .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
        .sort(),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The path of a record: records/incident/<yyyy>/<mm>/<id>.yaml. */
export const incidentPath = (id: string, month = '2026/11') => `records/incident/${month}/${id}.yaml`;

/** A small incident record (valid per IncidentSchema); `severity` and `closed` vary what the tests change. */
export const incidentYaml = (id: string, { at = '2026-11-02T10:00:00+09:00', severity = 'S3', closed = false } = {}) =>
  [
    `id: ${id}`,
    'kind: incident',
    'items: [52]',
    `at: ${at}`,
    'by: op-sato',
    'title: 中央図書館の OPAC 端末が起動しない',
    'source:',
    '  type: site',
    '  site: central',
    'category: hardware',
    `severity: ${severity}`,
    'sites: [central]',
    'description: 中央図書館の OPAC 端末1台が起動しない。',
    'timeline:',
    `  - at: ${at}`,
    '    type: received',
    '    by: op-sato',
    '    note: 電話で受付。',
    ...(closed ? [`  - at: ${at.replace('T10:', 'T15:')}`, '    type: closed', '    by: op-sato', '    note: 館の了承を得てクローズ。'] : []),
    '',
  ].join('\n');
