import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from '@unyo/render-diagrams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, writeSite } from './commands/build.ts';
import { UsageError } from './io.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
/** CI installs Chromium and the builds draw the diagrams; only a local run told UNYO_E2E=0 may lack it. */
const DRAWS = !(process.env['UNYO_E2E'] === '0' && process.env['CI'] !== 'true' && !existsSync(CHROMIUM_PATH));
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
    expect(first.code).toBe(0);
    if (DRAWS) expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/にサイトを生成しました: \d+ ファイル（HTML \d+ ページ: 手順書 101、記録 \d+。図 9: ビルド時に SVG \d）、書き込み \d+、変更なし 0、削除 0、[\d.]+ 秒/);
    await build(['--out', b]);
    const files = await filesOf(a);
    expect(await filesOf(b)).toEqual(files);
    expect(files).toContain('runbooks/52.html');
    // The reports the library receives are pages of the site too, their figures' records linked.
    expect(files).toEqual(expect.arrayContaining(['reports/index.html', 'reports/monthly-2026-11.html', 'reports/sla-2026H2.html']));
    const monthly = await readFile(path.join(a, 'reports/monthly-2026-11.html'), 'utf8');
    expect(monthly).toContain('<h1 class="subject">月次報告書 2026年11月</h1>');
    expect(monthly).toContain('href="../records/INC-2026-0105.html"');
    expect(files).toContain('records/INC-2026-0105.html');
    expect(await readFile(path.join(a, 'index.html'), 'utf8')).toContain('href="reports/index.html">報告書</a>');
    // The diagrams are SVG files, drawn in the same way in both builds (mermaid's ids come from the sources).
    if (DRAWS) {
      expect(files.filter((f) => f.startsWith('diagrams/'))).toHaveLength(9);
      expect(files).not.toContain('mermaid.min.js');
      expect(await readFile(path.join(a, 'runbooks/52.html'), 'utf8')).toMatch(/<img src="\.\.\/diagrams\/diagram-[0-9a-f]{16}\.svg" width="\d+" height="\d+"/);
    }
    for (const file of files) expect((await readFile(path.join(b, file))).equals(await readFile(path.join(a, file))), file).toBe(true);
    // The footer names the commit and its date, never the clock.
    expect(await readFile(path.join(a, 'index.html'), 'utf8')).toMatch(/時点のリポジトリから生成（コミット <code>[0-9a-f]{7}<\/code>）/);
  });
});

describe('unyo build without drawing the diagrams', () => {
  it('with --no-diagrams, says so once and leaves them to the reader’s browser, with mermaid in the site', async () => {
    const out = path.join(tmp, 'later');
    const result = await build(['--out', out, '--no-diagrams']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('--no-diagrams: mermaid の図 9 件はビルド時に描かず、サイトに同梱した mermaid（mermaid.min.js）で、閲覧時にブラウザが描きます（ネットワーク不要）。\n');
    expect(result.stdout).toContain('図 9: ビルド時に SVG 0）');
    const files = await filesOf(out);
    expect(files).toEqual(expect.arrayContaining(['mermaid.min.js', 'mermaid-init.js', 'mermaid-frame.html']));
    expect(files.filter((f) => f.startsWith('diagrams/'))).toEqual([]);
    expect((await stat(path.join(out, 'mermaid.min.js'))).size).toBeGreaterThan(1_000_000);
    expect(await readFile(path.join(out, 'runbooks/52.html'), 'utf8')).toContain('<pre class="mermaid">flowchart TD');
  });

  it('without a browser, says so once (naming what is missing and how to install it) and still builds', async () => {
    const saved = process.env['UNYO_CHROMIUM'];
    process.env['UNYO_CHROMIUM'] = '/nonexistent/chromium';
    try {
      const result = await build(['--out', path.join(tmp, 'browserless')]);
      expect(result.code).toBe(0);
      expect(result.stderr.split('\n').filter(Boolean)).toEqual([
        '図を描くブラウザがありません（/nonexistent/chromium がありません）。mermaid の図 9 件はサイトに同梱した mermaid（mermaid.min.js）で、閲覧時にブラウザが描きます（ネットワーク不要）。' +
          'ビルド時に SVG にするには Chromium と日本語フォントを入れてください: apt-get install chromium fonts-noto-cjk',
      ]);
    } finally {
      if (saved === undefined) delete process.env['UNYO_CHROMIUM'];
      else process.env['UNYO_CHROMIUM'] = saved;
    }
  });
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
  });

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

  it('a build that fails half-way leaves the previous site as it was, and no folder behind', async () => {
    const out = path.join(tmp, 'swap', 'site');
    await writeSite(out, [{ path: 'index.html', content: 'v1' }, { path: 'a/b.html', content: 'b1' }], []);
    const inode = (await stat(path.join(out, 'a/b.html'))).ino;
    await writeFile(path.join(out, 'CNAME'), 'docs.example.jp');
    await expect(writeSite(out, [{ path: 'index.html', content: 'v2' }, { path: '../escape.html', content: 'x' }], ['index.html', 'a/b.html'])).rejects.toThrow();
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('v1');
    expect(await readdir(path.dirname(out))).toEqual(['site']);
    const result = await writeSite(out, [{ path: 'index.html', content: 'v2' }, { path: 'a/b.html', content: 'b1' }], ['index.html', 'a/b.html']);
    expect(result).toEqual({ written: 1, unchanged: 1, removed: 0 });
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('v2');
    expect((await stat(path.join(out, 'a/b.html'))).ino).toBe(inode);
    expect(await readFile(path.join(out, 'CNAME'), 'utf8')).toBe('docs.example.jp');
    expect(await readdir(path.dirname(out))).toEqual(['site']);
  });

  it('builds through --out whose parent is a symbolic link into records/ is refused', async () => {
    await symlink(path.join(root, 'records'), path.join(tmp, 'link-to-records'));
    await expect(build(['--out', path.join(tmp, 'link-to-records', 'site'), '--root', root], tmp)).rejects.toThrow('records/ の中です');
    expect(existsSync(path.join(root, 'records', 'site'))).toBe(false);
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
