export { ShallowCloneError, UnknownBaseError, commitFiles, gitIdentity } from './git.ts';
export { recordChanges, type RecordChange } from './record-changes.ts';
export { settingsAt } from './settings-at.ts';
export { filesChangedSince } from './changed-files.ts';
export { recordLog, type RecordLogEntry } from './record-log.ts';
export { trackedSymlinks, type TrackedSymlink } from './record-modes.ts';
export { headCommit, revisionHistory, type HeadCommit, type Revision } from './revisions.ts';
export { checkoutStaged, indexFiles, isWorkTree, stagedPaths, stagedRecordChanges, type StagedPath } from './staged.ts';
export { hookPath } from './hooks.ts';
