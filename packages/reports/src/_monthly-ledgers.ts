import { INCIDENT_CATEGORIES, SEVERITIES, formatJst, instant, type Incident, type Inquiry, type Request } from '@unyo/schema';
import { incidentStart } from '@unyo/sla';
import { CATEGORY_LABELS, SEVERITY_LABELS, nameOf } from './labels.ts';
import { closedAt, ledger } from './_ledgers.ts';
import type { Evidence } from './render.ts';
import { by, durationText, inSpan, type Scope, type Span } from './_scope.ts';

/** A count of a breakdown (by severity, site or category), its figure in the evidence group `key`. */
export interface Breakdown {
  label: string;
  key: string;
  count: number;
}

/** An S1 or S2 incident, described with its restoration. */
export interface MajorIncident {
  id: string;
  title: string;
  severity: string;
  sites: string;
  start: string;
  restoredAt?: string;
  /** From detection or receipt to restoration (3時間2分), or 未復旧. */
  restoration: string;
  closedAt?: string;
  description: string;
  problems: string[];
}

/** Section 2 (障害), 3 (問い合わせ), 4 (作業依頼) of the monthly report. */
export interface LedgerSections {
  incidents: { count: number; bySeverity: Breakdown[]; bySite: Breakdown[]; byCategory: Breakdown[]; major: MajorIncident[] };
  inquiries: { count: number; answered: number; unanswered: string[]; averageAnswer?: string; longestAnswer?: { id: string; time: string } };
  requests: {
    count: number;
    executed: number;
    onTime: number;
    late: { id: string; title: string; deadline: string; executedAt?: string }[];
    open: { id: string; title: string; deadline: string }[];
  };
  evidence: Evidence[];
}

const breakdown = (evidence: Evidence[], key: string, label: string, ids: string[]): Breakdown => {
  evidence.push({ key, label, ids });
  return { label: label.replace(/^障害（(.*)）$/, '$1'), key, count: ids.length };
};

function incidentSections(scope: Scope, span: Span, evidence: Evidence[]): LedgerSections['incidents'] {
  const list = (ledger(scope, 'incident') as Incident[]).filter((i) => inSpan(i.at, span));
  evidence.push({ key: 'incidents', label: '当月の障害', ids: list.map((i) => i.id) });
  const ids = (f: (i: Incident) => boolean) => list.filter(f).map((i) => i.id);
  const bySeverity = SEVERITIES.map((s) => breakdown(evidence, `incidents-${s}`, `障害（${SEVERITY_LABELS[s]}）`, ids((i) => i.severity === s)));
  const bySite = scope.ctx.settings.sites.map((s) => breakdown(evidence, `incidents-site-${s.id}`, `障害（${s.name}）`, ids((i) => i.sites.includes(s.id))));
  const byCategory = INCIDENT_CATEGORIES.map((c) => breakdown(evidence, `incidents-category-${c}`, `障害（${CATEGORY_LABELS[c]}）`, ids((i) => i.category === c)));
  const major = list
    .filter((i) => i.severity === 'S1' || i.severity === 'S2')
    .map((i): MajorIncident => {
      const start = incidentStart(i);
      const restored = i.timeline.find((t) => (t.type === 'restored' || t.type === 'workaround') && by(t.at, { from: 0, to: scope.now + 1 }))?.at;
      const closed = closedAt(i);
      return {
        id: i.id,
        title: i.title,
        severity: SEVERITY_LABELS[i.severity],
        sites: i.sites.length === scope.ctx.settings.sites.length ? '全館' : i.sites.map((s) => nameOf(scope.names.sites, s)).join('、'),
        start: formatJst(start),
        ...(restored ? { restoredAt: restored } : {}),
        restoration: restored ? durationText(instant(restored) - start) : '未復旧',
        ...(closed && instant(closed) <= scope.now ? { closedAt: closed } : {}),
        description: i.description.replace(/\s*\n\s*/g, ''),
        problems: i.problems ?? [],
      };
    });
  return { count: list.length, bySeverity, bySite, byCategory, major };
}

function inquirySections(scope: Scope, span: Span, evidence: Evidence[]): LedgerSections['inquiries'] {
  const list = (ledger(scope, 'inquiry') as Inquiry[]).filter((i) => inSpan(i.at, span));
  const answered = list.filter((i) => by(i.answer?.at, { from: 0, to: scope.now + 1 }));
  const unanswered = list.filter((i) => !answered.includes(i)).map((i) => i.id);
  const times = answered.map((i) => ({ id: i.id, ms: instant(i.answer!.at) - instant(i.at) })).sort((a, b) => b.ms - a.ms || (a.id < b.id ? -1 : 1));
  evidence.push(
    { key: 'inquiries', label: '当月の問い合わせ', ids: list.map((i) => i.id) },
    { key: 'inquiries-answered', label: '回答済みの問い合わせ', ids: answered.map((i) => i.id) },
    { key: 'inquiries-unanswered', label: '未回答の問い合わせ', ids: unanswered },
  );
  const longest = times[0];
  return {
    count: list.length,
    answered: answered.length,
    unanswered,
    ...(times.length > 0 ? { averageAnswer: durationText(times.reduce((s, t) => s + t.ms, 0) / times.length) } : {}),
    ...(longest ? { longestAnswer: { id: longest.id, time: durationText(longest.ms) } } : {}),
  };
}

/** Whether a request was carried out by the end of its deadline day. */
const onTime = (r: Request) => r.executed !== undefined && instant(r.executed.at) < instant(r.deadline) + 86_400_000;

function requestSections(scope: Scope, span: Span, evidence: Evidence[]): LedgerSections['requests'] {
  const list = (ledger(scope, 'request') as Request[]).filter((r) => inSpan(r.at, span));
  const now = { from: 0, to: scope.now + 1 };
  const executed = list.filter((r) => by(r.executed?.at, now));
  const late = list.filter((r) => (by(r.executed?.at, now) && !onTime(r)) || (!by(r.executed?.at, now) && instant(r.deadline) + 86_400_000 <= scope.now));
  const open = list.filter((r) => !by(closedAt(r), now));
  evidence.push(
    { key: 'requests', label: '当月の依頼', ids: list.map((r) => r.id) },
    { key: 'requests-executed', label: '実施済みの依頼', ids: executed.map((r) => r.id) },
    { key: 'requests-on-time', label: '期限内に実施した依頼', ids: executed.filter(onTime).map((r) => r.id) },
    { key: 'requests-late', label: '期限を過ぎた依頼', ids: late.map((r) => r.id) },
    { key: 'requests-open', label: '完了していない依頼', ids: open.map((r) => r.id) },
  );
  return {
    count: list.length,
    executed: executed.length,
    onTime: executed.filter(onTime).length,
    late: late.map((r) => ({ id: r.id, title: r.title, deadline: r.deadline, ...(by(r.executed?.at, now) ? { executedAt: r.executed!.at } : {}) })),
    open: open.map((r) => ({ id: r.id, title: r.title, deadline: r.deadline })),
  };
}

/** Sections 2–4 of the monthly report: the month's incidents, inquiries and requests. */
export function ledgerSections(scope: Scope, span: Span): LedgerSections {
  const evidence: Evidence[] = [];
  return {
    incidents: incidentSections(scope, span, evidence),
    inquiries: inquirySections(scope, span, evidence),
    requests: requestSections(scope, span, evidence),
    evidence,
  };
}
