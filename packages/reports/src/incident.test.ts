import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecords } from '@unyo/read';
import { describe, expect, it } from 'vitest';
import { buildIncidentReport, incidentReportMarkdown } from './index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('buildIncidentReport', () => {
  it('builds the S1 incident of the sample month with its problem and change', async () => {
    const { records } = await readRecords(root);
    const all = records.map((r) => r.record);
    const s1 = all.find((r) => r.kind === 'incident' && r.severity === 'S1');
    expect(s1).toBeDefined();
    const report = buildIncidentReport(all, s1!.id)!;
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.evidence[0]).toBe(s1!.id);
    const md = incidentReportMarkdown(report);
    expect(md).toContain(`# 障害報告書 ${s1!.id}`);
    expect(md).toContain(`[${report.problems[0]}](records/${report.problems[0]}.html)`);
    expect(md).toContain('## 根拠記録一覧');
  });

  it('returns undefined for an id that is not an incident', () => {
    expect(buildIncidentReport([], 'INC-2026-9999')).toBeUndefined();
  });
});
