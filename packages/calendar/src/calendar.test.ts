import { readFileSync } from 'node:fs';
import { CalendarSchema, type Calendar } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { officeDay, siteDay } from './calendar.ts';
import { addDays, dayOfMonth, datesBetween, lastDayOfMonth, nthWeekday, weekdayOf } from './dates.ts';
import { holidayName } from './holidays.ts';

/** The repo's own calendar (settings/calendar.yaml): the tests read as a person would check it. */
const CALENDAR = CalendarSchema.parse(parse(readFileSync(new URL('../../../settings/calendar.yaml', import.meta.url), 'utf8')));

describe('dates, whatever the machine time zone', () => {
  it.each([
    ['2026-11-23', '勤労感謝の日'],
    ['2027-03-22', '春分の日 振替休日'],
    ['2026-09-22', '休日'], // 国民の休日, as the package names it,
    ['2026-11-24', undefined],
    ['2028-02-29', undefined],
  ])('%s is %s', (date, name) => expect(holidayName(date)).toBe(name));

  it.each([
    ['2026-11-28', 'sat'],
    ['2026-11-30', 'mon'],
    ['2028-02-29', 'tue'],
    ['2027-01-01', 'fri'],
  ])('%s is a %s', (date, weekday) => expect(weekdayOf(date)).toBe(weekday));

  it('crosses month and year ends and leap days', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2027-02')).toBe('2027-02-28');
    expect(dayOfMonth('2026-11', 31)).toBe('2026-11-30');
    expect(nthWeekday('2026-11', 3, 'mon')).toBe('2026-11-16');
    expect(nthWeekday('2026-11', 5, 'mon')).toBe('2026-11-30');
    expect(nthWeekday('2026-12', 5, 'mon')).toBeUndefined();
    expect(datesBetween('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });
});

describe('the libraries calendar', () => {
  it.each([
    ['central', '2026-11-24', true, ['09:30', '20:30'], undefined],
    ['aoba', '2026-11-24', true, ['09:30', '19:00'], undefined],
    ['aoba', '2026-11-23', true, ['09:30', '17:00'], undefined],
    ['central', '2026-11-16', false, undefined, '施設点検日'],
    ['central', '2026-07-20', true, ['09:30', '17:00'], undefined],
    ['central', '2026-07-21', false, undefined, '施設点検日（海の日のため翌日）'],
    ['central', '2026-12-29', false, undefined, '年末年始休館'],
    ['central', '2027-01-03', false, undefined, '年末年始休館'],
    ['central', '2027-01-04', true, ['12:00', '17:00'], undefined], // specialHours: 年始の開館（短縮）
    ['aoba', '2027-01-04', true, ['12:00', '17:00'], undefined],
    ['central', '2027-01-05', true, ['09:30', '20:30'], undefined],
    ['sakuradai', '2026-12-09', false, undefined, '特別整理期間（蔵書点検）'],
    ['aoba', '2026-12-09', true, ['09:30', '19:00'], undefined],
  ])('%s on %s: open %s %j %s', (site, date, open, hours, reason) => {
    const day = siteDay(CALENDAR, site, date);
    expect(day.open).toBe(open);
    expect(day.hours).toEqual(hours);
    expect(day.closedFor).toBe(reason);
  });

  it('names the special hours of the first opening day of the year', () => {
    expect(siteDay(CALENDAR, 'central', '2027-01-04').special).toMatch(/^年始の開館/);
    expect(siteDay(CALENDAR, 'central', '2027-01-05').special).toBeUndefined();
  });

  it.each([
    ['2026-11-23', false],
    ['2026-11-24', true],
    ['2026-11-28', false],
    ['2026-12-28', true],
    ['2026-12-29', false],
    ['2027-01-04', true],
  ])('the office on %s is open: %s', (date, open) => {
    expect(officeDay(CALENDAR, date).open).toBe(open);
  });
});

describe('dated special hours', () => {
  const calendar = (specialHours: Calendar['specialHours']): Calendar => ({ ...CALENDAR, specialHours });
  const evening = { date: '2026-11-24', to: '2026-11-25', hours: ['09:30', '21:00'] as [string, string], sites: ['central'], reason: '夜間延長' };
  const short = { date: '2026-11-24', hours: ['12:00', '17:00'] as [string, string], reason: '館内研修のため短縮' };
  it.each([
    // [site, date, entries, open, hours, special]
    ['central', '2026-11-24', [evening], true, ['09:30', '21:00'], '夜間延長'], // a site's own entry
    ['central', '2026-11-25', [evening], true, ['09:30', '21:00'], '夜間延長'], // a run of dates, last day included
    ['central', '2026-11-26', [evening], true, ['09:30', '20:30'], undefined], // the day after: the weekday's hours again
    ['aoba', '2026-11-24', [evening], true, ['09:30', '19:00'], undefined], // another site keeps its hours
    ['aoba', '2026-11-24', [short, evening], true, ['12:00', '17:00'], '館内研修のため短縮'], // an all-sites entry
    ['central', '2026-11-24', [short, evening], true, ['09:30', '21:00'], '夜間延長'], // the site's own entry wins over the all-sites one
    ['central', '2027-01-03', [{ date: '2027-01-03', hours: ['10:00', '15:00'], reason: '臨時開館' }], true, ['10:00', '15:00'], '臨時開館'], // opens a year-end day
    ['central', '2026-11-16', [{ date: '2026-11-16', hours: ['10:00', '15:00'], reason: '短縮' }], false, undefined, undefined], // a dated closure wins
  ] as const)('%s on %s with %j: open %s %j %s', (site, date, entries, open, hours, special) => {
    const day = siteDay(calendar(entries.map((e) => ({ ...e, hours: [...e.hours] as [string, string], ...('sites' in e ? { sites: [...e.sites] } : {}) }))), site, date);
    expect(day.open).toBe(open);
    expect(day.hours).toEqual(hours);
    expect(day.special).toBe(special);
  });

  it.each([
    [{ date: '2027-01-04', hours: ['17:00', '12:00'], reason: 'x' }, 'specialHours.0.hours.1'],
    [{ date: '2027-01-04', to: '2027-01-03', hours: ['12:00', '17:00'], reason: 'x' }, 'specialHours.0.to'],
    [{ date: '2027-01-04', hours: ['12:00', '17:00'] }, 'specialHours.0.reason'],
  ])('refuses %j at %s', (entry, path) => {
    const result = CalendarSchema.safeParse({ ...CALENDAR, specialHours: [entry] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('asks for the on-call role when operator work on closed days is done on call', () => {
    const result = CalendarSchema.safeParse({ ...CALENDAR, operatorWork: { closedDays: 'on-call' } });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['operatorWork.onCall']);
    expect(CalendarSchema.safeParse({ ...CALENDAR, operatorWork: { closedDays: 'on-call', onCall: 'se' } }).success).toBe(true);
  });
});
