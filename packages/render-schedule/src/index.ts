export { buildMonthSchedule, type MonthScheduleInput, type PlannedChange } from './build.ts';
export { MAX_LINE_OCTETS, escapeIcsText, foldLine } from './ics-text.ts';
export type { MonthSchedule, PlannedEvent, RenderOptions, ScheduleClosure, ScheduleDay, ScheduleItem, ScheduleSite, SiteStatus } from './model.ts';
export { MonthSchema, formatMonth, formatWarekiMonth } from './month.ts';
export { escapeHtml, renderHtml } from './render-html.ts';
export { renderIcs } from './render-ics.ts';
export { renderJson } from './render-json.ts';
export { escapeMarkdown, renderMarkdown } from './render-markdown.ts';
