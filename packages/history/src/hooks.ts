import path from 'node:path';
import { gitAt } from './git.ts';

/**
 * The absolute path of a Git hook (`pre-commit`) of the repo at `root`, where Git looks for it: `.git/hooks`,
 * the main repository's hooks for a worktree, or `core.hooksPath` when it is set. Undefined outside a repository.
 */
export async function hookPath(root: string, name: string): Promise<string | undefined> {
  const out = await gitAt(root)
    .raw(['rev-parse', '--git-path', `hooks/${name}`])
    .then((s) => s.trim(), () => '');
  return out === '' ? undefined : path.resolve(root, out);
}
