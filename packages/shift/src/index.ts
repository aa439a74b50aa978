export { draftShift } from './draft.ts';
export type { MonthDay, ShiftContext } from './env.ts';
export { formatShiftCsv, formatShiftIssuesText, formatShiftMarkdown, issueWhen } from './format.ts';
export { SHIFT_RULES, SHIFT_RULE_LABELS, type Assignment, type ShiftIssue, type ShiftRule } from './issue.ts';
export { validateShift } from './validate.ts';
export { WEEKDAY_LABELS, shiftView, type ShiftView } from './view.ts';
export { onDuty, staffedSites, type OnDuty } from './staffing.ts';
