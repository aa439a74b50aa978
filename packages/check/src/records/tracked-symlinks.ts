import { createProblem, type Problem } from '@unyo/problems';

/** A path under records/ that Git holds as a symbolic link (see trackedSymlinks in @unyo/history). */
export interface TrackedSymlinkEntry {
  path: string;
  in: 'index' | 'HEAD';
}

/**
 * The evidence tree is real folders and files in Git too: a link (mode 120000) named `records`, or
 * under it, is a problem even where the working tree holds a real file (a fresh clone would not).
 */
export const checkTrackedSymlinks = (entries: readonly TrackedSymlinkEntry[]): Problem[] =>
  entries.map((entry) => createProblem('git-symlink', { file: entry.path, line: 1, column: 1 }, { path: entry.path }));
