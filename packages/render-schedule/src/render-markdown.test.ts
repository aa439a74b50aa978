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

  it('leaves on-demand items out', () => {
    expect(renderMarkdown(fakeModel())).not.toContain('随時のみ');
  });
});
