import { createProblem, formatProblemsText, type Problem } from '@unyo/problems';
import { IsoDateTimeSchema, instant } from '@unyo/schema';
import { SLA_PERIOD_EXAMPLES, evaluateSla, formatSlaReport, parseSlaPeriod } from '@unyo/sla';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { openRepo } from '../root.ts';

export const SLA_HELP = `unyo sla <期間> — サービスレベルの実績（達成・未達成）を記録から測り、根拠の記録とともに表示します
  <期間>            ${SLA_PERIOD_EXAMPLES}
  --at <日時>       基準日時（既定: 現在、日本時間。例: 2026-11-30T18:00+09:00）。これより後の記録は数えません
  --json            JSON で出力（CI・他のツール向け）
  --root <dir>      リポジトリのルート
定義は settings/sla.yaml。記録は始まった時点で有効な版の定義で測ります。未達成の項目には、議事録で承認された改善案（項番14）を示します。
終了コード: 0 表示した（未達成があっても 0）、1 定義・記録が読めない、2 使い方の誤り
Measures each service level over a period from the records: value, target, 達成/未達成, the records behind it, and approved improvements.`;

function options(args: string[]) {
  return parseOptions(args, { at: { type: 'string' }, json: { type: 'boolean' }, root: { type: 'string' } }, 'sla', true);
}

export async function runSla(args: string[], io: Io): Promise<number> {
  const { values, positionals } = options(args);
  if (positionals.length !== 1) throw new UsageError(`期間を 1 つ指定してください: ${SLA_PERIOD_EXAMPLES}\n使い方: unyo help sla`);
  const period = parseSlaPeriod(positionals[0]!);
  if (!period) throw new UsageError(`期間「${positionals[0]}」は使えません。${SLA_PERIOD_EXAMPLES} の形で指定してください。`);
  if (values.at !== undefined && !IsoDateTimeSchema.safeParse(values.at).success) {
    throw new UsageError(`--at ${values.at} は使えません。2026-11-30T18:00+09:00 の形で指定してください。`);
  }
  const now = values.at === undefined ? (io.now ?? Date.now)() : instant(values.at);
  const ws = await openRepo(io.cwd, values.root);
  const [sla, cal, records, runbooks, { settings, problems: settingsProblems }] = await Promise.all([ws.sla(), ws.calendar(), ws.records(), ws.runbooks(), ws.settings()]);
  const calendar = cal.value;
  if (!sla.value || !calendar) {
    const missing = [sla, cal].filter((f) => !f.present).map((f) => createProblem('file-missing', { file: f.file, line: 1, column: 1 }));
    io.stderr(`${formatProblemsText([...missing, ...sla.problems, ...cal.problems])}\n\n${sla.file} と ${cal.file} を直してから再実行してください。\n`);
    return EXIT.problems;
  }
  const problems: Problem[] = [...records.problems, ...runbooks.problems, ...settingsProblems];
  const report = evaluateSla({
    sla: sla.value,
    period,
    records: records.records.map((r) => r.record),
    calendar,
    sites: settings.sites,
    items: runbooks.runbooks.map((r) => r.item),
    now,
  });
  io.stdout(values.json ? `${JSON.stringify(problems.length > 0 ? { ...report, problems } : report, null, 2)}\n` : formatSlaReport(report));
  if (problems.length === 0) return EXIT.ok;
  io.stderr(`読めないファイルが ${problems.length} 件あり、集計から除きました。実績は不完全です。unyo check で確認してください。\n`);
  return EXIT.problems;
}
