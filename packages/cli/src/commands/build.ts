import { link, lstat, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headCommit, revisionHistory } from '@unyo/history';
import { formatJst, instant } from '@unyo/schema';
import { collectDiagrams, renderSite, type BuildInfo, type SitePage, type SiteTemplates } from '@unyo/render-site';
import { parseOptions } from '../args.ts';
import { drawDiagrams } from '../diagrams.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { outputPath } from '../output.ts';
import { openRepo } from '../root.ts';
import { siteReportPages } from '../site-reports.ts';

export const BUILD_HELP = `unyo build — 運用ドキュメントの静的サイト（手順書・台帳・記録・実施状況・検索）を生成します
  --out <dir>       出力先（既定: リポジトリの site/）。runbooks/ などデータのフォルダーには書けません
  --wareki          日付を和暦（令和）で表示する
  --no-diagrams     mermaid の図をビルド時に描かず、閲覧時にブラウザで描く（サイトに mermaid を同梱）
  --root <dir>      リポジトリのルート
mermaid の図は Chromium（/usr/bin/chromium、環境変数 UNYO_CHROMIUM で変更可）で SVG にします。ブラウザがなければその旨を表示し、閲覧時に描きます。
同じコミットからは同じバイト列のサイトができます（日付は HEAD のコミット日時で、時計は読みません）。
内容が変わらないファイルは書き直さず、前回の生成物で不要になったものだけを出力先から削除します。
Renders the static document site from the repository into --out (default site/).`;

/** The list of files of the last build, kept in the output folder: only these are ever deleted. */
const MANIFEST = '.unyo-site';

/** The templates shipped with unyo, used when the repository has no templates/site/ of its own. */
const BUNDLED_TEMPLATES = fileURLToPath(new URL('../../../../templates/site/', import.meta.url));

/** The build date outside git: a fixed time, said on every page (the clock is never read). */
const FALLBACK_DATE = '2000-01-01T00:00:00+09:00';

const isInside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** The files of the last build in `out` (see MANIFEST); refuses a link, a file, or a folder unyo did not build. */
async function previousBuild(out: string): Promise<string[]> {
  const info = await lstat(out).catch(() => undefined);
  if (info === undefined) return [];
  if (info.isSymbolicLink() || !info.isDirectory()) throw new UsageError(`--out ${out} はフォルダーではありません（シンボリックリンクも使えません）。`);
  const manifest = await readFile(path.join(out, MANIFEST), 'utf8').catch(() => undefined);
  if (manifest === undefined) {
    if ((await readdir(out)).length > 0) {
      throw new UsageError(`--out ${out} は unyo build が作ったフォルダーではなく、空でもありません。中身を消さないよう、空のフォルダーか新しいフォルダーを指定してください。`);
    }
    return [];
  }
  return manifest.split('\n').filter((line) => line !== '');
}

/** Reads templates/site/: `*.hbs` are templates, the other files (CSS, JS) are copied as they are. */
async function readTemplates(root: string): Promise<SiteTemplates> {
  const own = path.join(root, 'templates', 'site');
  const dir = (await stat(own).then((s) => s.isDirectory(), () => false)) ? own : BUNDLED_TEMPLATES;
  const templates: Record<string, string> = {};
  const assets: Record<string, string> = {};
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const text = await readFile(path.join(dir, entry.name), 'utf8');
    if (entry.name.endsWith('.hbs')) templates[entry.name.slice(0, -'.hbs'.length)] = text;
    else assets[entry.name] = text;
  }
  if (Object.keys(templates).length === 0) throw new Error(`${dir} にテンプレート（*.hbs）がありません。`);
  return { templates, assets };
}

/** What the build is a build of: HEAD's commit and its date; outside git a fixed date and a note. */
async function buildInfo(root: string): Promise<BuildInfo> {
  const head = await headCommit(root);
  if (head) return { at: head.date, commit: head.commit };
  return { at: FALLBACK_DATE, note: 'Git の外で生成したため、生成日時と実施状況の基準は仮の日時（2000-01-01）です。改訂履歴もありません。' };
}

/**
 * Writes the site into a new folder beside `out` and swaps it in, so that a build killed half-way
 * leaves the previous site as it was. Pages whose bytes did not change are hard links to the previous
 * files (same inode, same modification time); files in `out` that no build made (a CNAME, say) are
 * kept; the files of the last build that are gone are left out.
 */
