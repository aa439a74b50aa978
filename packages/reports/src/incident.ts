import type { AnyRecord } from '@unyo/schema';

/** One line of the 障害報告書 timeline. */
export interface TimelineLine {
  at: string;
  type: string;
  by: string;
  note: string;
}

/** The data of a 障害報告書 (items 54, 97): built from the incident and the records it links. */
export interface IncidentReport {
  id: string;
  title: string;
  severity: string;
  category: string;
  sites: string[];
  description: string;
  timeline: TimelineLine[];
  problems: string[];
  changes: string[];
  /** Ids of every record behind the report (the appendix 根拠記録一覧). */
  evidence: string[];
}

/** Builds the report of one incident; undefined when no incident has that id. Pure: no I/O, no clock. */
export function buildIncidentReport(records: readonly AnyRecord[], id: string): IncidentReport | undefined {
  const found = records.find((r) => r.id === id);
  if (!found || found.kind !== 'incident') return undefined;
  const problems = found.problems ?? [];
  const changes = found.changes ?? [];
  return {
    id: found.id,
    title: found.title,
    severity: found.severity,
    category: found.category,
    sites: found.sites,
    description: found.description,
    timeline: found.timeline.map((t) => ({ at: t.at, type: t.type, by: t.by, note: t.note })),
    problems,
    changes,
    evidence: [found.id, ...problems, ...changes],
  };
}

/** The report as Markdown; each record id links to its site page. */
export function incidentReportMarkdown(report: IncidentReport): string {
  const link = (id: string) => `[${id}](records/${id}.html)`;
  const lines = [
    `# 障害報告書 ${report.id}`,
    '',
    `件名: ${report.title}`,
    `重要度: ${report.severity}、分類: ${report.category}、影響館: ${report.sites.join('、')}`,
    '',
    '## 概要',
    '',
    report.description,
    '',
    '## 経過',
    '',
    '| 日時 | 種別 | 担当 | 内容 |',
    '| --- | --- | --- | --- |',
    ...report.timeline.map((t) => `| ${t.at.slice(0, 16).replace('T', ' ')} | ${t.type} | ${t.by} | ${t.note.replaceAll('|', '｜').replaceAll('\n', ' ')} |`),
    '',
    '## 関連する問題・変更',
    '',
    `問題: ${report.problems.map(link).join('、') || 'なし'}`,
    `変更: ${report.changes.map(link).join('、') || 'なし'}`,
    '',
    '## 根拠記録一覧',
    '',
    ...report.evidence.map((id) => `- ${link(id)}`),
  ];
  return `${lines.join('\n')}\n`;
}
