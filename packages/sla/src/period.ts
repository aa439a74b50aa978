import { addDays, lastDayOfMonth } from '@unyo/calendar';
import type { SlaPeriodKind } from '@unyo/schema';

/** A reporting period: a month, a half-year of the fiscal year, or a fiscal year (April–March). */
export interface SlaPeriod {
  /** As written on the command line: 2026-11, 2026H1, 2026H2, FY2026. */
  id: string;
  kind: SlaPeriodKind;
  /** The Japanese label: 2026年11月, 2026年度上期, 2026年度下期, 2026年度. */
  label: string;
  /** First and last date (JST, both included). */
  from: string;
  to: string;
}

/** The examples a usage message shows. */
export const SLA_PERIOD_EXAMPLES = '2026-11（月）、2026H1（上期 4〜9月）、2026H2（下期 10〜翌3月）、FY2026（年度 4〜翌3月）';

/**
 * Parses a period: `2026-11` (a month), `2026H1` (上期: April–September 2026), `2026H2` (下期:
 * October 2026–March 2027), `FY2026` (April 2026–March 2027). Undefined when the text is none of these.
 */
export function parseSlaPeriod(text: string): SlaPeriod | undefined {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (month) {
    return { id: text, kind: 'month', label: `${month[1]}年${Number(month[2])}月`, from: `${text}-01`, to: lastDayOfMonth(text) };
  }
  const half = /^(\d{4})H([12])$/.exec(text);
  if (half) {
    const year = Number(half[1]);
    const first = half[2] === '1';
    const from = first ? `${year}-04-01` : `${year}-10-01`;
    const to = first ? `${year}-09-30` : `${year + 1}-03-31`;
    return { id: text, kind: 'half-year', label: `${year}年度${first ? '上期' : '下期'}`, from, to };
  }
  const fiscal = /^FY(\d{4})$/.exec(text);
  if (fiscal) {
    const year = Number(fiscal[1]);
    return { id: text, kind: 'fiscal-year', label: `${year}年度`, from: `${year}-04-01`, to: addDays(`${year + 1}-04-01`, -1) };
  }
  return undefined;
}

const LENGTH: Record<SlaPeriodKind, number> = { month: 1, 'half-year': 6, 'fiscal-year': 12 };

/** Whether a report over `period` is interim (速報) for a metric judged over `judged`. */
export const isInterim = (period: SlaPeriod, judged: SlaPeriodKind): boolean => LENGTH[period.kind] < LENGTH[judged];
