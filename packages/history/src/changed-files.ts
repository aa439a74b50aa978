import { changedSince, gitAt, isShallow, resolveCommit, showAt, ShallowCloneError } from './git.ts';

/**
 * The files under `dir` that differ between `base` and the working tree, each with its text at the
 * base (undefined for a file the base did not have). Throws UnknownBaseError and ShallowCloneError.
 */
export async function filesChangedSince(root: string, base: string, dir: string): Promise<{ file: string; before: string | undefined }[]> {
  const git = gitAt(root);
  if (await isShallow(git)) throw new ShallowCloneError(base);
  const commit = await resolveCommit(git, base);
  const files = await changedSince(git, commit, dir);
  return Promise.all(files.map(async (file) => ({ file, before: await showAt(git, commit, file).catch(() => undefined) })));
}
