import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportContext } from './context.ts';
import { buildDailyReport, renderReportMarkdown } from './index.ts';
import { repoContext } from './_test-context.ts';

let ctx: ReportContext;
beforeAll(async () => {
  ctx = await repoContext();
});

describe('the daily report (日次報告書)', () => {
  it('summarises the day of the S1 incident from the sample month', () => {
    const report = buildDailyReport(ctx, '2026-11-10');
    expect(report.title).toBe('日次報告書 2026年11月10日（火）');
    expect(report.check?.servers.anomalies.map((a) => a.subject)).toEqual(['業務APサーバ1号機', '業務APサーバ2号機', 'DBサーバ1号機', 'DBサーバ2号機']);
    expect(report.incidents.opened.map((l) => l.id)).toEqual(['INC-2026-0105']);
    expect(report.incidents.open.map((l) => l.id)).toEqual(['INC-2026-0105']);
    expect(report.jobs.find((j) => j.id === 'JOB-2026-3101')?.counts).toBe('抽出件数 5、削除件数 5');
    expect(report.periodic.late.map((l) => l.item)).toContain(68);

    const md = renderReportMarkdown('daily', report);
    expect(md).toContain('# 日次報告書 2026年11月10日（火）');
    expect(md).toContain('| DBサーバ1号機 | 応答なし | 08:31 にディスクコントローラ異常のアラート。OS が応答せず、クラスタの切替が完了していない。 | [INC-2026-0105](records/INC-2026-0105.html) |');
    expect(md).toContain('受付 [1](#根拠-インシデント受付) 件、クローズ 0 件、日末で対応中 [1](#根拠-インシデント日末で対応中) 件。');
    expect(md).toContain('| [INC-2026-0105](records/INC-2026-0105.html) | 2026/11/10 08:33 | 全館 | DBサーバのクラスタ切替失敗により全館で貸出・返却ができない | S1 重大・復旧済み・経過観察 |');
    expect(md).toContain('温度 23.1℃、湿度 45%（2026/11/10 08:47 計測）。');
    expect(md).toContain('| [JOB-2026-3101](records/JOB-2026-3101.html) | 2026/11/10 13:05 | 74 | 仮利用者データ削除 | 正常終了 | 抽出件数 5、削除件数 5 |  |');
    expect(md).toContain('| 遅れて実施 | 10 | [10](#根拠-遅れて実施した定期作業の記録) 件 |');
    expect(md).toContain('| 68 | オフラインデータ統合 | 2026/11/10 12:00 | 2026/11/10 12:30 | [JOB-2026-3099](records/JOB-2026-3099.html) |');
    expect(md).toContain('### 根拠: インシデント（日末で対応中）\n\n[INC-2026-0105](records/INC-2026-0105.html)');
  });

  it('shows a backup failure with its incident, and an incident closed that day', () => {
    const report = buildDailyReport(ctx, '2026-11-06');
    expect(report.check?.backups.anomalies).toEqual([expect.objectContaining({ state: '失敗', incident: 'INC-2026-0103' })]);
    expect(report.incidents.opened.map((l) => l.id)).toEqual(['INC-2026-0103', 'INC-2026-0104']);
    expect(buildDailyReport(ctx, '2026-11-07').incidents.closed.map((l) => l.id)).toEqual(['INC-2026-0103']);
  });

  it('counts nothing after asOf: the morning of the S1 incident, it is not yet restored', () => {
    const report = buildDailyReport({ ...ctx, asOf: '2026-11-10T09:00:00+09:00' }, '2026-11-10');
    expect(report.incidents.open[0]?.state).toBe('S1 重大・対応中');
    expect(report.jobs).toEqual([]);
    expect(report.periodic.dueLater.length).toBeGreaterThan(0);
  });

  it('gives a sensible report for a day without records', () => {
    const md = renderReportMarkdown('daily', buildDailyReport({ ...ctx, records: [] }, '2026-11-27'));
    expect(md).toContain('# 日次報告書 2026年11月27日（金）');
    expect(md).toContain('この日の日次点検表は記録されていません。');
    expect(md).toContain('この日に受け付けた障害はありません。');
    expect(md).toContain('| 未実施 |');
  });
});
