import { addDays, addMonths, dayOfMonth, datesBetween, monthsBetween, nthWeekday, officeDay, siteDay, weekdayOf } from '@unyo/calendar';
import type { Calendar, Cycle, OperationItem } from '@unyo/schema';
import type { Occurrence } from './occurrence.ts';

/** What expansion reads: the items with their cycles, the calendar, and the site whose days count as opening days. */
export interface ExpandInput {
  items: readonly OperationItem[];
  calendar: Calendar;
  /** The site whose opening days the library-wide work follows (the staffed central library). */
  site: string;
  /**
   * The sites where operators are resident (sites.yaml `staffed`); operators are on site on the days
   * one of them is open, which is where `calendar.operatorWork` applies. `[site]` when absent.
   */
  staffed?: readonly string[];
  /** First and last date of the period (JST, both included). */
  from: string;
  to: string;
}

type CalendarKind = 'opening-days' | 'every-day' | 'office-days';

const DEFAULT_BY = { daily: '10:00', other: '17:00' } as const;
/** How far a closed day may push an occurrence forward before it is dropped. */
const MAX_SHIFT_DAYS = 31;

const at = (date: string, time: string) => `${date}T${time}:00+09:00`;

/** Whether an operator is on site on `date`: one of the staffed sites is open (the roster staffs open days only). */
const operatorDay = (input: ExpandInput, date: string): boolean => (input.staffed ?? [input.site]).some((site) => siteDay(input.calendar, site, date).open);

/**
 * Whether an item's work needs an operator on site: it has operator duties (運用支援業務), or no duties
 * of either role, being a heading over on-site work (31 稼動管理 over 32–34); SE-only work does not.
 */
export const isOperatorWork = (item: Pick<OperationItem, 'duties'>): boolean => item.duties.support.length > 0 || item.duties.maintenance.length === 0;

/** How the days of one item's cycle are read: its calendar, and whether it also needs an operator on site. */
interface Days {
  calendar: CalendarKind;
  /** Only days with an operator on site count as open (operator work under skip or next-staffed-day). */
  needsOperator: boolean;
}

function isOpen(input: ExpandInput, days: Days, date: string): boolean {
  if (days.needsOperator && !operatorDay(input, date)) return false;
  if (days.calendar === 'every-day') return true;
  if (days.calendar === 'office-days') return officeDay(input.calendar, date).open;
  return siteDay(input.calendar, input.site, date).open;
}

/**
 * The open day for a due day that may be closed: weekly work moves forward to the next open day;
 * work due at the end of a month, quarter, half-year or year moves back to the last open day before
 * it (前倒し), so that it stays in its period (a month-end in the year-end closure is done on 12-28).
 */
function openDayFor(input: ExpandInput, days: Days, date: string, step: 1 | -1): string | undefined {
  for (let d = date, i = 0; i <= MAX_SHIFT_DAYS; d = addDays(d, step), i++) if (isOpen(input, days, d)) return d;
  return undefined;
}

/** The nominal due days of one cycle over the months around the period (before moving off closed days). */
function nominalDays(input: ExpandInput, cycle: Cycle, start: string): string[] {
  const months = monthsBetween(start, input.to);
  const inMonths = (list: readonly number[]) => months.filter((m) => list.includes(Number(m.slice(5, 7))));
  switch (cycle.kind) {
    case 'daily':
      return datesBetween(start, input.to);
    case 'weekly':
      return datesBetween(start, input.to).filter((d) => weekdayOf(d) === (cycle.weekday ?? 'mon'));
    case 'monthly':
      return months.flatMap((m) => {
        if (cycle.before === 'meeting') {
          const meeting = (input.calendar.events ?? []).find((e) => e.type === 'meeting' && e.date.slice(0, 7) === m);
          return [meeting?.date ?? dayOfMonth(m, 'last')];
        }
        if (cycle.nth !== undefined) return [nthWeekday(m, cycle.nth, cycle.weekday ?? 'mon') ?? dayOfMonth(m, 'last')];
        return [dayOfMonth(m, cycle.day ?? 'last')];
      });
    case 'quarterly':
      return inMonths(cycle.months ?? [6, 9, 12, 3]).map((m) => dayOfMonth(m, cycle.day ?? 'last'));
    case 'half-yearly':
      return inMonths(cycle.months ?? [9, 3]).map((m) => dayOfMonth(m, cycle.day ?? 'last'));
    case 'yearly':
      return inMonths([cycle.month ?? 3]).map((m) => dayOfMonth(m, cycle.day ?? 'last'));
    default:
      return [];
  }
}

