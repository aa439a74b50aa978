import { addDays } from '@unyo/calendar';
import type { Incident, SlaMetric } from '@unyo/schema';
import { businessWindows, jstTime, mergeIntervals, subtractIntervals, type Clock, type Interval } from './clock.ts';
import { firstEvent, incidentPauses, incidentStart, ofKind, type Context, type Producer } from './context.ts';
import type { SlaRow } from './types.ts';

const MINUTE = 60_000;
const length = (list: readonly Interval[]) => list.reduce((sum, i) => sum + i.to - i.from, 0) / MINUTE;

/** The parts of `a` that `b` covers (both merged). */
const intersect = (a: readonly Interval[], b: readonly Interval[]) => subtractIntervals(a, subtractIntervals(a, b));

/** Planned outages of the calendar (法定停電…) within [from, to), for one site, or any site when `site` is undefined. */
function plannedOutages(ctx: Context, from: number, to: number, site: string | undefined): Interval[] {
  return (ctx.calendar.events ?? [])
    .filter((e) => e.type === 'outage' && (site === undefined || e.sites === undefined || e.sites.includes(site)))
    .map((e) => ({
      from: jstTime(e.date, e.start ?? '00:00'),
      to: e.end ? jstTime(e.date, e.end) : jstTime(addDays(e.date, 1), '00:00'),
    }))
    .filter((i) => i.to > from && i.from < to);
}

/** The time an incident took the service down: from its start to its restoration (or now), pauses excluded. */
function outage(metric: SlaMetric, incident: Incident, now: number): Interval[] {
  const stop = firstEvent(incident, metric.workaroundCounts ? ['restored', 'workaround'] : ['restored'], now) ?? now;
  const pauses = incidentPauses(incident).map((p) => ({ from: p.from, to: p.to ?? now }));
  return subtractIntervals([{ from: incidentStart(incident), to: stop }], mergeIntervals(pauses));
}

/**
 * Availability = (planned service time − outage) ÷ planned service time. Per site over its opening
 * hours widened by the margin (opening-hours clock), or for the whole service over 24 hours
 * (24x365). Planned outages of the calendar are taken out of the planned time; an outage is an
 * incident of one of `outageSeverities` that lists the site (any site, for the whole service).
 */
export const availabilityRows: Producer = (metric, segment, ctx) => {
  const to = Math.min(segment.to, ctx.now);
  if (to <= segment.from) return [];
  const incidents = ofKind(ctx.records, 'incident').filter((i) => (metric.outageSeverities ?? []).includes(i.severity));
  const targets: { id: string; label: string; site?: string; clock: Clock }[] =
    metric.clock === 'opening-hours'
      ? ctx.sites.map((s) => ({ id: s.id, label: s.name, site: s.id, clock: { kind: 'opening-hours', calendar: ctx.calendar, sites: [s.id], margin: metric.margin ?? 0 } }))
      : [{ id: 'all', label: '全体（24時間）', clock: { kind: '24x365' } }];
  return targets.map((t): SlaRow => {
    const planned = subtractIntervals(businessWindows(t.clock, segment.from, to), mergeIntervals(plannedOutages(ctx, segment.from, to, t.site)));
    const cuts = incidents.filter((i) => t.site === undefined || i.sites.includes(t.site));
    const lost = cuts.map((i) => ({ id: i.id, minutes: length(intersect(planned, mergeIntervals(outage(metric, i, ctx.now)))) })).filter((c) => c.minutes > 0);
    const down = length(intersect(planned, mergeIntervals(cuts.flatMap((i) => outage(metric, i, ctx.now)))));
    return availabilityRow(metric, segment.version.version, t.id, t.label, length(planned), down, lost.map((c) => c.id));
  });
};

/** One availability row from planned and lost minutes; the allowance is planned × (100 − threshold)%. */
export function availabilityRow(metric: SlaMetric, version: string, id: string, label: string, planned: number, down: number, refs: string[]): SlaRow {
  const threshold = metric.target.threshold === 'all' ? 100 : metric.target.threshold;
  const percent = planned === 0 ? 100 : ((planned - down) / planned) * 100;
  const allowed = (planned * (100 - threshold)) / 100;
  const breach = percent < threshold - 1e-9;
  return {
    id,
    label,
    ...(refs.length > 0 ? { refs: [...refs].sort() } : {}),
    version,
    plannedMinutes: planned,
    outageMinutes: down,
    percent,
    status: breach ? 'breach' : 'met',
    ...(breach ? { overMinutes: down - allowed } : {}),
  };
}
