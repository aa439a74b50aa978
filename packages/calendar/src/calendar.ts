import type { Calendar, SpecialHours, Weekday } from '@unyo/schema';
import { weekdayOf } from './dates.ts';
import { holidayName } from './holidays.ts';

/** One day at one site: open or closed, the hours, and why. */
export interface SiteDay {
  date: string;
  weekday: Weekday;
  /** The national holiday, if any. */
  holiday?: string;
  open: boolean;
  /** Opening hours [open, close] when open. */
  hours?: [string, string];
  /** Why it is closed: the closure's reason, 年末年始休館, or 定休日. */
  closedFor?: string;
  /** The kind of closure. */
  closure?: 'inspection' | 'stock-taking' | 'temporary' | 'year-end' | 'weekly';
  /** Why the hours differ from the weekday's (an entry of `specialHours`), when they do. */
  special?: string;
}

const inYearEnd = (calendar: Calendar, iso: string) => {
  const md = iso.slice(5);
  const { from, to } = calendar.yearEnd;
  return from <= to ? md >= from && md <= to : md >= from || md <= to;
};

/** The entry of `specialHours` for `site` on `iso`: a site's own entry wins over an all-sites one. */
export function specialHoursOn(calendar: Calendar, site: string, iso: string): SpecialHours | undefined {
  const on = (calendar.specialHours ?? []).filter((h) => iso >= h.date && iso <= (h.to ?? h.date) && (h.sites === undefined || h.sites.includes(site)));
  return on.find((h) => h.sites !== undefined) ?? on[0];
}

/**
 * Whether `site` is open on `iso`, its hours, and the reason when closed: the hours of a date, which
 * every clock and schedule reads. Most specific first: a dated closure (施設点検日, 特別整理期間,
 * 臨時休館), then dated special hours (which also open a day the year-end or the weekly rule closes),
 * then the year-end closure, then the site's and every site's hours of the weekday or holiday.
 */
export function siteDay(calendar: Calendar, site: string, iso: string): SiteDay {
  const weekday = weekdayOf(iso);
  const holiday = holidayName(iso);
  const base = { date: iso, weekday, ...(holiday ? { holiday } : {}) };
  const closure = calendar.closures.find((c) => iso >= c.from && iso <= (c.to ?? c.from) && (c.sites === undefined || c.sites.includes(site)));
  if (closure) return { ...base, open: false, closedFor: closure.reason, closure: closure.type };
  const special = specialHoursOn(calendar, site, iso);
  if (special) return { ...base, open: true, hours: [special.hours[0], special.hours[1]], special: special.reason };
  if (inYearEnd(calendar, iso)) return { ...base, open: false, closedFor: '年末年始休館', closure: 'year-end' };
  const own = calendar.siteHours?.[site];
  const key = holiday ? 'holiday' : weekday;
  const hours = own?.[key] ?? calendar.hours[key] ?? (holiday ? (own?.[weekday] ?? calendar.hours[weekday]) : undefined);
  if (!hours) return { ...base, open: false, closedFor: '定休日', closure: 'weekly' };
  return { ...base, open: true, hours: [hours[0], hours[1]] };
}

/** Whether the SE office works on `iso` (office days, not a holiday, not the year-end closure), and its hours. */
export function officeDay(calendar: Calendar, iso: string): { open: boolean; hours?: [string, string] } {
  const open = calendar.office.days.includes(weekdayOf(iso)) && !holidayName(iso) && !inYearEnd(calendar, iso);
  return open ? { open, hours: [calendar.office.hours[0], calendar.office.hours[1]] } : { open };
}

/** The stock-taking periods of a site that overlap [from, to]. */
export const stockTakingPeriods = (calendar: Calendar, from: string, to: string) =>
  calendar.closures.filter((c) => c.type === 'stock-taking' && c.from <= to && (c.to ?? c.from) >= from);
