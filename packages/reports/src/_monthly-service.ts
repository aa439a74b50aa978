import { lastDayOfMonth } from '@unyo/calendar';
import { evaluateSla, formatMinutes, formatPercent, type SlaMetricResult, type SlaPeriod } from '@unyo/sla';
import type { Evidence } from './render.ts';
import { unique, type Scope } from './_scope.ts';

/** One site's (or the whole WebOPAC's) availability over the month. */
export interface AvailabilityLine {
  label: string;
  /** 99.82%. */
  percent: string;
  /** Planned service time and outage, in the metric's clock (180時間, 3時間2分). */
  planned: string;
  outage: string;
  verdict: '達成' | '未達成';
  /** The incidents that took it down. */
  incidents: string[];
}

/** An availability metric of settings/sla.yaml, measured over the month (section 1, 稼働状況). */
export interface AvailabilitySection {
  id: string;
  name: string;
  target: string;
  verdict: string;
  lines: AvailabilityLine[];
  /** The evidence key of the incidents behind its outages. */
  key: string;
}

/** A metric's month value and verdict, and the half-year so far (section 9, サービスレベル実績). */
export interface ServiceLevelLine {
  id: string;
  name: string;
  target: string;
  month: { value: string; verdict: string };
  half: { value: string; verdict: string };
  /** The evidence key of the month's records that missed the target or are still open. */
  key: string;
  /** The metric is an initial value to agree with the library (★). */
  default: boolean;
}

export interface ServiceSections {
  /** Absent when settings/sla.yaml is. */
  availability?: AvailabilitySection[];
  serviceLevels?: ServiceLevelLine[];
  /** The half-year's label: 2026年度下期（11月まで）. */
  halfLabel?: string;
  evidence: Evidence[];
}

/** The fiscal half-year (上期 4–9月, 下期 10–翌3月) that contains a month, up to the month's end. */
export function halfYearTo(month: string): SlaPeriod {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const [fy, first] = m >= 4 && m <= 9 ? [year, true] : [m >= 10 ? year : year - 1, false];
  return {
    id: `${fy}H${first ? 1 : 2}`,
    kind: 'half-year',
    label: `${fy}年度${first ? '上期' : '下期'}（${m}月まで）`,
    from: first ? `${fy}-04-01` : `${fy}-10-01`,
    to: lastDayOfMonth(month),
  };
}

/** The record ids behind a metric's rows that missed the target or are still open. */
const notMet = (scope: Scope, m: SlaMetricResult): string[] =>
  unique(m.rows.filter((r) => r.status !== 'met').flatMap((r) => r.refs ?? [r.id])).filter((id) => scope.byId.has(id));

/** Sections 1 and 9 of the monthly report, from `evaluateSla` over the month and the half-year so far. */
export function serviceSections(scope: Scope, month: string): ServiceSections {
  const { sla, calendar, settings, items } = scope.ctx;
  if (!sla) return { evidence: [] };
  const input = { sla, records: scope.records, calendar, sites: settings.sites, items, now: scope.now };
  const monthly = evaluateSla({ ...input, period: month });
  const halfPeriod = halfYearTo(month);
  const half = evaluateSla({ ...input, period: halfPeriod });
  const evidence: Evidence[] = [];
  const availability = monthly.metrics
    .filter((m) => m.kind === 'availability')
    .map((m): AvailabilitySection => {
      const key = `availability-${m.id}`;
      evidence.push({ key, label: `稼働率を下げた障害（${m.name}）`, ids: unique(m.rows.flatMap((r) => r.refs ?? [])) });
      return {
        id: m.id,
        name: m.name,
        target: m.targetText,
        verdict: m.verdict,
        key,
        lines: m.rows.map((r) => ({
          label: r.label,
          percent: formatPercent(r.percent ?? 100, 2),
          planned: formatMinutes(r.plannedMinutes ?? 0, m.clock),
          outage: formatMinutes(r.outageMinutes ?? 0, m.clock),
          verdict: r.status === 'breach' ? '未達成' : '達成',
          incidents: r.refs ?? [],
        })),
      };
    });
  const serviceLevels = monthly.metrics.map((m): ServiceLevelLine => {
    const key = `sla-${m.id}`;
    evidence.push({ key, label: `目標外・対応中の記録（${m.name}）`, ids: notMet(scope, m) });
    const h = half.metrics.find((x) => x.id === m.id);
    return {
      id: m.id,
      name: m.name,
      target: m.targetText,
      month: { value: m.measuredText, verdict: m.verdict },
      half: h ? { value: h.measuredText, verdict: h.verdict } : { value: '-', verdict: '対象なし' },
      key,
      default: m.default,
    };
  });
  return { availability, serviceLevels, halfLabel: halfPeriod.label, evidence };
}
