import { simpleGit, type SimpleGit } from 'simple-git';

/** The base ref does not name a commit. */
export class UnknownBaseError extends Error {
  override name = 'UnknownBaseError';
  readonly base: string;
  constructor(base: string) {
    super(`unknown git base ${base}`);
    this.base = base;
  }
}

/** The clone is shallow: deleted records, reused ids and the commits that created records cannot be seen. */
export class ShallowCloneError extends Error {
  override name = 'ShallowCloneError';
  readonly base: string;
  constructor(base: string) {
    super(`shallow clone: cannot compare with ${base}`);
    this.base = base;
  }
}

/**
 * A git client for the repo at `root`, without colour (simple-git never starts a pager). The environment is inherited as it
 * is: simple-git refuses to pass on variables such as EDITOR when they are set explicitly.
 */
export const gitAt = (root: string): SimpleGit =>
  simpleGit({ baseDir: root, config: ['core.quotepath=false', 'color.ui=false'] });

/** Resolves `base` to a commit hash, or throws UnknownBaseError. */
export async function resolveCommit(git: SimpleGit, base: string): Promise<string> {
  // `rev-parse --verify --quiet` fails silently: simple-git reports no error without stderr, so an
  // empty answer is the failure.
  const commit = await git.raw(['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).then((s) => s.trim(), () => '');
  if (commit === '') throw new UnknownBaseError(base);
  return commit;
}

/** Whether the repository is a shallow clone (`git clone --depth 1`); false outside a repository. */
export const isShallow = async (git: SimpleGit): Promise<boolean> =>
  (await git.raw(['rev-parse', '--is-shallow-repository']).then((s) => s.trim(), () => 'false')) === 'true';

const lines = (s: string) => s.split('\n').filter((l) => l !== '');

/** Files under `dir` at a commit. */
export const filesAt = async (git: SimpleGit, commit: string, dir: string) =>
  lines(await git.raw(['ls-tree', '-r', '--name-only', commit, '--', dir]));

/** Files under `dir` that differ between a commit and the working tree (staged or not). */
export const changedSince = async (git: SimpleGit, commit: string, dir: string) =>
  lines(await git.raw(['diff', '--name-only', '--no-renames', commit, '--', dir]));

/** Files under `dir` deleted at some point in the history of a commit. */
export const deletedBefore = async (git: SimpleGit, commit: string, dir: string) =>
  lines(await git.raw(['log', commit, '--diff-filter=D', '--no-renames', '--name-only', '--format=', '--', dir]));

/** The commits after `commit` up to HEAD that changed a file, oldest first. */
export const commitsSince = async (git: SimpleGit, commit: string, file: string) =>
  lines(await git.raw(['log', '--topo-order', '--reverse', '--no-renames', '--format=%H', `${commit}..HEAD`, '--', file]));

/** A file's text at a commit. */
export const showAt = (git: SimpleGit, commit: string, file: string) => git.raw(['show', `${commit}:${file}`]);

/** "abc1234 2026-11-02 佐藤 花子", the commit that first added a path, as seen from `commit`. */
export async function creatorOf(git: SimpleGit, commit: string, file: string): Promise<string> {
  const out = lines(await git.raw(['log', commit, '--diff-filter=A', '--no-renames', '--format=%h %ad %an', '--date=short', '--', file]));
  return out.at(-1) ?? '不明なコミット';
}

/** The git user.name and user.email configured for the repo (either may be missing). */
export async function gitIdentity(root: string): Promise<string[]> {
  const git = gitAt(root);
  const values = await Promise.all(['user.name', 'user.email'].map((key) => git.raw(['config', '--get', key]).then((v) => v.trim(), () => '')));
  return values.filter((v) => v !== '');
}

/**
 * Commits exactly these files (paths relative to the root) with this message, whatever else is
 * staged; returns the new commit's short hash. The author is the repository's git identity.
 */
export async function commitFiles(root: string, files: readonly string[], message: string): Promise<string> {
  const git = gitAt(root);
  await git.raw(['add', '--', ...files]);
  await git.raw(['commit', '--quiet', '--only', '-m', message, '--', ...files]);
  return (await git.raw(['rev-parse', '--short', 'HEAD'])).trim();
}
