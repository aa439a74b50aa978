import { addDays } from '@unyo/calendar';
import { SLA_CLOCK_LABELS, instant, type SlaClock, type SlaMetricKind } from '@unyo/schema';
import { evaluateSla, formatMinutes, formatPercent, parseSlaPeriod, type SlaMetricPart, type SlaMetricResult, type SlaPeriod, type SlaRow, type Verdict } from '@unyo/sla';
import type { ReportContext } from './context.ts';
import type { Evidence, ReportData } from './render.ts';

/** One breached or open row of a metric, measured in the clock of its own definition version. */
export interface SlaRowLine {
  /** The row as @unyo/sla names it: a record id, `項番25 2026-11-10`, a site, a month. */
  id: string;
  /** The records behind the row (linked with `rec`); empty when there is none (work not done at all). */
  records: string[];
  label: string;
  start?: string;
  deadline?: string;
  /** Set when the deadline is the midnight ending a day: the report says `<day> 中`. */
  deadlineDay?: string;
  stop?: string;
  /** What was measured, in Japanese (`46時間経過`, `実施 2026-11-30 10:12`, `99.54%（…）`). */
  measured: string;
  /** By how much it breached, in the version's clock; empty when not breached. */
  over: string;
  note: string;
}

/** The rows of a metric measured by one definition version, under its own target and clock. */
export interface SlaVersionGroup {
  version: string;
  effectiveFrom: string;
  /** The stretch of the period the version was in force (JST dates). */
  from: string;
  to: string;
  targetText: string;
  clockLabel: string;
  /** The version's own value and verdict over the rows it measured. */
  measuredText: string;
  verdict: Verdict;
  breaches: SlaRowLine[];
  pending: SlaRowLine[];
  met: number;
  /** Evidence keys of this group's breached and open records. */
  breachKey: string;
  pendingKey: string;
}

export interface SlaMetricSection {
  id: string;
  name: string;
  /** The latest definition's target and clock. */
  targetText: string;
  clockLabel: string;
  /** 月次, 半期, 年度: the period of the official verdict. */
  judgedLabel: string;
  interim: boolean;
  default: boolean;
  verdict: Verdict;
  /** 達成 / 未達成 / 対象なし, or 速報（…） when the report covers less than the judged period. */
  verdictText: string;
  measuredText: string;
  /** The definition versions that measured its rows. */
  versions: string[];
  /** The definition (clock, target) differs between versions in the period: the summary shows one sub-row per version. */
  definitionChanged: boolean;
  breached: number;
  pending: number;
  met: number;
  breachKey: string;
  pendingKey: string;
  /** Each breached row has exactly one record of its own, so the breach figure (records) is the count of rows. */
  breachAllRecords: boolean;
  groups: SlaVersionGroup[];
}

export interface SlaImprovementLine {
  metric: string;
  approved: boolean;
  minutes?: string;
  at?: string;
  text?: string;
}

/** The data of the サービスレベル管理レポート (item 13). */
export interface SlaReportDocument extends ReportData {
  period: SlaPeriod;
  /** 2026年10月〜2027年3月, or 2026年11月1日〜30日 for a month. */
  rangeText: string;
  asOf: string;
  /** settings/sla.yaml is missing, or no version is in force during the period. */
  noDefinition: boolean;
  versions: { version: string; effectiveFrom: string; note: string }[];
  /** The period spans a definition change: rows are grouped by the version that measured them. */
  versionChange: boolean;
  defaults: boolean;
  interim: boolean;
  counts: { achieved: number; notAchieved: number; none: number };
  metrics: SlaMetricSection[];
  /** The metrics with breaches, and those with open rows. */
  breachedMetrics: SlaMetricSection[];
  pendingMetrics: SlaMetricSection[];
  /** For each 未達成 metric: the improvement approved in the minutes (item 14), or none yet. */
  improvements: SlaImprovementLine[];
}

const JUDGED = { month: '月次', 'half-year': '半期', 'fiscal-year': '年度' } as const;

const hm = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
const ym = (date: string) => `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月`;

