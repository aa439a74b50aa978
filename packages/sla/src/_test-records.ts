import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CalendarSchema, IncidentSchema, InquirySchema, JobRunSchema, MinutesSchema, REPORT_TYPE_ITEMS, ReportSchema, SitesSchema, SlaSchema, type Incident, type Inquiry, type JobRun, type Minutes, type Report, type ReportType, type Sla, type SlaMetric } from '@unyo/schema';
import { parse } from 'yaml';

/** Builders of small valid records and definitions for the tests of this package (not exported by index.ts). */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const settings = (file: string) => parse(readFileSync(`${ROOT}settings/${file}`, 'utf8'));

export const calendar = CalendarSchema.parse(settings('calendar.yaml'));
export const sites = SitesSchema.parse(settings('sites.yaml')).sites;
export const repoSla = SlaSchema.parse(settings('sla.yaml'));

const t = (local: string) => `${local}:00+09:00`;

export function incident(o: {
  id: string;
  severity: Incident['severity'];
  sites: string[];
  received: string;
  events?: [Incident['timeline'][number]['type'], string][];
  pauses?: { from: string; to?: string }[];
}): Incident {
  return IncidentSchema.parse({
    id: o.id,
    kind: 'incident',
    items: [52],
    at: t(o.received),
    by: 'op-sato',
    title: `${o.id} の障害`,
    source: { type: 'site', site: o.sites[0] },
    category: 'hardware',
    severity: o.severity,
    sites: o.sites,
    description: 'テスト',
    timeline: [['received', o.received] as const, ...(o.events ?? [])].map(([type, at]) => ({ at: t(at), type, by: 'op-sato', note: type })),
    ...(o.pauses ? { pauses: o.pauses.map((p) => ({ from: t(p.from), ...(p.to ? { to: t(p.to) } : {}), waitingOn: 'library', reason: '図書館の判断待ち' })) } : {}),
  });
}

export function inquiry(o: { id: string; site: string; at: string; answer?: string; closed?: string }): Inquiry {
  return InquirySchema.parse({
    id: o.id,
    kind: 'inquiry',
    items: [21],
    at: t(o.at),
    by: 'op-sato',
    site: o.site,
    requester: 'カウンター',
    channel: 'phone',
    question: `${o.id} の質問`,
    ...(o.answer ? { answer: { by: 'op-sato', at: t(o.answer), text: '回答' } } : {}),
    ...(o.closed ? { closedAt: t(o.closed) } : {}),
  });
}

export function minutes(o: { id: string; at: string; decisions: Minutes['decisions'] }): Minutes {
  return MinutesSchema.parse({
    id: o.id,
    kind: 'minutes',
    items: [101],
    at: t(o.at),
    by: 'pl-nakamura',
    place: '会議室',
    endedAt: t(o.at),
    attendees: { vendor: ['pm-takahashi'], library: ['システム担当係長'] },
    reports: [],
    agenda: [{ subject: '報告', summary: '報告した' }],
    decisions: o.decisions,
    actions: [],
  });
}

/** A job run of `items`, done at `at` and handed over at `delivered`. */
export function jobRun(o: { id: string; items: number[]; at: string; delivered?: string }): JobRun {
  return JobRunSchema.parse({
    id: o.id,
    kind: 'job-run',
    items: o.items,
    at: t(o.at),
    by: 'pl-yamamoto',
    result: 'success',
    ...(o.delivered ? { deliverables: [{ name: '月次報告書', to: 'システム担当係', at: t(o.delivered) }] } : {}),
  });
}

/** A report record of `report` for `period`, submitted at `submitted`. */
export function reportRecord(o: { id: string; report: ReportType; period: string; submitted: string; at?: string }): Report {
  return ReportSchema.parse({
    id: o.id,
    kind: 'report',
    items: [...REPORT_TYPE_ITEMS[o.report]],
    at: t(o.at ?? o.submitted),
    by: 'pl-yamamoto',
    report: o.report,
    period: o.period,
    submittedAt: t(o.submitted),
    to: '中央図書館 システム担当係長',
    submittedBy: 'pl-yamamoto',
    files: [{ path: `reports/${o.period}/${o.report}.pdf`, sha256: '0'.repeat(64) }],
  });
}

/** A definition file of the given versions, each `[version, effectiveFrom, metrics]`. */
export const slaOf = (...versions: [string, string, SlaMetric[]][]): Sla =>
  SlaSchema.parse({ versions: versions.map(([version, effectiveFrom, metrics]) => ({ version, effectiveFrom, note: `${version} の定義`, metrics })) });

/** An S3 restoration metric with the given allowance. */
export const restorationS3 = (within: NonNullable<SlaMetric['target']['within']>, threshold: SlaMetric['target']['threshold'] = 'all'): SlaMetric => ({
  id: 'incident-restoration-s3',
  name: '障害の復旧（S3 中）',
  kind: 'incident-restoration',
  severity: 'S3',
  clock: 'opening-hours',
  target: { within, threshold },
  period: 'half-year',
  items: [55, 56],
  workaroundCounts: true,
});
