export { checkRunbooks } from './check-runbooks.ts';
export { checkWorkspace } from './workspace.ts';
export { codeownersText, codeownersUpToDate } from './codeowners.ts';
export { checkAppendOnly, isClosed, type AppendOnlyOptions, type HistoryChange } from './records/append-only.ts';
export { checkSettingsHistory } from './records/settings-history.ts';
export { checkTrackedSymlinks, type TrackedSymlinkEntry } from './records/tracked-symlinks.ts';
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
  type RunbookContext,
  type RunbookRule,
} from './rules.ts';
export { evidenceFieldsExist, findField } from './runbook-evidence.ts';
export { SLA_FILE, nothingOutsideCited, referencesResolve } from './runbook-references.ts';
export { TIMING_OPT_OUT, TIMING_SECTION, timingAgreesWithCycles, timingProblems } from './runbook-timing.ts';