/** The months a period covers, in Japanese. */
function rangeText(p: SlaPeriod): string {
  if (p.kind === 'month') return `${ym(p.from)}${Number(p.from.slice(8))}日〜${Number(p.to.slice(8))}日`;
  return `${ym(p.from)}〜${ym(p.to)}`;
}

/** How a version measures: the metric's kind and that version's clock. */
interface Measure {
  kind: SlaMetricKind;
  clock: SlaClock;
}

function measuredText(metric: Measure, r: SlaRow): string {
  const fmt = (minutes: number) => formatMinutes(minutes, metric.clock);
  switch (metric.kind) {
    case 'availability':
      return `${formatPercent(r.percent ?? 100, 2)}（計画 ${fmt(r.plannedMinutes ?? 0)}、停止 ${fmt(r.outageMinutes ?? 0)}）`;
    case 'backup-success':
      return r.status === 'met' ? '成功' : '失敗';
    case 'periodic-on-time':
    case 'request-deadline':
    case 'report-before-meeting':
    case 'document-update':
    case 'change-completion':
      return r.stop ? `${metric.kind === 'report-before-meeting' ? '提出' : metric.kind === 'change-completion' ? '完了' : '実施'} ${hm(r.stop)}` : '未実施';
    default:
      return `${fmt(r.measuredMinutes ?? 0)}${r.stop ? '' : '経過'}（目標 ${fmt(r.targetMinutes ?? 0)}）`;
  }
}

function rowLine(metric: Measure, r: SlaRow, known: ReadonlySet<string>): SlaRowLine {
  const records = [...new Set([r.id.split(' ')[0]!, ...(r.refs ?? [])])].filter((id) => known.has(id));
  const midnight = r.deadline !== undefined && r.deadline.slice(11, 19) === '00:00:00';
  const measured = measuredText(metric, r);
  // A site's availability: the site's name is the row; its records are the outages.
  const site = metric.kind === 'availability';
  return {
    id: site ? r.label : r.id,
    records,
    label: site ? '' : r.label,
    ...(r.start ? { start: r.start } : {}),
    ...(r.deadline ? { deadline: r.deadline } : {}),
    ...(midnight ? { deadlineDay: addDays(r.deadline!.slice(0, 10), -1) } : {}),
    ...(r.stop ? { stop: r.stop } : {}),
    measured,
    over: r.overMinutes === undefined || r.status !== 'breach' ? '' : formatMinutes(r.overMinutes, metric.clock),
    note: [r.paused ? '図書館・第三者の回答待ち' : '', r.note ?? ''].filter((n) => n !== '' && n !== measured).join('、'),
  };
}

const recordsOf = (lines: SlaRowLine[]) => [...new Set(lines.flatMap((l) => l.records))];

/** A metric's rows by version, each version's rows under its own target and clock, with their evidence groups. */
function section(m: SlaMetricResult, effectiveFrom: ReadonlyMap<string, string>, versionChange: boolean, known: ReadonlySet<string>, evidence: Evidence[]): SlaMetricSection {
  const breachKey = `sla:${m.id}:breach`;
  const pendingKey = `sla:${m.id}:pending`;
  const groups = m.parts.map((part: SlaMetricPart): SlaVersionGroup => {
    const { version } = part;
    const def: Measure = { kind: m.kind, clock: part.clock };
    const rows = m.rows.filter((r) => r.version === version);
    const own = versionChange ? `@${version}` : '';
    return {
      version,
      effectiveFrom: effectiveFrom.get(version) ?? '',
      from: part.from,
      to: part.to,
      targetText: part.targetText,
      clockLabel: SLA_CLOCK_LABELS[part.clock],
      measuredText: part.measuredText,
      verdict: part.verdict,
      breaches: rows.filter((r) => r.status === 'breach').map((r) => rowLine(def, r, known)),
      pending: rows.filter((r) => r.status === 'pending').map((r) => rowLine(def, r, known)),
      met: rows.filter((r) => r.status === 'met').length,
      breachKey: `${breachKey}${own}`,
      pendingKey: `${pendingKey}${own}`,
    };
  });
  const breaches = groups.flatMap((g) => g.breaches);
  const pending = groups.flatMap((g) => g.pending);
  const suffix = (g: SlaVersionGroup) => (versionChange ? `（定義 ${g.version}）` : '');
  if (breaches.length > 0) evidence.push({ key: breachKey, label: `${m.name} の目標超過`, ids: recordsOf(breaches) });
  if (pending.length > 0) evidence.push({ key: pendingKey, label: `${m.name} の対応中`, ids: recordsOf(pending) });
  if (versionChange) {
    for (const g of groups) {
      if (g.breaches.length > 0) evidence.push({ key: g.breachKey, label: `${m.name} の目標超過${suffix(g)}`, ids: recordsOf(g.breaches) });
      if (g.pending.length > 0) evidence.push({ key: g.pendingKey, label: `${m.name} の対応中${suffix(g)}`, ids: recordsOf(g.pending) });
    }
  }
  return {
    id: m.id,
    name: m.name,
    targetText: m.targetText,
    clockLabel: SLA_CLOCK_LABELS[m.clock],
    judgedLabel: JUDGED[m.judged],
    interim: m.interim,
    default: m.default,
    verdict: m.verdict,
    verdictText: m.interim && m.verdict !== '対象なし' ? `速報（${m.verdict}）` : m.verdict,
    measuredText: m.measuredText,
    versions: m.versions,
    definitionChanged: m.definitionChanged,
    breached: breaches.length,
    pending: pending.length,
    met: groups.reduce((s, g) => s + g.met, 0),
    breachKey,
    pendingKey,
    breachAllRecords: breaches.every((b) => b.records.length === 1) && recordsOf(breaches).length === breaches.length,
    groups,
  };
}

