import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblemsText } from '@unyo/problems';
import { readRecords } from '@unyo/read';
import { buildIncidentReport, renderReportMarkdown } from '@unyo/reports';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { findRoot } from '../root.ts';

export const REPORT_HELP = `unyo report incident <インシデントid> — 障害報告書（項番 54, 97）を記録から作成します（Markdown）
  --out <ファイル>  ファイルに書く（既定は標準出力）。既存のファイルは上書きしません
  --draft           記録に問題があっても作成し、先頭に「未確定」と記す
  --root <dir>      リポジトリのルート
経過・関連する問題と変更・根拠記録一覧を、インシデント記録とその参照先から組み立てます。
記録の読み込みとスキーマの検証で問題が見つかったときは作成しません（終了コード 1）。
複数の記録にまたがる規則（参照先・時系列など）はまだ確かめません。先に unyo check を実行してください。
Builds the incident report (障害報告書) of one incident from the records, as Markdown.`;

export async function runReport(args: string[], io: Io): Promise<number> {
  const positional = args.filter((a, i) => !a.startsWith('-') && !(i > 0 && ['--out', '--root'].includes(args[i - 1] ?? '')));
  const [type, id] = positional;
  const { values } = parseOptions(
    args.filter((a) => !positional.includes(a)),
    { out: { type: 'string' }, draft: { type: 'boolean' }, root: { type: 'string' } },
    'report',
  );
  if (type !== 'incident') throw new UsageError(`報告書の種類を指定してください（例: unyo report incident INC-2026-0105）。\n\n${REPORT_HELP}`);
  if (id === undefined || !/^INC-\d{4}-\d{4}$/.test(id)) throw new UsageError('インシデント id を指定してください（例: unyo report incident INC-2026-0105）。');
  const root = await findRoot(io.cwd, values.root);
  const { records, problems } = await readRecords(root);
  if (problems.length > 0 && !values.draft) {
    io.stderr(`${formatProblemsText(problems)}\n\n記録の読み込み・検証で問題が ${problems.length} 件あるため、報告書を作成しません。直してから再実行するか、--draft で「未確定」として作成してください。\n`);
    return EXIT.problems;
  }
  const report = buildIncidentReport(
    records.map((r) => r.record),
    id,
  );
  if (report === undefined) {
    io.stderr(`インシデント ${id} の記録がありません（records/incident/ を確認してください）。\n`);
    return EXIT.problems;
  }
  const markdown = (problems.length > 0 ? '> **未確定**（記録に問題があります。unyo check で確認してください）\n\n' : '') + renderReportMarkdown('incident', report, { templatesDir: path.join(root, 'templates/reports') });
  if (values.out === undefined) {
    io.stdout(markdown);
    return EXIT.ok;
  }
  const out = path.resolve(io.cwd, values.out);
  try {
    await writeFile(out, markdown, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${values.out} はすでにあります。上書きしません。別のファイル名を指定してください。`);
    throw new UsageError(`${values.out} に書けません（${code ?? String(error)}）。`);
  }
  io.stdout(`障害報告書を ${path.relative(io.cwd, out) || out} に書きました。\n`);
  return EXIT.ok;
}
