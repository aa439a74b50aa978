import { SLA_CLOCK_LABELS, type SlaClock, type SlaMetric } from '@unyo/schema';

/**
 * A duration in Japanese: 40分, 3時間2分, and for the 24x365 clock 1日2時間 past a day. Business time
 * of opening or office hours stays in hours (a business day is not 24 hours). Rounded to the minute.
 */
export function formatMinutes(minutes: number, clock: SlaClock = 'opening-hours'): string {
  const total = Math.round(Math.abs(minutes));
  const days = clock === '24x365' ? Math.floor(total / 1440) : 0;
  const hours = Math.floor((total - days * 1440) / 60);
  const mins = total % 60;
  const parts = [days > 0 ? `${days}日` : '', hours > 0 ? `${hours}時間` : '', mins > 0 || total === 0 ? `${mins}分` : ''];
  return `${minutes < 0 && total > 0 ? '-' : ''}${parts.join('')}`;
}

/** A percentage with `digits` decimals: 87.5%, 99.14%. */
export const formatPercent = (percent: number, digits = 1): string => `${percent.toFixed(digits)}%`;

const HOURS_UNIT: Record<SlaClock, string> = { '24x365': '時間', 'opening-hours': '開館時間', 'office-hours': '開庁時間' };

/** The time allowed in Japanese: 30分以内, 4開館時間以内, 翌開館日中, 10開館日以内, 5開庁日以内. */
export function describeWithin(metric: Pick<SlaMetric, 'clock' | 'target'>): string | undefined {
  const w = metric.target.within;
  if (!w) return undefined;
  switch (w.unit) {
    case 'minutes':
      return metric.clock === '24x365' ? `${w.amount}分以内` : `${w.amount}分以内（${SLA_CLOCK_LABELS[metric.clock]}）`;
    case 'hours':
      return `${w.amount}${HOURS_UNIT[metric.clock]}以内`;
    case 'opening-days':
      return w.amount === 1 ? '翌開館日中' : `${w.amount}開館日以内`;
    case 'office-days':
      return w.amount === 1 ? '翌開庁日中' : `${w.amount}開庁日以内`;
    default:
      return `${w.amount}日以内`;
  }
}

/** The whole target in Japanese: 30分以内、全件 / 翌開館日中、95%以上 / 99.5%以上. */
export function describeTarget(metric: SlaMetric): string {
  const threshold = metric.target.threshold === 'all' ? '全件' : `${metric.target.threshold}%以上`;
  switch (metric.kind) {
    case 'request-deadline':
      return `期限日までに実施、${threshold}`;
    case 'periodic-on-time':
      return `手順書の期限までに実施、${threshold}`;
    case 'backup-success':
      return `全ジョブ成功、${threshold}`;
    case 'availability':
      return `稼働率 ${metric.target.threshold === 'all' ? '100%' : threshold}（${metric.clock === '24x365' ? '24時間' : `開館${metric.margin ?? 0}分前〜閉館${metric.margin ?? 0}分後`}、計画停止を除く）`;
    case 'report-before-meeting': {
      const r = metric.report;
      const before = r && r.officeDaysBeforeMeeting === 0 ? '会議の開始' : `会議の${r?.officeDaysBeforeMeeting}開庁日前`;
      const rule = r ? `翌月第${r.officeDayOfNextMonth}開庁日と${before}のいずれか早い日まで` : '期限まで';
      return `${rule}、${threshold}`;
    }
    case 'change-completion':
      return `作業予定の終了までに完了、${threshold}`;
    case 'improvement-plan':
      return `未達成から${describeWithin(metric) ?? ''}に提示、${threshold}`;
    default:
      return `${describeWithin(metric) ?? ''}、${threshold}`;
  }
}
