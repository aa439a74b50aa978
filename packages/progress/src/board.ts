import type { Execution } from '@unyo/schedule';
import { instant, type AnyRecord } from '@unyo/schema';
import { tapeEntries, type BoardDevices } from './tapes.ts';

/** breach: past its target or deadline; warning: close to it (≥75% of the time used, or due within a day); info: owed but not urgent. */
export type Urgency = 'breach' | 'warning' | 'info';

/** One line of the progress board (進ちょく管理). */
export interface BoardEntry {
  urgency: Urgency;
  /** What kind of follow-up: incident-target, problem, change, document, request, inquiry, report, periodic, tape. */
  topic: 'incident-target' | 'problem' | 'change' | 'document' | 'request' | 'inquiry' | 'report' | 'periodic' | 'tape';
  /** The operation items whose progress follow-up this is (2, 4, 6, 8, 11, 15, 19…). */
  items: number[];
  /** What is owed, in Japanese. */
  title: string;
  /** The record concerned. */
  record?: string;
  /** The deadline (JST), when there is one. */
  due?: string;
  /** Minutes left until the deadline (negative when past). */
  left?: number;
}

/** A target of an open record computed by the SLA package (time to first report, restoration…). */
export interface OpenTarget {
  record: string;
  title: string;
  deadline: string;
  /** The share of the allowed time used, 0–1 or more. */
  used: number;
  state: 'ok' | 'warning' | 'breach';
}

export interface BoardInput {
  records: readonly AnyRecord[];
  /** Periodic work from execution tracking, over `executionEvidence(records)` (reports only by report records). */
  executions: readonly Execution[];
  /** Targets of open incidents and inquiries (from @unyo/sla); empty when no SLA is defined. */
  targets?: readonly OpenTarget[];
  /** The next monthly meeting (JST date-time), for reports owed before it. */
  nextMeeting?: string;
  /** The devices of settings/devices.yaml: the tape warning of each tape device (42). */
  devices?: BoardDevices;
  now: number;
}

const DAY = 24 * 60;
/** The reports presented at the monthly meeting: performance (10), service level (13, 15), monthly (99). */
const MEETING_REPORTS: ReadonlySet<number> = new Set([10, 13, 15, 99]);
const minutesLeft = (due: string, now: number) => Math.round((instant(due) - now) / 60_000);
const byDeadline = (due: string, now: number, warnMinutes = DAY): Urgency => {
  const left = minutesLeft(due, now);
  return left < 0 ? 'breach' : left <= warnMinutes ? 'warning' : 'info';
};
const endOfDay = (date: string) => `${date}T23:59:00+09:00`;

/**
 * The progress board: open incident targets, problems without prevention, changes past their window,
 * documents owed after a release, requests past deadline, unanswered inquiries, reports due before
 * the next meeting, missing or late periodic work, and tape cartridges near their limits — sorted by urgency, then deadline. Pure.
 */
export function progressBoard(input: BoardInput): BoardEntry[] {
  const { now } = input;
  const entries: BoardEntry[] = [];
  for (const t of input.targets ?? []) {
    entries.push({ urgency: t.state === 'ok' ? 'info' : t.state, topic: 'incident-target', items: [2, 15], title: `${t.title}（${Math.round(t.used * 100)}% 経過）`, record: t.record, due: t.deadline, left: minutesLeft(t.deadline, now) });
  }
  for (const r of input.records) {
    switch (r.kind) {
      case 'problem':
        if (r.status !== 'closed' && r.status !== 'resolved' && r.prevention === undefined) {
          const due = endOfDay(r.due);
          entries.push({ urgency: byDeadline(due, now, 7 * DAY), topic: 'problem', items: [4], title: `再発防止策が未策定: ${r.title}`, record: r.id, due, left: minutesLeft(due, now) });
        }
        break;
      case 'change':
        if (r.result === undefined && instant(r.window.to) < now) {
          entries.push({ urgency: 'breach', topic: 'change', items: [6], title: `作業枠を過ぎて結果が未記録: ${r.title}`, record: r.id, due: r.window.to, left: minutesLeft(r.window.to, now) });
        }
        for (const d of r.documents ?? []) {
          if (d.updatedAt !== undefined) continue;
          const due = endOfDay(d.due);
          entries.push({ urgency: byDeadline(due, now, 2 * DAY), topic: 'document', items: [8, 100], title: `ドキュメント更新が未了: ${d.title}${d.item ? `（項番 ${d.item}）` : ''}`, record: r.id, due, left: minutesLeft(due, now) });
        }
        break;
      case 'request':
        if (r.executed === undefined) {
          const due = endOfDay(r.deadline);
          entries.push({ urgency: byDeadline(due, now), topic: 'request', items: [24], title: `依頼が未実施: ${r.title}`, record: r.id, due, left: minutesLeft(due, now) });
        }
        break;
      case 'inquiry':
        if (r.answer === undefined && !(input.targets ?? []).some((t) => t.record === r.id)) {
          entries.push({ urgency: 'info', topic: 'inquiry', items: [23], title: `未回答の問い合わせ: ${r.question.split('\n')[0]?.slice(0, 40) ?? ''}`, record: r.id });
        }
        break;
      default:
        break;
    }
  }
  for (const e of input.executions) {
    const o = e.occurrence;
    if (e.status === 'missing') {
      entries.push({ urgency: 'breach', topic: 'periodic', items: [19], title: `未実施: ${o.item} ${o.name}（${o.date}）`, due: o.due, left: minutesLeft(o.due, now) });
    } else if (e.status === 'due-later' && input.nextMeeting !== undefined && o.due <= input.nextMeeting && MEETING_REPORTS.has(o.item)) {
      entries.push({ urgency: byDeadline(o.due, now, 3 * DAY), topic: 'report', items: [11, 15], title: `定例会議までの報告書: ${o.item} ${o.name}`, due: o.due, left: minutesLeft(o.due, now) });
    }
  }
  entries.push(...tapeEntries(input.records, input.devices ?? [], now));
  const rank: Record<Urgency, number> = { breach: 0, warning: 1, info: 2 };
  return entries.sort((a, b) => rank[a.urgency] - rank[b.urgency] || (a.due ?? '9') .localeCompare(b.due ?? '9') || (a.record ?? '').localeCompare(b.record ?? ''));
}

/** Formats minutes left as 「あと 2時間15分」 or 「15分超過」. */
export function formatLeft(minutes: number): string {
  const abs = Math.abs(minutes);
  const d = Math.floor(abs / DAY);
  const h = Math.floor((abs % DAY) / 60);
  const m = abs % 60;
  const text = d > 0 ? `${d}日${h}時間` : h > 0 ? `${h}時間${m}分` : `${m}分`;
  return minutes < 0 ? `${text}超過` : `あと${text}`;
}

