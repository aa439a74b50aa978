export { formatLeft, progressBoard, type BoardEntry, type BoardInput, type OpenTarget, type Urgency } from './board.ts';
export { REPORT_ITEMS, executionEvidence } from './evidence.ts';
export { tapeEntries, type BoardDevices } from './tapes.ts';
