import { formatJst, instant } from '@unyo/schema';

/** How dates read on the site: ISO-like `2026-11-27 09:30`, or with the Japanese era (和暦) `令和8年11月27日 09:30`. */
export interface DateStyle {
  wareki: boolean;
}

// The platform's ICU knows the eras (令和, 元年); no era table is kept here.
const ERA = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Tokyo' });
const WEEKDAY = new Intl.DateTimeFormat('ja-JP', { weekday: 'short', timeZone: 'Asia/Tokyo' });

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether a string is an ISO date (2026-11-27) or date-time with an offset. */
export const isIsoDate = (value: string): boolean => DATE_ONLY.test(value);
export const isIsoDateTime = (value: string): boolean => DATE_TIME.test(value);

/** Any ISO date-time (git writes +00:00) as the JST `2026-11-27T09:30:00+09:00`. */
export const toJst = (iso: string): string => formatJst(instant(iso));

/** A date `2026-11-27` (or the date of a date-time, in JST), western or 和暦. */
export function formatDate(iso: string, style: DateStyle): string {
  const date = isIsoDate(iso) ? iso : toJst(iso).slice(0, 10);
  return style.wareki ? ERA.format(instant(date)) : date;
}

/** A date with its weekday: `2026-11-27（金）`. */
export const formatDateWithWeekday = (iso: string, style: DateStyle): string =>
  `${formatDate(iso, style)}（${WEEKDAY.format(instant(isIsoDate(iso) ? iso : toJst(iso).slice(0, 10)))}）`;

/** A date-time in JST to the minute: `2026-11-27 09:30` or `令和8年11月27日 09:30`. */
export function formatDateTime(iso: string, style: DateStyle): string {
  const jst = toJst(iso);
  return `${formatDate(jst.slice(0, 10), style)} ${jst.slice(11, 16)}`;
}

/** A date or date-time, whichever the string is; other text as it is. */
export function formatWhen(value: string, style: DateStyle): string {
  if (isIsoDate(value)) return formatDate(value, style);
  if (isIsoDateTime(value)) return formatDateTime(value, style);
  return value;
}
