import { link, mkdir, realpath, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './io.ts';

/** Folders of the repository whose files are its data, its code or Git's: nothing unyo produces is written there. */
export const PROTECTED_DIRS = ['runbooks', 'records', 'settings', 'packages', 'templates', 'schemas', 'requirements', '.git', '.github', 'node_modules'];

/** The real path of `abs`, resolving symbolic links in the part of it that exists. */
async function realPathOf(abs: string): Promise<string> {
  const rest: string[] = [];
  for (let dir = abs; ; dir = path.dirname(dir)) {
    const real = await realpath(dir).catch(() => undefined);
    if (real !== undefined) return path.join(real, ...rest.reverse());
    if (path.dirname(dir) === dir) return abs;
    rest.push(path.basename(dir));
  }
}

/**
 * Where an output named by the user goes (relative to the working folder): the one guard of every
 * command that writes. Refused under the repo's data, code or Git folders (PROTECTED_DIRS), also
 * through a symbolic link or another letter case; a folder may not be the repo itself or hold it.
 */
export async function outputPath(root: string, cwd: string, out: string, kind: 'file' | 'folder' = 'file'): Promise<string> {
  if (out === '') throw new UsageError(`--out に${kind === 'file' ? 'ファイル' : 'フォルダー'}名を指定してください。`);
  const abs = path.resolve(cwd, out);
  const pairs: [string, string][] = [
    [root, abs],
    [await realPathOf(root), await realPathOf(abs)],
  ];
  for (const [base, target] of pairs) {
    const rel = path.relative(base, target);
    if (kind === 'folder' && (rel === '' || rel.split(path.sep).every((part) => part === '..'))) {
      throw new UsageError(`--out ${out} はリポジトリそのもの、またはその親フォルダーです。site/ など専用のフォルダーを指定してください。`);
    }
    const first = rel.split(path.sep)[0]?.toLowerCase() ?? '';
    if (!path.isAbsolute(rel) && PROTECTED_DIRS.includes(first)) {
      throw new UsageError(`--out ${out} は ${first}/ の中です。${first}/ はリポジトリのデータかコードのフォルダーです（書き込みません）。リポジトリの外か、専用のフォルダー（例: --out deliverables/、site/）を指定してください。`);
    }
  }
  if (kind === 'file' && (await stat(abs).catch(() => undefined))?.isDirectory()) {
    throw new UsageError(`--out ${out} はフォルダーです。ファイル名を指定してください（例: --out ${path.join(out, 'report.pdf')}）。`);
  }
  return abs;
}

/**
 * Writes a new file whole or not at all, never replacing one: the bytes go to a temporary file (in
 * `tempDir`, default beside the target; same file system), which is then hard-linked into place — the
 * link fails if the name exists, even if it appeared a moment ago — and removed. A process killed
 * half-way leaves at most the temporary file, never an empty or partial target.
 */
export async function writeNewFile(file: string, bytes: string | Uint8Array, shown: string, options: { tempDir?: string } = {}): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const exists = () => new UsageError(`${shown} はすでにあります。上書きしません。別の名前を指定するか、そのファイルを移してから再実行してください。`);
  if (await stat(file).then(() => true, () => false)) throw exists();
  const temp = path.join(options.tempDir ?? path.dirname(file), `.unyo-${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await link(temp, file).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EEXIST' ? exists() : error;
    });
  } finally {
    await rm(temp, { force: true });
  }
}

/** How a path is shown to the user: relative to the working folder when it is inside it. */
export const shownPath = (cwd: string, file: string): string => {
  const rel = path.relative(cwd, file);
  return rel === '' || rel.split(path.sep)[0] === '..' || path.isAbsolute(rel) ? file : rel;
};
