import { IsoDateSchema } from '@unyo/schema';

/**
 * The Japanese era (和暦) from the platform's ICU calendar data, as `@unyo/render-schedule` does
 * for months: Node ships full ICU, whose `ja-JP-u-ca-japanese` calendar knows every era boundary
 * (平成 until 2019-04-30, 令和 from 2019-05-01). The year number is taken from the parts and 1 is
 * written as 元, which ICU does only for some patterns. The date is read at UTC midnight and
 * formatted in UTC, so the machine's time zone never shifts a day.
 */
const WAREKI = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });

/**
 * A date in the Japanese era as official documents write it: 2026-11-30 → 令和8年11月30日,
 * 2019-05-01 → 令和元年5月1日, 2019-04-30 → 平成31年4月30日. A JST date-time
 * (`2026-11-30T09:30+09:00`) is read as its date. Throws a RangeError on anything else.
 */
export function formatWareki(iso: string): string {
  const date = iso.slice(0, 10);
  if (!IsoDateSchema.safeParse(date).success || (iso.length > 10 && iso[10] !== 'T')) throw new RangeError(`not an ISO date: ${iso}`);
  const parts = WAREKI.formatToParts(new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const year = part('year') === '1' ? '元' : part('year');
  return `${part('era')}${year}年${part('month')}月${part('day')}日`;
}

/** The same date in the Western calendar, for documents that do not use the era: 2026-11-30 → 2026年11月30日. */
export function formatJapaneseDate(iso: string): string {
  const date = iso.slice(0, 10);
  if (!IsoDateSchema.safeParse(date).success || (iso.length > 10 && iso[10] !== 'T')) throw new RangeError(`not an ISO date: ${iso}`);
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
