import { addDays, addMonths, nextMonth } from '@unyo/calendar';
import { expandOccurrences, trackExecution } from '@unyo/schedule';
import { CYCLE_LABELS, REPORT_TYPE_ITEMS, formatJst, instant, scheduleSite, type SlaMetric } from '@unyo/schema';
import { businessMinutes, closeOfNthDay, dayWindows, jstDate, jstMidnight, jstTime, type Clock } from './clock.ts';
import { ofKind, within, type Context, type Producer } from './context.ts';
import { rowOf } from './produce-records.ts';
import type { SlaRow } from './types.ts';

/** Periodic work: every due occurrence in the segment, done by its due time (met), late or missing (breach). */
export const periodicRows: Producer = (metric, segment, ctx) => {
  const end = Math.min(segment.to, ctx.now + 1);
  if (end <= segment.from) return [];
  const items = ctx.items.filter((i) => i.cycles.length > 0 && (metric.measures === undefined || metric.measures.includes(i.id)));
  const site = scheduleSite(ctx.sites);
  const occurrences = expandOccurrences({ items, calendar: ctx.calendar, site, from: jstDate(segment.from), to: jstDate(end - 1) }).filter((o) =>
    within(instant(o.due), segment, ctx.now),
  );
  const evidence = ctx.records.map((r) => ({ id: r.id, items: r.items, at: r.at }));
  return trackExecution(occurrences, evidence, ctx.now).map((e): SlaRow => {
    const o = e.occurrence;
    const due = instant(o.due);
    const late = e.status === 'late' && e.at !== undefined ? (instant(e.at) - due) / 60_000 : undefined;
    const missing = e.status === 'missing' ? (ctx.now - due) / 60_000 : undefined;
    return {
      id: `項番${o.item} ${o.date}${o.site ? ` ${o.site}` : ''}`,
      label: `${o.name}（${CYCLE_LABELS[o.cycle]}）`,
      ...(e.record ? { refs: [e.record] } : {}),
      version: segment.version.version,
      start: o.due,
      deadline: o.due,
      ...(e.at ? { stop: e.at } : {}),
      status: e.status === 'done' ? 'met' : 'breach',
      ...(late !== undefined ? { overMinutes: late, note: '遅延' } : {}),
      ...(missing !== undefined ? { overMinutes: missing, note: '未実施' } : {}),
    };
  });
};

/** Backups: every job of every daily check sheet in the segment; success is met, failure or not-run a breach. */
export const backupRows: Producer = (metric, segment, ctx) =>
  ofKind(ctx.records, 'daily-check')
    .filter((d) => within(instant(d.at), segment, ctx.now))
    .flatMap((d) =>
      d.backups.map(
        (b): SlaRow => ({
          id: `${d.id} ${b.job}`,
          label: `バックアップ ${b.job}（${d.date}）`,
          refs: [d.id, ...(b.incident ? [b.incident] : [])],
          version: segment.version.version,
          start: formatJst(instant(d.at)),
          status: b.result === 'success' ? 'met' : 'breach',
          ...(b.result === 'success' ? {} : { note: `${b.result === 'failure' ? '失敗' : '未実行'}${b.note ? `: ${b.note}` : ''}` }),
        }),
      ),
    );

/** The close of the office day `n` office days before `date` (0: `date` itself). */
function officeDaysBefore(office: Clock, date: string, n: number): number | undefined {
  let d = date;
  for (let found = 0, i = 0; i < 400; i++) {
    const windows = dayWindows(office, d);
    if (windows.length > 0 && found++ === n) return windows[windows.length - 1]!.to;
    d = addDays(d, -1);
  }
  return undefined;
}

/**
 * When the report of `month` is due: the earlier of the close of the Nth office day of the next
 * month and the close of the office day N office days before that month's meeting (the meeting's
 * start when N is 0). Without a meeting in the calendar, the office-day deadline alone.
 */
export function reportDue(metric: SlaMetric, ctx: Context, month: string): number | undefined {
  const rule = metric.report;
  if (!rule) return undefined;
  const office: Clock = { kind: 'office-hours', calendar: ctx.calendar };
  const next = nextMonth(month);
  const byDay = closeOfNthDay(office, jstMidnight(addDays(`${next}-01`, -1)), rule.officeDayOfNextMonth);
  const meeting = (ctx.calendar.events ?? []).find((e) => e.type === 'meeting' && e.date.slice(0, 7) === next);
  const byMeeting = !meeting
    ? undefined
    : rule.officeDaysBeforeMeeting === 0
      ? jstTime(meeting.date, meeting.start ?? ctx.calendar.office.hours[0])
      : officeDaysBefore(office, addDays(meeting.date, -1), rule.officeDaysBeforeMeeting - 1);
  const candidates = [byDay, byMeeting].filter((t): t is number => t !== undefined);
  if (candidates.length === 0) return undefined;
  return Math.min(...candidates);
}

/**
 * The monthly report: each month whose report falls due in the segment, submitted by then. The
 * evidence is a report record of the month (`period: 2026-10`) of a report the metric's items make
 * (monthly: 99, performance: 10), submitted (`submittedAt`) from the start of the next month to now; the first
 * submission counts. Job runs of the same items are not evidence of a submission.
 */
export const reportRows: Producer = (metric, segment, ctx) => {
  const out: SlaRow[] = [];
  const office: Clock = { kind: 'office-hours', calendar: ctx.calendar };
  const evidence = ofKind(ctx.records, 'report')
    .filter((r) => r.period !== undefined && REPORT_TYPE_ITEMS[r.report].some((i) => metric.items.includes(i)) && instant(r.submittedAt) <= ctx.now)
    .map((r) => ({ id: r.id, period: r.period, submitted: instant(r.submittedAt) }))
    .sort((a, b) => a.submitted - b.submitted || (a.id < b.id ? -1 : 1));
  const first = jstDate(segment.from).slice(0, 7);
  for (let month = addMonths(`${first}-01`, -2).slice(0, 7); month <= jstDate(segment.to - 1).slice(0, 7); month = nextMonth(month)) {
    const due = reportDue(metric, ctx, month);
    if (due === undefined || due < segment.from || due >= segment.to) continue;
    const start = jstMidnight(`${nextMonth(month)}-01`);
    if (start > ctx.now) continue;
    const record = evidence.find((e) => e.period === month && e.submitted >= start);
    out.push(
      rowOf(
        metric,
        segment,
        {
          id: month,
          label: `${Number(month.slice(5, 7))}月分 月次報告書`,
          ...(record ? { refs: [record.id] } : {}),
          clock: office,
          start,
          allowed: businessMinutes(office, start, due),
          ...(record ? { stop: record.submitted } : { note: '未提出' }),
        },
        ctx.now,
      ),
    );
  }
  return out;
};
