import type { Evidence } from '@unyo/schedule';
import { REPORT_TYPE_ITEMS, type AnyRecord } from '@unyo/schema';

/**
 * The operation items whose work is a report handed to the library: daily (98), monthly (99),
 * service level (13) and performance (10). Only a report record evidences them.
 */
export const REPORT_ITEMS: ReadonlySet<number> = new Set([...REPORT_TYPE_ITEMS.daily, ...REPORT_TYPE_ITEMS.monthly, ...REPORT_TYPE_ITEMS.sla, ...REPORT_TYPE_ITEMS.performance]);

/**
 * What the records evidence for execution tracking. A report record evidences its items when it was
 * submitted (`submittedAt`, not when it was registered); any other record evidences its items at
 * `at`, except the report items: a job run that says "月次報告書を作成した" is not a submission.
 */
export function executionEvidence(records: readonly AnyRecord[]): Evidence[] {
  return records.flatMap((r): Evidence[] => {
    if (r.kind === 'report') return [{ id: r.id, items: r.items, at: r.submittedAt }];
    const items = r.items.filter((i) => !REPORT_ITEMS.has(i));
    return items.length > 0 ? [{ id: r.id, items, at: r.at }] : [];
  });
}
