import { addDays } from '@unyo/calendar';
import { formatProblemsText, type Problem } from '@unyo/problems';
import { readCalendar, readRecords, readRunbooks, readSettings, readYamlFile } from '@unyo/read';
import { IsoDateTimeSchema, SLA_CLOCK_LABELS, SlaSchema, instant } from '@unyo/schema';
import { SLA_PERIOD_EXAMPLES, evaluateSla, formatMinutes, formatPercent, parseSlaPeriod, type SlaMetricResult, type SlaReport, type SlaRow } from '@unyo/sla';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { findRoot } from '../root.ts';

/** The definitions file, relative to the repo root. */
export const SLA_FILE = 'settings/sla.yaml';

export const SLA_HELP = `unyo sla <期間> — サービスレベルの実績（達成・未達成）を記録から測り、根拠の記録とともに表示します
  <期間>            ${SLA_PERIOD_EXAMPLES}
  --at <日時>       基準日時（既定: 現在、日本時間。例: 2026-11-30T18:00+09:00）。これより後の記録は数えません
  --json            JSON で出力（CI・他のツール向け）
  --root <dir>      リポジトリのルート
定義は settings/sla.yaml。記録は始まった時点で有効な版の定義で測ります。未達成の項目には、議事録で承認された改善案（項番14）を示します。
終了コード: 0 表示した（未達成があっても 0）、1 定義・記録が読めない、2 使い方の誤り
Measures each service level over a period from the records: value, target, 達成/未達成, the records behind it, and approved improvements.`;

/** Rows listed in full up to this many; beyond it, only breaches and open ones. */
const FULL_LIST = 12;

const hm = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** A deadline: a date-time, or `2026-11-26 中` when it is the midnight that ends a deadline day. */
const dueText = (iso: string) => (iso.slice(11, 19) === '00:00:00' ? `${addDays(iso.slice(0, 10), -1)} 中` : hm(iso));

/** Long questions and titles are cut so that a row stays on one line. */
const LABEL_LENGTH = 40;
const short = (text: string) => (text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH)}…` : text);

function options(args: string[]) {
  return parseOptions(args, { at: { type: 'string' }, json: { type: 'boolean' }, root: { type: 'string' } }, 'sla', true);
}

/** What a row measured, in Japanese, by the kind of metric. */
function describeRow(m: SlaMetricResult, r: SlaRow): string {
  const fmt = (minutes: number) => formatMinutes(minutes, m.clock);
  const over = r.overMinutes === undefined ? '' : `、${fmt(r.overMinutes)}超過`;
  const due = r.status !== 'met' && r.deadline ? `、期限 ${hm(r.deadline)}` : '';
  const waiting = r.paused ? '、図書館・第三者の回答待ち' : '';
  switch (m.kind) {
    case 'availability':
      return `${formatPercent(r.percent ?? 100, 2)}（計画 ${fmt(r.plannedMinutes ?? 0)}、停止 ${fmt(r.outageMinutes ?? 0)}${r.refs ? ` ${r.refs.join('・')}` : ''}${r.status === 'breach' ? `、許容を ${fmt(r.overMinutes ?? 0)}超過` : ''}）`;
    case 'backup-success':
      return r.status === 'met' ? '成功' : (r.note ?? '失敗');
    case 'periodic-on-time':
      return `期限 ${hm(r.deadline ?? '')} → ${r.stop ? `実施 ${hm(r.stop)}` : '未実施'}${over}${r.refs ? `（${r.refs.join('・')}）` : ''}`;
    case 'request-deadline':
    case 'report-before-meeting':
      return `期限 ${dueText(r.deadline ?? '')} → ${r.stop ? `${m.kind === 'request-deadline' ? '実施' : '提出'} ${hm(r.stop)}` : (r.note ?? '未実施')}${over}${r.refs ? `（${r.refs.join('・')}）` : ''}`;
    default: {
      const used = `${fmt(r.measuredMinutes ?? 0)}${r.stop ? '' : '経過'}`;
      return `${used}（目標 ${fmt(r.targetMinutes ?? 0)}${over}${due}${waiting}）${r.note ? ` ${r.note}` : ''}`;
    }
  }
}

const MARK = { breach: '超過  ', pending: '対応中', met: '目標内' } as const;

function rowLine(m: SlaMetricResult, r: SlaRow): string {
  const label = m.kind === 'availability' || m.kind === 'backup-success' ? '' : `  ${short(r.label)}`;
  const name = m.kind === 'availability' ? r.label : r.id;
  return `    ${MARK[r.status]} ${name}  ${describeRow(m, r)}${label}`;
}

function metricLines(m: SlaMetricResult): string[] {
  const judged = { month: '月次', 'half-year': '半期', 'fiscal-year': '年度' }[m.judged];
  const lines = [
    '',
    `■ ${m.name}${m.default ? ' ★' : ''}  ${m.verdict}`,
    `  実績: ${m.measuredText}`,
    `  目標: ${m.targetText}${m.target.within ? `（時計: ${SLA_CLOCK_LABELS[m.clock]}）` : ''}  判定: ${judged}${m.interim ? '（この表示は速報）' : ''}`,
  ];
  const shown = m.rows.length <= FULL_LIST ? m.rows : m.rows.filter((r) => r.status !== 'met');
  lines.push(...shown.map((r) => rowLine(m, r)));
  if (shown.length < m.rows.length) lines.push(`    ほか目標内 ${m.rows.length - shown.length} 件（一覧は --json）`);
  if (m.improvement?.status === 'approved') {
    lines.push(`  改善案: 承認済み ${m.improvement.minutes}（${m.improvement.at.slice(0, 10)}）「${m.improvement.text.split('。')[0]}。」`);
  } else if (m.improvement) {
    lines.push('  改善案: 未提案（10 開庁日以内に改善案を作り、月次定例会議で承認を得てください。項番14）');
  }
  return lines;
}

/** The Japanese report. */
export function formatSlaReport(report: SlaReport): string {
  const p = report.period;
  const out = [`サービスレベル実績 ${p.label}（${p.from}〜${p.to}、基準 ${hm(report.asOf)}）`];
  out.push(
    report.versions.length === 0
      ? '適用した定義: なし（この期間に有効な版が settings/sla.yaml にありません）'
      : `適用した定義: ${report.versions.map((v) => `${v.version}（${v.effectiveFrom} から）${v.note}`).join(' / ')}`,
  );
  if (report.defaults) out.push('※ ★ の項目は初期値（図書館と合意が必要）です。合意した値は settings/sla.yaml に反映し、default: true を外してください。');
  if (report.metrics.some((m) => m.interim)) out.push('※ 正式な判定は半期（上期 4〜9月・下期 10〜翌3月）です。期間の途中や月次の表示は速報です。');
  out.push(`達成 ${report.counts.達成} 項目 / 未達成 ${report.counts.未達成} 項目 / 対象なし ${report.counts.対象なし} 項目`);
  for (const m of report.metrics) out.push(...metricLines(m));
  return `${out.join('\n')}\n`;
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
  const root = await findRoot(io.cwd, values.root);
  const [sla, { calendar, problems: calendarProblems }, records, runbooks, { settings, problems: settingsProblems }] = await Promise.all([
    readYamlFile(root, SLA_FILE, SlaSchema),
    readCalendar(root),
    readRecords(root),
    readRunbooks(root),
    readSettings(root),
  ]);
  if (!sla.value || !calendar) {
    io.stderr(`${formatProblemsText([...sla.problems, ...calendarProblems])}\n\n${SLA_FILE} と settings/calendar.yaml を直してから再実行してください。\n`);
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
