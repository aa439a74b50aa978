export { checkRunbooks } from './check-runbooks.ts';
export { checkWorkspace } from './workspace.ts';
export { checkAppendOnly, isClosed, type HistoryChange } from './records/append-only.ts';
export {
  RECORD_RULES,
  checkRecords,
  nothingInTheFuture,
  noPersonalData,
  recordsInTheirFolder,
  referencesExist,
  timelinesInOrder,
  uniqueRecordIds,
  type RecordContext,
  type RecordRule,
} from './records/index.ts';
export {
  RUNBOOK_RULES,
  fileNameMatchesId,
  linksResolve,
  pathEndsWithName,
  periodMatchesCycles,
  relatedExist,
  uniqueAndCompleteIds,
  type RunbookRule,
} from './rules.ts';