export async function writeSite(out: string, pages: readonly SitePage[], previous: readonly string[]) {
  const temp = `${out}.unyo-build-${process.pid}`;
  const old = `${out}.unyo-old-${process.pid}`;
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  let written = 0;
  const made = new Set<string>();
  const place = async (file: string) => {
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
  };
  try {
    for (const page of pages) {
      const target = path.resolve(temp, page.path);
      if (!isInside(target, temp) || target === temp) throw new Error(`出力先の外を指すページ ${page.path}`);
      const bytes = Buffer.from(page.content, 'utf8');
      const before = path.resolve(out, page.path);
      const unchanged = (await readFile(before).catch(() => undefined))?.equals(bytes) ?? false;
      await place(target);
      if (unchanged && (await link(before, target).then(() => true, () => false))) continue;
      await writeFile(target, bytes);
      if (!unchanged) written++;
    }
    const built = new Set([...previous, ...pages.map((p) => p.path), MANIFEST]);
    const existing = await readdir(out, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of existing.filter((e) => e.isFile())) {
      const rel = path.relative(out, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (built.has(rel)) continue;
      await place(path.join(temp, rel));
      await link(path.join(out, rel), path.join(temp, rel));
    }
    await writeFile(path.join(temp, MANIFEST), `${pages.map((p) => p.path).join('\n')}\n`);
    const hadOut = await lstat(out).then(() => true, () => false);
    if (hadOut) await rename(out, old);
    await rename(temp, out);
    if (hadOut) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  const current = new Set(pages.map((p) => p.path));
  const removed = previous.filter((p) => !current.has(p) && p !== MANIFEST).length;
  return { written, unchanged: pages.length - written, removed };
}

export async function runBuild(args: string[], io: Io): Promise<number> {
  const started = performance.now();
  const { values } = parseOptions(args, { out: { type: 'string' }, wareki: { type: 'boolean' }, 'no-diagrams': { type: 'boolean' }, root: { type: 'string' } }, 'build');
  const ws = await openRepo(io.cwd, values.root);
  const root = ws.root;
  const out = values.out === undefined ? path.join(root, 'site') : await outputPath(root, io.cwd, values.out, 'folder');
  const previous = await previousBuild(out);

  const [runbooks, records, { settings, problems: settingProblems }, { value: calendar, problems: calendarProblems }, templates, build] = await Promise.all([
    ws.runbooks(),
    ws.records(),
    ws.settings(),
    ws.calendar(),
    readTemplates(root),
    buildInfo(root),
  ]);
  const revisions = await revisionHistory(root, runbooks.runbooks.map((r) => r.file));
  const diagrams = collectDiagrams(runbooks.runbooks);
  const drawn = await drawDiagrams(diagrams, values['no-diagrams'] === true, io);
  const reportPages = await siteReportPages(ws, formatJst(instant(build.at)), io);
  const sitePages = renderSite({
    templates,
    runbooks: runbooks.runbooks,
    records: records.records,
    settings,
    ...(calendar ? { calendar } : {}),
    revisions,
    build,
    wareki: values.wareki === true,
    diagrams: drawn.images,
    ...(drawn.mermaid ? { mermaid: drawn.mermaid } : {}),
    reports: reportPages.length > 0,
  });
  const pages = [...sitePages, ...reportPages];
  await mkdir(path.dirname(out), { recursive: true });
  const result = await writeSite(out, pages, previous);

  const html = pages.filter((p) => p.path.endsWith('.html')).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const relative = path.relative(io.cwd, out);
  const shown = relative === '' ? '.' : relative.startsWith('..') ? out : relative;
  io.stdout(
    `${shown}/ にサイトを生成しました: ${pages.length} ファイル（HTML ${html} ページ: 手順書 ${runbooks.runbooks.length}、記録 ${records.records.length}。` +
      `図 ${diagrams.length}: ビルド時に SVG ${drawn.images.size}）、` +
      `書き込み ${result.written}、変更なし ${result.unchanged}、削除 ${result.removed}、${seconds} 秒\n`,
  );
  if (build.note) io.stdout(`${build.note}\n`);
  const problems = runbooks.problems.length + records.problems.length + settingProblems.length + calendarProblems.length + drawn.failed;
  if (problems > 0) {
    io.stderr(`問題のあるファイルがあり（${problems} 件）、それらを除いて生成しました。unyo check で確認してください。\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
