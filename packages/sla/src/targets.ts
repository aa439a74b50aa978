import { formatJst, instant, type AnyRecord, type Calendar, type Severity, type Sla, type SlaClock, type SlaMetric } from '@unyo/schema';
import { firstEvent, incidentPauses, incidentStart, isOpenIncident, ofKind, stopEvents } from './context.ts';
import { allowedMinutes, clockFor, measure, type Pause } from './measure.ts';
import { versionAt } from './versions.ts';

/** ok: under 75% of the time used; warning: 75% or more; breach: over the target. */
export type TargetState = 'ok' | 'warning' | 'breach';

/** The share of the allowed time from which a target is a warning (進ちょく管理: 75%). */
export const WARNING_FRACTION = 0.75;

/** A target of an open incident or inquiry that is not met yet. */
export interface OpenTarget {
  /** INC-… or INQ-…. */
  record: string;
  kind: 'incident' | 'inquiry';
  /** The incident's title, or the first line of the inquiry's question. */
  title: string;
  /** The incident's severity. */
  severity?: Severity;
  /** The affected sites (incident) or the asking site (inquiry). */
  sites: string[];
  /** The metric's id and Japanese name (障害の復旧（S4 低）). */
  metric: string;
  name: string;
  clock: SlaClock;
  /** The definition version in force when the record started. */
  version: string;
  /** When the clock started (JST). */
  start: string;
  /** When the target falls due (JST), pauses counted; an open pause is taken to end now. */
  deadline?: string;
  /** Business minutes allowed, used so far, and left (negative once breached), on the metric's clock. */
  allowedMinutes: number;
  usedMinutes: number;
  leftMinutes: number;
  /** used ÷ allowed (1 = the deadline). */
  usedFraction: number;
  /** Waiting on the library or a third party (an open pause): the clock is stopped. */
  paused: boolean;
  state: TargetState;
}

export interface OpenTargetsInput {
  records: readonly AnyRecord[];
  sla: Sla;
  calendar: Calendar;
  now: number;
}

const STATE_RANK: Record<TargetState, number> = { breach: 0, warning: 1, ok: 2 };

function target(
  base: Pick<OpenTarget, 'record' | 'kind' | 'title' | 'sites' | 'version'> & { severity?: Severity },
  metric: SlaMetric,
  calendar: Calendar,
  start: number,
  pauses: Pause[],
  now: number,
): OpenTarget | undefined {
  const clock = clockFor(metric.clock, calendar, base.sites);
  const allowed = metric.target.within ? allowedMinutes(clock, start, metric.target.within) : undefined;
  if (allowed === undefined) return undefined;
  const m = measure(clock, start, undefined, allowed, pauses, now);
  const usedFraction = allowed === 0 ? (m.used > 0 ? Number.POSITIVE_INFINITY : 0) : m.used / allowed;
  const state: TargetState = m.status === 'breach' ? 'breach' : usedFraction >= WARNING_FRACTION ? 'warning' : 'ok';
  return {
    ...base,
    metric: metric.id,
    name: metric.name,
    clock: metric.clock,
    start: formatJst(start),
    ...(m.deadline === undefined ? {} : { deadline: formatJst(m.deadline) }),
    allowedMinutes: allowed,
    usedMinutes: m.used,
    leftMinutes: allowed - m.used,
    usedFraction,
    paused: m.paused,
    state,
  };
}

/**
 * Every target not yet met of every open incident (no closed event at `now`) and open inquiry (no
 * closedAt): with its deadline, the share of time used, the time left and a state (warning at 75%).
 * Measured by the definition version in force when the record started. Pure; sorted breach →
 * warning → ok, then by deadline, record and metric.
 */
export function openTargets({ records, sla, calendar, now }: OpenTargetsInput): OpenTarget[] {
  const out: OpenTarget[] = [];
  for (const incident of ofKind(records, 'incident')) {
    const start = incidentStart(incident);
    const version = versionAt(sla, start);
    if (!version || start > now || !isOpenIncident(incident, now)) continue;
    for (const metric of version.metrics) {
      if (!metric.kind.startsWith('incident-') || metric.severity !== incident.severity) continue;
      if (firstEvent(incident, stopEvents(metric), now) !== undefined) continue;
      const base = { record: incident.id, kind: 'incident' as const, title: incident.title, severity: incident.severity, sites: incident.sites, version: version.version };
      const t = target(base, metric, calendar, start, incidentPauses(incident), now);
      if (t) out.push(t);
    }
  }
  for (const inquiry of ofKind(records, 'inquiry')) {
    const start = instant(inquiry.at);
    const version = versionAt(sla, start);
    const closed = inquiry.closedAt !== undefined && instant(inquiry.closedAt) <= now;
    if (!version || start > now || closed) continue;
    const answered = inquiry.answer !== undefined && instant(inquiry.answer.at) <= now;
    for (const metric of version.metrics) {
      if (metric.kind !== 'inquiry-closure' && (metric.kind !== 'inquiry-first-answer' || answered)) continue;
      const base = { record: inquiry.id, kind: 'inquiry' as const, title: inquiry.question.split('\n')[0] ?? inquiry.question, sites: [inquiry.site], version: version.version };
      const t = target(base, metric, calendar, start, [], now);
      if (t) out.push(t);
    }
  }
  const order = (t: OpenTarget) => sla.versions.find((v) => v.version === t.version)!.metrics.findIndex((m) => m.id === t.metric);
  return out.sort(
    (a, b) =>
      STATE_RANK[a.state] - STATE_RANK[b.state] ||
      (a.deadline ?? '\uffff').localeCompare(b.deadline ?? '\uffff') ||
      (a.record < b.record ? -1 : a.record > b.record ? 1 : 0) ||
      order(a) - order(b),
  );
}
