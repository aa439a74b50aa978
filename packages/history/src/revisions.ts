import { gitAt } from './git.ts';

/** One commit that changed a file: the rows of a runbook's revision history (改訂履歴). */
export interface Revision {
  /** The author date, ISO 8601 with the author's offset (2026-11-02T10:00:00+09:00). */
  date: string;
  /** The author's git user.name. */
  author: string;
  /** The first line of the commit message. */
  subject: string;
  /** The full commit hash. */
  commit: string;
}

/** HEAD's commit: what a build is a build of. */
export interface HeadCommit {
  commit: string;
  /** The committer date of HEAD, ISO 8601: the same commit always gives the same date. */
  date: string;
}

const RS = '\x1e';
const US = '\x1f';

/** The top folders of repo-relative paths (runbooks/a/b.md → runbooks), the pathspecs of one git log. */
const topFolders = (files: readonly string[]) => [...new Set(files.map((f) => f.split('/')[0] ?? f))].sort();

/**
 * The commits that changed each of `files` (repo-relative), newest first, from ONE `git log
 * --name-only` over their top folders (a call per file costs a process each). Files without a
 * commit, and every file outside a git repository or in one without commits, get an empty list.
 * Renames are not followed: a moved runbook's history starts at the move.
 */
export async function revisionHistory(root: string, files: readonly string[]): Promise<Map<string, Revision[]>> {
  const history = new Map<string, Revision[]>(files.map((f) => [f, []]));
  if (files.length === 0 || (await headCommit(root)) === undefined) return history;
  const out = await gitAt(root).raw([
    'log', '--no-renames', '--name-only', `--format=${RS}%H${US}%aI${US}%an${US}%s`, 'HEAD', '--', ...topFolders(files),
  ]);
  for (const block of out.split(RS)) {
    const [header = '', ...names] = block.split('\n');
    const [commit = '', date = '', author = '', subject = ''] = header.split(US);
    if (commit === '') continue;
    for (const name of names) history.get(name)?.push({ date, author, subject, commit });
  }
  return history;
}

/** HEAD's hash and committer date, or undefined outside a git repository or before the first commit. */
export async function headCommit(root: string): Promise<HeadCommit | undefined> {
  const out = await gitAt(root)
    .raw(['log', '-1', `--format=%H${US}%cI`, 'HEAD'])
    .then((s) => s.trim(), () => '');
  const [commit = '', date = ''] = out.split(US);
  return commit === '' ? undefined : { commit, date };
}
