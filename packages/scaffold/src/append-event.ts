import { INCIDENT_EVENTS, INCIDENT_EVENT_LABELS, RECORD_SCHEMAS, instant, type AnyRecord } from '@unyo/schema';
import { parseDocument } from 'yaml';

/** What the person typed, resolved to a change of one record. */
export interface EventInput {
  /** The record file's text, as it is on disk. */
  text: string;
  record: AnyRecord;
  /** The event as typed: a schema name (restored) or a Japanese label (復旧). */
  event: string;
  /** When (JST ISO date-time). */
  at: string;
  /** Who (a person id). */
  by: string;
  note?: string | undefined;
  /** For a pause: library or third-party. */
  waitingOn?: string | undefined;
}

export type EventResult = { ok: true; text: string; event: string } | { ok: false; message: string };

const INCIDENT_ALIASES: Record<string, string> = {
  ...Object.fromEntries(INCIDENT_EVENTS.map((e) => [e, e])),
  ...Object.fromEntries(Object.entries(INCIDENT_EVENT_LABELS).map(([e, label]) => [label, e])),
  'response-started': 'first-response',
  対応開始: 'first-response',
  エスカレーション: 'escalated',
  SE連絡: 'escalated',
  paused: 'paused',
  一時中断: 'paused',
  中断: 'paused',
  resumed: 'resumed',
  再開: 'resumed',
};
const ANSWER_ALIASES: Record<string, string> = { answered: 'answered', 'first-answer': 'answered', 回答: 'answered', closed: 'closed', クローズ: 'closed' };
const EXEC_ALIASES: Record<string, string> = { executed: 'executed', 実施: 'executed', 作業実施: 'executed', closed: 'closed', クローズ: 'closed' };
const WAITING_ON: Record<string, string> = { library: 'library', 図書館: 'library', 'third-party': 'third-party', vendor: 'third-party', 業者: 'third-party', 第三者: 'third-party' };

/** The events a record kind accepts, as typed names. */
export const eventNames = (kind: AnyRecord['kind']): string[] =>
  Object.keys(kind === 'incident' ? INCIDENT_ALIASES : kind === 'inquiry' ? ANSWER_ALIASES : kind === 'request' ? EXEC_ALIASES : {});

/** Whether the record is still open (accepts events). */
export function isOpen(record: AnyRecord): boolean {
  if (record.kind === 'incident') return !record.timeline.some((e) => e.type === 'closed');
  if (record.kind === 'inquiry' || record.kind === 'request') return record.closedAt === undefined;
  return false;
}

/** The most likely next event of an open record, as a schema name. */
export function nextEvent(record: AnyRecord): string | undefined {
  if (record.kind === 'incident') {
    if (record.pauses?.some((p) => p.to === undefined)) return 'resumed';
    const done = new Set(record.timeline.map((e) => e.type));
    return ['first-report', 'first-response', 'restored', 'closed'].find((e) => !done.has(e as (typeof INCIDENT_EVENTS)[number]));
  }
  if (record.kind === 'inquiry') return record.answer ? 'closed' : 'answered';
  if (record.kind === 'request') return record.executed ? 'closed' : 'executed';
  return undefined;
}

/** The latest time already written in the record, for the "not before the last event" rule. */
function lastAt(record: AnyRecord): string | undefined {
  const times: string[] = [];
  if (record.kind === 'incident') {
    times.push(...record.timeline.map((e) => e.at));
    for (const p of record.pauses ?? []) times.push(p.from, ...(p.to ? [p.to] : []));
  } else if (record.kind === 'inquiry') {
    times.push(record.at, ...(record.answer ? [record.answer.at] : []));
  } else if (record.kind === 'request') {
    times.push(record.at, ...(record.executed ? [record.executed.at] : []));
  }
  return times.sort((a, b) => instant(a) - instant(b)).at(-1);
}

/**
 * Appends an event to a record's text with the yaml Document API, so that comments and formatting stay;
 * refuses (never throws) when the event does not fit the record's timeline or the result fails its schema.
 */
