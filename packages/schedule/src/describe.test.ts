import { CalendarSchema, type Cycle } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { cycleMonths, cycleWeekday, describeCycle, describeCycles } from './describe.ts';

const CALENDAR = CalendarSchema.parse({
  hours: { mon: ['09:30', '17:00'] },
  yearEnd: { from: '12-29', to: '01-03' },
  closures: [],
  office: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: ['08:45', '17:15'] },
  events: [
    { date: '2026-11-19', start: '14:00', end: '15:30', type: 'meeting', title: '月次定例会議（11月）', items: [101] },
    { date: '2026-12-17', start: '14:00', end: '15:30', type: 'meeting', title: '月次定例会議（12月）', items: [101] },
  ],
});

describe('describeCycle', () => {
  it.each<[Cycle, string]>([
    [{ kind: 'daily' }, '毎開館日 10:00まで'],
    [{ kind: 'daily', calendar: 'every-day', by: '09:00' }, '毎日（休館日も含む） 09:00まで'],
    [{ kind: 'daily', calendar: 'office-days' }, '毎開庁日 10:00まで'],
    [{ kind: 'weekly' }, '毎週月曜日 17:00まで（休館日なら翌開館日）'],
    [{ kind: 'weekly', weekday: 'wed', by: '12:00' }, '毎週水曜日 12:00まで（休館日なら翌開館日）'],
    [{ kind: 'monthly' }, '毎月 末日 17:00まで（休館日なら前の開館日）'],
    [{ kind: 'monthly', day: 10, calendar: 'office-days' }, '毎月 10日 17:00まで（閉庁日なら前の開庁日）'],
    [{ kind: 'monthly', nth: 3, weekday: 'thu' }, '毎月 第3木曜日 17:00まで（休館日なら前の開館日）'],
    [{ kind: 'quarterly' }, '3か月ごと 6月・9月・12月・3月の末日 17:00まで（休館日なら前の開館日）'],
    [{ kind: 'half-yearly', months: [10, 4], day: 15 }, '半年ごと 10月・4月の15日 17:00まで（休館日なら前の開館日）'],
    [{ kind: 'yearly' }, '毎年 3月 末日 17:00まで（休館日なら前の開館日）'],
    [{ kind: 'yearly', month: 4, calendar: 'every-day' }, '毎年 4月 末日 17:00まで（休館日も含む）'],
    [{ kind: 'stock-taking' }, '蔵書点検時: 各館の特別整理期間の最終日 17:00まで'],
    [{ kind: 'on-demand' }, '随時（発生の都度。予定には載りません）'],
  ])('%j → %s', (cycle, expected) => {
    expect(describeCycle(cycle)).toBe(expected);
  });

  it('names the meetings of the calendar for a cycle due at the monthly meeting', () => {
    const cycle: Cycle = { kind: 'monthly', before: 'meeting' };
    expect(describeCycle(cycle, { calendar: CALENDAR })).toBe('毎月 月次定例会議の日 会議の開始まで（予定: 11月19日（木）・12月17日（木））');
    expect(describeCycle(cycle, { calendar: CALENDAR, from: '2026-12-01' })).toBe('毎月 月次定例会議の日 会議の開始まで（予定: 12月17日（木））');
    expect(describeCycle(cycle)).toBe('毎月 月次定例会議の日 会議の開始まで');
  });

  it('joins several cycles and says when there is none', () => {
    expect(describeCycles([{ kind: 'monthly' }, { kind: 'on-demand' }])).toBe('毎月 末日 17:00まで（休館日なら前の開館日）／随時（発生の都度。予定には載りません）');
    expect(describeCycles([])).toBe('周期なし');
  });
});

describe('cycleMonths and cycleWeekday give the defaults the schedule applies', () => {
  it.each<[Cycle, readonly number[] | undefined]>([
    [{ kind: 'quarterly' }, [6, 9, 12, 3]],
    [{ kind: 'half-yearly' }, [9, 3]],
    [{ kind: 'yearly' }, [3]],
    [{ kind: 'yearly', month: 4 }, [4]],
    [{ kind: 'monthly' }, undefined],
  ])('%j months %j', (cycle, months) => expect(cycleMonths(cycle)).toEqual(months));
  it.each<[Cycle, string | undefined]>([
    [{ kind: 'weekly' }, 'mon'],
    [{ kind: 'weekly', weekday: 'fri' }, 'fri'],
    [{ kind: 'monthly', nth: 2 }, 'mon'],
    [{ kind: 'monthly' }, undefined],
    [{ kind: 'daily' }, undefined],
  ])('%j weekday %s', (cycle, weekday) => expect(cycleWeekday(cycle)).toBe(weekday));
});
