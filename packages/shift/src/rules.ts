import { addDays } from '@unyo/calendar';
import type { ShiftPattern } from '@unyo/schema';
import { formatMinutes, shortfalls } from './_minutes.ts';
import { availability, blockText, blockers, hoursText, restHours, shiftOn, type Book } from './book.ts';
import { patternSpan, type MonthDay, type ShiftEnv } from './env.ts';
import type { ShiftIssue } from './issue.ts';
import { operatorWorkStaffed } from './operator-work.ts';
import { onDuty } from './staffing.ts';

/** A rule over a whole table: pushes an issue for each place it is broken. */
export type ShiftTableRule = (env: ShiftEnv, book: Book, issues: ShiftIssue[]) => void;

const name = (env: ShiftEnv, person: string) => env.names.get(person) ?? person;
const label = (env: ShiftEnv, id: string) => env.patterns.get(id)?.name ?? id;
const md = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

/** Who is on site on `date` in the table being checked (staffing.ts). */
const working = (env: ShiftEnv, book: Book, date: string) =>
  onDuty(
    env.operators.flatMap((o) => {
      const shift = shiftOn(book, o.person, date);
      return shift === undefined ? [] : [{ date, person: o.person, shift }];
    }),
    env.patterns,
    env.sites,
    date,
  );

/** Why no one (more) is on site: per operator, what keeps them off the pattern that covers the gap. */
function gapReasons(env: ShiftEnv, book: Book, day: MonthDay, from: number): string {
  const covering = (p: ShiftPattern) => patternSpan(p)[0] <= from && patternSpan(p)[1] > from;
  const needed = day.needs.map((n) => env.patterns.get(n.shift) as ShiftPattern).find(covering);
  const pattern = needed ?? [...env.patterns.values()].find(covering);
  if (!pattern) return 'この時間を含む勤務パターンがありません。settings/roster.yaml の shifts と rules.demand を見直してください。';
  const free: string[] = [];
  const kept = env.operators.flatMap((o) => {
    const blocks = blockers(env, book, o, day.date, pattern);
    if (blocks.length === 0) free.push(name(env, o.person));
    return blocks.length === 0 ? [] : [`${name(env, o.person)} は${blocks.map((b) => blockText(env, b)).join('・')}`];
  });
  const parts = [];
  if (kept.length > 0) parts.push(`${pattern.name}に入れない理由: ${kept.join('、')}。`);
  if (free.length > 0) parts.push(`${pattern.name}に入れる人: ${free.join('、')}。`);
  if (env.operators.length === 0) parts.push('オペレーターがいません。');
  return parts.join('');
}

/** Every opening hour of every staffed site has `coverage.operators` operators on site. */
export const coverageHolds: ShiftTableRule = (env, book, issues) => {
  const need = env.rules.coverage.operators;
  for (const day of env.days) {
    const spans = working(env, book, day.date).map((w) => patternSpan(env.patterns.get(w.shift) as ShiftPattern));
    for (const gap of shortfalls(day.windows, spans, need)) {
      const time: [string, string] = [formatMinutes(gap.from), formatMinutes(gap.to)];
      issues.push({
        date: day.date,
        rule: 'coverage',
        time,
        message: `${time[0]}–${time[1]} の常駐者が ${gap.present} 名です（必要 ${need} 名）。${gapReasons(env, book, day, gap.from)}`,
      });
    }
  }
};

/** Each shift a day needs has `perShift.min` operators (when the hours are otherwise covered), and no shift more than `perShift.max`. */
export const shiftSizesHold: ShiftTableRule = (env, book, issues) => {
  const { max } = env.rules.perShift;
  for (const day of env.days) {
    const on = working(env, book, day.date);
    const gap = issues.some((i) => i.rule === 'coverage' && i.date === day.date);
    for (const { shift, count } of day.needs) {
      const n = on.filter((w) => w.shift === shift).length;
      if (n < count && !gap) issues.push({ date: day.date, shift, rule: 'shift-size', message: `${label(env, shift)}が ${n} 名です（必要 ${count} 名）。` });
    }
    for (const shift of new Set(on.map((w) => w.shift))) {
      const n = on.filter((w) => w.shift === shift).length;
      if (n > max) issues.push({ date: day.date, shift, rule: 'shift-size', message: `${label(env, shift)}が ${n} 名です（上限 ${max} 名）。` });
    }
  }
};

/** The table keeps every override of the month. */
export const overridesKept: ShiftTableRule = (env, book, issues) => {
  for (const o of env.overrides) {
    const actual = shiftOn(book, o.person, o.date);
    if (actual === (o.shift === 'off' ? undefined : o.shift)) continue;
    const wanted = o.shift === 'off' ? '休み' : label(env, o.shift);
    issues.push({ date: o.date, person: o.person, rule: 'override', message: `${name(env, o.person)} は手動指定で${wanted}ですが、表では${actual === undefined ? '休み' : label(env, actual)}です。` });
  }
};

