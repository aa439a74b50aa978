import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecords } from '@unyo/read';
import { describe, expect, it } from 'vitest';
import { buildIncidentReport, renderReportMarkdown } from './index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('the incident report (障害報告書)', () => {
  it('builds the S1 incident of the sample month with the cause and prevention of its problem and its change', async () => {
    const { records } = await readRecords(root);
    const all = records.map((r) => r.record);
    const report = buildIncidentReport(all, 'INC-2026-0105', { sites: new Map([['central', '中央図書館']]), people: new Map([['pl-yamamoto', '山本 PL']]) })!;
    expect(report.sites[0]).toBe('中央図書館');
    expect(report.problems.map((p) => p.id)).toEqual(['PRB-2026-0011']);
    expect(report.changes.map((c) => c.id)).toContain('CHG-2026-0031');
    expect(report.restoredAt).toBe('2026-11-10T11:35:00+09:00');
    const md = renderReportMarkdown('incident', report);
    expect(md).toContain('# 障害報告書 INC-2026-0105');
    expect(md).toContain('| 重要度 | S1 重大 |');
    expect(md).toContain('| 復旧 | 2026/11/10 11:35 |');
    expect(md).toContain('| 2026/11/10 11:35 | 復旧 | 山本 PL |');
    expect(md).toContain('### 問題 [PRB-2026-0011](records/PRB-2026-0011.html)');
    expect(md).toContain('## 根拠記録一覧');
    expect(md).toContain('### 根拠: 変更');
    expect(renderReportMarkdown('incident', report, { wareki: true })).toContain('| 復旧 | 令和8年11月10日 11:35 |');
  });

  it('returns undefined for an id that is not an incident', () => {
    expect(buildIncidentReport([], 'INC-2026-9999')).toBeUndefined();
  });
});
