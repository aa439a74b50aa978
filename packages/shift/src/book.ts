import { addDays } from '@unyo/calendar';
import type { RosterOperator, ShiftPattern } from '@unyo/schema';
import { toMinutes } from './_minutes.ts';
import type { ShiftEnv } from './env.ts';
import type { Assignment } from './issue.ts';

/** The table being drafted or checked, indexed: person → date → shift pattern id (one shift a day). */
export type Book = Map<string, Map<string, string>>;

export const newBook = (operators: readonly RosterOperator[]): Book => new Map(operators.map((o) => [o.person, new Map()]));

export const shiftOn = (book: Book, person: string, date: string): string | undefined => book.get(person)?.get(date);

export const shiftCount = (book: Book, person: string): number => book.get(person)?.size ?? 0;

/** The assignments of a book, by date and then in column order. */
export function bookAssignments(book: Book, env: ShiftEnv): Assignment[] {
  return env.days.flatMap((d) =>
    env.operators.flatMap((o) => {
      const shift = shiftOn(book, o.person, d.date);
      return shift === undefined ? [] : [{ date: d.date, person: o.person, shift }];
    }),
  );
}

/** Why a person cannot take a shift on a day, given the rest of the table. */
export type Block =
  | { kind: 'day'; holiday: boolean }
  | { kind: 'day-off' }
  | { kind: 'off' }
  | { kind: 'same-day'; shift: string }
  | { kind: 'consecutive'; days: number; max: number }
  | { kind: 'rest'; before: boolean; shift: string; hours: number; min: number }
  | { kind: 'max-shifts'; max: number };

/** Why `operator` is not available on `date` at all: not one of their days, a day off asked for, an override off. */
export function availability(env: ShiftEnv, operator: RosterOperator, date: string): Block[] {
  const out: Block[] = [];
  const day = env.day(date);
  if (day && !operator.days.includes(day.rosterDay)) out.push({ kind: 'day', holiday: day.rosterDay === 'holiday' });
  if (operator.daysOff.includes(date)) out.push({ kind: 'day-off' });
  if (env.overrides.some((o) => o.date === date && o.person === operator.person && o.shift === 'off')) out.push({ kind: 'off' });
  return out;
}

/** Days in a row the person would work with `date` added. */
function runWith(book: Book, person: string, date: string): number {
  let n = 1;
  for (let d = addDays(date, -1); shiftOn(book, person, d) !== undefined; d = addDays(d, -1)) n++;
  for (let d = addDays(date, 1); shiftOn(book, person, d) !== undefined; d = addDays(d, 1)) n++;
  return n;
}

/** Hours between the end of `first` on one day and the start of `second` on the next. */
export const restHours = (first: ShiftPattern, second: ShiftPattern): number => (24 * 60 - toMinutes(first.end) + toMinutes(second.start)) / 60;

/**
 * Why `operator` cannot work `pattern` on `date`: availability (days, days off, an override off)
 * and the rules against the rest of `book`. Empty when the shift is allowed.
 */
export function blockers(env: ShiftEnv, book: Book, operator: RosterOperator, date: string, pattern: ShiftPattern): Block[] {
  const out: Block[] = availability(env, operator, date);
  const { person } = operator;
  const same = shiftOn(book, person, date);
  if (same !== undefined) out.push({ kind: 'same-day', shift: same });
  const { maxConsecutiveDays, minRestHours } = env.rules;
  const run = runWith(book, person, date);
  if (run > maxConsecutiveDays) out.push({ kind: 'consecutive', days: run, max: maxConsecutiveDays });
  for (const before of [true, false]) {
    const other = env.patterns.get(shiftOn(book, person, addDays(date, before ? -1 : 1)) ?? '');
    const hours = other && (before ? restHours(other, pattern) : restHours(pattern, other));
    if (other && hours !== undefined && hours < minRestHours) out.push({ kind: 'rest', before, shift: other.id, hours, min: minRestHours });
  }
  const max = operator.maxShifts;
  if (max !== undefined && shiftCount(book, person) + (same === undefined ? 1 : 0) > max) out.push({ kind: 'max-shifts', max });
  return out;
}

/** `11.5 時間`. */
export const hoursText = (h: number): string => `${Number.isInteger(h) ? h : h.toFixed(2).replace(/0$/, '')} 時間`;

/** A block in Japanese, such as 「休み希望」. */
export function blockText(env: ShiftEnv, block: Block): string {
  const label = (id: string) => env.patterns.get(id)?.name ?? id;
  switch (block.kind) {
    case 'day':
      return block.holiday ? '祝日は勤務できない' : '勤務できる曜日ではない';
    case 'day-off':
      return '休み希望';
    case 'off':
      return '休み（手動指定）';
    case 'same-day':
      return `同じ日に${label(block.shift)}`;
    case 'consecutive':
      return `連続勤務が ${block.days} 日になる（上限 ${block.max} 日）`;
    case 'rest': {
      const p = env.patterns.get(block.shift);
      const when = block.before ? `前日の${label(block.shift)}（${p?.end ?? ''} 終了）から` : `翌日の${label(block.shift)}（${p?.start ?? ''} 開始）まで`;
      return `${when} ${hoursText(block.hours)}しか空かない（${block.min} 時間以上）`;
    }
    case 'max-shifts':
      return `月の上限 ${block.max} 回に達している`;
  }
}
