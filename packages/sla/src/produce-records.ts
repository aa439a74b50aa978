import { addDays } from '@unyo/calendar';
import { formatJst, instant, type SlaMetric } from '@unyo/schema';
import { businessMinutes, jstMidnight, type Clock } from './clock.ts';
import { firstEvent, incidentPauses, incidentStart, ofKind, stopEvents, within, type Context, type Producer } from './context.ts';
import { allowedMinutes, clockFor, measure, type Pause } from './measure.ts';
import type { SlaRow } from './types.ts';
import type { Segment } from './versions.ts';

interface Subject {
  id: string;
  label: string;
  refs?: string[];
  clock: Clock;
  start: number;
  stop?: number;
  /** Business minutes allowed; from the metric's `within` when absent. */
  allowed?: number;
  pauses?: Pause[];
  note?: string;
}

/** Measures one subject against a metric and turns it into a row. */
export function rowOf(metric: SlaMetric, segment: Segment, subject: Subject, now: number): SlaRow {
  const allowed = subject.allowed ?? (metric.target.within ? allowedMinutes(subject.clock, subject.start, metric.target.within) : undefined) ?? 0;
  const m = measure(subject.clock, subject.start, subject.stop, allowed, subject.pauses ?? [], now);
  return {
    id: subject.id,
    label: subject.label,
    ...(subject.refs ? { refs: subject.refs } : {}),
    version: segment.version.version,
    start: formatJst(subject.start),
    ...(subject.stop === undefined ? {} : { stop: formatJst(subject.stop) }),
    ...(m.deadline === undefined ? {} : { deadline: formatJst(m.deadline) }),
    measuredMinutes: m.used,
    targetMinutes: m.allowed,
    status: m.status,
    ...(m.over === undefined ? {} : { overMinutes: m.over }),
    ...(m.paused ? { paused: true } : {}),
    ...(subject.note ? { note: subject.note } : {}),
  };
}

const rows = (metric: SlaMetric, segment: Segment, ctx: Context, subjects: Subject[]) =>
  subjects.filter((s) => within(s.start, segment, ctx.now)).map((s) => rowOf(metric, segment, s, ctx.now));

/** Incident clocks of one severity: start to the first stop event, pauses excluded. */
export const incidentRows: Producer = (metric, segment, ctx) =>
  rows(
    metric,
    segment,
    ctx,
    ofKind(ctx.records, 'incident')
      .filter((i) => i.severity === metric.severity)
      .map((i) => {
        const stop = firstEvent(i, stopEvents(metric), ctx.now);
        return {
          id: i.id,
          label: i.title,
          clock: clockFor(metric.clock, ctx.calendar, i.sites),
          start: incidentStart(i),
          ...(stop === undefined ? {} : { stop }),
          pauses: incidentPauses(i),
        };
      }),
  );

/** Inquiry clocks: receipt to the answer given to the library, or to closure. */
export const inquiryRows: Producer = (metric, segment, ctx) =>
  rows(
    metric,
    segment,
    ctx,
    ofKind(ctx.records, 'inquiry').map((q) => {
      const at = metric.kind === 'inquiry-first-answer' ? q.answer?.at : q.closedAt;
      const stop = at === undefined || instant(at) > ctx.now ? undefined : instant(at);
      return {
        id: q.id,
        label: q.question.split('\n')[0] ?? q.question,
        clock: clockFor(metric.clock, ctx.calendar, [q.site]),
        start: instant(q.at),
        ...(stop === undefined ? (metric.kind === 'inquiry-first-answer' ? { note: '未回答' } : {}) : { stop }),
      };
    }),
  );

