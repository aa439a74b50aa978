import { datesBetween, holidayName, lastDayOfMonth, siteDay, weekdayOf, type SiteDay } from '@unyo/calendar';
import { expandOccurrences, isOperatorWork, type Occurrence } from '@unyo/schedule';
import { scheduleSite, type Calendar, type OperationItem, type Person, type Roster, type RosterDay, type RosterOperator, type RosterOverride, type ShiftPattern, type Site, type Weekday } from '@unyo/schema';
import { mergeSpans, shortfalls, toMinutes, type Span } from './_minutes.ts';
import type { ShiftIssue } from './issue.ts';
import { staffedSites } from './staffing.ts';

/** What a shift table is drafted from and checked against: the settings files, parsed. */
export interface ShiftContext {
  calendar: Calendar;
  sites: readonly Site[];
  people: readonly Person[];
  roster: Roster;
  /** The operation items (runbook frontmatter) whose operator work the table must staff; not checked when absent. */
  items?: readonly OperationItem[];
}

/** One day of the month as the shift table sees it. */
export interface MonthDay {
  date: string;
  weekday: Weekday;
  /** The national holiday, if any. */
  holiday?: string;
  /** The key of the operators' `days` that applies: `holiday` on a national holiday, else the weekday. */
  rosterDay: RosterDay;
  /** Saturday, Sunday or a national holiday (the days the fairness rule counts). */
  weekend: boolean;
  /** Each staffed site that day: open or closed, hours, reason. */
  sites: (SiteDay & { site: string })[];
  /** The time to cover, in minutes: each open staffed site from `beforeOpening` before opening to `afterClosing` after closing. */
  windows: Span[];
  /** The shifts the day needs and how many operators on each, in the order they are filled. */
  needs: { shift: string; count: number }[];
}

/** The month, the roster's patterns and operators, and the reference issues of the settings. */
export interface ShiftEnv {
  month: string;
  days: MonthDay[];
  day: (date: string) => MonthDay | undefined;
  patterns: Map<string, ShiftPattern>;
  /** The roster's operators who are active operators of people.yaml, in column order. */
  operators: RosterOperator[];
  /** Display names by person id. */
  names: Map<string, string>;
  rules: Roster['rules'];
  /** The overrides of the month for known operators and patterns. */
  overrides: RosterOverride[];
  /** The settings' sites (who is staffed where: staffing.ts). */
  sites: readonly Site[];
  /** The operator work due in the month (expanded from `items`), without the occurrences an on-call role does; empty without items. */
  work: Occurrence[];
  /** Settings that do not fit together (unknown people, no staffed site). */
  issues: ShiftIssue[];
}

/** The span of a pattern in minutes. */
export const patternSpan = (p: ShiftPattern): Span => [toMinutes(p.start), toMinutes(p.end)];

function needsOf(windows: readonly Span[], latestClose: number, roster: Roster, patterns: Map<string, ShiftPattern>) {
  const { demand, perShift, coverage } = roster.rules;
  const rule = demand.find((d) => d.closesBy === undefined || latestClose <= toMinutes(d.closesBy));
  if (windows.length === 0 || !rule) return [];
  const counts = new Map<string, number>();
  for (const id of rule.shifts) if (patterns.has(id)) counts.set(id, (counts.get(id) ?? 0) + perShift.min);
  // More operators than perShift.min when the coverage rule asks for more at some moment.
  const span = (id: string) => patternSpan(patterns.get(id) as ShiftPattern);
  for (;;) {
    const spans = [...counts].flatMap(([id, n]) => Array<Span>(n).fill(span(id)));
    const gap = shortfalls(windows, spans, coverage.operators)[0];
    if (!gap) break;
    const id = [...counts.keys()].find((k) => span(k)[0] <= gap.from && span(k)[1] > gap.from && (counts.get(k) ?? 0) < perShift.max);
    if (id === undefined) break; // the coverage rule reports what no pattern can fill
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].map(([shift, count]) => ({ shift, count }));
}

function planDay(date: string, ctx: ShiftContext, staffed: readonly Site[], patterns: Map<string, ShiftPattern>): MonthDay {
  const sites = staffed.map((s) => ({ ...siteDay(ctx.calendar, s.id, date), site: s.id }));
  const weekday = weekdayOf(date);
  const holiday = holidayName(date);
  const { beforeOpening, afterClosing } = ctx.roster.rules.coverage;
  const open = sites.flatMap((s) => (s.hours ? [s.hours] : []));
  const windows = mergeSpans(open.map(([a, b]) => [Math.max(0, toMinutes(a) - beforeOpening), Math.min(24 * 60, toMinutes(b) + afterClosing)]));
  const latestClose = Math.max(...open.map(([, b]) => toMinutes(b)));
  return {
    date,
    weekday,
    ...(holiday === undefined ? {} : { holiday }),
    rosterDay: holiday === undefined ? weekday : 'holiday',
    weekend: holiday !== undefined || weekday === 'sat' || weekday === 'sun',
    sites,
    windows,
    needs: needsOf(windows, latestClose, ctx.roster, patterns),
  };
}

/** The operator work due in `month` by the runbooks' cycles and the calendar, except what an on-call role does. */
function operatorWork(month: string, ctx: ShiftContext, staffed: readonly Site[]): Occurrence[] {
  if (!ctx.items) return [];
  const items = ctx.items.filter(isOperatorWork);
  const input = { items, calendar: ctx.calendar, site: scheduleSite(ctx.sites), staffed: staffed.map((s) => s.id), from: `${month}-01`, to: lastDayOfMonth(month) };
  return expandOccurrences(input).filter((o) => o.onCall === undefined);
}

/** Builds the month's days and needs from the settings, with the issues of settings that do not fit together. */
export function shiftEnv(month: string, ctx: ShiftContext): ShiftEnv {
  const issues: ShiftIssue[] = [];
  const patterns = new Map(ctx.roster.shifts.map((p) => [p.id, p]));
  const staffed = staffedSites(ctx.sites);
  if (staffed.length === 0) {
    issues.push({ date: month, rule: 'reference', message: 'settings/sites.yaml に常駐する館（staffed: true）がありません。常駐が必要な時間を決められません。' });
  }
  const people = new Map(ctx.people.map((p) => [p.id, p]));
  const operators = ctx.roster.operators.filter((o) => {
    const person = people.get(o.person);
    const why = !person ? ' settings/people.yaml にいません' : person.role !== 'operator' ? `役割が operator ではありません（${person.role}）` : !person.active ? '契約を離れています（active: false）' : undefined;
    if (why) issues.push({ date: month, person: o.person, rule: 'reference', message: `settings/roster.yaml のオペレーター「${o.person}」は${why}。シフトに入れません。` });
    return why === undefined;
  });
  const known = new Set(operators.map((o) => o.person));
  const days = datesBetween(`${month}-01`, lastDayOfMonth(month)).map((d) => planDay(d, ctx, staffed, patterns));
  const byDate = new Map(days.map((d) => [d.date, d]));
  return {
    month,
    days,
    day: (date) => byDate.get(date),
    patterns,
    operators,
    names: new Map(ctx.people.map((p) => [p.id, p.name])),
    rules: ctx.roster.rules,
    overrides: ctx.roster.overrides.filter((o) => o.date.slice(0, 7) === month && known.has(o.person) && (o.shift === 'off' || patterns.has(o.shift))),
    sites: ctx.sites,
    work: operatorWork(month, ctx, staffed),
    issues,
  };
}