/**
 * Builds the サービスレベル管理レポート of a period (`2026-11`, `2026H2`, `FY2026`) from the records and
 * settings/sla.yaml: each metric's target, value and verdict, every breach with its records, the open
 * rows, and the improvements approved for the breached metrics. Pure: the time is `ctx.asOf`.
 */
export function buildSlaReport(ctx: ReportContext, period: string): SlaReportDocument {
  const p = parseSlaPeriod(period);
  if (!p) throw new RangeError(`期間「${period}」は使えません。2026-11、2026H2、FY2026 の形で指定してください。`);
  const title = `サービスレベル管理レポート ${p.kind === 'month' ? p.label : `${p.label}（${rangeText(p)}）`}`;
  const base = { title, period: p, rangeText: rangeText(p), asOf: ctx.asOf };
  const sla = ctx.sla;
  const report = sla
    ? evaluateSla({ sla, period: p, records: ctx.records, calendar: ctx.calendar, sites: ctx.settings.sites, items: ctx.items, now: instant(ctx.asOf) })
    : undefined;
  if (!sla || !report || report.versions.length === 0) {
    return {
      ...base,
      evidence: [],
      noDefinition: true,
      versions: [],
      versionChange: false,
      defaults: false,
      interim: false,
      counts: { achieved: 0, notAchieved: 0, none: 0 },
      metrics: [],
      breachedMetrics: [],
      pendingMetrics: [],
      improvements: [],
    };
  }
  const versionChange = report.versions.length > 1;
  const known = new Set(ctx.records.map((r) => r.id));
  const evidence: Evidence[] = [];
  const effectiveFrom = new Map(sla.versions.map((v) => [v.version, v.effectiveFrom]));
  const metrics = report.metrics.map((m) => section(m, effectiveFrom, versionChange, known, evidence));
  const improvements = report.metrics.flatMap((m): SlaImprovementLine[] => {
    if (!m.improvement) return [];
    return m.improvement.status === 'approved'
      ? [{ metric: m.name, approved: true, minutes: m.improvement.minutes, at: m.improvement.at, text: m.improvement.text }]
      : [{ metric: m.name, approved: false }];
  });
  return {
    ...base,
    asOf: report.asOf,
    evidence,
    noDefinition: false,
    versions: report.versions,
    versionChange,
    defaults: report.defaults,
    interim: report.metrics.some((m) => m.interim),
    counts: { achieved: report.counts.達成, notAchieved: report.counts.未達成, none: report.counts.対象なし },
    metrics,
    breachedMetrics: metrics.filter((m) => m.breached > 0),
    pendingMetrics: metrics.filter((m) => m.pending > 0),
    improvements,
  };
}
