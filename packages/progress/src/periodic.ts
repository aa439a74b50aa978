import { expandOccurrences, trackExecution, type Execution, type ExecutionStatus } from '@unyo/schedule';
import { scheduleSite, type AnyRecord, type Calendar, type OperationItem, type Site } from '@unyo/schema';
import { executionEvidence } from './evidence.ts';

export interface PeriodicInput {
  items: readonly OperationItem[];
  records: readonly AnyRecord[];
  calendar: Calendar;
  sites: readonly Site[];
  /** The first and last day (ISO dates) whose due work is judged. */
  from: string;
  to: string;
  now: number;
}

export interface PeriodicWork {
  /** The site whose opening days the library-wide work follows (see scheduleSite). */
  site: string;
  executions: Execution[];
  counts: Record<ExecutionStatus, number>;
}

/**
 * The periodic work due from `from` to `to`, each occurrence matched to its evidence (reports only by
 * their report records): what `unyo status`, the site's status page and the month-end checklist show.
 */
export function periodicWork(input: PeriodicInput): PeriodicWork {
  const site = scheduleSite(input.sites);
  const occurrences = expandOccurrences({ items: input.items, calendar: input.calendar, site, from: input.from, to: input.to });
  const executions = trackExecution(occurrences, executionEvidence(input.records), input.now);
  const counts: Record<ExecutionStatus, number> = { done: 0, late: 0, missing: 0, 'due-later': 0 };
  for (const e of executions) counts[e.status]++;
  return { site, executions, counts };
}
