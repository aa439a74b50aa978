import type { Occurrence } from '@unyo/schedule';
import { CYCLE_LABELS, type CycleKind, type Weekday } from '@unyo/schema';
import type { MonthSchedule, PlannedEvent, ScheduleClosure, ScheduleDay, SiteStatus } from './model.ts';

/**
 * The Japanese words of the schedule, as plain text shared by the Markdown, HTML and iCalendar
 * renderers; each renderer escapes them for its own format.
 */

export const WEEKDAY_LABELS: Record<Weekday, string> = { sun: '日', mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土' };

export const EVENT_TYPE_LABELS: Record<PlannedEvent['type'], string> = {
  meeting: '月次定例会議',
  outage: '法定停電',
  inspection: '定期点検',
  patch: 'パッチ適用枠',
  other: 'その他',
};

export const CLOSURE_TYPE_LABELS: Record<ScheduleClosure['type'], string> = {
  inspection: '施設点検日',
  'stock-taking': '特別整理期間',
  temporary: '臨時休館',
  'year-end': '年末年始休館',
};

/** The legend of the month grid's marks. */
export const MARKS = { due: '●', closed: '休', holiday: '祝', event: '◆', otherClosed: '△' } as const;

export const cycleLabel = (kind: CycleKind): string => CYCLE_LABELS[kind];

/** 2026-12-01 → 12月1日. */
export const dateLabel = (date: string): string => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** 12月1日（火）, with the holiday after it: 3月22日（月）春分の日 振替休日. */
export const dayHeading = (day: ScheduleDay): string =>
  `${dateLabel(day.date)}（${WEEKDAY_LABELS[day.weekday]}）${day.holiday ? ` ${day.holiday}` : ''}`;

/** ['09:30', '20:30'] → 09:30–20:30. */
export const hoursText = (hours: readonly [string, string]): string => `${hours[0]}–${hours[1]}`;

export const siteName = (model: MonthSchedule, id: string): string => model.sites.find((s) => s.id === id)?.name ?? id;

/** The names of some sites, or 全館 when absent or when they are every site. */
export function sitesText(model: MonthSchedule, ids: readonly string[] | undefined): string {
  if (ids === undefined || (model.sites.length > 0 && model.sites.every((s) => ids.includes(s.id)))) return '全館';
  return ids.map((id) => siteName(model, id)).join('、');
}

/** The base site's status on a day. */
export const baseStatus = (model: MonthSchedule, day: ScheduleDay): SiteStatus | undefined => day.sites.find((s) => s.site === model.site);

/** The closed sites of a day grouped by reason: 全館 施設点検日, 桜台図書館 特別整理期間（蔵書点検）. */
export function closedText(model: MonthSchedule, day: ScheduleDay): string[] {
  const closed = day.sites.filter((s) => !s.open);
  const reasons = [...new Set(closed.map((s) => s.closedFor ?? ''))];
  return reasons.map((reason) => {
    const ids = closed.filter((s) => (s.closedFor ?? '') === reason).map((s) => s.site);
    return `${sitesText(model, ids)} ${reason || '休館'}`;
  });
}

/** 中央図書館: 開館 09:30–20:30, 中央図書館: 開館 12:00–17:00（年始の開館（短縮））, or 中央図書館: 休館. */
export function baseText(model: MonthSchedule, day: ScheduleDay): string {
  const base = baseStatus(model, day);
  const name = siteName(model, model.site);
  return base?.open && base.hours ? `${name}: 開館 ${hoursText(base.hours)}${base.special ? `（${base.special}）` : ''}` : `${name}: 休館`;
}

/** The sites open with special hours that day, grouped: 全館 12:00–17:00（年始の開館（短縮））, 青葉図書館 09:30–15:00（館内研修）. */
export function specialText(model: MonthSchedule, day: ScheduleDay): string[] {
  const special = day.sites.filter((s) => s.open && s.hours && s.special !== undefined);
  const key = (s: SiteStatus) => `${hoursText(s.hours ?? ['', ''])}（${s.special ?? ''}）`;
  return [...new Set(special.map(key))].map((k) => `${sitesText(model, special.filter((s) => key(s) === k).map((s) => s.site))} ${k}`);
}

/** SE 事務所: 08:45–17:15, or SE 事務所: 休み. */
export const officeText = (day: ScheduleDay): string =>
  `SE 事務所: ${day.office.open && day.office.hours ? hoursText(day.office.hours) : '休み'}`;

/** The time span of an event: 08:00–16:00, 14:00〜, or 終日. */
export const eventTime = (event: PlannedEvent): string =>
  event.start ? (event.end ? `${event.start}–${event.end}` : `${event.start}〜`) : '終日';

/** The items an event carries out: 項番 61 法定停電対応. */
export const eventItemsText = (event: PlannedEvent): string =>
  (event.items ?? []).map((i) => `項番 ${i.id}${i.name ? ` ${i.name}` : ''}`).join('、');

/** One line for a planned event: 08:00–16:00 法定停電（…）［中央図書館］（項番 61 法定停電対応）. */
export function eventText(model: MonthSchedule, event: PlannedEvent): string {
  const sites = event.sites ? `［${sitesText(model, event.sites)}］` : '';
  const items = event.items?.length ? `（${eventItemsText(event)}）` : '';
  return `${eventTime(event)} ${event.title}${sites}${items}`;
}

/** Who does operator work on a day no operator is on site (calendar.yaml operatorWork: on-call). */
export const ON_CALL_LABELS: Record<NonNullable<Occurrence['onCall']>, string> = { pm: '当番PM', pl: '当番PL', se: '当番SE', operator: '当番オペレーター' };

/** 67 蔵書点検［桜台図書館］, or 25 定常監視（当番SE）. */
export const occurrenceText = (model: MonthSchedule, o: Occurrence): string =>
  `${o.item} ${o.name}${o.site ? `［${siteName(model, o.site)}］` : ''}${o.onCall ? `（${ON_CALL_LABELS[o.onCall]}）` : ''}`;

/** The due time of an occurrence, 10:00. */
export const dueTime = (o: Occurrence): string => o.due.slice(11, 16);

/** The occurrences of a day grouped by due time and cycle, in due order. */
export function dueGroups(day: ScheduleDay): { time: string; cycle: CycleKind; occurrences: Occurrence[] }[] {
  const groups: { time: string; cycle: CycleKind; occurrences: Occurrence[] }[] = [];
  for (const o of day.due) {
    const group = groups.find((g) => g.time === dueTime(o) && g.cycle === o.cycle);
    if (group) group.occurrences.push(o);
    else groups.push({ time: dueTime(o), cycle: o.cycle, occurrences: [o] });
  }
  return groups;
}

/** A closure as one line: 桜台図書館 特別整理期間（蔵書点検） 12月8日〜12月11日. */
export function closureText(model: MonthSchedule, closure: ScheduleClosure): string {
  const span = closure.from === closure.to ? dateLabel(closure.from) : `${dateLabel(closure.from)}〜${dateLabel(closure.to)}`;
  return `${sitesText(model, closure.sites)} ${closure.reason} ${span}`;
}

/** The header cell of a day: 1火, 21月休, 22月祝. */
export function dayColumn(model: MonthSchedule, day: ScheduleDay): string {
  const closed = baseStatus(model, day)?.open === false ? MARKS.closed : '';
  const holiday = day.holiday ? MARKS.holiday : '';
  return `${Number(day.date.slice(8, 10))}${WEEKDAY_LABELS[day.weekday]}${closed}${holiday}`;
}

/** Whether a site other than the base site is closed while the base site is open. */
export const otherClosed = (model: MonthSchedule, day: ScheduleDay): boolean =>
  baseStatus(model, day)?.open !== false && day.sites.some((s) => s.site !== model.site && !s.open);
