import { createProblem } from '@unyo/problems';
import { SHIFT_RULE_LABELS, issueWhen, validateShift } from '@unyo/shift';
import type { RecordRule } from './context.ts';

/**
 * A committed shift table meets the roster's rules (coverage, days off, consecutive days, rest,
 * fairness) and, when the context carries the runbooks' items, staffs an operator before every due
 * occurrence of operator work of its month (operator-work-unstaffed).
 */
export const shiftTablesFollowRules: RecordRule = ({ records, shift }, problems) => {
  if (!shift) return;
  for (const { record, locate } of records.records) {
    if (record.kind !== 'shift') continue;
    for (const issue of validateShift(record, shift)) {
      const index = record.assignments.findIndex((a) => a.date === issue.date && (issue.person === undefined || a.person === issue.person));
      const at = locate(index >= 0 ? ['assignments', index] : issue.rule === 'operator-work' ? ['month'] : ['assignments']);
      if (issue.rule === 'operator-work') problems.push(createProblem('operator-work-unstaffed', at, { when: issueWhen(issue), message: issue.message }));
      else problems.push(createProblem('shift-rule', at, { rule: SHIFT_RULE_LABELS[issue.rule], message: issue.message }));
    }
  }
};
