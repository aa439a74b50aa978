import { createProblem } from '@unyo/problems';
import { REPORT_TYPE_LABELS, type ReportType } from '@unyo/schema';
import type { RecordRule } from './context.ts';

/** The kind of record a report of each type is about, where it is about one record. */
const SUBJECT_KINDS: Partial<Record<ReportType, { kind: string; label: string; required: boolean }>> = {
  incident: { kind: 'incident', label: 'インシデント', required: true },
  minutes: { kind: 'minutes', label: '議事録の記録', required: false },
};

/**
 * An incident report names the incident it reports (54, 97), and minutes submitted as a report name
 * a minutes record when they name one. Whether the subject exists at all is `referencesExist`'s.
 */
export const reportsNameTheirSubject: RecordRule = ({ records }, problems) => {
  const kinds = new Map(records.records.map((r) => [r.record.id, r.record.kind]));
  for (const { record, locate } of records.records) {
    if (record.kind !== 'report') continue;
    const rule = SUBJECT_KINDS[record.report];
    if (!rule) continue;
    const args = { report: REPORT_TYPE_LABELS[record.report], subject: record.subject ?? '', wanted: rule.label };
    if (record.subject === undefined) {
      if (rule.required) problems.push(createProblem('report-subject', locate(['report']), args));
      continue;
    }
    const kind = kinds.get(record.subject);
    if (kind !== undefined && kind !== rule.kind) problems.push(createProblem('report-subject', locate(['subject']), args));
  }
};
