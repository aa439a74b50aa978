import { gitAt } from './git.ts';
import { indexGit } from './staged.ts';

/** A path that Git holds as a symbolic link (mode 120000). */
export interface TrackedSymlink {
  path: string;
  /** Where Git holds it: the index (what the next commit will hold) or HEAD. */
  in: 'index' | 'HEAD';
}

const SYMLINK = '120000';

/** `<mode> <object> <stage>\t<path>` (ls-files -s) or `<mode> <type> <object>\t<path>` (ls-tree), NUL-separated. */
const symlinks = (out: string) =>
  out
    .split('\0')
    .filter((entry) => entry.startsWith(`${SYMLINK} `))
    .map((entry) => entry.slice(entry.indexOf('\t') + 1));

/**
 * The paths at or under `dir` that Git holds as symbolic links, in the index and at HEAD: the evidence
 * tree must be real folders and files in Git too, where a fresh clone would recreate the link. Nothing
 * outside a repository; only the index before the first commit.
 */
export async function trackedSymlinks(root: string, dir = 'records'): Promise<TrackedSymlink[]> {
  const git = gitAt(root);
  // The index through plain git, so that a hook of `git commit -a` (a temporary GIT_INDEX_FILE) sees what is committed.
  const index = await indexGit(root, ['ls-files', '-s', '-z', '--', dir]).catch(() => '');
  const hasHead = await git.raw(['rev-parse', '--verify', '--quiet', 'HEAD']).then((s) => s.trim() !== '', () => false);
  const head = hasHead ? await git.raw(['ls-tree', '-r', '-z', 'HEAD', '--', dir]).catch(() => '') : '';
  const found: TrackedSymlink[] = symlinks(index).map((path) => ({ path, in: 'index' }));
  for (const path of symlinks(head)) if (!found.some((f) => f.path === path)) found.push({ path, in: 'HEAD' });
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
