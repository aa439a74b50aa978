import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportContext } from './context.ts';
import { buildMonthlyReport, evidenceHeading, headingSlug, renderReportMarkdown } from './index.ts';
import { repoContext } from './_test-context.ts';

let ctx: ReportContext;
beforeAll(async () => {
  ctx = await repoContext();
});

describe('the monthly report (月次報告書)', () => {
  it('builds the sample month with every section, figures linked to their evidence', () => {
    const report = buildMonthlyReport(ctx, '2026-11');
    const md = renderReportMarkdown('monthly', report);
    expect(md).toContain('# 月次報告書 2026年11月');
    for (const heading of ['1. 稼働状況', '2. 障害', '3. 問い合わせ', '4. 作業依頼', '5. 変更・リリース', '6. 問題管理と再発防止', '7. セキュリティ', '8. 定期作業の実施状況', '9. サービスレベル実績', '10. 改善提案', '11. 来月の予定（2026年12月）']) {
      expect(md).toContain(`## ${heading}`);
    }
    expect(md).toContain('| 中央図書館 | 99.14% | 299時間 | 2時間35分 | 未達成 | [INC-2026-0105](records/INC-2026-0105.html) |');
    expect(md).toContain('当月の障害は [12](#根拠-当月の障害) 件です。');
    expect(md).toContain('| S1 重大 | [1](#根拠-障害s1-重大) |');
    expect(md).toContain('| セキュリティ | 0 |');
    expect(md).toContain('- 発生・受付: 2026/11/10 08:33、復旧: 2026/11/10 11:35（復旧まで 3時間2分）、クローズ: 2026/11/27 17:30');
    expect(md).toContain('受付 [11](#根拠-当月の問い合わせ) 件、回答済み [9](#根拠-回答済みの問い合わせ) 件、未回答 [2](#根拠-未回答の問い合わせ) 件。');
    expect(md).toContain('期限超過 [1](#根拠-期限を過ぎた依頼) 件');
    expect(md).toContain('手動で更新を適用した日 [1](#根拠-手動で更新を適用した日次点検表) 日');
    expect(md).toContain('| △ 遅れて実施 | 10 | [10](#根拠-遅れて実施した定期作業の記録) 件 |');
    expect(md).toContain('| 99 | 月次報告書作成 |' + '  |'.repeat(18) + ' ○ |' + '  |'.repeat(11));
    expect(md).toContain('- 項番67 蔵書点検: 12/11（桜台図書館）');
    expect(md).toContain('### 根拠: 障害（S1 重大）\n\n[INC-2026-0105](records/INC-2026-0105.html)');
    // Every figure links to a heading of the appendix.
    const anchors = [...md.matchAll(/\]\(#(根拠-[^)]+)\)/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(30);
    const headings = new Set(report.evidence.map((e) => headingSlug(evidenceHeading(e))));
    expect(headings.size).toBe(report.evidence.length);
    expect(anchors.filter((a) => !headings.has(a!))).toEqual([]);
  });

  it('marks a late item △ in the matrix and exposes the matrix as data', () => {
    const { matrix, periodic } = buildMonthlyReport(ctx, '2026-11');
    expect(matrix.days).toHaveLength(30);
    expect(matrix.days[0]).toBe('2026-11-01');
    const row = matrix.rows.find((r) => r.item === 68)!;
    expect(row.cells[9]).toBe('late');
    expect(row.marks[9]).toBe('△');
    expect(row.cells[15]).toBe('');
    expect(row.cells[0]).toBe('done');
    expect(row.cells[29]).toBe('missing');
    expect(periodic.late.map((l) => l.item)).toContain(68);
  });

  it('gives a sensible report for a month without records', () => {
    const report = buildMonthlyReport({ ...ctx, records: [] }, '2026-11');
    const md = renderReportMarkdown('monthly', report);
    expect(md).toContain('障害はありませんでした。');
    expect(md).toContain('問い合わせはありませんでした。');
    expect(md).toContain('変更・リリースはありませんでした。');
    expect(md).toContain('当月の議事録に改善提案はありません。');
    expect(md).toContain('| 中央図書館 | 100.00% |');
    expect(report.matrix.rows.find((r) => r.item === 25)?.marks.every((m) => m === '×' || m === '')).toBe(true);
  });

  it('says so when there is no SLA definition', () => {
    const { sla: _sla, ...rest } = ctx;
    const md = renderReportMarkdown('monthly', buildMonthlyReport(rest, '2026-11'));
    expect(md).toContain('サービスレベル定義（settings/sla.yaml）がないため、稼働率は計算していません。');
    expect(md).toContain('サービスレベル定義（settings/sla.yaml）がないため、実績は計算していません。');
  });
});
