import { addDays, nextMonth, nthWeekday } from '@unyo/calendar';
import { instant, type AnyRecord, type Minutes } from '@unyo/schema';
import { evaluateSla } from '@unyo/sla';
import type { ReportContext } from './context.ts';
import { SEVERITY_LABELS } from './labels.ts';
import type { Evidence, ReportData } from './render.ts';

/** When and where the meeting is held. */
export interface MeetingSlot {
  date: string;
  start?: string;
  end?: string;
  /** The place of the last minutes (the calendar has none); empty when there are no minutes yet. */
  place: string;
  /** calendar: an event of settings/calendar.yaml; rule: not registered, the third Thursday (the initial rule). */
  source: 'calendar' | 'rule';
}

/** The data of the 議事録 draft of a monthly meeting (item 101), before the meeting (案（会議前）). */
export interface MinutesDraft extends ReportData {
  month: string;
  monthLabel: string;
  /** The month reported at the meeting (the previous one). */
  reportedMonth: string;
  reportedLabel: string;
  meeting: MeetingSlot;
  /** The vendor's attendees from settings/people.yaml: PM, PLs, SEs. */
  vendor: { name: string; role: string }[];
  /** Blank rows for the library's side, filled in at the meeting. */
  libraryRows: number[];
  /** Agenda 1: headline figures of the reported month (each an evidence key). */
  incidentsBySeverity: { label: string; key: string }[];
  /** The SLA breaches of the reported month by metric; absent without settings/sla.yaml. */
  slaBreaches?: { name: string; breached: number; verdict: string }[];
  /** The action items of the previous minutes, to check. */
  previousMinutes?: { id: string; date: string; actions: { text: string; owner: string; due: string }[] };
  /** Agenda 2: problems still open or known errors. */
  problems: { id: string; title: string; status: string; due: string }[];
  /** Agenda 3: changes without approval, improvements still to propose, decisions deferred. */
  changes: { id: string; title: string; from: string }[];
  improvements: string[];
  deferred: { text: string; minutes: string }[];
  /** Agenda 4: the calendar's events and closures, and planned change windows, up to the next meeting. */
  upcoming: { date: string; title: string }[];
  nextMeeting?: { date: string; start?: string };
  /** Blank rows of the 決定事項 and 宿題 tables. */
  blankRows: number[];
}

const ROLE = { pm: 'PM', pl: 'PL', se: 'SE' } as const;
const PROBLEM_STATUS = { open: '調査中', 'known-error': '原因判明・暫定対応中' } as const;
const CLOSURE = { inspection: '施設点検日', 'stock-taking': '特別整理期間', temporary: '臨時休館' } as const;
const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const previousMonth = (month: string) => addDays(`${month}-01`, -1).slice(0, 7);

/** The meeting of a month: the calendar's meeting event, else the third Thursday at the last meeting's hours. */
function meetingOf(ctx: ReportContext, month: string, minutes: readonly Minutes[]): MeetingSlot {
  const meetings = (ctx.calendar.events ?? []).filter((e) => e.type === 'meeting');
  const event = meetings.find((e) => e.date.slice(0, 7) === month);
  const date = event?.date ?? nthWeekday(month, 3, 'thu')!;
  const hours = event ?? meetings.filter((e) => e.date < date).at(-1);
  const place = minutes.filter((m) => m.at.slice(0, 10) < date).at(-1)?.place ?? '';
  return { date, ...(hours?.start ? { start: hours.start } : {}), ...(hours?.end ? { end: hours.end } : {}), place, source: event ? 'calendar' : 'rule' };
}

function ofKind<K extends AnyRecord['kind']>(records: readonly AnyRecord[], kind: K): Extract<AnyRecord, { kind: K }>[] {
  return records.filter((r): r is Extract<AnyRecord, { kind: K }> => r.kind === kind);
}

