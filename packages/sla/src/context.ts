import { instant, type AnyRecord, type Calendar, type Incident, type OperationItem, type Site, type SlaMetric } from '@unyo/schema';
import type { Segment } from './versions.ts';
import type { Pause } from './measure.ts';
import type { SlaRow } from './types.ts';

/** What every metric reads. */
export interface Context {
  calendar: Calendar;
  sites: readonly Site[];
  /** The operation items (runbook frontmatter) with their cycles. */
  items: readonly OperationItem[];
  records: readonly AnyRecord[];
  now: number;
}

/** Produces the rows of one metric for the subjects that start within a segment. */
export type Producer = (metric: SlaMetric, segment: Segment, ctx: Context) => SlaRow[];

/** Whether an instant lies in a segment, and not after `now`. */
export const within = (ms: number, segment: Segment, now: number) => ms >= segment.from && ms < segment.to && ms <= now;

/** The records of one kind. */
export const ofKind = <K extends AnyRecord['kind']>(records: readonly AnyRecord[], kind: K) =>
  records.filter((r): r is Extract<AnyRecord, { kind: K }> => r.kind === kind);

/** When an incident's clocks start: the earlier of the record's `at` and its `received` events (detection or receipt). */
export function incidentStart(incident: Incident): number {
  return Math.min(instant(incident.at), ...incident.timeline.filter((e) => e.type === 'received').map((e) => instant(e.at)));
}

/** The timeline events that stop each incident clock. */
export function stopEvents(metric: Pick<SlaMetric, 'kind' | 'workaroundCounts'>): readonly Incident['timeline'][number]['type'][] {
  switch (metric.kind) {
    case 'incident-first-report':
      return ['first-report'];
    // Response has started by the time a workaround or the restoration is recorded, if no first-response event says so.
    case 'incident-response-start':
      return ['first-response', 'workaround', 'restored'];
    default:
      return metric.workaroundCounts ? ['restored', 'workaround'] : ['restored'];
  }
}

/** The earliest event of the given types at or before `now`. */
export function firstEvent(incident: Incident, types: readonly string[], now: number): number | undefined {
  const times = incident.timeline.filter((e) => types.includes(e.type)).map((e) => instant(e.at)).filter((t) => t <= now);
  return times.length === 0 ? undefined : Math.min(...times);
}

/** An incident's pauses (waiting on the library or a third party) as instants. */
export const incidentPauses = (incident: Incident): Pause[] =>
  (incident.pauses ?? []).map((p) => ({ from: instant(p.from), ...(p.to === undefined ? {} : { to: instant(p.to) }) }));

/** Whether an incident is still open at `now` (no closed event yet). */
export const isOpenIncident = (incident: Incident, now: number) => firstEvent(incident, ['closed'], now) === undefined;
