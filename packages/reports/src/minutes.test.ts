import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCalendar, readRecords, readRunbooks, readSettings, readYamlFile } from '@unyo/read';
import { SlaSchema } from '@unyo/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutesDraft, headingSlug, renderReportMarkdown, type ReportContext } from './index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let ctx: ReportContext;
beforeAll(async () => {
  const [sla, { calendar }, records, runbooks, { settings }] = await Promise.all([
    readYamlFile(root, 'settings/sla.yaml', SlaSchema),
    readCalendar(root),
    readRecords(root),
    readRunbooks(root),
    readSettings(root),
  ]);
  ctx = { sla: sla.value!, calendar: calendar!, records: records.records.map((r) => r.record), items: runbooks.runbooks.map((r) => r.item), settings, asOf: '2026-12-01T09:00:00+09:00' };
});

const danglingAnchors = (md: string) => {
  const headings = new Set([...md.matchAll(/^#+ (.+)$/gm)].map((m) => headingSlug(m[1]!)));
  return [...md.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!).filter((a) => !headings.has(a));
};

describe('the minutes draft (議事録の案)', () => {
  it('prefills the December meeting from the calendar, the people and the records of November', () => {
    const draft = buildMinutesDraft(ctx, '2026-12');
    expect(draft.meeting).toEqual({ date: '2026-12-17', start: '14:00', end: '15:30', place: '中央図書館 2階 会議室', source: 'calendar' });
    expect(draft.evidence.find((e) => e.key === 'incidents.S1')!.ids).toEqual(['INC-2026-0105']);
    const md = renderReportMarkdown('minutes', draft);
    expect(md).toContain('# 月次定例会議 議事録 2026年12月（案（会議前））\n');
    expect(md).toContain('> **案（会議前）**');
    expect(md).toContain('| 日時 | 2026/12/17 14:00〜15:30 |');
    expect(md).toContain('| 高橋 誠 | PM |  |');
    expect(draft.vendor.map((v) => v.name)).not.toContain('佐藤 美咲');
    expect(md).toContain('### 1. 前月（2026年11月）の報告');
    expect(md).toContain('| インシデント（S1 重大） | [1](#根拠-2026年11月のインシデントs1-重大) |');
    expect(md).toContain('| 問い合わせ | [11](#根拠-2026年11月の問い合わせ) |');
    expect(md).toMatch(/\| サービスレベル目標超過の記録 \| \[\d+\]\(#根拠-2026年11月のサービスレベル目標超過\) \|/);
    expect(md).toContain('- 問い合わせの一次回答（1開館日以内）: 超過 2 件（未達成）');
    expect(md).toContain('| 西浜図書館のスイッチ設定変更の変更計画を作成し、次回の会議に提出する。 | 加藤 翔 | 2026/12/11 |  |');
    expect(md).toContain('### 2. 未解決の問題');
    expect(md).toContain('| [PRB-2026-0012](records/PRB-2026-0012.html) |');
    expect(md).toContain('### 3. 承認をお願いする事項');
    expect(md).not.toContain('- 問い合わせの一次回答（1開館日以内）\n');
    expect(md).toContain('（[MTG-2026-0011](records/MTG-2026-0011.html)）');
    expect(md).toContain('### 4. 次回までの予定');
    expect(md).toContain('- 2026/12/21 08:00〜 法定停電（中央図書館 受変電設備点検）');
    expect(md).toContain('次回の定例会議: 2027/01/21 14:00（予定）');
    expect(md).toContain('## 決定事項');
    expect(md).toContain('## 宿題（担当・期限）\n\n| 番号 | 内容 | 担当 | 期限 |\n| --- | --- | --- | --- |\n| 1 |  |  |  |');
    expect(danglingAnchors(md)).toEqual([]);
  });

  it('falls back to the third Thursday when the calendar has no meeting that month, and counts nothing after asOf', () => {
    const draft = buildMinutesDraft({ ...ctx, asOf: '2027-02-01T09:00:00+09:00' }, '2027-03');
    expect(draft.meeting).toMatchObject({ date: '2027-03-18', start: '14:00', source: 'rule' });
    const md = renderReportMarkdown('minutes', draft);
    expect(md).toContain('（カレンダーに未登録。初期値の第3木曜日）');
    expect(md).toContain('| インシデント | 0 |');
    const early = buildMinutesDraft({ ...ctx, asOf: '2026-11-15T09:00:00+09:00' }, '2026-12');
    expect(early.evidence.find((e) => e.key === 'incidents')!.ids).not.toContain('INC-2026-0110');
  });

  it('gives a sensible draft without any records or service level definition', () => {
    const { sla: _none, ...rest } = ctx;
    const md = renderReportMarkdown('minutes', buildMinutesDraft({ ...rest, records: [] }, '2026-12'));
    expect(md).toContain('| 場所 | （未定） |');
    expect(md).toContain('未解決の問題はありません。');
    expect(md).toContain('承認をお願いする事項はありません。');
    expect(md).not.toContain('サービスレベル目標超過');
    expect(() => buildMinutesDraft(ctx, '2026-12-01')).toThrow(RangeError);
  });
});
