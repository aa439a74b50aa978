import { TIMING_OPT_OUT, lookupReference, metricSeverities, replaceReferences } from '@unyo/read';
import { describeCycles } from '@unyo/schedule';
import { describeWithin } from '@unyo/sla';
import { SEVERITIES, SLA_METRIC_KIND_LABELS, type Calendar, type OperationItem, type SlaMetric, type SlaVersion } from '@unyo/schema';

/** What the `{{…}}` references of a runbook are rendered from. */
export interface ReferenceSettings {
  calendar?: Calendar;
  /** The SLA version the pages show (in force at the build's date). */
  sla?: SlaVersion;
  /** The build's date (YYYY-MM-DD): meetings from this day on are listed. */
  date?: string;
}

const threshold = (m: SlaMetric) => (m.target.threshold === 'all' ? '全件' : `${m.target.threshold}%以上`);

/** `30分以内（全件）`: a metric's time allowed and the share of records that must keep it. */
const target = (m: SlaMetric) => `${describeWithin(m) ?? ''}（${threshold(m)}）`;

const SEVERITY_NAMES: Record<string, string> = { S1: 'S1 重大', S2: 'S2 高', S3: 'S3 中', S4: 'S4 低' };

/** The incident targets as a Markdown table: one row per severity, one column per metric kind (― where none applies). */
function incidentTable(metrics: readonly SlaMetric[]): string {
  const kinds = [...new Set(metrics.map((m) => m.kind))];
  const rows = SEVERITIES.filter((s) => metrics.some((m) => metricSeverities(m).includes(s))).map((s) => {
    const cells = kinds.map((k) => {
      const m = metrics.find((x) => x.kind === k && metricSeverities(x).includes(s));
      return m ? target(m) : '―';
    });
    return `| ${SEVERITY_NAMES[s]} | ${cells.join(' | ')} |`;
  });
  return ['', `| 重要度 | ${kinds.map((k) => SLA_METRIC_KIND_LABELS[k]).join(' | ')} |`, `| --- | ${kinds.map(() => '---').join(' | ')} |`, ...rows, ''].join('\n');
}

/** The monthly report's deadline in words, from its rule in sla.yaml (the earlier of two office days). */
export function reportDeadlineText(report: NonNullable<SlaMetric['report']>): string {
  const meeting = report.officeDaysBeforeMeeting === 0 ? '月次定例会議の開始' : `月次定例会議の${report.officeDaysBeforeMeeting}開庁日前`;
  return `翌月第${report.officeDayOfNextMonth}開庁日と${meeting}のいずれか早い日の終業まで`;
}

/**
 * The Markdown of a runbook body with its references replaced by the values in settings — the
 * timing from the cycles, SLA targets, the monthly-report deadline — and the timing opt-out marker
 * removed. A reference `unyo check` refuses stays as written.
 */
export function renderReferences(body: string, item: OperationItem, settings: ReferenceSettings): string {
  const options = { ...(settings.calendar ? { calendar: settings.calendar } : {}), ...(settings.date ? { from: settings.date } : {}) };
  const replaced = replaceReferences(body, (ref) => {
    const found = lookupReference(ref, settings.sla);
    if (!('value' in found)) return undefined;
    const { value } = found;
    switch (value.name) {
      case 'timing':
        return describeCycles(item.cycles, options);
      case 'sla':
        return value.metric.target.within ? target(value.metric) : threshold(value.metric);
      case 'sla-table':
        return incidentTable(value.metrics);
      case 'report-deadline':
        return reportDeadlineText(value.metric.report);
    }
  });
  return replaced.replaceAll(` ${TIMING_OPT_OUT}`, '').replaceAll(TIMING_OPT_OUT, '');
}
