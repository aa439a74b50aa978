import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from './commands/build.ts';
import { UsageError } from './io.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
let tmp: string;

const build = async (args: string[], cwd = REPO) => {
  let stdout = '';
  let stderr = '';
  const code = await runBuild(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

/** Every file under a folder, relative and sorted. */
const filesOf = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'unyo-build-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('unyo build on the repository', () => {
  it('builds byte-identical sites from the same commit', async () => {
    const [a, b] = [path.join(tmp, 'a'), path.join(tmp, 'b')];
    const first = await build(['--out', a]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/にサイトを生成しました: \d+ ファイル（HTML \d+ ページ: 手順書 101、記録 \d+）、書き込み \d+、変更なし 0、削除 0、[\d.]+ 秒/);
    await build(['--out', b]);
    const files = await filesOf(a);
    expect(await filesOf(b)).toEqual(files);
    expect(files).toContain('runbooks/52.html');
    for (const file of files) expect((await readFile(path.join(b, file))).equals(await readFile(path.join(a, file))), file).toBe(true);
    // The footer names the commit and its date, never the clock.
    expect(await readFile(path.join(a, 'index.html'), 'utf8')).toMatch(/時点のリポジトリから生成（コミット <code>[0-9a-f]{7}<\/code>）/);
  }, 60_000);
});

describe('unyo build on a copy outside git', () => {
  let root: string;
  beforeAll(async () => {
    root = path.join(tmp, 'repo');
    for (const dir of ['runbooks', 'settings', 'records/incident', 'records/problem', 'records/change']) await cp(path.join(REPO, dir), path.join(root, dir), { recursive: true });
  });

  it('says that its date is a stand-in, skips unchanged files, and deletes only what it wrote before', async () => {
    const out = path.join(root, 'site');
    const first = await build(['--root', root, '--wareki'], tmp);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Git の外で生成したため');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toContain('Git の外で生成したため');
    expect(await readFile(path.join(out, 'records/INC-2026-0105.html'), 'utf8')).toContain('令和8年11月10日 08:33');

    const before = (await stat(path.join(out, 'site.css'))).mtimeMs;
    await writeFile(path.join(out, 'mine.txt'), 'not written by unyo');
    await rm(path.join(root, 'records/incident/2026/11/INC-2026-0110.yaml'));
    const second = await build(['--root', root, '--wareki'], tmp);
    expect(second.stdout).toMatch(/削除 1、/);
    expect(second.stdout).toMatch(/変更なし [1-9]\d*、/);
    expect((await stat(path.join(out, 'site.css'))).mtimeMs).toBe(before);
    await expect(stat(path.join(out, 'records/INC-2026-0110.html'))).rejects.toThrow();
    expect(await readFile(path.join(out, 'mine.txt'), 'utf8')).toBe('not written by unyo');
  }, 60_000);

  it.each([
    [['--out', 'runbooks'], 'runbooks/ の中です'],
    [['--out', 'records/site'], 'records/ の中です'],
    [['--out', 'settings'], 'settings/ の中です'],
    [['--out', 'templates/site'], 'templates/ の中です'],
    [['--out', 'packages/x'], 'packages/ の中です'],
    [['--out', '.'], 'リポジトリ'],
    [['--out', '..'], 'リポジトリ'],
    [['--out', 'runbooks/operations/failure/052-incident-intake.md'], 'runbooks/ の中です'],
  ])('refuses %j', async (args, message) => {
    const files = await filesOf(path.join(root, 'runbooks'));
    await expect(build([...args, '--root', root], root)).rejects.toThrow(UsageError);
    await expect(build([...args, '--root', root], root)).rejects.toThrow(message);
    expect(await filesOf(path.join(root, 'runbooks'))).toEqual(files);
  });

  it('refuses a folder that is not empty and that it did not build', async () => {
    const foreign = path.join(tmp, 'foreign');
    await mkdir(foreign);
    await writeFile(path.join(foreign, 'report.docx'), 'x');
    await expect(build(['--out', foreign, '--root', root], tmp)).rejects.toThrow('unyo build が作ったフォルダーではなく');
    expect(await filesOf(foreign)).toEqual(['report.docx']);
  });

  it('refuses unknown options', async () => {
    await expect(build(['--outdir', 'x', '--root', root], tmp)).rejects.toThrow(UsageError);
  });
});
