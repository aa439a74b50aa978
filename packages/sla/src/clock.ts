import { addDays, officeDay, siteDay } from '@unyo/calendar';
import type { Calendar } from '@unyo/schema';

/**
 * Business time in JST, whatever the machine's time zone: instants are epoch milliseconds, days are
 * ISO date strings, and a JST wall time is turned into an instant by parsing it with its `+09:00`
 * offset. JST has no daylight saving time, so every day is 24 hours long.
 */

/** How time is counted (see SLA_CLOCKS in @unyo/schema). */
export type Clock =
  | { kind: '24x365' }
  /** The opening hours of any of `sites` (their union), widened by `margin` minutes before opening and after closing. */
  | { kind: 'opening-hours'; calendar: Calendar; sites: readonly string[]; margin?: number }
  | { kind: 'office-hours'; calendar: Calendar };

/** A half-open interval [from, to) of epoch milliseconds. */
export interface Interval {
  from: number;
  to: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const JST_OFFSET = 9 * 3_600_000;
/** How far addBusinessTime and day counting look ahead before giving up (a calendar with no open day). */
export const MAX_SCAN_DAYS = 800;

/** The JST date of an instant. */
export const jstDate = (ms: number): string => new Date(ms + JST_OFFSET).toISOString().slice(0, 10);

/** The instant of a JST wall time on a date (`hhmm` as 09:30). */
export const jstTime = (date: string, hhmm: string): number => Date.parse(`${date}T${hhmm}:00+09:00`);

/** The instant of JST midnight at the start of a date. */
export const jstMidnight = (date: string): number => Date.parse(`${date}T00:00:00+09:00`);

/** Sorts and merges overlapping or touching intervals; drops empty ones. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else out.push({ from: i.from, to: i.to });
  }
  return out;
}

/** The parts of `windows` not covered by `holes` (both merged lists). */
export function subtractIntervals(windows: readonly Interval[], holes: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const w of windows) {
    let from = w.from;
    for (const h of holes) {
      if (h.to <= from || h.from >= w.to) continue;
      if (h.from > from) out.push({ from, to: h.from });
      from = Math.max(from, h.to);
    }
    if (from < w.to) out.push({ from, to: w.to });
  }
  return out;
}

/** The total length of intervals, in milliseconds. */
const total = (list: readonly Interval[]) => list.reduce((sum, i) => sum + (i.to - i.from), 0);

/** The business windows of one JST date under a clock (merged, in order). */
export function dayWindows(clock: Clock, date: string): Interval[] {
  if (clock.kind === '24x365') return [{ from: jstMidnight(date), to: jstMidnight(addDays(date, 1)) }];
  if (clock.kind === 'office-hours') {
    const day = officeDay(clock.calendar, date);
    return day.hours ? [{ from: jstTime(date, day.hours[0]), to: jstTime(date, day.hours[1]) }] : [];
  }
  const margin = (clock.margin ?? 0) * MINUTE;
  const windows: Interval[] = [];
  for (const site of clock.sites) {
    const day = siteDay(clock.calendar, site, date);
    if (day.hours) windows.push({ from: jstTime(date, day.hours[0]) - margin, to: jstTime(date, day.hours[1]) + margin });
  }
  return mergeIntervals(windows);
}

/** The business windows within [from, to), merged. */
export function businessWindows(clock: Clock, from: number, to: number): Interval[] {
  if (to <= from) return [];
  const windows: Interval[] = [];
  // A margin may push a window over midnight, so start one day early.
  for (let date = addDays(jstDate(from), -1), end = jstDate(to); date <= end; date = addDays(date, 1)) {
    for (const w of dayWindows(clock, date)) windows.push({ from: Math.max(w.from, from), to: Math.min(w.to, to) });
  }
  return mergeIntervals(windows);
}

/**
 * Business time between two instants under a clock, in minutes, minus the pause intervals (merged
 * when they overlap). Zero when `to` is not after `from`.
 */
export function businessMinutes(clock: Clock, from: number, to: number, pauses: readonly Interval[] = []): number {
  return total(subtractIntervals(businessWindows(clock, from, to), mergeIntervals(pauses))) / MINUTE;
}

/**
 * The instant at which `minutes` of business time have passed since `from`, pauses excluded: the
 * deadline of a target. `from` itself when `minutes` is 0; undefined when the clock does not run
 * within MAX_SCAN_DAYS (a pause without end, or a calendar without open days).
 */
export function addBusinessTime(clock: Clock, from: number, minutes: number, pauses: readonly Interval[] = []): number | undefined {
  let left = minutes * MINUTE;
  if (left <= 0) return from;
  const holes = mergeIntervals(pauses);
  for (let date = addDays(jstDate(from), -1), i = 0; i <= MAX_SCAN_DAYS; date = addDays(date, 1), i++) {
    const clipped = dayWindows(clock, date)
      .map((w) => ({ from: Math.max(w.from, from), to: w.to }))
      .filter((w) => w.to > w.from);
    for (const w of subtractIntervals(clipped, holes)) {
      if (w.to - w.from >= left) return w.from + left;
      left -= w.to - w.from;
    }
  }
  return undefined;
}

/**
 * The close of the Nth business day after the JST date of `from` (1 = 翌開館日中 under opening
 * hours, 翌開庁日中 under office hours); for 24x365, `from` plus N × 24 hours. Undefined when no
 * such day falls within MAX_SCAN_DAYS.
 */
export function closeOfNthDay(clock: Clock, from: number, n: number): number | undefined {
  if (clock.kind === '24x365') return from + n * DAY;
  let date = jstDate(from);
  for (let found = 0, i = 0; i <= MAX_SCAN_DAYS; i++) {
    date = addDays(date, 1);
    const windows = dayWindows(clock, date);
    if (windows.length > 0 && ++found >= n) return windows[windows.length - 1]!.to;
  }
  return undefined;
}
