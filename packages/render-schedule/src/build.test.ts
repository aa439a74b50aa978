import { describe, expect, it } from 'vitest';
import { buildMonthSchedule } from './build.ts';
import type { MonthSchedule, ScheduleDay } from './model.ts';
import { repoData, repoSchedule } from './repo-data.test-helper.ts';

const december = await repoSchedule('2026-12');
const february = await repoSchedule('2027-02');
const march = await repoSchedule('2027-03');
const january = await repoSchedule('2027-01');

const day = (model: MonthSchedule, date: string): ScheduleDay => {
  const found = model.days.find((d) => d.date === date);
  if (!found) throw new Error(`no ${date} in ${model.month}`);
  return found;
};
const status = (date: string, site: string) => day(december, date).sites.find((s) => s.site === site);
const dueItems = (date: string) => day(december, date).due.map((o) => o.item);
const dueDates = (model: MonthSchedule, item: number) => model.days.filter((d) => d.due.some((o) => o.item === item)).map((d) => d.date);

describe('buildMonthSchedule on the repo data (settings/calendar.yaml, runbooks/)', () => {
  it('has every date of the month, in order, with the weekday (February 2027: 28 days)', () => {
    expect(december.days.map((d) => d.date)).toEqual(Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`));
    expect(day(december, '2026-12-01').weekday).toBe('tue');
    expect(february.days).toHaveLength(28);
  });

  it.each([
    // [date, site, open, closedFor] — each row checkable against the calendar file.
    ['2026-12-21', 'central', false, '施設点検日'],
    ['2026-12-21', 'aoba', false, '施設点検日'],
    ['2026-12-07', 'sakuradai', true, undefined],
    ['2026-12-08', 'sakuradai', false, '特別整理期間（蔵書点検）'],
    ['2026-12-11', 'sakuradai', false, '特別整理期間（蔵書点検）'],
    ['2026-12-12', 'sakuradai', true, undefined],
    ['2026-12-08', 'central', true, undefined], // the stock-taking is at sakuradai only
    ['2026-12-09', 'aoba', true, undefined],
    ['2026-12-03', 'hongo', false, '臨時休館（地区センター空調工事）'],
    ['2026-12-03', 'central', true, undefined],
    ['2026-12-28', 'central', true, undefined],
    ['2026-12-29', 'central', false, '年末年始休館'],
    ['2026-12-30', 'kitayama', false, '年末年始休館'],
    ['2026-12-31', 'asahi', false, '年末年始休館'],
  ])('%s %s open=%s %s', (date, site, open, closedFor) => {
    expect(status(date, site)).toMatchObject({ site, open });
    expect(status(date, site)?.closedFor).toBe(closedFor);
  });

  it('lists every site on every day, in settings order', async () => {
    const { sites } = await repoData();
    for (const d of december.days) expect(d.sites.map((s) => s.site)).toEqual(sites.map((s) => s.id));
  });

  it('2026-12-21 is 施設点検日 with the 法定停電 and the 定期点検', () => {
    const d = day(december, '2026-12-21');
    expect(d.events.map((e) => [e.type, e.start, e.end])).toEqual([
      ['outage', '08:00', '16:00'],
      ['inspection', '10:00', '15:00'],
    ]);
    expect(d.events[0]).toMatchObject({ title: expect.stringContaining('法定停電'), items: [{ id: 61, name: '法定停電対応' }], sites: ['central'] });
    expect(d.events[1]).toMatchObject({ title: expect.stringContaining('定期点検'), items: [{ id: 62, name: '定期点検' }] });
  });

  it('has the month meeting and the patch window as planned work', () => {
    expect(day(december, '2026-12-17').events).toMatchObject([{ type: 'meeting', title: '月次定例会議（12月）', start: '14:00' }]);
    expect(day(december, '2026-12-09').events).toMatchObject([{ type: 'patch', start: '18:00', end: '21:00' }]);
    expect(december.days.filter((d) => d.events.length > 0).map((d) => d.date)).toEqual(['2026-12-09', '2026-12-17', '2026-12-21']);
  });

  it('lists the closures overlapping the month as whole periods', () => {
    expect(december.closures).toEqual([
      { from: '2026-12-03', to: '2026-12-03', type: 'temporary', reason: '臨時休館（地区センター空調工事）', sites: ['hongo'] },
      { from: '2026-12-08', to: '2026-12-11', type: 'stock-taking', reason: '特別整理期間（蔵書点検）', sites: ['sakuradai'] },
      { from: '2026-12-21', to: '2026-12-21', type: 'inspection', reason: '施設点検日' },
      { from: '2026-12-29', to: '2027-01-03', type: 'year-end', reason: '年末年始休館' },
    ]);
    expect(february.closures.map((c) => c.type)).toEqual(['stock-taking', 'inspection', 'stock-taking']);
  });

  it.each([
    // [date, item, due?] — 25 定常監視 is every-day operator work: not due when no operator is on site (the central library
    // closed; operatorWork: next-staffed-day moves it to the next day); 34 電源投入 and 68 follow the central library's opening days.
    ['2026-12-20', 25, true],
    ['2026-12-21', 25, false],
    ['2026-12-22', 25, true],
    ['2026-12-29', 25, false],
    ['2026-12-31', 25, false],
    ['2026-12-20', 34, true],
    ['2026-12-21', 34, false],
    ['2026-12-29', 34, false],
    ['2026-12-31', 34, false],
    ['2026-12-21', 68, false],
    ['2026-12-28', 68, true],
    ['2026-12-30', 68, false],
  ])('%s item %i due: %s', (date, item, due) => expect(dueItems(date).includes(item)).toBe(due));

  it('puts the weekly item 70 on Wednesdays (12-30 is in the year-end closure)', () => {
    const dates = dueDates(december, 70);
    expect(dates).toEqual(['2026-12-02', '2026-12-09', '2026-12-16', '2026-12-23']);
    for (const date of dates) expect(day(december, date).weekday).toBe('wed');
  });

  it('puts the stock-taking item 67 on the last day of the sakuradai period, for that site', () => {
    expect(day(december, '2026-12-11').due.filter((o) => o.item === 67)).toMatchObject([{ cycle: 'stock-taking', site: 'sakuradai' }]);
  });

  it('never shows an on-demand item, and lists the due items by id with the cycles due', () => {
    const onDemand = [2, 52]; // 随時 only
    for (const id of onDemand) {
      expect(december.items.some((i) => i.id === id)).toBe(false);
      expect(december.days.some((d) => d.due.some((o) => o.item === id))).toBe(false);
    }
    const ids = december.items.map((i) => i.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(december.items.find((i) => i.id === 18)).toMatchObject({ name: '運用スケジュール作成', period: '月次／随時', cycles: ['monthly'] });
    expect(december.items.find((i) => i.id === 49)?.cycles).toEqual(['weekly']); // 随時 and weekly: only the weekly one is due
    expect(december.items.find((i) => i.id === 93)?.cycles).toEqual(['monthly']); // its yearly cycle is in April
  });

  it.each([
    ['2026-12-21', true], // Monday, 施設点検日: the libraries close, the SE office works
    ['2026-12-19', false], // Saturday
    ['2026-12-28', true],
    ['2026-12-29', false], // year-end
  ])('office day %s: %s', (date, open) => expect(day(december, date).office.open).toBe(open));

  it.each([
    ['2027-03-20', undefined],
    ['2027-03-21', '春分の日'], // Sunday
    ['2027-03-22', '春分の日 振替休日'], // Monday after it
    ['2027-03-23', undefined],
  ])('2027-03: %s holiday %s', (date, holiday) => expect(day(march, date).holiday).toBe(holiday));

  it('in 2027-03 keeps the libraries open on the holidays and closes the SE office', () => {
    expect(day(march, '2027-03-22').sites.find((s) => s.site === 'central')).toMatchObject({ open: true, hours: ['09:30', '17:00'] });
    expect(day(march, '2027-03-22').office.open).toBe(false);
    expect(day(march, '2027-03-15').sites.every((s) => s.closedFor === '施設点検日')).toBe(true);
  });

  it('has no holiday in 2026-12 (12-23 is no longer one)', () => {
    expect(december.days.filter((d) => d.holiday)).toEqual([]);
  });

  it('opens 2027-01-04 at 12:00 (specialHours), and the operators catch up on the daily checks of the year-end then', () => {
    const first = day(january, '2027-01-04');
    expect(first.sites.find((s) => s.site === 'central')).toMatchObject({ open: true, hours: ['12:00', '17:00'], special: expect.stringMatching(/^年始の開館/) });
    expect(first.due.find((o) => o.item === 25)).toMatchObject({ due: '2027-01-04T10:00:00+09:00', from: '2026-12-29T00:00:00+09:00' });
    for (const date of ['2026-12-29', '2026-12-30', '2026-12-31']) expect(dueItems(date)).not.toContain(25);
    expect(dueItems('2026-12-28')).toContain(25);
  });

  it('refuses a month that is not YYYY-MM', async () => {
    const data = await repoData();
    expect(() => buildMonthSchedule({ month: '2026-13', ...data, site: 'central' })).toThrow(RangeError);
  });
});

