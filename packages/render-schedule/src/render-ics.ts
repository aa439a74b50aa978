import { addDays } from '@unyo/calendar';
import type { Occurrence } from '@unyo/schedule';
import { escapeIcsText, icsText } from './ics-text.ts';
import type { MonthSchedule, PlannedEvent, RenderOptions, ScheduleClosure } from './model.ts';
import { formatMonth } from './month.ts';
import {
  CLOSURE_TYPE_LABELS,
  EVENT_TYPE_LABELS,
  cycleLabel,
  dateLabel,
  dueTime,
  eventItemsText,
  eventTime,
  occurrenceText,
  sitesText,
} from './wording.ts';

/** Every timed event is in JST, declared once: Japan has had no daylight saving time since 1951. */
const TZID = 'Asia/Tokyo';
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0900',
  'TZOFFSETTO:+0900',
  'TZNAME:JST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** How long before its due time an occurrence's calendar block starts. */
const LEAD_MINUTES = 30;

const compactDate = (iso: string) => iso.replaceAll('-', '');
const localDateTime = (date: string, time: string) => `${compactDate(date)}T${time.replace(':', '')}00`;
const timed = (name: string, date: string, time: string) => `${name};TZID=${TZID}:${localDateTime(date, time)}`;
const allDay = (name: string, date: string) => `${name};VALUE=DATE:${compactDate(date)}`;
const text = (name: string, value: string) => `${name}:${escapeIcsText(value)}`;

/** The JST date and time `minutes` before `time` on `date` (a block may start the day before). */
function minus(date: string, time: string, minutes: number): [string, string] {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) - minutes;
  const day = Math.floor(total / 1440);
  const rest = total - day * 1440;
  return [addDays(date, day), `${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}`];
}

function vevent(uid: string, stamp: string, body: readonly string[]): string[] {
  return ['BEGIN:VEVENT', text('UID', uid), `DTSTAMP:${stamp}`, ...body, 'END:VEVENT'];
}

function occurrenceEvent(model: MonthSchedule, o: Occurrence, stamp: string): string[] {
  const item = model.items.find((i) => i.id === o.item);
  const due = dueTime(o);
  const [startDate, start] = minus(o.date, due, LEAD_MINUTES);
  const description = [
    `項番 ${o.item} ${o.name}`,
    ...(item ? [`分類: ${item.path.join(' ＞ ')}`] : []),
    `周期: ${cycleLabel(o.cycle)}${item ? `（要件の記載: ${item.period}）` : ''}`,
    `期限: ${dateLabel(o.date)} ${due}`,
    ...(o.site ? [`対象館: ${sitesText(model, [o.site])}`] : []),
  ];
  return vevent(`unyo-${o.date}-item${o.item}-${o.cycle}${o.site ? `-${o.site}` : ''}@unyo`, stamp, [
    timed('DTSTART', startDate, start),
    timed('DTEND', o.date, due),
    text('SUMMARY', `${occurrenceText(model, o)}（${cycleLabel(o.cycle)}）`),
    text('DESCRIPTION', description.join('\n')),
    text('CATEGORIES', '運用項目'),
  ]);
}

function plannedEvent(model: MonthSchedule, e: PlannedEvent, uid: string, stamp: string): string[] {
  const when = e.start
    ? [timed('DTSTART', e.date, e.start), ...(e.end ? [timed('DTEND', e.date, e.end)] : [])]
    : [allDay('DTSTART', e.date), allDay('DTEND', addDays(e.date, 1))];
  const description = [
    `種別: ${EVENT_TYPE_LABELS[e.type]}`,
    `時間: ${eventTime(e)}`,
    `対象館: ${sitesText(model, e.sites)}`,
    ...(e.items?.length ? [`運用項目: ${eventItemsText(e)}`] : []),
  ];
  return vevent(uid, stamp, [
    ...when,
    text('SUMMARY', e.title),
    text('DESCRIPTION', description.join('\n')),
    ...(e.sites ? [text('LOCATION', sitesText(model, e.sites))] : []),
    text('CATEGORIES', '計画作業'),
  ]);
}

function closureEvent(model: MonthSchedule, c: ScheduleClosure, stamp: string): string[] {
  const sites = sitesText(model, c.sites);
  const span = c.from === c.to ? dateLabel(c.from) : `${dateLabel(c.from)}〜${dateLabel(c.to)}`;
  return vevent(`unyo-closure-${c.from}-${c.type}-${c.sites?.join('-') ?? 'all'}@unyo`, stamp, [
    allDay('DTSTART', c.from),
    allDay('DTEND', addDays(c.to, 1)),
    text('SUMMARY', `休館: ${sites}（${c.reason}）`),
    text('DESCRIPTION', [`種別: ${CLOSURE_TYPE_LABELS[c.type]}`, `期間: ${span}`, `対象館: ${sites}`].join('\n')),
    'TRANSP:TRANSPARENT',
    text('CATEGORIES', '休館'),
  ]);
}

/** Stable UIDs of the planned events: date, type and start; a second event with the same ones gets -2. */
function eventUids(events: readonly PlannedEvent[]): string[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const base = `unyo-${e.date}-${e.type}-${e.start?.replace(':', '') ?? 'allday'}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}${n > 1 ? `-${n}` : ''}@unyo`;
  });
}

/**
 * The month as an iCalendar file (RFC 5545) for Outlook and Google Calendar: one all-day event per
 * closure (DTEND exclusive), one per planned event, and one 30-minute block before each due time.
 * Deterministic: UIDs come from the content and DTSTAMP from the month, so the same model gives the
 * same bytes. CRLF line endings, lines folded at 75 octets.
 */
export function renderIcs(model: MonthSchedule, options: RenderOptions = {}): string {
  const stamp = `${compactDate(model.month)}01T000000Z`;
  const events = model.days.flatMap((d) => d.events);
  const uids = eventUids(events);
  return icsText([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//unyo//render-schedule//JA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    text('X-WR-CALNAME', `月次運用スケジュール ${formatMonth(model.month, options.wareki)}`),
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE,
    ...model.closures.flatMap((c) => closureEvent(model, c, stamp)),
    ...events.flatMap((e, i) => plannedEvent(model, e, uids[i] ?? '', stamp)),
    ...model.days.flatMap((d) => d.due.flatMap((o) => occurrenceEvent(model, o, stamp))),
    'END:VCALENDAR',
  ]);
}