/** Requests: done (executed) by the end of their deadline day. */
export const requestRows: Producer = (metric, segment, ctx) =>
  rows(
    metric,
    segment,
    ctx,
    ofKind(ctx.records, 'request').map((r) => {
      const clock = clockFor(metric.clock, ctx.calendar, r.site ? [r.site] : ctx.sites.map((s) => s.id));
      const start = instant(r.at);
      const end = jstMidnight(addDays(r.deadline, 1));
      const done = r.executed ? instant(r.executed.at) : undefined;
      const stop = done !== undefined && done <= ctx.now ? done : undefined;
      return {
        id: r.id,
        label: r.title,
        clock,
        start,
        allowed: Math.max(0, businessMinutes(clock, start, end)),
        ...(stop === undefined ? { note: '未実施' } : { stop }),
      };
    }),
  );

/** Documents a change obliges to update: from the change's successful result to each document's update. */
export const documentRows: Producer = (metric, segment, ctx) =>
  rows(
    metric,
    segment,
    ctx,
    ofKind(ctx.records, 'change').flatMap((c) => {
      if (c.result?.outcome !== 'success') return [];
      const start = instant(c.result.at);
      return (c.documents ?? []).map((d, i) => {
        const updated = d.updatedAt === undefined ? undefined : instant(d.updatedAt);
        const stop = updated === undefined || updated > ctx.now ? undefined : Math.max(start, updated);
        return {
          id: `${c.id} 文書${i + 1}`,
          label: d.title,
          refs: [c.id],
          clock: clockFor(metric.clock, ctx.calendar, ctx.sites.map((s) => s.id)),
          start,
          ...(stop === undefined ? { note: '未更新' } : { stop }),
          ...(updated !== undefined && updated < start ? { note: 'リリース前に更新済み' } : {}),
        };
      });
    }),
  );

/**
 * On-site arrival: from the first request for on-site work (`onsite-request`: an SE or the
 * maintenance vendor asked to come) to the first `onsite-arrival` after it, pauses excluded.
 * Incidents without such a request are not measured; `severities` limits the incidents measured.
 */
export const onsiteRows: Producer = (metric, segment, ctx) =>
  rows(
    metric,
    segment,
    ctx,
    ofKind(ctx.records, 'incident')
      .filter((i) => metric.severities === undefined || metric.severities.includes(i.severity))
      .flatMap((i) => {
        const start = firstEvent(i, ['onsite-request'], ctx.now);
        if (start === undefined) return [];
        const arrival = i.timeline.map((e) => ({ type: e.type, at: instant(e.at) })).filter((e) => e.type === 'onsite-arrival' && e.at >= start && e.at <= ctx.now);
        const stop = arrival.length === 0 ? undefined : Math.min(...arrival.map((e) => e.at));
        return [
          {
            id: i.id,
            label: i.title,
            clock: clockFor(metric.clock, ctx.calendar, i.sites),
            start,
            ...(stop === undefined ? { note: '未到着' } : { stop }),
            pauses: incidentPauses(i),
          },
        ];
      }),
  );

const OUTCOME_NOTES = { failed: '失敗', 'rolled-back': '切り戻し' } as const;

/**
 * Change completion (item 6): a change is on time when its result is a success by the end of its
 * planned window (`window.to`). A failed or rolled-back change is a breach whenever it ended; one
 * without a result is open until the window ends, then a breach. Measured from the change's record.
 */
export const changeRows: Producer = (metric, segment, ctx) =>
  ofKind(ctx.records, 'change')
    .filter((c) => within(instant(c.at), segment, ctx.now))
    .map((c) => {
      const clock = clockFor(metric.clock, ctx.calendar, ctx.sites.map((s) => s.id));
      const start = instant(c.at);
      const end = instant(c.window.to);
      const done = c.result !== undefined && instant(c.result.at) <= ctx.now ? c.result : undefined;
      const row = rowOf(
        metric,
        segment,
        {
          id: c.id,
          label: c.title,
          clock,
          start,
          allowed: Math.max(0, businessMinutes(clock, start, end)),
          ...(done ? { stop: instant(done.at) } : { note: '未完了' }),
        },
        ctx.now,
      );
      return !done || done.outcome === 'success' ? row : { ...row, status: 'breach' as const, note: OUTCOME_NOTES[done.outcome] };
    });
