import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from './io.ts';
import { outputPath, writeNewFile } from './output.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'unyo-output-'));
  await mkdir(path.join(root, 'records/incident/2026/11'), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('writeNewFile', () => {
  it('writes whole, leaves no temporary file, and the temporary file can sit outside the target folder', async () => {
    const file = path.join(root, 'records/incident/2026/11/INC-2026-0001.yaml');
    await writeNewFile(file, 'id: INC-2026-0001\n', 'records/…/INC-2026-0001.yaml', { tempDir: root });
    expect(await readFile(file, 'utf8')).toBe('id: INC-2026-0001\n');
    expect(await readdir(path.dirname(file))).toEqual(['INC-2026-0001.yaml']);
    expect((await readdir(root)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never replaces a file, and says so', async () => {
    const file = path.join(root, 'report.md');
    await writeFile(file, 'mine');
    await expect(writeNewFile(file, 'theirs', 'report.md')).rejects.toThrow(UsageError);
    await expect(writeNewFile(file, 'theirs', 'report.md')).rejects.toThrow('上書きしません');
    expect(await readFile(file, 'utf8')).toBe('mine');
    expect(await readdir(root)).toEqual(['records', 'report.md']);
  });
});

describe('outputPath, the one guard of every command that writes', () => {
  it.each(['records/x.md', 'RECORDS/x.md', 'settings', 'runbooks/a/b.md', '.git/x', 'packages/cli/x', 'templates/x', 'schemas/x.json'])('refuses %s', async (out) => {
    await expect(outputPath(root, root, out)).rejects.toThrow(/の中です/);
  });

  it('refuses through a symbolic link, and a folder that is the repo or holds it', async () => {
    await symlink(path.join(root, 'records'), path.join(root, 'evidence'));
    await expect(outputPath(root, root, 'evidence/site', 'folder')).rejects.toThrow('records/ の中です');
    await expect(outputPath(root, root, '.', 'folder')).rejects.toThrow('リポジトリそのもの');
    await expect(outputPath(root, path.join(root, 'records'), '../..', 'folder')).rejects.toThrow('リポジトリそのもの');
  });

  it('accepts a folder of its own inside or outside the repo', async () => {
    expect(await outputPath(root, root, 'deliverables/2026-11', 'folder')).toBe(path.join(root, 'deliverables/2026-11'));
    expect(await outputPath(root, root, '../elsewhere', 'folder')).toBe(path.join(path.dirname(root), 'elsewhere'));
  });
});