/** No one works on a day off they asked for or on a day they cannot work, unless an override says so. */
export const availabilityKept: ShiftTableRule = (env, book, issues) => {
  for (const o of env.operators) {
    for (const [date, shift] of book.get(o.person) ?? []) {
      if (env.overrides.some((x) => x.date === date && x.person === o.person && x.shift === shift)) continue;
      for (const block of availability(env, o, date)) {
        if (block.kind === 'off') continue; // overridesKept reports it
        const rule = block.kind === 'day-off' ? 'day-off' : 'availability';
        const why = block.kind === 'day-off' ? '休み希望の日です' : block.kind === 'day' && block.holiday ? '祝日は勤務できない人です' : '勤務できる曜日ではありません';
        issues.push({ date, person: o.person, shift, rule, message: `${name(env, o.person)} が${label(env, shift)}に入っていますが、${why}。` });
      }
    }
  }
};

/** No one works more than `maxConsecutiveDays` days in a row. */
export const consecutiveDaysKept: ShiftTableRule = (env, book, issues) => {
  const max = env.rules.maxConsecutiveDays;
  for (const o of env.operators) {
    let run: string[] = [];
    const close = () => {
      const [first, last] = [run[0], run.at(-1)];
      if (first && last && run.length > max) {
        issues.push({ date: first, person: o.person, rule: 'consecutive-days', message: `${name(env, o.person)} が ${md(first)}〜${md(last)} の ${run.length} 日連続で勤務しています（上限 ${max} 日）。` });
      }
      run = [];
    };
    for (const day of env.days) {
      if (shiftOn(book, o.person, day.date) === undefined) close();
      else run.push(day.date);
    }
    close();
  }
};

/** At least `minRestHours` between the end of a shift and the start of the next day's. */
export const restKept: ShiftTableRule = (env, book, issues) => {
  const min = env.rules.minRestHours;
  for (const o of env.operators) {
    for (const day of env.days) {
      const today = env.patterns.get(shiftOn(book, o.person, day.date) ?? '');
      const before = env.patterns.get(shiftOn(book, o.person, addDays(day.date, -1)) ?? '');
      if (!today || !before || restHours(before, today) >= min) continue;
      const hours = restHours(before, today);
      issues.push({
        date: day.date,
        person: o.person,
        shift: today.id,
        rule: 'rest',
        message: `${name(env, o.person)} は前日の${before.name}（${before.end} 終了）から${today.name}（${today.start} 開始）まで ${hoursText(hours)}しか空いていません（${min} 時間以上）。`,
      });
    }
  }
};

/** No one works more shifts in the month than their `maxShifts`. */
export const maxShiftsKept: ShiftTableRule = (env, book, issues) => {
  for (const o of env.operators) {
    const n = book.get(o.person)?.size ?? 0;
    if (o.maxShifts !== undefined && n > o.maxShifts) issues.push({ date: env.month, person: o.person, rule: 'max-shifts', message: `${name(env, o.person)} の勤務が ${n} 回です（上限 ${o.maxShifts} 回）。` });
  }
};

/**
 * Weekend and holiday shifts differ by at most `weekendSpread` between operators. An operator who
 * worked every weekend or holiday they were free on, or reached their maximum, could not have
 * worked more and is not counted as the low end.
 */
export const weekendsSpread: ShiftTableRule = (env, book, issues) => {
  const weekends = env.days.filter((d) => d.weekend);
  const rows = env.operators.map((o) => {
    const worked = weekends.filter((d) => shiftOn(book, o.person, d.date) !== undefined).length;
    const free = weekends.filter((d) => shiftOn(book, o.person, d.date) !== undefined || (d.needs.length > 0 && availability(env, o, d.date).length === 0)).length;
    const full = worked >= free || (o.maxShifts !== undefined && (book.get(o.person)?.size ?? 0) >= o.maxShifts);
    return { o, worked, full };
  });
  const high = Math.max(...rows.map((r) => r.worked));
  const low = Math.min(...rows.filter((r) => !r.full).map((r) => r.worked));
  if (!Number.isFinite(low) || high - low <= env.rules.weekendSpread) return;
  const list = rows.map((r) => `${name(env, r.o.person)} ${r.worked} 回`).join('、');
  const full = rows.filter((r) => r.full && r.worked < high).map((r) => name(env, r.o.person));
  const note = full.length > 0 ? `（${full.join('、')} はこれ以上入れないため、少ない側の比較から除いています）` : '';
  issues.push({ date: env.month, rule: 'weekend-fairness', message: `土日祝の勤務回数の差が ${high - low} 回あります（上限 ${env.rules.weekendSpread} 回）: ${list}。${note}` });
};

/** The rules, in the order they run (coverage before shift sizes, which skip days with a coverage gap). */
export const SHIFT_TABLE_RULES: readonly ShiftTableRule[] = [
  coverageHolds,
  shiftSizesHold,
  overridesKept,
  availabilityKept,
  consecutiveDaysKept,
  restKept,
  maxShiftsKept,
  weekendsSpread,
  operatorWorkStaffed,
];
