import { z } from 'zod';

/** A month `2026-12` (four-digit year, month 01–12, half-width digits). */
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月は 2026-12 の形（半角数字、01〜12 月）で指定してください。');

/** Throws a RangeError unless `month` is a month `2026-12`: a caller's mistake, not bad data. */
export function assertMonth(month: string): void {
  if (!MonthSchema.safeParse(month).success) throw new RangeError(`not a month (YYYY-MM): ${month}`);
}

/**
 * The Japanese era (和暦) from the platform's ICU calendar data rather than a hand-kept era table or
 * a package: Node ships full ICU, whose `ja-JP-u-ca-japanese` calendar knows every era boundary
 * (平成 until 2019-04-30, 令和 from 2019-05-01). Whether ICU writes the first year as 元 depends on
 * the pattern it picks, so the year number is taken and 1 written as 元 here. The month is read at
 * its first day in UTC, so the machine's time zone never matters.
 */
const WAREKI = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'numeric', timeZone: 'UTC' });

/** 2026-12 → 令和8年12月; 2019-05 → 令和元年5月; 2019-04 → 平成31年4月. */
export function formatWarekiMonth(month: string): string {
  assertMonth(month);
  const parts = WAREKI.formatToParts(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const year = part('year') === '1' ? '元' : part('year');
  return `${part('era')}${year}年${part('month')}月`;
}

/** 2026-12 → 2026年12月, or 令和8年12月 with `wareki`. */
export function formatMonth(month: string, wareki = false): string {
  assertMonth(month);
  return wareki ? formatWarekiMonth(month) : `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
