import { addDays, formatJapaneseDate, weekdayOf } from '@unyo/calendar';
import { expandOccurrences, trackExecution, type Execution } from '@unyo/schedule';
import { instant, scheduleSite, type AnyRecord, type Weekday } from '@unyo/schema';
import type { ReportContext } from './context.ts';
import { nameOf, type Names } from './labels.ts';

/** The records and names a report works with, cut at `asOf`: nothing after it is counted. */
export interface Scope {
  ctx: ReportContext;
  /** asOf in epoch milliseconds. */
  now: number;
  /** The records that exist at `asOf` (opened at or before it). */
  records: AnyRecord[];
  byId: ReadonlyMap<string, AnyRecord>;
  names: Required<Names>;
  /** Item names by 項番. */
  itemNames: ReadonlyMap<number, string>;
  /** The staffed site whose opening days the library-wide periodic work follows. */
  site: string;
}

export function scopeOf(ctx: ReportContext): Scope {
  const now = instant(ctx.asOf);
  const records = ctx.records.filter((r) => instant(r.at) <= now);
  return {
    ctx,
    now,
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    names: {
      sites: new Map(ctx.settings.sites.map((s) => [s.id, s.name])),
      people: new Map(ctx.settings.people.map((p) => [p.id, p.name])),
    },
    itemNames: new Map(ctx.items.map((i) => [i.id, i.name])),
    site: scheduleSite(ctx.settings.sites),
  };
}

/** The records of one kind. */
export const ofKind = <K extends AnyRecord['kind']>(records: readonly AnyRecord[], kind: K) =>
  records.filter((r): r is Extract<AnyRecord, { kind: K }> => r.kind === kind);

/** A half-open interval of instants [from, to), in epoch milliseconds. */
export interface Span {
  from: number;
  to: number;
}

/** The days from `from` to `to` (dates, both included) as instants, cut at `now`. */
export const spanOf = (from: string, to: string, now: number): Span => ({ from: instant(from), to: Math.min(instant(addDays(to, 1)), now + 1) });

/** Whether a time (ISO) lies in a span; undefined never does. */
export const inSpan = (iso: string | undefined, span: Span): boolean => iso !== undefined && instant(iso) >= span.from && instant(iso) < span.to;

/** Whether a time (ISO) is before the end of a span (it had happened by then). */
export const by = (iso: string | undefined, span: Span): boolean => iso !== undefined && instant(iso) < span.to;

const WEEKDAY_LABELS: Record<Weekday, string> = { sun: '日', mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土' };

/** 2026-11-27 → 2026年11月27日（金）. */
export const dayLabel = (date: string): string => `${formatJapaneseDate(date)}（${WEEKDAY_LABELS[weekdayOf(date)]}）`;

/** The periodic work due in [from, to] and how it was done, as `unyo status` judges it. */
export function periodicExecutions(scope: Scope, from: string, to: string): Execution[] {
  const occurrences = expandOccurrences({ items: scope.ctx.items, calendar: scope.ctx.calendar, site: scope.site, from, to });
  return trackExecution(
    occurrences,
    scope.records.map((r) => ({ id: r.id, items: r.items, at: r.at })),
    scope.now,
  );
}

/** One periodic work of a report's table: the item, its name (with the site), when due, and the record that did it. */
export interface PeriodicLine {
  item: number;
  name: string;
  due: string;
  record?: string;
  at?: string;
}

/** An execution as a line of a report's table. */
export const periodicLine = (scope: Scope, e: Execution): PeriodicLine => ({
  item: e.occurrence.item,
  name: `${e.occurrence.name}${e.occurrence.site ? `（${nameOf(scope.names.sites, e.occurrence.site)}）` : ''}`,
  due: e.occurrence.due,
  ...(e.record ? { record: e.record } : {}),
  ...(e.at ? { at: e.at } : {}),
});

/** Unique ids in their first order. */
export const unique = (ids: Iterable<string | undefined>): string[] => [...new Set([...ids].filter((id): id is string => id !== undefined))];

/** A duration in milliseconds as 3時間2分 (days when long). */
export function durationText(ms: number): string {
  const total = Math.max(0, Math.round(ms / 60_000));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  return [days > 0 ? `${days}日` : '', hours > 0 ? `${hours}時間` : '', minutes > 0 || total === 0 ? `${minutes}分` : ''].join('');
}
