import type { Settings } from '@unyo/read';
import type { AnyRecord, Calendar, OperationItem, Sla } from '@unyo/schema';

/** What the report builders read: the repo's data as the CLI has loaded it, and the time the report stands at. */
export interface ReportContext {
  records: readonly AnyRecord[]; // readRecords(root).records.map(r => r.record)
  items: readonly OperationItem[]; // readRunbooks(root).runbooks.map(r => r.item)
  calendar: Calendar; // readCalendar(root).calendar
  settings: Settings; // readSettings(root).settings (type-only import from @unyo/read)
  sla?: Sla; // parsed settings/sla.yaml (SlaSchema), undefined if absent
  asOf: string; // now, JST ISO; nothing after it is counted
}
