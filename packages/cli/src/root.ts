import { stat } from 'node:fs/promises';
import path from 'node:path';
import { openWorkspace, type Workspace } from '@unyo/workspace';
import { UsageError } from './io.ts';

const isDir = (p: string) => stat(p).then((s) => s.isDirectory(), () => false);

/**
 * The repo root: `explicit` when given, else the nearest folder from `cwd` upwards that holds a
 * `runbooks/` folder.
 */
export async function findRoot(cwd: string, explicit?: string): Promise<string> {
  if (explicit !== undefined) {
    const root = path.resolve(cwd, explicit);
    if (!(await isDir(path.join(root, 'runbooks')))) {
      throw new UsageError(`--root ${explicit} に runbooks/ フォルダーがありません。unyo のリポジトリのルートを指定してください。`);
    }
    return root;
  }
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (await isDir(path.join(dir, 'runbooks'))) return dir;
    if (path.dirname(dir) === dir) {
      throw new UsageError('runbooks/ フォルダーが見つかりません。unyo のリポジトリの中で実行するか、--root で指定してください。');
    }
  }
}

/** The workspace of the repo a command runs in (see findRoot): nothing is read until asked for. */
export async function openRepo(cwd: string, explicit?: string): Promise<Workspace> {
  return openWorkspace(await findRoot(cwd, explicit));
}
