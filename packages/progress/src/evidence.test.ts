import { trackExecution, type Occurrence } from '@unyo/schedule';
import { instant, type AnyRecord } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { executionEvidence } from './evidence.ts';

const jobRun = (id: string, items: number[], at: string): AnyRecord => ({ id, kind: 'job-run', items, at, by: 'pl-yamamoto', result: 'success' });
const report = (id: string, at: string, submittedAt: string): AnyRecord => ({
  id,
  kind: 'report',
  items: [99],
  at,
  by: 'pl-yamamoto',
  report: 'monthly',
  period: '2026-10',
  submittedAt,
  to: '中央図書館 システム担当係長',
  submittedBy: 'pl-yamamoto',
  files: [{ path: 'deliverables/2026-11/monthly-2026-10.pdf', sha256: '0'.repeat(64) }],
});

// The October report (99) is due before the 11-19 meeting, 3 office days ahead: 11-16 17:15.
const occurrence: Occurrence = { item: 99, name: '月次報告書作成', cycle: 'monthly', date: '2026-11-19', from: '2026-11-01T00:00:00+09:00', due: '2026-11-16T17:15:00+09:00' };
const NOW = instant('2026-11-20T12:00:00+09:00');

describe('executionEvidence', () => {
  it('counts a report record when submitted, even when registered after the deadline', () => {
    const [e] = trackExecution([occurrence], executionEvidence([report('RPT-2026-0001', '2026-11-18T09:00:00+09:00', '2026-11-16T10:00:00+09:00')]), NOW);
    expect(e).toMatchObject({ status: 'done', record: 'RPT-2026-0001', at: '2026-11-16T10:00:00+09:00' });
  });

  it('does not count a job run of the monthly report as its submission', () => {
    const [e] = trackExecution([occurrence], executionEvidence([jobRun('JOB-2026-3309', [99], '2026-11-13T15:30:00+09:00')]), NOW);
    expect(e).toMatchObject({ status: 'missing' });
  });

  it('keeps the other items of a job run that also names a report item', () => {
    expect(executionEvidence([jobRun('JOB-2026-0001', [68, 98], '2026-11-13T15:30:00+09:00')])).toEqual([{ id: 'JOB-2026-0001', items: [68], at: '2026-11-13T15:30:00+09:00' }]);
  });
});