export function appendEvent(input: EventInput): EventResult {
  const { record } = input;
  const aliases = record.kind === 'incident' ? INCIDENT_ALIASES : record.kind === 'inquiry' ? ANSWER_ALIASES : record.kind === 'request' ? EXEC_ALIASES : undefined;
  if (!aliases) return { ok: false, message: `${record.id} は ${record.kind} の記録です。unyo event はインシデント・問い合わせ・作業依頼の記録に使います。` };
  const event = aliases[input.event];
  if (!event) return { ok: false, message: `「${input.event}」は ${record.id} に記録できる事象ではありません。使える事象: ${Object.keys(aliases).join('、')}` };
  if (!isOpen(record)) return { ok: false, message: `${record.id} はクローズ済みです。クローズ後の事象は追記できません（誤りの訂正は corrections に書いてください）。` };
  const last = lastAt(record);
  if (last !== undefined && instant(input.at) < instant(last)) {
    return { ok: false, message: `${input.at} は ${record.id} の最後の事象（${last}）より前です。--at で ${last} 以降の日時を指定してください。` };
  }
  const doc = parseDocument(input.text);
  const note = input.note?.trim() || undefined;
  if (record.kind === 'incident') {
    if (event === 'closed' && !record.timeline.some((e) => e.type === 'first-report')) {
      return { ok: false, message: `${record.id} は図書館への第一報（first-report）が記録されていないため、クローズできません。先に unyo event ${record.id} 第一報 を記録してください。` };
    }
    if (event === 'paused') {
      const waitingOn = WAITING_ON[input.waitingOn ?? ''];
      if (!waitingOn) return { ok: false, message: `一時中断には何を待つかが必要です: --waiting-on library（図書館）または --waiting-on third-party（業者など）を指定してください。` };
      if (record.pauses?.some((p) => p.to === undefined)) return { ok: false, message: `${record.id} は既に一時中断中です。先に 再開 を記録してください。` };
      if (!note) return { ok: false, message: '一時中断の理由を --note で指定してください。' };
      const pause = { from: input.at, waitingOn, reason: note };
      if (doc.hasIn(['pauses'])) doc.addIn(['pauses'], doc.createNode(pause));
      else doc.set('pauses', doc.createNode([pause]));
    } else if (event === 'resumed') {
      const index = (record.pauses ?? []).findIndex((p) => p.to === undefined);
      if (index < 0) return { ok: false, message: `${record.id} は一時中断中ではありません。再開は一時中断の後に記録します。` };
      doc.setIn(['pauses', index, 'to'], input.at);
    } else {
      const label = INCIDENT_EVENT_LABELS[event as (typeof INCIDENT_EVENTS)[number]];
      doc.addIn(['timeline'], doc.createNode({ at: input.at, type: event, by: input.by, note: note ?? label }));
    }
  } else if (event === 'closed') {
    const done = record.kind === 'inquiry' ? record.answer : 'executed' in record ? record.executed : undefined;
    if (!done) return { ok: false, message: `${record.id} は${record.kind === 'inquiry' ? '回答（answered）' : '作業の実施（executed）'}が記録されていないため、クローズできません。` };
    doc.set('closedAt', input.at);
  } else {
    const field = event === 'answered' ? 'answer' : 'executed';
    if (doc.has(field)) return { ok: false, message: `${record.id} には既に ${field} があります。` };
    if (!note) return { ok: false, message: `${event === 'answered' ? '回答内容' : '作業の結果'}を --note で指定してください。` };
    doc.set(field, doc.createNode(event === 'answered' ? { by: input.by, at: input.at, text: note } : { at: input.at, by: input.by, result: note }));
  }
  const text = doc.toString();
  const parsed = RECORD_SCHEMAS[record.kind].safeParse(parseDocument(text).toJS());
  if (!parsed.success) return { ok: false, message: `追記後の ${record.id} が記録の形式に合いません: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  if (!keepsLines(input.text, text)) return { ok: false, message: `${record.id} のファイルの既存の行を変えずに追記できませんでした。ファイルを直接編集してください。` };
  return { ok: true, text, event };
}

/** Every line of the old text is still present, in order, in the new text (only lines were added). */
export function keepsLines(before: string, after: string): boolean {
  const next = after.split('\n');
  let j = 0;
  for (const line of before.split('\n')) {
    while (j < next.length && next[j] !== line) j++;
    if (j === next.length) return false;
    j++;
  }
  return true;
}
