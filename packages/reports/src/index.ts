export type { ReportContext } from './context.ts';
export { CATEGORY_LABELS, SEVERITY_LABELS, nameOf, type Names } from './labels.ts';
export { DEFAULT_TEMPLATES_DIR, evidenceHeading, headingSlug, renderReportMarkdown, reportMarkdownToHtml, type Evidence, type RenderOptions, type ReportData } from './render.ts';
export { buildIncidentReport, type IncidentReport, type TimelineLine } from './incident.ts';
export { buildMinutesDraft, type MeetingSlot, type MinutesDraft } from './minutes.ts';
export { buildSlaReport, type SlaImprovementLine, type SlaMetricSection, type SlaReportDocument, type SlaRowLine, type SlaVersionGroup } from './sla.ts';
