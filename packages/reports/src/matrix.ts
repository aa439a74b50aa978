import { CYCLE_KINDS, CYCLE_LABELS, type CycleKind } from '@unyo/schema';
import type { Execution, ExecutionStatus, Occurrence } from '@unyo/schedule';
import { nameOf } from './labels.ts';

/** A cell of the periodic-work matrix: how the occurrence due that day went, or '' when none was due. */
export type MatrixCell = ExecutionStatus | '';

/** The marks of the cells in the printed report. */
export const MATRIX_MARKS: Record<MatrixCell, string> = { done: '○', late: '△', missing: '×', 'due-later': '□', '': '' };

/** The periodic-work matrix of a month: rows are the items due in it, columns the days 1..31. */
export interface PeriodicMatrix {
  /** The days of the month (2026-11-01 …). */
  days: string[];
  /** The column headings: the day numbers 1 … 31. */
  labels: string[];
  rows: {
    item: number;
    name: string;
    cells: MatrixCell[];
    /** The cells as marks: ○ done on time, △ late, × missing, □ not yet due at asOf, blank not due. */
    marks: string[];
  }[];
}

/** When two occurrences of an item fall on one day (two cycles, several sites), the cell shows the worst. */
const WORST: Record<MatrixCell, number> = { missing: 4, late: 3, 'due-later': 2, done: 1, '': 0 };

/** The matrix of items × days of the executions of a month. Pure. */
export function periodicMatrix(executions: readonly Execution[], days: readonly string[]): PeriodicMatrix {
  const index = new Map(days.map((d, i) => [d, i]));
  const rows = new Map<number, { item: number; name: string; cells: MatrixCell[] }>();
  for (const e of executions) {
    const column = index.get(e.occurrence.date);
    if (column === undefined) continue;
    const row = rows.get(e.occurrence.item) ?? { item: e.occurrence.item, name: e.occurrence.name, cells: days.map((): MatrixCell => '') };
    if (WORST[e.status] > WORST[row.cells[column]!]) row.cells[column] = e.status;
    rows.set(row.item, row);
  }
  return {
    days: [...days],
    labels: days.map((d) => String(Number(d.slice(8, 10)))),
    rows: [...rows.values()].sort((a, b) => a.item - b.item).map((r) => ({ ...r, marks: r.cells.map((c) => MATRIX_MARKS[c]) })),
  };
}

/** The periodic work of a coming month, grouped by cycle (日次, 週次, 月次…). */
export interface PlanGroup {
  cycle: CycleKind;
  label: string;
  items: { item: number; name: string; /** 12/1、12/8 … */ dates: string; count: number }[];
}

const shortDate = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

/** Groups occurrences by cycle, then item: the 来月の予定 of the monthly report. */
export function planByCycle(occurrences: readonly Occurrence[], sites?: ReadonlyMap<string, string>): PlanGroup[] {
  return CYCLE_KINDS.flatMap((cycle) => {
    const mine = occurrences.filter((o) => o.cycle === cycle);
    if (mine.length === 0) return [];
    const ids = [...new Set(mine.map((o) => o.item))].sort((a, b) => a - b);
    const items = ids.map((item) => {
      const list = mine.filter((o) => o.item === item);
      const dates = list.map((o) => `${shortDate(o.date)}${o.site ? `（${nameOf(sites, o.site)}）` : ''}`);
      return { item, name: list[0]!.name, dates: cycle === 'daily' ? `${list.length} 日（${shortDate(list[0]!.date)}〜${shortDate(list.at(-1)!.date)}）` : dates.join('、'), count: list.length };
    });
    return [{ cycle, label: CYCLE_LABELS[cycle], items }];
  });
}
