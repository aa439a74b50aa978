import { describe, expect, it } from 'vitest';
import { NASTY, fakeModel } from './fake-model.test-helper.ts';
import { escapeMarkdown, renderMarkdown } from './render-markdown.ts';
import { repoSchedule } from './repo-data.test-helper.ts';

describe('renderMarkdown', () => {
  it('renders 2026-12 from the repo data (pinned; after a change of runbooks or calendar, review and update with -u)', async () => {
    await expect(renderMarkdown(await repoSchedule('2026-12'))).toMatchFileSnapshot('./__snapshots__/schedule-2026-12.md');
  });

  it('titles the month in 和暦 when asked', async () => {
    const model = await repoSchedule('2026-12');
    expect(renderMarkdown(model, { wareki: true }).split('\n')[0]).toBe('# 月次運用スケジュール 令和8年12月');
    expect(renderMarkdown(model).split('\n')[0]).toBe('# 月次運用スケジュール 2026年12月');
  });

  it('has one grid column per day and one row per due item', async () => {
    const model = await repoSchedule('2027-02');
    const lines = renderMarkdown(model).split('\n');
    const header = lines.find((l) => l.startsWith('| 項番 |'))!;
    expect(header.split(' | ')).toHaveLength(3 + 28);
    expect(header).toContain('| 15月休 |');
    const rows = lines.filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(model.items.length);
  });

  it('escapes names so that they cannot break the table or add markup', () => {
    const md = renderMarkdown(fakeModel());
    const row = md.split('\n').find((l) => l.startsWith('| 1 |'))!;
    expect(row).toContain(escapeMarkdown(NASTY));
    expect(row.split(/(?<!\\)\|/)).toHaveLength(3 + 30 + 2);
    expect(md).not.toContain('<script>');
    expect(md).toContain('- ◆ 計画作業: 14:00–15:30 作業 二行目');
  });

  it('shows the special hours of the first opening day of 2027: 12:00, with the reason', async () => {
    const md = renderMarkdown(await repoSchedule('2027-01'));
    const day = md.slice(md.indexOf('### 1月4日（月）'), md.indexOf('### 1月5日（火）'));
    expect(day).toContain('- 中央図書館: 開館 12:00–17:00（年始の開館（短縮。午前は書架整理））／SE 事務所: 08:45–17:15');
    expect(day).toContain('- 特別開館時間: 全館 12:00–17:00（年始の開館（短縮。午前は書架整理））');
    expect(day).toContain('10:00 まで（日次）: 25 定常監視');
    expect(md.slice(md.indexOf('### 1月5日（火）'), md.indexOf('### 1月6日（水）'))).toContain('- 中央図書館: 開館 09:30–20:30／');
  });

  it('names other sites with special hours, and the on-call role of operator work on a closed day', async () => {
    const model = await repoSchedule('2026-12');
    const day = model.days.find((d) => d.date === '2026-12-28')!;
    const aoba = day.sites.find((s) => s.site === 'aoba')!;
    Object.assign(aoba, { hours: ['09:30', '15:00'], special: '館内研修' });
    const closed = model.days.find((d) => d.date === '2026-12-29')!;
    closed.due = [{ item: 25, name: '定常監視', cycle: 'daily', date: '2026-12-29', due: '2026-12-29T10:00:00+09:00', from: '2026-12-29T00:00:00+09:00', onCall: 'se' }];
    const md = renderMarkdown(model);
    expect(md).toContain('- 特別開館時間: 青葉図書館 09:30–15:00（館内研修）');
    expect(md).toContain('  - 10:00 まで（日次）: 25 定常監視（当番SE）');
  });

  it('leaves on-demand items out', () => {
    expect(renderMarkdown(fakeModel())).not.toContain('随時のみ');
  });
});
