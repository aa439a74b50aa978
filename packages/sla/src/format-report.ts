import { addDays } from '@unyo/calendar';
import { SLA_CLOCK_LABELS, type SlaClock } from '@unyo/schema';
import { formatMinutes, formatPercent } from './format.ts';
import type { SlaMetricPart, SlaMetricResult, SlaReport, SlaRow } from './types.ts';

/** Rows listed in full up to this many; beyond it, only breaches and open ones. */
const FULL_LIST = 12;

/** Long questions and titles are cut so that a row stays on one line. */
const LABEL_LENGTH = 40;

const hm = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** A deadline: a date-time, or `2026-11-26 中` when it is the midnight that ends a deadline day. */
const dueText = (iso: string) => (iso.slice(11, 19) === '00:00:00' ? `${addDays(iso.slice(0, 10), -1)} 中` : hm(iso));

const short = (text: string) => (text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH)}…` : text);

const DONE: Partial<Record<SlaMetricResult['kind'], string>> = { 'request-deadline': '実施', 'report-before-meeting': '提出', 'change-completion': '完了' };

/** What a row measured, in Japanese, by the kind of metric; durations in the clock of the version that measured it. */
function describeRow(m: SlaMetricResult, clock: SlaClock, r: SlaRow): string {
  const fmt = (minutes: number) => formatMinutes(minutes, clock);
  const over = r.overMinutes === undefined ? '' : `、${fmt(r.overMinutes)}超過`;
  const due = r.status !== 'met' && r.deadline ? `、期限 ${hm(r.deadline)}` : '';
  const waiting = r.paused ? '、図書館・第三者の回答待ち' : '';
  const refs = r.refs ? `（${r.refs.join('・')}）` : '';
  switch (m.kind) {
    case 'availability':
      return `${formatPercent(r.percent ?? 100, 2)}（計画 ${fmt(r.plannedMinutes ?? 0)}、停止 ${fmt(r.outageMinutes ?? 0)}${r.refs ? ` ${r.refs.join('・')}` : ''}${r.status === 'breach' ? `、許容を ${fmt(r.overMinutes ?? 0)}超過` : ''}）`;
    case 'backup-success':
      return r.status === 'met' ? '成功' : (r.note ?? '失敗');
    case 'periodic-on-time':
      return `期限 ${hm(r.deadline ?? '')} → ${r.stop ? `実施 ${hm(r.stop)}` : '未実施'}${over}${refs}`;
    case 'request-deadline':
    case 'report-before-meeting':
    case 'change-completion': {
      const result = r.stop ? `${DONE[m.kind]} ${hm(r.stop)}${m.kind === 'change-completion' && r.note ? `（${r.note}）` : ''}` : (r.note ?? '未実施');
      return `期限 ${dueText(r.deadline ?? '')} → ${result}${over}${m.kind === 'change-completion' ? '' : refs}`;
    }
    default: {
      const used = `${fmt(r.measuredMinutes ?? 0)}${r.stop ? '' : '経過'}`;
      const note = [r.note, m.kind === 'improvement-plan' && r.refs ? r.refs.join('・') : undefined].filter((n) => n !== undefined).join(' ');
      return `${used}（目標 ${fmt(r.targetMinutes ?? 0)}${over}${due}${waiting}）${note ? ` ${note}` : ''}`;
    }
  }
}

const MARK = { breach: '超過  ', pending: '対応中', met: '目標内' } as const;

function rowLine(m: SlaMetricResult, clock: SlaClock, r: SlaRow, indent: string): string {
  const label = m.kind === 'availability' || m.kind === 'backup-success' ? '' : `  ${short(r.label)}`;
  const name = m.kind === 'availability' ? r.label : r.id;
  return `${indent}${MARK[r.status]} ${name}  ${describeRow(m, clock, r)}${label}`;
}

/** The rows in full, or only the breaches and open ones when there are many. */
function rowLines(m: SlaMetricResult, clock: SlaClock, rows: SlaRow[], indent: string): string[] {
  const shown = rows.length <= FULL_LIST ? rows : rows.filter((r) => r.status !== 'met');
  const lines = shown.map((r) => rowLine(m, clock, r, indent));
  if (shown.length < rows.length) lines.push(`${indent}ほか目標内 ${rows.length - shown.length} 件（一覧は --json）`);
  return lines;
}

const JUDGED = { month: '月次', 'half-year': '半期', 'fiscal-year': '年度' } as const;

const clockText = (target: SlaMetricResult['target'], clock: SlaClock) => (target.within ? `（時計: ${SLA_CLOCK_LABELS[clock]}）` : '');

/** A version's part of a metric whose definition changed: its own target, clock, value and verdict, then its rows. */
function partLines(m: SlaMetricResult, part: SlaMetricPart): string[] {
  return [
    `  ◇ 定義 ${part.version}（${part.from}〜${part.to}）  ${part.verdict}`,
    `    目標: ${part.targetText}${clockText(part.target, part.clock)}  実績: ${part.measuredText}`,
    ...rowLines(
      m,
      part.clock,
      m.rows.filter((r) => r.version === part.version),
      '      ',
    ),
  ];
}

function metricLines(m: SlaMetricResult): string[] {
  const judged = `判定: ${JUDGED[m.judged]}${m.interim ? '（この表示は速報）' : ''}`;
  const lines = ['', `■ ${m.name}${m.default ? ' ★' : ''}  ${m.verdict}`];
  if (m.definitionChanged) {
    lines.push(`  実績: ${m.measuredText}（各記録は始まった時点の版の目標と時計で判定）`);
    lines.push(`  目標: 期間の途中で定義が改定されたため版ごとに示します（全体の判定は最新の版の基準）  ${judged}`);
    for (const part of m.parts) lines.push(...partLines(m, part));
  } else {
    lines.push(`  実績: ${m.measuredText}`);
    lines.push(`  目標: ${m.targetText}${clockText(m.target, m.clock)}  ${judged}`);
    lines.push(...rowLines(m, m.clock, m.rows, '    '));
  }
  if (m.improvement?.status === 'approved') {
    lines.push(`  改善案: 承認済み ${m.improvement.minutes}（${m.improvement.at.slice(0, 10)}）「${m.improvement.text.split('。')[0]}。」`);
  } else if (m.improvement) {
    lines.push('  改善案: 未提案（10 開庁日以内に改善案を作り、月次定例会議で承認を得てください。項番14）');
  }
  return lines;
}

/** The Japanese text of an SLA report (`unyo sla <期間>`), one block per metric. */
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
