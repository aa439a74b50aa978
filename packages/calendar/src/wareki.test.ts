import { describe, expect, it } from 'vitest';
import { formatJapaneseDate, formatWareki } from './wareki.ts';

describe('formatWareki, whatever the machine time zone', () => {
  it.each([
    ['2026-11-30', '令和8年11月30日'],
    ['2026-11-30T23:59+09:00', '令和8年11月30日'],
    ['2026-12-01T00:00:00+09:00', '令和8年12月1日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2019-12-31', '令和元年12月31日'],
    ['2019-04-30', '平成31年4月30日'],
    ['2020-01-01', '令和2年1月1日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1989-01-08', '平成元年1月8日'],
    ['2028-02-29', '令和10年2月29日'],
  ])('%s is %s', (iso, text) => expect(formatWareki(iso)).toBe(text));

  it.each(['2026-13-01', '2026/11/30', '２０２６-11-30', '2027-02-29', '', '2026-11-30 09:30'])('refuses %j', (iso) => {
    expect(() => formatWareki(iso)).toThrow(RangeError);
  });

  it('writes the Western calendar too', () => {
    expect(formatJapaneseDate('2026-11-30')).toBe('2026年11月30日');
    expect(formatJapaneseDate('2027-01-05T10:00+09:00')).toBe('2027年1月5日');
  });
});
