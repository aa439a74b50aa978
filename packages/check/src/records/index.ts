import { sortProblems, type Problem } from '@unyo/problems';
import { configurationLedgersHold } from './configuration.ts';
import type { RecordContext, RecordRule } from './context.ts';
import { dailyChecksExplained } from './daily-check.ts';
import { nothingInTheFuture } from './future.ts';
import { recordsInTheirFolder, uniqueRecordIds } from './layout.ts';
import { noPersonalData } from './personal-data.ts';
import { referencesExist } from './references.ts';
import { reportsNameTheirSubject } from './report.ts';
import { shiftTablesFollowRules } from './shift.ts';
import { timelinesInOrder } from './timeline.ts';

export const RECORD_RULES: readonly RecordRule[] = [
  uniqueRecordIds,
  recordsInTheirFolder,
  referencesExist,
  timelinesInOrder,
  nothingInTheFuture,
  noPersonalData,
  shiftTablesFollowRules,
  dailyChecksExplained,
  reportsNameTheirSubject,
  configurationLedgersHold,
];

/** Runs every record rule; returns the reading problems of the records and the rules' problems, sorted. */
export function checkRecords(context: RecordContext): Problem[] {
  const problems = [...context.records.problems];
  for (const rule of RECORD_RULES) rule(context, problems);
  return sortProblems(problems);
}

export type { RecordContext, RecordRule } from './context.ts';
export { configurationLedgersHold, dailyChecksExplained, nothingInTheFuture, noPersonalData, recordsInTheirFolder, referencesExist, reportsNameTheirSubject, shiftTablesFollowRules, timelinesInOrder, uniqueRecordIds };
