export { buildIncidentReport, type IncidentReport, type TimelineLine } from './incident.ts';
export { CATEGORY_LABELS, SEVERITY_LABELS, nameOf, type Names } from './labels.ts';
export { DEFAULT_TEMPLATES_DIR, evidenceHeading, headingSlug, renderReportMarkdown, reportMarkdownToHtml, type Evidence, type RenderOptions, type ReportData } from './render.ts';
export type { ReportContext } from './context.ts';
export { buildDailyReport, type CheckAnomaly, type CheckArea, type DailyCheckSummary, type DailyReport, type JobLine, type PeriodicLine } from './daily.ts';
export type { LedgerDay, LedgerLine } from './_ledgers.ts';
