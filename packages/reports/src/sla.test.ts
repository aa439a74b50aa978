import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCalendar, readRecords, readRunbooks, readSettings, readYamlFile } from '@unyo/read';
import { SlaSchema, type Sla } from '@unyo/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSlaReport, headingSlug, renderReportMarkdown, type ReportContext } from './index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const AS_OF = '2026-12-01T09:00:00+09:00';

let ctx: ReportContext;
beforeAll(async () => {
  const [sla, { calendar }, records, runbooks, { settings }] = await Promise.all([
    readYamlFile(root, 'settings/sla.yaml', SlaSchema),
    readCalendar(root),
    readRecords(root),
    readRunbooks(root),
    readSettings(root),
  ]);
  ctx = { sla: sla.value!, calendar: calendar!, records: records.records.map((r) => r.record), items: runbooks.runbooks.map((r) => r.item), settings, asOf: AS_OF };
});

/** Every in-page link of the Markdown points at one of its headings. */
function danglingAnchors(md: string): string[] {
  const headings = new Set([...md.matchAll(/^#+ (.+)$/gm)].map((m) => headingSlug(m[1]!)));
  return [...md.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!).filter((a) => !headings.has(a));
}

describe('the service level report (サービスレベル管理レポート)', () => {
  it('reports November of the sample: verdicts as 速報, every breach with its records, the approved improvement', () => {
    const report = buildSlaReport(ctx, '2026-11');
    const inquiry = report.metrics.find((m) => m.id === 'inquiry-first-answer')!;
    expect(inquiry.verdictText).toBe('速報（未達成）');
    expect(inquiry.groups[0]!.breaches.map((b) => b.id)).toEqual(['INQ-2026-0209', 'INQ-2026-0211']);
    expect(report.evidence.find((e) => e.key === inquiry.breachKey)!.ids).toEqual(['INQ-2026-0209', 'INQ-2026-0211']);
    const md = renderReportMarkdown('sla', report);
    expect(md).toContain('# サービスレベル管理レポート 2026年11月\n');
    expect(md).toContain('## 2. 目標を超過した記録');
    expect(md).toContain('### 問い合わせの一次回答（1開館日以内）（速報（未達成））');
    expect(md).toContain('#### 定義 2026.1: 翌開館日中、95%以上（時計: 開館時間）');
    expect(md).toContain('| INQ-2026-0209 | [INQ-2026-0209](records/INQ-2026-0209.html) |');
    expect(md).toContain('| REQ-2026-0086 | [REQ-2026-0086](records/REQ-2026-0086.html) | 地区センター別・年齢層別の貸出冊数の抽出（市議会資料用） | 2026/11/19 16:30 | 2026/11/26 中 | 未実施 | 4日9時間 |  |');
    expect(md).toContain('| 11 件中 9 件が目標内（81.8%） | [2](#根拠-問い合わせの一次回答1開館日以内-の目標超過) | 0 | 速報（未達成） | 2026.1 |');
    expect(md).toContain('- 問い合わせの一次回答（1開館日以内）: 承認済み（[MTG-2026-0011](records/MTG-2026-0011.html)、2026/11/19）');
    expect(md).toContain('### 根拠: 問い合わせの一次回答（1開館日以内） の目標超過');
    expect(danglingAnchors(md)).toEqual([]);
  });

  it('says how many rows breached when they are not one record each (a backup job, a site, work not done)', () => {
    const md = renderReportMarkdown('sla', buildSlaReport(ctx, '2026-11'));
    const backup = md.split('\n').find((l) => l.startsWith('| 日次バックアップの成功'))!;
    expect(backup).toContain('| 1（記録 [2](#根拠-日次バックアップの成功-の目標超過)） |');
    expect(md).toContain('| 中央図書館 | [INC-2026-0105](records/INC-2026-0105.html) |  |');
  });

  it('reports the second half-year with its months in the title and official verdicts', () => {
    const report = buildSlaReport(ctx, '2026H2');
    expect(report.title).toBe('サービスレベル管理レポート 2026年度下期（2026年10月〜2027年3月）');
    expect(report.interim).toBe(false);
    const periodic = report.metrics.find((m) => m.id === 'periodic-on-time')!;
    const md = renderReportMarkdown('sla', report);
    expect(md).toContain('### 定期作業（夜間バッチ・外部連携を含む）の定刻実施（未達成）');
    expect(md.split('\n').filter((l) => /^\| 項番\d+ \d{4}-\d{2}-\d{2} \|/.test(l))).toHaveLength(periodic.breached);
    expect(md).toContain('| 基準日時 | 2026/12/01 09:00（これより後の記録は数えていません） |');
    expect(danglingAnchors(md)).toEqual([]);
  });

  it('keeps the rows of each definition version under its own target and clock when the period spans a change', () => {
    const sla = ctx.sla!;
    const first = sla.versions[0]!;
    const changed: Sla = {
      versions: [
        first,
        {
          ...first,
          version: '2026.2',
          effectiveFrom: '2026-11-20',
          note: '問い合わせの一次回答を開庁時間で測る',
          metrics: first.metrics.map((m) => (m.id === 'inquiry-first-answer' ? { ...m, clock: 'office-hours' as const, target: { ...m.target, within: { amount: 1, unit: 'office-days' as const } } } : m)),
        },
      ],
    };
    const report = buildSlaReport({ ...ctx, sla: changed }, '2026-11');
    expect(report.versionChange).toBe(true);
    const inquiry = report.metrics.find((m) => m.id === 'inquiry-first-answer')!;
    expect(inquiry.versions).toEqual(['2026.1', '2026.2']);
    const md = renderReportMarkdown('sla', report);
    expect(md).toContain('※ この期間の途中でサービスレベルの定義が改定されています。');
    expect(md).toContain('- 2026.2（2026/11/20 から）: 問い合わせの一次回答を開庁時間で測る');
    const section = md.slice(md.indexOf('### 問い合わせの一次回答'), md.indexOf('### 依頼申請'));
    expect(section).toContain('#### 定義 2026.2: 翌開庁日中、95%以上（時計: 開庁時間）');
    expect(section).not.toContain('#### 定義 2026.1');
    expect(report.evidence.map((e) => e.label)).toContain('問い合わせの一次回答（1開館日以内） の目標超過（定義 2026.2）');
    expect(danglingAnchors(md)).toEqual([]);
  });

  it('shows each version of a metric whose clock changed (opening-hours → 24x365) as its own sub-row with its own target and verdict', () => {
    const first = ctx.sla!.versions[0]!;
    const changed: Sla = {
      versions: [
        first,
        {
          ...first,
          version: '2026.2',
          effectiveFrom: '2026-11-15',
          note: 'S3 の復旧を24時間で測る',
          metrics: first.metrics.map((m) => (m.id === 'incident-restoration-s3' ? { ...m, clock: '24x365' as const, target: { within: { amount: 1, unit: 'hours' as const }, threshold: 'all' as const } } : m)),
        },
      ],
    };
    const report = buildSlaReport({ ...ctx, sla: changed }, '2026-11');
    const restoration = report.metrics.find((m) => m.id === 'incident-restoration-s3')!;
    expect(restoration.definitionChanged).toBe(true);
    expect(restoration.groups.map((g) => [g.version, g.from, g.to, g.clockLabel, g.targetText])).toEqual([
      ['2026.1', '2026-11-01', '2026-11-14', '開館時間', '翌開館日中、95%以上'],
      ['2026.2', '2026-11-15', '2026-11-30', '24時間365日', '1時間以内、全件'],
    ]);
    const md = renderReportMarkdown('sla', report);
    const table = md.slice(md.indexOf('## 1. 実績の一覧'), md.indexOf('## 2.'));
    expect(table).toContain('| 障害の復旧（S3 中） ★ | 版ごと（下の行。半期判定は最新の版の基準） | 8 件中 7 件が目標内（87.5%） | [1](#根拠-障害の復旧s3-中-の目標超過) | 0 | 速報（未達成） | 2026.1、2026.2 |');
    expect(table).toContain('| └ 定義 2026.1（2026/11/01〜2026/11/14） | 翌開館日中、95%以上（開館時間） | 5 件中 5 件が目標内（100.0%） | 0 | 0 | 達成 | 2026.1 |');
    expect(table).toContain('| └ 定義 2026.2（2026/11/15〜2026/11/30） | 1時間以内、全件（24時間365日） | 3 件中 2 件が目標内（66.7%） | 1 | 0 | 未達成 | 2026.2 |');
    // A metric whose definition did not change keeps a single row.
    expect(table.match(/└ 定義/g)).toHaveLength(2);
    // INC-2026-0107 (11-18) is measured on the 24-hour clock of 2026.2, under that version's header.
    const breaches = md.slice(md.indexOf('### 障害の復旧（S3 中）（速報（未達成））'));
    expect(breaches).toContain('#### 定義 2026.2: 1時間以内、全件（時計: 24時間365日）\n\n| 対象 | 記録 | 内容 | 開始 | 期限 | 実績 | 超過 | 備考 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| INC-2026-0107 |');
    expect(danglingAnchors(md)).toEqual([]);
  });

  it('gives a sensible report without records, and without a definition in force', () => {
    const empty = buildSlaReport({ ...ctx, records: [] }, '2026-11');
    const md = renderReportMarkdown('sla', empty);
    expect(empty.metrics.find((m) => m.id === 'inquiry-first-answer')!.verdict).toBe('対象なし');
    expect(md).toContain('| 障害の第一報（S1 重大） ★ | 30分以内、全件（24時間365日、半期判定） | 対象 0 件 | 0 | 0 | 対象なし | 2026.1 |');
    expect(danglingAnchors(md)).toEqual([]);
    const before = renderReportMarkdown('sla', buildSlaReport(ctx, '2025-11'));
    expect(before).toContain('この期間に有効なサービスレベルの定義が settings/sla.yaml にないため、実績を測っていません。');
    const { sla: _none, ...withoutSla } = ctx;
    expect(renderReportMarkdown('sla', buildSlaReport(withoutSla, 'FY2026'))).toContain('# サービスレベル管理レポート 2026年度（2026年4月〜2027年3月）');
    expect(() => buildSlaReport(ctx, '2026-13')).toThrow(RangeError);
  });
});
