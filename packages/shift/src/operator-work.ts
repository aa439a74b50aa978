import { CYCLE_LABELS } from '@unyo/schema';
import type { Book } from './book.ts';
import type { ShiftEnv } from './env.ts';
import type { ShiftIssue } from './issue.ts';
import { onDuty } from './staffing.ts';

/**
 * Every due occurrence of operator work (運用支援業務) has an operator on site on its day before its
 * due time, so that it can be done in time: one issue per day listing the work no one is there for.
 * The work comes from the runbooks' cycles and the calendar (ShiftEnv.work); what calendar.yaml
 * `operatorWork: on-call` gives to an on-call role is not counted.
 */
export function operatorWorkStaffed(env: ShiftEnv, book: Book, issues: ShiftIssue[]): void {
  const dates = [...new Set(env.work.map((o) => o.date))];
  for (const date of dates) {
    const assignments = env.operators.flatMap((o) => {
      const shift = book.get(o.person)?.get(date);
      return shift === undefined ? [] : [{ date, person: o.person, shift }];
    });
    const on = onDuty(assignments, env.patterns, env.sites, date);
    const first = on[0]?.start;
    const unstaffed = env.work.filter((o) => o.date === date && (first === undefined || first >= o.due.slice(11, 16)));
    if (unstaffed.length === 0) continue;
    const list = unstaffed.map((o) => `${o.due.slice(11, 16)} まで 項番 ${o.item} ${o.name}（${CYCLE_LABELS[o.cycle]}）`).join('、');
    const why = first === undefined ? 'この日はオペレーターが誰も出勤しません' : `この日の出勤は ${first} からです`;
    issues.push({ date, rule: 'operator-work', items: [...new Set(unstaffed.map((o) => o.item))], message: `${why}が、運用支援業務の期限があります: ${list}。` });
  }
}
