import { INCIDENT_EVENT_LABELS, type AnyRecord, type Change, type ProblemRecord as Problem } from '@unyo/schema';
import type { ReportData } from './render.ts';
import { CATEGORY_LABELS, SEVERITY_LABELS, type Names, nameOf } from './labels.ts';

/** One line of the 障害報告書 timeline. */
export interface TimelineLine {
  at: string;
  type: string;
  label: string;
  by: string;
  note: string;
}

/** The data of a 障害報告書 (items 54, 97): built from the incident and the records it links. */
export interface IncidentReport extends ReportData {
  id: string;
  subject: string;
  severity: string;
  severityLabel: string;
  category: string;
  categoryLabel: string;
  source: string;
  /** The affected sites, by name. */
  sites: string[];
  devices: string[];
  description: string;
  receivedAt: string;
  restoredAt?: string;
  closedAt?: string;
  timeline: TimelineLine[];
  pauses: { from: string; to?: string; waitingOn: string; reason: string }[];
  problems: Pick<Problem, 'id' | 'title' | 'rootCause' | 'workaround' | 'prevention' | 'status' | 'due'>[];
  changes: Pick<Change, 'id' | 'title' | 'content'>[];
}

/** Builds the report of one incident; undefined when no incident has that id. Pure: no I/O, no clock. */
export function buildIncidentReport(records: readonly AnyRecord[], id: string, names: Names = {}): IncidentReport | undefined {
  const found = records.find((r) => r.id === id);
  if (!found || found.kind !== 'incident') return undefined;
  const byId = new Map(records.map((r) => [r.id, r]));
  const problems = (found.problems ?? []).map((p) => byId.get(p)).filter((r): r is Problem => r?.kind === 'problem');
  const changes = [...new Set([...(found.changes ?? []), ...problems.flatMap((p) => p.changes ?? [])])].map((c) => byId.get(c)).filter((r): r is Change => r?.kind === 'change');
  const at = (type: string) => found.timeline.find((t) => t.type === type)?.at;
  const source = found.source.type === 'site' ? `館からの申告（${nameOf(names.sites, found.source.site)}）` : found.source.type === 'monitoring' ? `監視の検知（${found.source.device ?? '-'}）` : found.source.type === 'operator' ? 'オペレータの発見' : '業者からの連絡';
  return {
    title: `障害報告書 ${found.id}`,
    id: found.id,
    subject: found.title,
    severity: found.severity,
    severityLabel: SEVERITY_LABELS[found.severity],
    category: found.category,
    categoryLabel: CATEGORY_LABELS[found.category],
    source,
    sites: found.sites.map((s) => nameOf(names.sites, s)),
    devices: found.devices ?? [],
    description: found.description,
    receivedAt: found.at,
    ...(at('restored') ? { restoredAt: at('restored') } : {}),
    ...(at('closed') ? { closedAt: at('closed') } : {}),
    timeline: found.timeline.map((t) => ({ at: t.at, type: t.type, label: INCIDENT_EVENT_LABELS[t.type], by: nameOf(names.people, t.by), note: t.note })),
    pauses: (found.pauses ?? []).map((p) => ({ ...p, waitingOn: p.waitingOn === 'library' ? '図書館' : '業者など' })),
    problems: problems.map((p) => ({ id: p.id, title: p.title, rootCause: p.rootCause, workaround: p.workaround, prevention: p.prevention, status: p.status, due: p.due })),
    changes: changes.map((c) => ({ id: c.id, title: c.title, content: c.content })),
    evidence: [
      { key: 'incident', label: 'インシデント', ids: [found.id] },
      { key: 'problems', label: '問題', ids: problems.map((p) => p.id) },
      { key: 'changes', label: '変更', ids: changes.map((c) => c.id) },
    ],
  };
}
