export { formatLeft, progressBoard, type BoardEntry, type BoardInput, type OpenTarget, type Urgency } from './board.ts';
export { REPORT_ITEMS, executionEvidence } from './evidence.ts';
export { periodicWork, type PeriodicInput, type PeriodicWork } from './periodic.ts';
export { failingCount, formatStatus, progressStatus, type FailOn, type Status, type StatusInput } from './status.ts';
export { tapeEntries, type BoardDevices } from './tapes.ts';
