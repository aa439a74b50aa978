export { buildIncidentReport, incidentReportMarkdown, type IncidentReport, type TimelineLine } from './incident.ts';
