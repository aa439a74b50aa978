import { describe, expect, it } from 'vitest';
import { MonthSchema, formatMonth, formatWarekiMonth } from './month.ts';

describe('和暦 and the month argument', () => {
  it.each([
    ['2019-04', '平成31年4月'],
    ['2019-05', '令和元年5月'],
    ['2019-12', '令和元年12月'],
    ['2020-01', '令和2年1月'],
    ['2026-12', '令和8年12月'],
    ['2027-01', '令和9年1月'],
    ['1989-01', '昭和64年1月'], // read at the month's first day: 平成 began on 1989-01-08
    ['1989-02', '平成元年2月'],
  ])('%s is %s', (month, wareki) => expect(formatWarekiMonth(month)).toBe(wareki));

  it('writes the Gregorian month by default', () => {
    expect(formatMonth('2026-12')).toBe('2026年12月');
    expect(formatMonth('2027-03')).toBe('2027年3月');
    expect(formatMonth('2026-12', true)).toBe('令和8年12月');
  });

  it.each(['2026-12', '2027-01', '1999-09'])('accepts %s', (month) => expect(MonthSchema.safeParse(month).success).toBe(true));
  it.each(['2026-13', '2026-00', '2026/12', '2026-1', '26-12', '２０２６-１２', '2026-12-01', ''])('refuses %s', (month) => {
    expect(MonthSchema.safeParse(month).success).toBe(false);
    expect(() => formatMonth(month)).toThrow(RangeError);
  });
});
