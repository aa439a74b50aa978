import path from 'node:path/posix';
import { ShallowCloneError, changedSince, commitsSince, creatorOf, deletedBefore, filesAt, gitAt, isShallow, resolveCommit, showAt } from './git.ts';

/** A record file that differs from the base. */
export interface RecordChange {
  file: string;
  status: 'added' | 'modified' | 'deleted';
  /** The text at the base, for a modified or deleted file. */
  before?: string;
  /** The commit that created the file, as "hash date author" (for modified and deleted files). */
  createdIn?: string;
  /** For an added file whose id was used before the base: the commit that created the earlier one. */
  reusedFrom?: string;
  /** For a modified file: its text at each commit after the base up to HEAD that changed it, oldest first. */
  versions?: string[];
}

const idOf = (file: string) => path.basename(file).replace(/\.ya?ml$/, '');

/**
 * Compares the records in the working tree (`files`, as read from disk) with those at `base`:
 * added, modified and deleted files, with their text at the base and the commit that created them.
 * One git call per kind of question, plus a few per changed file. Throws UnknownBaseError for a base
 * that names no commit and ShallowCloneError in a shallow clone, where the answers would be wrong.
 */
export async function recordChanges(root: string, base: string, files: readonly string[], dir = 'records'): Promise<{ commit: string; changes: RecordChange[] }> {
  const git = gitAt(root);
  if (await isShallow(git)) throw new ShallowCloneError(base);
  const commit = await resolveCommit(git, base);
  // A .gitkeep holds an empty folder; it is not a record (readRecords skips it too).
  const isRecord = (file: string) => path.basename(file) !== '.gitkeep';
  const [baseFiles, changed, deleted] = (
    await Promise.all([filesAt(git, commit, dir), changedSince(git, commit, dir), deletedBefore(git, commit, dir)])
  ).map((files) => files.filter(isRecord)) as [string[], string[], string[]];
  const now = new Set(files);
  const then = new Set(baseFiles);
  const changes: RecordChange[] = [];
  for (const file of baseFiles) {
    if (!now.has(file)) changes.push({ file, status: 'deleted', before: await showAt(git, commit, file), createdIn: await creatorOf(git, commit, file) });
    else if (changed.includes(file)) {
      const since = await commitsSince(git, commit, file);
      const versions = await Promise.all(since.map((c) => showAt(git, c, file).catch(() => '')));
      changes.push({
        file,
        status: 'modified',
        before: await showAt(git, commit, file),
        createdIn: await creatorOf(git, commit, file),
        ...(versions.length === 0 ? {} : { versions }),
      });
    }
  }
  const earlier = new Map<string, string>();
  for (const file of [...deleted, ...baseFiles]) earlier.set(idOf(file), file);
  for (const file of files) {
    if (then.has(file)) continue;
    const previous = earlier.get(idOf(file));
    changes.push({ file, status: 'added', ...(previous === undefined ? {} : { reusedFrom: await creatorOf(git, commit, previous) }) });
  }
  return { commit, changes };
}
