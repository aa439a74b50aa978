import { describe, expect, it } from 'vitest';
import { buildMonthSchedule } from './build.ts';
import { repoData } from './repo-data.test-helper.ts';

describe('planned changes from records', () => {
  it('show their work window as planned work on the day it starts', async () => {
    const { items, calendar, sites } = await repoData();
    const model = buildMonthSchedule({
      month: '2026-12',
      items,
      calendar,
      sites,
      site: 'central',
      changes: [{ id: 'CHG-2026-0040', title: 'WebOPAC 更新', type: 'release', items: [66], window: { from: '2026-12-21T09:00:00+09:00', to: '2026-12-21T12:00:00+09:00' } }],
    });
    const day = model.days.find((d) => d.date === '2026-12-21');
    expect(day?.events.find((e) => e.title.includes('CHG-2026-0040'))).toMatchObject({ start: '09:00', end: '12:00', type: 'patch', title: 'WebOPAC 更新（CHG-2026-0040 作業枠）' });
  });
});
