import { WEEKDAYS, type Weekday } from '@unyo/schema';

/**
 * Calendar arithmetic on ISO dates (`2026-11-28`) as plain strings, through UTC so that the
 * machine's time zone never shifts a day. JST has no daylight saving time.
 */
const toUtc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The date `n` days after `iso` (before, when negative). */
export const addDays = (iso: string, n: number): string => fromUtc(toUtc(iso) + n * 86_400_000);

/** The weekday of a date. */
export const weekdayOf = (iso: string): Weekday => WEEKDAYS[new Date(toUtc(iso)).getUTCDay()] as Weekday;

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The last day of a month `2026-11` (`2026-11-30`; `2028-02` → `2028-02-29`). */
export const lastDayOfMonth = (month: string): string => addDays(`${nextMonth(month)}-01`, -1);

/** The month after `2026-12` (`2027-01`). */
export function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The date of day `day` of a month, clamped to the month's last day; `last` is the last day. */
export function dayOfMonth(month: string, day: number | 'last'): string {
  const last = lastDayOfMonth(month);
  if (day === 'last') return last;
  return Math.min(day, Number(last.slice(8, 10))) === day ? `${month}-${String(day).padStart(2, '0')}` : last;
}

/** The nth (1–5) given weekday of a month; undefined when the month has no fifth one. */
export function nthWeekday(month: string, nth: number, weekday: Weekday): string | undefined {
  let d = `${month}-01`;
  while (weekdayOf(d) !== weekday) d = addDays(d, 1);
  const date = addDays(d, 7 * (nth - 1));
  return date.slice(0, 7) === month ? date : undefined;
}

/** The months `from`..`to` (`2026-11`..`2027-01`). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = nextMonth(m)) out.push(m);
  return out;
}

/** The same day `n` months later (earlier when negative), clamped to the month's last day. */
export function addMonths(iso: string, n: number): string {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + n;
  const month = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  return dayOfMonth(month, Number(iso.slice(8, 10)));
}