/** The due time of a cycle on a day: the rule's `by`, or for `before: meeting` the meeting's start. */
function dueTime(input: ExpandInput, cycle: Cycle, date: string): string {
  if (cycle.kind === 'monthly' && cycle.before === 'meeting') {
    const meeting = (input.calendar.events ?? []).find((e) => e.type === 'meeting' && e.date === date);
    if (meeting?.start && cycle.by === undefined) return meeting.start;
  }
  const by = 'by' in cycle ? cycle.by : undefined;
  return by ?? (cycle.kind === 'daily' ? DEFAULT_BY.daily : DEFAULT_BY.other);
}

/**
 * Expands every item's cycles into the occurrences due in [from, to]: daily on each open day of its
 * calendar; weekly on a weekday; monthly on a day, an nth weekday or the monthly meeting; quarterly,
 * half-yearly and yearly in their months; stock-taking on the last day of each site's stock-taking
 * period. A weekly due day that falls on a closed day moves to the next open day, a monthly or longer
 * one to the last open day before it; daily ones on closed days are dropped.
 * Operator work (isOperatorWork) follows `calendar.operatorWork` on the days no staffed site
 * is open: under skip and next-staffed-day those days count as closed for it (so even `every-day`
 * work is not due then), and next-staffed-day moves a daily occurrence to the next staffed day, whose
 * window then starts on the first day missed; under on-call it stays and names the on-call role.
 * On-demand items are never due. Pure and deterministic; sorted by due time, then item.
 */
export function expandOccurrences(input: ExpandInput): Occurrence[] {
  // Rules are evaluated from two months before the period, so that an occurrence moved forward
  // across the period's start is found whichever period is asked (adjacent periods add up).
  const start = `${monthsBetween(addDays(input.from, -62), input.from)[0]}-01`;
  const out: Occurrence[] = [];
  for (const item of input.items) {
    for (const cycle of item.cycles) {
      if (cycle.kind === 'on-demand') continue;
      if (cycle.kind === 'stock-taking') {
        for (const c of input.calendar.closures.filter((x) => x.type === 'stock-taking')) {
          const last = c.to ?? c.from;
          if (last < input.from || last > input.to) continue;
          for (const site of c.sites ?? [input.site]) {
            out.push({ item: item.id, name: item.name, cycle: cycle.kind, date: last, due: at(last, cycle.by ?? DEFAULT_BY.other), from: at(c.from, '00:00'), site });
          }
        }
        continue;
      }
      const policy = isOperatorWork(item) ? input.calendar.operatorWork : undefined;
      const days: Days = { calendar: cycle.calendar ?? 'opening-days', needsOperator: policy !== undefined && policy.closedDays !== 'on-call' };
      let previous: string | undefined;
      for (const nominal of nominalDays(input, cycle, start)) {
        const date =
          cycle.kind !== 'daily'
            ? openDayFor(input, days, nominal, cycle.kind === 'weekly' ? 1 : -1)
            : isOpen(input, days, nominal)
              ? nominal
              : policy?.closedDays === 'next-staffed-day' && isOpen(input, { ...days, needsOperator: false }, nominal)
                ? openDayFor(input, days, nominal, 1)
                : undefined;
        if (date === undefined || date === previous) continue;
        previous = date;
        if (date < input.from || date > input.to) continue;
        const onCall = policy?.closedDays === 'on-call' && policy.onCall !== undefined && !operatorDay(input, date) ? { onCall: policy.onCall } : {};
        out.push({ item: item.id, name: item.name, cycle: cycle.kind, date, due: at(date, dueTime(input, cycle, date)), from: at(windowStart(cycle.kind, nominal), '00:00'), ...onCall });
      }
    }
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.item - b.item || a.cycle.localeCompare(b.cycle)));
}

/** The first day from which a record counts for an occurrence: one period back from its nominal day. */
function windowStart(kind: Cycle['kind'], nominal: string): string {
  switch (kind) {
    case 'weekly':
      return addDays(nominal, -6);
    case 'monthly':
      return addDays(addMonths(nominal, -1), 1);
    case 'quarterly':
      return addDays(addMonths(nominal, -3), 1);
    case 'half-yearly':
      return addDays(addMonths(nominal, -6), 1);
    case 'yearly':
      return addDays(addMonths(nominal, -12), 1);
    default:
      return nominal;
  }
}
