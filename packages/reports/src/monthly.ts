import { datesBetween, lastDayOfMonth, nextMonth } from '@unyo/calendar';
import { expandOccurrences } from '@unyo/schedule';
import type { ReportContext } from './context.ts';
import { changeSections, type ChangeSections } from './_monthly-changes.ts';
import { ledgerSections, type LedgerSections } from './_monthly-ledgers.ts';
import { serviceSections, type ServiceSections } from './_monthly-service.ts';
import { periodicMatrix, planByCycle, type PeriodicMatrix, type PlanGroup } from './matrix.ts';
import type { ReportData } from './render.ts';
import { periodicExecutions, periodicLine, scopeOf, spanOf, unique, type PeriodicLine } from './_scope.ts';

/** A periodic occurrence of the month that was late or is missing. */
/** The data of a 月次報告書 (item 99). Sections follow the template: 1 稼働状況 … 11 来月の予定. */
export interface MonthlyReport extends ReportData, Omit<LedgerSections, 'evidence'>, Omit<ChangeSections, 'evidence'>, Omit<ServiceSections, 'evidence'> {
  /** 2026-11. */
  month: string;
  /** 2026年11月. */
  monthLabel: string;
  from: string;
  to: string;
  asOf: string;
  /** Section 8: occurrences due in the month and how they went. */
  periodic: { due: number; done: number; late: PeriodicLine[]; missing: PeriodicLine[]; dueLater: number };
  /** Section 8: items × days (○ △ × □), also written as a sheet by the Excel export. */
  matrix: PeriodicMatrix;
  /** Section 11: periodic work falling due next month, by cycle. */
  next: { month: string; label: string; groups: PlanGroup[] };
}

const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** Builds the 月次報告書 of a month (2026-11). Pure: the context carries the records and `asOf`. */
export function buildMonthlyReport(ctx: ReportContext, month: string): MonthlyReport {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`not a month: ${month}`);
  const scope = scopeOf(ctx);
  const from = `${month}-01`;
  const to = lastDayOfMonth(month);
  const span = spanOf(from, to, scope.now);
  const ledgers = ledgerSections(scope, span);
  const changes = changeSections(scope, span);
  const service = serviceSections(scope, month);
  const executions = periodicExecutions(scope, from, to);
  const miss = (e: (typeof executions)[number]): PeriodicLine => periodicLine(scope, e);
  const late = executions.filter((e) => e.status === 'late');
  const following = nextMonth(month);
  const { evidence: _l, ...ledgerData } = ledgers;
  const { evidence: _c, ...changeData } = changes;
  const { evidence: _s, ...serviceData } = service;
  return {
    title: `月次報告書 ${monthLabel(month)}`,
    month,
    monthLabel: monthLabel(month),
    from,
    to,
    asOf: ctx.asOf,
    ...serviceData,
    ...ledgerData,
    ...changeData,
    periodic: {
      due: executions.length,
      done: executions.filter((e) => e.status === 'done').length,
      late: late.map(miss),
      missing: executions.filter((e) => e.status === 'missing').map(miss),
      dueLater: executions.filter((e) => e.status === 'due-later').length,
    },
    matrix: periodicMatrix(executions, datesBetween(from, to)),
    next: {
      month: following,
      label: monthLabel(following),
      groups: planByCycle(
        expandOccurrences({ items: ctx.items, calendar: ctx.calendar, site: scope.site, from: `${following}-01`, to: lastDayOfMonth(following) }),
        scope.names.sites,
      ),
    },
    evidence: [
      ...service.evidence,
      ...ledgers.evidence,
      ...changes.evidence,
      { key: 'periodic-done', label: '期限内に実施した定期作業の記録', ids: unique(executions.filter((e) => e.status === 'done').map((e) => e.record)) },
      { key: 'periodic-late', label: '遅れて実施した定期作業の記録', ids: unique(late.map((e) => e.record)) },
    ],
  };
}