/** What happens between the meeting and the next one: calendar events, closures and planned change windows. */
function upcomingOf(ctx: ReportContext, from: string, to: string, records: readonly AnyRecord[]): { date: string; title: string }[] {
  const inRange = (d: string) => d > from && d <= to;
  const events = (ctx.calendar.events ?? []).filter((e) => inRange(e.date)).map((e) => ({ date: e.date, title: `${e.start ? `${e.start}〜 ` : ''}${e.title}` }));
  const closures = ctx.calendar.closures
    .filter((c) => c.type in CLOSURE && inRange(c.from))
    .map((c) => ({ date: c.from, title: `${c.reason}${c.to ? `（〜${c.to}）` : ''}${c.sites ? `: ${c.sites.map((s) => ctx.settings.sites.find((x) => x.id === s)?.name ?? s).join('、')}` : ''}` }));
  const windows = ofKind(records, 'change')
    .filter((c) => !c.result && inRange(c.window.from.slice(0, 10)))
    .map((c) => ({ date: c.window.from.slice(0, 10), title: `${c.window.from.slice(11, 16)}〜 変更作業 ${c.id} ${c.title}` }));
  const yearEnd = ctx.calendar.yearEnd;
  const yearEndFrom = `${from.slice(0, 4)}-${yearEnd.from}`;
  const yearEnds = inRange(yearEndFrom) ? [{ date: yearEndFrom, title: `年末年始の休館（〜${yearEnd.to}）` }] : [];
  return [...events, ...closures, ...windows, ...yearEnds].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Builds the 議事録 draft of the monthly meeting held in `month` (2026-12): the meeting's date, time and
 * place, the attendees to confirm, the agenda prefilled from the records up to `ctx.asOf` (the previous
 * month's figures, open problems, approvals awaited, the plan up to the next meeting), and blank tables
 * for decisions and actions. Pure: no I/O, no clock.
 */
export function buildMinutesDraft(ctx: ReportContext, month: string): MinutesDraft {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`月「${month}」は使えません。2026-12 の形で指定してください。`);
  const now = instant(ctx.asOf);
  const records = ctx.records.filter((r) => instant(r.at) <= now);
  const minutes = ofKind(records, 'minutes').sort((a, b) => (a.at < b.at ? -1 : 1));
  const meeting = meetingOf(ctx, month, minutes);
  const reported = previousMonth(month);
  const inReported = records.filter((r) => r.at.slice(0, 7) === reported);
  const incidents = ofKind(inReported, 'incident');
  const severities = ['S1', 'S2', 'S3', 'S4'] as const;
  const evidence: Evidence[] = [
    { key: 'incidents', label: `${monthLabel(reported)}のインシデント`, ids: incidents.map((r) => r.id) },
    ...severities.map((s) => ({ key: `incidents.${s}`, label: `${monthLabel(reported)}のインシデント（${SEVERITY_LABELS[s]}）`, ids: incidents.filter((r) => r.severity === s).map((r) => r.id) })),
    { key: 'inquiries', label: `${monthLabel(reported)}の問い合わせ`, ids: ofKind(inReported, 'inquiry').map((r) => r.id) },
    { key: 'requests', label: `${monthLabel(reported)}の依頼申請`, ids: ofKind(inReported, 'request').map((r) => r.id) },
  ];
  const sla = ctx.sla ? evaluateSla({ sla: ctx.sla, period: reported, records, calendar: ctx.calendar, sites: ctx.settings.sites, items: ctx.items, now }) : undefined;
  const known = new Set(records.map((r) => r.id));
  if (sla) {
    const ids = sla.metrics.flatMap((m) => m.rows.filter((r) => r.status === 'breach').flatMap((r) => [r.id.split(' ')[0]!, ...(r.refs ?? [])]));
    evidence.push({ key: 'sla-breaches', label: `${monthLabel(reported)}のサービスレベル目標超過`, ids: [...new Set(ids)].filter((id) => known.has(id)) });
  }
  const problems = ofKind(records, 'problem').filter((p): p is typeof p & { status: keyof typeof PROBLEM_STATUS } => p.status in PROBLEM_STATUS);
  const changes = ofKind(records, 'change').filter((c) => !c.approval && !c.closedAt);
  evidence.push({ key: 'problems', label: '未解決の問題', ids: problems.map((p) => p.id) }, { key: 'changes', label: '承認待ちの変更', ids: changes.map((c) => c.id) });
  const last = minutes.filter((m) => m.at.slice(0, 10) < meeting.date).at(-1);
  const people = new Map(ctx.settings.people.map((p) => [p.id, p.name]));
  const next = meetingOf(ctx, nextMonth(month), minutes);
  return {
    title: `月次定例会議 議事録 ${monthLabel(month)}（案（会議前））`,
    evidence,
    month,
    monthLabel: monthLabel(month),
    reportedMonth: reported,
    reportedLabel: monthLabel(reported),
    meeting,
    vendor: ctx.settings.people.flatMap((p) => (p.role in ROLE ? [{ name: p.name, role: ROLE[p.role as keyof typeof ROLE] }] : [])),
    libraryRows: [1, 2, 3, 4],
    incidentsBySeverity: severities.map((s) => ({ label: SEVERITY_LABELS[s], key: `incidents.${s}` })),
    ...(sla
      ? { slaBreaches: sla.metrics.filter((m) => m.measured.breached > 0).map((m) => ({ name: m.name, breached: m.measured.breached, verdict: m.verdict })) }
      : {}),
    ...(last
      ? { previousMinutes: { id: last.id, date: last.at.slice(0, 10), actions: last.actions.map((a) => ({ text: a.text, owner: people.get(a.owner) ?? a.owner, due: a.due })) } }
      : {}),
    problems: problems.map((p) => ({ id: p.id, title: p.title, status: PROBLEM_STATUS[p.status], due: p.due })),
    changes: changes.map((c) => ({ id: c.id, title: c.title, from: c.window.from })),
    improvements: (sla?.metrics ?? []).filter((m) => m.improvement?.status === 'none').map((m) => m.name),
    deferred: minutes.flatMap((m) => m.decisions.filter((d) => d.status === 'deferred').map((d) => ({ text: d.text, minutes: m.id }))).filter((d) => d.minutes === last?.id),
    upcoming: upcomingOf(ctx, meeting.date, next.date, records),
    nextMeeting: { date: next.date, ...(next.start ? { start: next.start } : {}) },
    blankRows: [1, 2, 3],
  };
}
