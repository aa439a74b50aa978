import { newBook, type Book } from './book.ts';
import { shiftEnv, type ShiftContext, type ShiftEnv } from './env.ts';
import { sortIssues, type Assignment, type ShiftIssue } from './issue.ts';
import { SHIFT_TABLE_RULES } from './rules.ts';

/** Indexes the table, reporting what it cannot index: unknown people or patterns, days outside the month, two shifts a day. */
function index(env: ShiftEnv, assignments: readonly Assignment[], issues: ShiftIssue[]): Book {
  const book = newBook(env.operators);
  for (const a of assignments) {
    const days = book.get(a.person);
    const at = { date: a.date, person: a.person, shift: a.shift };
    if (!days) issues.push({ ...at, rule: 'reference', message: `「${a.person}」は settings/roster.yaml のオペレーターではありません。` });
    else if (!env.patterns.has(a.shift)) issues.push({ ...at, rule: 'reference', message: `勤務パターン「${a.shift}」は settings/roster.yaml の shifts にありません。` });
    else if (!env.day(a.date)) issues.push({ ...at, rule: 'reference', message: `${a.date} は ${env.month} の日付ではありません。` });
    else if (days.has(a.date)) {
      const label = (id: string | undefined) => env.patterns.get(id ?? '')?.name ?? id;
      issues.push({ ...at, rule: 'double-shift', message: `${env.names.get(a.person) ?? a.person} に同じ日の勤務が二つあります（${label(days.get(a.date))}と${label(a.shift)}）。一日一つにしてください。` });
    } else days.set(a.date, a.shift);
  }
  return book;
}

/**
 * Checks a shift table of a month (a draft or a committed record) against the settings: every
 * opening hour of every staffed site covered, each needed shift staffed, overrides kept, days off
 * and working days respected, consecutive days, rest between shifts, the monthly maximum and the
 * spread of weekend and holiday shifts. Returns every issue, sorted by day; never throws.
 */
export function validateShift(table: { month: string; assignments: readonly Assignment[] }, ctx: ShiftContext): ShiftIssue[] {
  const env = shiftEnv(table.month, ctx);
  const issues = [...env.issues];
  const book = index(env, table.assignments, issues);
  for (const rule of SHIFT_TABLE_RULES) rule(env, book, issues);
  return sortIssues(issues);
}
