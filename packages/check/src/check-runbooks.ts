import { sortProblems, type Problem } from '@unyo/problems';
import type { RunbookSet } from '@unyo/read';
import { RUNBOOK_RULES } from './rules.ts';

/** Runs every rule over a set of runbooks; returns all problems (reading's and the rules'), sorted. */
export function checkRunbooks(set: RunbookSet): Problem[] {
  const problems = [...set.problems];
  for (const rule of RUNBOOK_RULES) rule(set, problems);
  return sortProblems(problems);
}
