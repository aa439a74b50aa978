import { addDays } from '@unyo/calendar';
import { formatJst, instant, type AnyRecord, type Calendar, type OperationItem, type Site, type Sla, type SlaMetric, type SlaMetricKind } from '@unyo/schema';
import { jstDate, jstMidnight } from './clock.ts';
import { ofKind, type Context, type Producer } from './context.ts';
import { describeTarget, formatPercent } from './format.ts';
import { isInterim, parseSlaPeriod, type SlaPeriod } from './period.ts';
import { availabilityRow, availabilityRows } from './produce-availability.ts';
import { improvementPlanRows } from './produce-improvement.ts';
import { backupRows, periodicRows, reportRows } from './produce-rates.ts';
import { changeRows, documentRows, incidentRows, inquiryRows, onsiteRows, requestRows } from './produce-records.ts';
import type { Improvement, SlaMetricPart, SlaMetricResult, SlaReport, SlaRow, Verdict } from './types.ts';
import { segments, type Segment } from './versions.ts';

export interface EvaluateInput {
  sla: Sla;
  /** 2026-11, 2026H1, 2026H2, FY2026, or a parsed period. */
  period: string | SlaPeriod;
  /** Every record (all kinds); each metric picks its own. */
  records: readonly AnyRecord[];
  calendar: Calendar;
  sites: readonly Site[];
  /** The operation items (runbook frontmatter), for periodic work. */
  items: readonly OperationItem[];
  /** Now, in epoch milliseconds: events after it are ignored, open clocks run to it. */
  now: number;
}

/** improvement-plan reads the other metrics' results: it is produced after them (see evaluateSla). */
const PRODUCERS: Record<Exclude<SlaMetricKind, 'improvement-plan'>, Producer> = {
  'incident-first-report': incidentRows,
  'incident-response-start': incidentRows,
  'incident-restoration': incidentRows,
  'inquiry-first-answer': inquiryRows,
  'inquiry-closure': inquiryRows,
  'request-deadline': requestRows,
  'periodic-on-time': periodicRows,
  'backup-success': backupRows,
  'document-update': documentRows,
  availability: availabilityRows,
  'report-before-meeting': reportRows,
  'incident-onsite-arrival': onsiteRows,
  'change-completion': changeRows,
};

const RANK = { breach: 0, pending: 1, met: 2 } as const;

