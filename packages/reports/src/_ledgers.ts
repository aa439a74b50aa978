import type { Incident, Inquiry, Request } from '@unyo/schema';
import { SEVERITY_LABELS, nameOf } from './labels.ts';
import type { Evidence } from './render.ts';
import { by, inSpan, ofKind, type Scope, type Span } from './_scope.ts';

/** One incident, inquiry or request as a line of a report. */
export interface LedgerLine {
  id: string;
  at: string;
  title: string;
  /** The sites concerned, by name. */
  site: string;
  /** Where it stands at the end of the span (S1 重大・復旧済み, 回答済み, 期限 11/26・未実施…). */
  state: string;
}

/** The records of a ledger opened and closed within a span, and those still open at its end. */
export interface LedgerDay {
  opened: LedgerLine[];
  closed: LedgerLine[];
  open: LedgerLine[];
}

type LedgerKind = 'incident' | 'inquiry' | 'request';
type LedgerRecord = Incident | Inquiry | Request;

/** When a ledger record was closed, if it was. */
export const closedAt = (r: LedgerRecord): string | undefined => (r.kind === 'incident' ? r.timeline.find((t) => t.type === 'closed')?.at : r.closedAt);

function state(r: LedgerRecord, span: Span): string {
  const closed = by(closedAt(r), span) ? 'クローズ' : undefined;
  if (r.kind === 'incident') {
    const restored = r.timeline.some((t) => (t.type === 'restored' || t.type === 'workaround') && by(t.at, span));
    return `${SEVERITY_LABELS[r.severity]}・${closed ?? (restored ? '復旧済み・経過観察' : '対応中')}`;
  }
  if (r.kind === 'inquiry') return closed ?? (by(r.answer?.at, span) ? '回答済み' : '未回答');
  return `期限 ${r.deadline.slice(5).replace('-', '/')}・${closed ?? (by(r.executed?.at, span) ? '実施済み・確認待ち' : '未実施')}`;
}

function line(scope: Scope, r: LedgerRecord, span: Span): LedgerLine {
  const sites = r.kind === 'incident' ? r.sites : r.site ? [r.site] : [];
  const all = sites.length > 1 && sites.length === scope.ctx.settings.sites.length;
  return {
    id: r.id,
    at: r.at,
    title: r.kind === 'inquiry' ? r.question : r.title,
    site: all ? '全館' : sites.map((s) => nameOf(scope.names.sites, s)).join('、') || '-',
    state: state(r, span),
  };
}

/** The records of a ledger kind, in the order they were opened. */
export const ledger = (scope: Scope, kind: LedgerKind): LedgerRecord[] =>
  (ofKind(scope.records, kind) as LedgerRecord[]).slice().sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));

/** The records of a ledger opened and closed in a span, and those open at its end. */
export function ledgerDay(scope: Scope, kind: LedgerKind, span: Span): LedgerDay {
  const records = ledger(scope, kind);
  return {
    opened: records.filter((r) => inSpan(r.at, span)).map((r) => line(scope, r, span)),
    closed: records.filter((r) => inSpan(closedAt(r), span)).map((r) => line(scope, r, span)),
    open: records.filter((r) => by(r.at, span) && !by(closedAt(r), span)).map((r) => line(scope, r, span)),
  };
}

/** The evidence groups of a LedgerDay: `<key>-opened`, `<key>-closed`, `<key>-open`. */
export const ledgerEvidence = (day: LedgerDay, key: string, label: string, end: '日末' | '月末'): Evidence[] => [
  { key: `${key}-opened`, label: `${label}（受付）`, ids: day.opened.map((l) => l.id) },
  { key: `${key}-closed`, label: `${label}（クローズ）`, ids: day.closed.map((l) => l.id) },
  { key: `${key}-open`, label: `${label}（${end}で対応中）`, ids: day.open.map((l) => l.id) },
];
