import type { Settings } from '@unyo/read';
import type { AnyRecord, Calendar, OperationItem, Sla } from '@unyo/schema';

/** What every report builder reads: the repo's data as the CLI has read it, and the time the report stands at. */
export interface ReportContext {
  /** Every record (from @unyo/read readRecords(root).records.map(r => r.record)). */
  records: readonly AnyRecord[];
  /** The runbooks' frontmatter (readRunbooks(root).runbooks.map(r => r.item)). */
  items: readonly OperationItem[];
  /** readCalendar(root).calendar. */
  calendar: Calendar;
  /** readSettings(root).settings: sites, devices, backup jobs, people. */
  settings: Settings;
  /** Parsed settings/sla.yaml, undefined if absent. */
  sla?: Sla;
  /** "Now" in JST ISO (2026-12-01T09:00:00+09:00): nothing after it is counted. */
  asOf: string;
}
