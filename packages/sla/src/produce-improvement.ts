import { instant, type SlaMetric } from '@unyo/schema';
import { firstEvent, ofKind, within, type Context } from './context.ts';
import { clockFor } from './measure.ts';
import { rowOf } from './produce-records.ts';
import type { SlaMetricResult, SlaRow } from './types.ts';
import type { Segment } from './versions.ts';

/** When a row's result was known: a met row at its stop, a breached one at its deadline (or stop). */
function settledAt(row: SlaRow): number | undefined {
  if (row.status === 'pending') return undefined;
  const at = row.status === 'breach' ? (row.deadline ?? row.stop) : row.stop;
  return at === undefined ? (row.start === undefined ? undefined : instant(row.start)) : instant(at);
}

/**
 * The moment a metric became 未達成 for good: walking its rows in the order their results became
 * known, the last time the running verdict turned from 達成 to 未達成 (with `all`, the first breach).
 * Availability: when the last outage of a breached site ended (`outageEnd` of its incidents), or `end`.
 */
export function unmetSince(result: SlaMetricResult, end: number, outageEnd: (incident: string) => number | undefined = () => undefined): number | undefined {
  if (result.verdict !== '未達成') return undefined;
  if (result.kind === 'availability') {
    const ends = result.rows.filter((r) => r.status === 'breach').flatMap((r) => (r.refs ?? []).map(outageEnd));
    return ends.some((t) => t === undefined) || ends.length === 0 ? end : Math.max(...(ends as number[]));
  }
  const threshold = result.target.threshold;
  const settled = result.rows
    .map((row) => ({ row, at: settledAt(row) }))
    .filter((s): s is { row: SlaRow; at: number } => s.at !== undefined)
    .sort((a, b) => a.at - b.at);
  let met = 0;
  let breached = 0;
  let since: number | undefined;
  let unmet = false;
  for (const { row, at } of settled) {
    if (row.status === 'met') met++;
    else breached++;
    const now = threshold === 'all' ? breached > 0 : (met / (met + breached)) * 100 < threshold - 1e-9;
    if (now && !unmet) since = at;
    unmet = now;
  }
  return unmet ? since : undefined;
}

const DECISION_NOTES = { approved: '承認', rejected: '差し戻し', deferred: '継続審議' } as const;

/**
 * Improvement plans (item 14): every other metric that is 未達成 must have its improvement plan
 * presented within the target from the moment it became 未達成. The evidence is the first decision of
 * type `improvement` in minutes held from `from` on (not a draft), naming the metric's id in `refs` or
 * one of its items; approved, rejected or deferred, the plan was presented. A plan presented before
 * the metric became 未達成 counts as on time.
 */
export function improvementPlanRows(metric: SlaMetric, segment: Segment, ctx: Context, results: readonly SlaMetricResult[], from: number, end: number): SlaRow[] {
  const clock = clockFor(metric.clock, ctx.calendar, ctx.sites.map((s) => s.id));
  const decisions = ofKind(ctx.records, 'minutes')
    .filter((m) => m.status !== 'draft' && instant(m.at) >= from && instant(m.at) <= ctx.now)
    .sort((a, b) => instant(a.at) - instant(b.at) || (a.id < b.id ? -1 : 1))
    .flatMap((m) => m.decisions.filter((d) => d.type === 'improvement').map((d) => ({ minutes: m.id, at: instant(m.at), decision: d })));
  const incidents = new Map(ofKind(ctx.records, 'incident').map((i) => [i.id, i]));
  const outageEnd = (id: string) => {
    const incident = incidents.get(id);
    return incident ? firstEvent(incident, ['restored', 'workaround'], ctx.now) : undefined;
  };
  return results.flatMap((result) => {
    if (result.kind === 'improvement-plan') return [];
    const start = unmetSince(result, end, outageEnd);
    if (start === undefined || !within(start, segment, ctx.now)) return [];
    const plan = decisions.find(({ decision: d }) => (d.refs ?? []).includes(result.id) || (d.items ?? []).some((i) => i !== 14 && result.items.includes(i)));
    return [
      rowOf(
        metric,
        segment,
        {
          id: result.id,
          label: `${result.name} の改善案`,
          ...(plan ? { refs: [plan.minutes] } : {}),
          clock,
          start,
          ...(plan ? { stop: Math.max(start, plan.at), note: DECISION_NOTES[plan.decision.status] } : { note: '未提示' }),
        },
        ctx.now,
      ),
    ];
  });
}
