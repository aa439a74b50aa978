import holidayJp from '@holiday-jp/holiday_jp';

const HOLIDAYS: Readonly<Record<string, { name: string } | undefined>> = holidayJp.holidays;

/**
 * The name of the national holiday (国民の祝日, 振替休日 or 国民の休日) on an ISO date, or undefined.
 * From @holiday-jp/holiday_jp's table, keyed by the ISO date string so that no time zone applies.
 */
export const holidayName = (iso: string): string | undefined => HOLIDAYS[iso]?.name;
