import { gitAt, isShallow, resolveCommit, showAt, ShallowCloneError } from './git.ts';

/**
 * The text of settings files at `base` (undefined for a file the base does not have). Throws
 * UnknownBaseError for a base that names no commit and ShallowCloneError in a shallow clone.
 */
export async function settingsAt(root: string, base: string, files: readonly string[]): Promise<Map<string, string | undefined>> {
  const git = gitAt(root);
  if (await isShallow(git)) throw new ShallowCloneError(base);
  const commit = await resolveCommit(git, base);
  const texts = await Promise.all(files.map((file) => showAt(git, commit, file).catch(() => undefined)));
  return new Map(files.map((file, i) => [file, texts[i]]));
}
