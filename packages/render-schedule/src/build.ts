import { datesBetween, holidayName, lastDayOfMonth, officeDay, siteDay, weekdayOf } from '@unyo/calendar';
import { expandOccurrences, type Occurrence } from '@unyo/schedule';
import type { Calendar, OperationItem } from '@unyo/schema';
import type { MonthSchedule, PlannedEvent, ScheduleClosure, ScheduleDay, ScheduleItem, ScheduleSite, SiteStatus } from './model.ts';
import { assertMonth } from './month.ts';

/** What the schedule of a month is built from: the runbooks' items, the calendar and the sites. */
export interface MonthScheduleInput {
  /** The month, such as 2026-12. */
  month: string;
  /** The operation items (runbook frontmatter). */
  items: readonly OperationItem[];
  calendar: Calendar;
  /** The sites from settings/sites.yaml (only id and name are used). */
  sites: readonly ScheduleSite[];
  /** The site whose opening days the library-wide work follows (the staffed central library). */
  site: string;
  /** Planned changes and releases from records/change (their work windows appear as planned work). */
  changes?: readonly PlannedChange[];
}

/** The part of a change record the schedule shows: its work window. */
export interface PlannedChange {
  id: string;
  title: string;
  type: 'change' | 'release';
  items: readonly number[];
  window: { from: string; to: string };
}

/** The year-end closures (12-29 to 01-03) that overlap [first, last], as whole periods. */
function yearEndClosures(calendar: Calendar, first: string, last: string): ScheduleClosure[] {
  const { from, to } = calendar.yearEnd;
  const year = Number(first.slice(0, 4));
  return [year - 1, year]
    .map((y) => ({ from: `${y}-${from}`, to: `${from <= to ? y : y + 1}-${to}` }))
    .filter((c) => c.from <= last && c.to >= first)
    .map((c) => ({ ...c, type: 'year-end' as const, reason: '年末年始休館' }));
}

/** The calendar's dated closures overlapping [first, last], and the year-end closure, by first day. */
function closuresOf(calendar: Calendar, first: string, last: string): ScheduleClosure[] {
  const dated = calendar.closures
    .filter((c) => c.from <= last && (c.to ?? c.from) >= first)
    .map((c) => ({ from: c.from, to: c.to ?? c.from, type: c.type, reason: c.reason, ...(c.sites ? { sites: [...c.sites] } : {}) }));
  return [...dated, ...yearEndClosures(calendar, first, last)].sort(
    (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.reason.localeCompare(b.reason),
  );
}

/** The planned events of one day, by start time (all-day first), with the names of their items. */
function eventsOf(calendar: Calendar, items: readonly OperationItem[], date: string, changes: readonly PlannedChange[] = []): PlannedEvent[] {
  const names = new Map(items.map((i) => [i.id, i.name]));
  const windows: NonNullable<Calendar['events']> = changes
    .filter((c) => c.window.from.slice(0, 10) === date)
    .map((c) => ({
      date,
      start: c.window.from.slice(11, 16),
      ...(c.window.to.slice(0, 10) === date ? { end: c.window.to.slice(11, 16) } : {}),
      type: c.type === 'release' ? 'patch' : 'other',
      title: `${c.title}（${c.id} 作業枠）`,
      items: [...c.items],
    }));
  return [...(calendar.events ?? []), ...windows]
    .filter((e) => e.date === date)
    .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.title.localeCompare(b.title))
    .map((e) => ({
      date: e.date,
      ...(e.start ? { start: e.start } : {}),
      ...(e.end ? { end: e.end } : {}),
      type: e.type,
      title: e.title,
      ...(e.items ? { items: e.items.map((id) => ({ id, ...(names.has(id) ? { name: names.get(id) } : {}) })) } : {}),
      ...(e.sites ? { sites: [...e.sites] } : {}),
    }));
}

function siteStatus(calendar: Calendar, site: string, date: string): SiteStatus {
  const d = siteDay(calendar, site, date);
  return {
    site,
    open: d.open,
    ...(d.hours ? { hours: d.hours } : {}),
    ...(d.closedFor ? { closedFor: d.closedFor } : {}),
    ...(d.closure ? { closure: d.closure } : {}),
    ...(d.special ? { special: d.special } : {}),
  };
}

/** The items that have an occurrence, by id, with the cycles that make them due. */
function dueItems(items: readonly OperationItem[], occurrences: readonly Occurrence[]): ScheduleItem[] {
  return items
    .filter((item) => occurrences.some((o) => o.item === item.id))
    .sort((a, b) => a.id - b.id)
    .map((item) => ({
      id: item.id,
      name: item.name,
      path: [...item.path],
      period: item.period,
      cycles: [...new Set(item.cycles.map((c) => c.kind))].filter((kind) => occurrences.some((o) => o.item === item.id && o.cycle === kind)),
    }));
}

/**
 * The schedule of one month: every date with each site's opening, the national holiday and the
 * office day; the occurrences due (expandOccurrences, so on-demand items never appear); the planned
 * events; and the closures. Pure and deterministic.
 */
export function buildMonthSchedule(input: MonthScheduleInput): MonthSchedule {
  assertMonth(input.month);
  const { month, calendar, items, site } = input;
  const first = `${month}-01`;
  const last = lastDayOfMonth(month);
  const occurrences = expandOccurrences({ items, calendar, site, from: first, to: last });
  const sites = input.sites.map((s) => ({ id: s.id, name: s.name }));
  const days: ScheduleDay[] = datesBetween(first, last).map((date) => {
    const holiday = holidayName(date);
    const office = officeDay(calendar, date);
    return {
      date,
      weekday: weekdayOf(date),
      ...(holiday ? { holiday } : {}),
      office: { open: office.open, ...(office.hours ? { hours: office.hours } : {}) },
      sites: sites.map((s) => siteStatus(calendar, s.id, date)),
      events: eventsOf(calendar, items, date, input.changes),
      due: occurrences.filter((o) => o.date === date),
    };
  });
  return { month, site, sites, items: dueItems(items, occurrences), days, closures: closuresOf(calendar, first, last) };
}