/** Breaches first, then open ones, then met; each by start and id (availability keeps the site order). */
const byUrgency = (a: SlaRow, b: SlaRow) =>
  RANK[a.status] - RANK[b.status] || (a.start !== undefined && b.start !== undefined ? (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : 0);

/** Availability rows of several versions' stretches, summed per site. */
function mergeAvailability(metric: SlaMetric, rows: SlaRow[]): SlaRow[] {
  const ids = [...new Set(rows.map((r) => r.id))];
  return ids.map((id) => {
    const mine = rows.filter((r) => r.id === id);
    const sum = (f: (r: SlaRow) => number | undefined) => mine.reduce((s, r) => s + (f(r) ?? 0), 0);
    const refs = [...new Set(mine.flatMap((r) => r.refs ?? []))];
    return availabilityRow(metric, mine.at(-1)!.version, id, mine[0]!.label, sum((r) => r.plannedMinutes), sum((r) => r.outageMinutes), refs);
  });
}

/** The approved improvement (item 14) for a metric: a minutes decision naming the metric's id, or one of its items. */
function improvementFor(metric: SlaMetric, records: readonly AnyRecord[], from: number, now: number): Improvement {
  const found = ofKind(records, 'minutes')
    .filter((m) => instant(m.at) >= from && instant(m.at) <= now)
    .sort((a, b) => instant(a.at) - instant(b.at) || (a.id < b.id ? -1 : 1))
    .flatMap((m) => m.decisions.map((d) => ({ m, d })))
    .find(
      ({ d }) =>
        d.type === 'improvement' &&
        d.status === 'approved' &&
        ((d.refs ?? []).includes(metric.id) || (d.items ?? []).some((i) => i !== 14 && metric.items.includes(i))),
    );
  return found ? { status: 'approved', minutes: found.m.id, at: found.m.at, text: found.d.text } : { status: 'none' };
}

function verdictOf(metric: SlaMetric, rows: SlaRow[]): Pick<SlaMetricResult, 'measured' | 'measuredText' | 'verdict'> {
  const met = rows.filter((r) => r.status === 'met').length;
  const breached = rows.filter((r) => r.status === 'breach').length;
  const pending = rows.filter((r) => r.status === 'pending').length;
  if (metric.kind === 'availability') {
    const counted = rows.filter((r) => (r.plannedMinutes ?? 0) > 0);
    if (counted.length === 0) return { measured: { total: 0, met: 0, breached: 0, pending: 0 }, measuredText: '計画サービス時間なし', verdict: '対象なし' };
    const lowest = [...counted].sort((a, b) => a.percent! - b.percent!)[0]!;
    const text = counted.length === 1 ? formatPercent(lowest.percent!, 2) : `最低 ${formatPercent(lowest.percent!, 2)}（${lowest.label}）、${counted.length} 館中 ${counted.filter((r) => r.status === 'met').length} 館が目標以上`;
    const bad = counted.filter((r) => r.status === 'breach').length;
    return { measured: { total: counted.length, met: counted.length - bad, breached: bad, pending: 0, percent: lowest.percent! }, measuredText: text, verdict: bad > 0 ? '未達成' : '達成' };
  }
  const total = met + breached;
  const percent = total === 0 ? undefined : (met / total) * 100;
  const open = pending > 0 ? `、対応中 ${pending} 件` : '';
  const measuredText = total === 0 ? `対象 0 件${open}` : `${total} 件中 ${met} 件が目標内（${formatPercent(percent!)}）${open}`;
  const threshold = metric.target.threshold;
  const verdict: Verdict = total === 0 ? '対象なし' : (threshold === 'all' ? breached === 0 : percent! >= threshold - 1e-9) ? '達成' : '未達成';
  return { measured: { total, met, breached, pending, ...(percent === undefined ? {} : { percent }) }, measuredText, verdict };
}

/** What a metric's definition decides (its name, remarks and the default marker aside). */
const definitionKey = (m: SlaMetric) => {
  const { id: _id, name: _name, note: _note, default: _default, period: _period, ...rest } = m;
  return JSON.stringify(rest);
};

interface Collected {
  metric: SlaMetric;
  stretches: { segment: Segment; metric: SlaMetric; rows: SlaRow[] }[];
}

/** A part: the rows one version measured, judged by that version's own definition. */
function partOf(stretch: Collected['stretches'][number], rows: SlaRow[]): SlaMetricPart {
  const { segment, metric } = stretch;
  const own = rows.filter((r) => r.version === segment.version.version);
  return {
    version: segment.version.version,
    from: jstDate(segment.from),
    to: jstDate(segment.to - 1),
    name: metric.name,
    clock: metric.clock,
    target: metric.target,
    targetText: describeTarget(metric),
    ...verdictOf(metric, own),
    rows: own.length,
  };
}

function resultOf(id: string, entry: Collected, period: SlaPeriod, input: EvaluateInput, from: number): SlaMetricResult {
  const { metric, stretches } = entry;
  const definitionChanged = new Set(stretches.map((s) => definitionKey(s.metric))).size > 1;
  const raw = stretches.flatMap((s) => s.rows);
  // A site's availability sums over the versions only when they measure it the same way.
  const rows = (metric.kind === 'availability' && !definitionChanged ? mergeAvailability(metric, raw) : raw).sort(byUrgency);
  const result = verdictOf(metric, rows);
  return {
    id,
    name: metric.name,
    kind: metric.kind,
    ...(metric.severity ? { severity: metric.severity } : {}),
    clock: metric.clock,
    target: metric.target,
    targetText: describeTarget(metric),
    judged: metric.period,
    interim: isInterim(period, metric.period),
    default: metric.default === true,
    items: metric.items,
    versions: [...new Set(stretches.map((s) => s.segment.version.version))],
    parts: stretches.map((s) => partOf(s, rows)),
    definitionChanged,
    ...result,
    rows,
    ...(result.verdict === '未達成' ? { improvement: improvementFor(metric, input.records, from, input.now) } : {}),
  };
}

/**
 * Evaluates every metric over a period: each record is measured by the definition version in force
 * when it started; the verdict uses the latest version's threshold, and each version's part has its
 * own. The improvement-plan metrics come last, from the others' results. Pure and deterministic:
 * metrics in the order of the latest version, rows breaches first.
 */
export function evaluateSla(input: EvaluateInput): SlaReport {
  const period = typeof input.period === 'string' ? parseSlaPeriod(input.period) : input.period;
  if (!period) throw new RangeError(`unknown period: ${String(input.period)}`);
  const from = jstMidnight(period.from);
  const to = jstMidnight(addDays(period.to, 1));
  const ctx: Context = { calendar: input.calendar, sites: input.sites, items: input.items, records: input.records, now: input.now };
  const segs = segments(input.sla, from, to);
  const collect = (plans: boolean, results: SlaMetricResult[]) => {
    const collected = new Map<string, Collected>();
    for (const segment of segs) {
      for (const metric of segment.version.metrics) {
        if ((metric.kind === 'improvement-plan') !== plans) continue;
        const entry = collected.get(metric.id) ?? { metric, stretches: [] };
        entry.metric = metric;
        const rows = metric.kind === 'improvement-plan' ? improvementPlanRows(metric, segment, ctx, results, from, Math.min(input.now, to)) : PRODUCERS[metric.kind](metric, segment, ctx);
        entry.stretches.push({ segment, metric, rows });
        collected.set(metric.id, entry);
      }
    }
    return [...collected].map(([id, entry]) => resultOf(id, entry, period, input, from));
  };
  const measured = collect(false, []);
  const all = [...measured, ...collect(true, measured)];
  const latest = segs.at(-1)?.version.metrics.map((m) => m.id) ?? [];
  const metrics = [...latest, ...all.map((m) => m.id).filter((id) => !latest.includes(id))].map((id) => all.find((m) => m.id === id)!);
  const counts: Record<Verdict, number> = { 達成: 0, 未達成: 0, 対象なし: 0 };
  for (const m of metrics) counts[m.verdict]++;
  return {
    period,
    asOf: formatJst(Math.min(input.now, to)),
    versions: segs.map((s) => ({ version: s.version.version, effectiveFrom: s.version.effectiveFrom, note: s.version.note })),
    defaults: metrics.some((m) => m.default),
    counts,
    metrics,
  };
}
