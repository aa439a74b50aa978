import { execFile, spawn } from 'node:child_process';
import path from 'node:path/posix';
import { promisify } from 'node:util';
import { ShallowCloneError, creatorOf, deletedBefore, filesAt, gitAt, isShallow, showAt } from './git.ts';
import type { RecordChange } from './record-changes.ts';

/** A path whose staged content differs from HEAD (what the next commit changes). */
export interface StagedPath {
  file: string;
  status: 'added' | 'modified' | 'deleted';
}

const STATUS: Record<string, StagedPath['status']> = { A: 'added', M: 'modified', T: 'modified', D: 'deleted' };
const idOf = (file: string) => path.basename(file).replace(/\.ya?ml$/, '');
const isRecord = (file: string) => path.basename(file) !== '.gitkeep';

const hasHead = (root: string) =>
  gitAt(root)
    .raw(['rev-parse', '--verify', '--quiet', 'HEAD'])
    .then((s) => s.trim() !== '', () => false);

/**
 * Git on the index, with the caller's environment as it is. simple-git does not pass on GIT_INDEX_FILE, which
 * git sets for a hook of `git commit -a` or `git commit <paths>` (a temporary index): without it, the hook
 * would check the ordinary index instead of what is being committed.
 */
export const indexGit = async (root: string, args: string[]) =>
  (await promisify(execFile)('git', ['-c', 'core.quotepath=false', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 })).stdout;

/** Whether `root` is inside a Git work tree (there is an index to read). */
export const isWorkTree = (root: string) =>
  indexGit(root, ['rev-parse', '--is-inside-work-tree']).then((s) => s.trim() === 'true', () => false);

/**
 * The paths the index changes against HEAD (`git diff --cached`), every path before the first commit.
 * Reads names only: no file content.
 */
export async function stagedPaths(root: string): Promise<StagedPath[]> {
  const out = (await hasHead(root))
    ? await indexGit(root, ['diff', '--cached', '--name-status', '--no-renames', '-z', 'HEAD'])
    : (await indexGit(root, ['ls-files', '-z'])).split('\0').filter((f) => f !== '').map((f) => `A\0${f}`).join('\0');
  const fields = out.split('\0').filter((f) => f !== '');
  const paths: StagedPath[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = STATUS[fields[i] ?? ''];
    if (status !== undefined) paths.push({ file: fields[i + 1] ?? '', status });
  }
  return paths;
}

/** The files under `dir` in the index (what the next commit will hold), repo-relative and sorted; names only. */
export async function indexFiles(root: string, dir: string): Promise<string[]> {
  const out = await indexGit(root, ['ls-files', '-z', '--', dir]);
  return out.split('\0').filter((f) => f !== '').sort();
}

/**
 * Writes the staged content of `files` (repo-relative) under the folder `into`, at the same relative
 * paths (`git checkout-index --prefix`): the index as files that the ordinary readers can read, without
 * touching the working tree.
 */
export async function checkoutStaged(root: string, files: readonly string[], into: string): Promise<void> {
  if (files.length === 0) return;
  const prefix = into.endsWith('/') ? into : `${into}/`;
  // Paths go through stdin, NUL-separated: no command-line length limit, no quoting.
  await new Promise<void>((resolve, reject) => {
    const child = spawn('git', ['checkout-index', '--force', `--prefix=${prefix}`, '-z', '--stdin'], { cwd: root, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git checkout-index: ${stderr.trim()}`))));
    child.stdin.end(`${files.join('\0')}\0`);
  });
}

/**
 * The staged record changes against HEAD, as `recordChanges` gives them for the working tree: added,
 * modified and deleted files under `dir`, with their text at HEAD and the commit that created them.
 * Only the changed files are read. Throws ShallowCloneError in a shallow clone.
 */
export async function stagedRecordChanges(root: string, staged: readonly StagedPath[], dir = 'records'): Promise<RecordChange[]> {
  const mine = staged.filter((s) => s.file.startsWith(`${dir}/`) && isRecord(s.file));
  if (mine.length === 0 || !(await hasHead(root))) return mine.filter((s) => s.status === 'added').map((s) => ({ file: s.file, status: 'added' }));
  const git = gitAt(root);
  if (await isShallow(git)) throw new ShallowCloneError('HEAD');
  const changes: RecordChange[] = [];
  let earlier: Map<string, string> | undefined;
  for (const { file, status } of mine) {
    if (status !== 'added') {
      changes.push({ file, status, before: await showAt(git, 'HEAD', file), createdIn: await creatorOf(git, 'HEAD', file) });
      continue;
    }
    // The ids used before, from the names at HEAD and in the history of deletions: read only when a record is added.
    if (earlier === undefined) {
      const [atHead, deleted] = await Promise.all([filesAt(git, 'HEAD', dir), deletedBefore(git, 'HEAD', dir)]);
      earlier = new Map([...deleted, ...atHead].filter(isRecord).map((f) => [idOf(f), f]));
    }
    const previous = earlier.get(idOf(file));
    changes.push({ file, status, ...(previous === undefined ? {} : { reusedFrom: await creatorOf(git, 'HEAD', previous) }) });
  }
  return changes;
}
