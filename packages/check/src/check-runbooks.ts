import { sortProblems, type Problem } from '@unyo/problems';
import type { RunbookSet } from '@unyo/read';
import { RUNBOOK_RULES, type RunbookContext } from './rules.ts';

/**
 * Runs every rule over a set of runbooks; returns all problems (reading's and the rules'), sorted.
 * The context gives the calendar and the SLA version that timing and `{{…}}` references are compared with.
 */
export function checkRunbooks(set: RunbookSet, context: RunbookContext = {}): Problem[] {
  const problems = [...set.problems];
  for (const rule of RUNBOOK_RULES) rule(set, problems, context);
  return sortProblems(problems);
}
