import { lastDayOfMonth } from '@unyo/calendar';
import { periodicWork } from '@unyo/progress';
import type { Execution, ExecutionStatus } from '@unyo/schedule';
import { CYCLE_LABELS, formatJst, instant, scheduleSite, type Calendar } from '@unyo/schema';
import { formatDate, formatDateTime } from './dates.ts';
import type { SiteRecord, SiteRunbook, SiteSettings } from './model.ts';
import { itemView, recordRefView, type ViewContext } from './record-view.ts';
import { list, text, type View } from './view.ts';

export const STATUS_LABELS: Record<ExecutionStatus, string> = { done: '実施済み', late: '遅延', missing: '未実施', 'due-later': '予定' };

/** The execution of the periodic work of the reference time's month, judged at the reference time. */
export interface StatusModel {
  /** False without a calendar; `note` then says why. */
  judged: boolean;
  note?: string;
  at: string;
  period: string;
  siteName: string;
  counts: { status: ExecutionStatus; label: string; count: number }[];
  late: View[][];
  missing: View[][];
}

/** The columns of the status tables. */
export const STATUS_HEAD = ['期限', '運用項目', '周期', '館', '記録'];

function row(e: Execution, settings: SiteSettings, ctx: ViewContext): View[] {
  const o = e.occurrence;
  const site = o.site ? (settings.sites.find((s) => s.id === o.site)?.name ?? o.site) : '';
  const record: View = e.record ? recordRefView(e.record, ctx) : text('―');
  const done = e.at ? text(`${formatDateTime(e.at, ctx.style)} 実施`) : undefined;
  return [text(formatDateTime(o.due, ctx.style), o.due), itemView(o.item, ctx), text(CYCLE_LABELS[o.cycle]), text(site), done ? list([record, done]) : record];
}

/** Expands the month of `at` (1st to last day) and matches it to the records, as `unyo status` does. */
export function statusModel(
  runbooks: readonly SiteRunbook[],
  records: readonly SiteRecord[],
  settings: SiteSettings,
  calendar: Calendar | undefined,
  atIso: string,
  ctx: ViewContext,
): StatusModel {
  const now = instant(atIso);
  const at = formatJst(now);
  const month = at.slice(0, 7);
  const from = `${month}-01`;
  const to = lastDayOfMonth(month);
  const site = scheduleSite(settings.sites);
  const base = {
    at: formatDateTime(at, ctx.style),
    period: `${formatDate(from, ctx.style)} 〜 ${formatDate(to, ctx.style)}`,
    siteName: settings.sites.find((s) => s.id === site)?.name ?? site,
  };
  if (!calendar) {
    return { ...base, judged: false, note: 'settings/calendar.yaml が読めないため、実施状況は判定していません。', counts: [], late: [], missing: [] };
  }
  const { executions } = periodicWork({ items: runbooks.map((r) => r.item), records: records.map((r) => r.record), calendar, sites: settings.sites, from, to, now });
  const statuses: ExecutionStatus[] = ['done', 'late', 'missing', 'due-later'];
  return {
    ...base,
    judged: true,
    counts: statuses.map((status) => ({ status, label: STATUS_LABELS[status], count: executions.filter((e) => e.status === status).length })),
    late: executions.filter((e) => e.status === 'late').map((e) => row(e, settings, ctx)),
    missing: executions.filter((e) => e.status === 'missing').map((e) => row(e, settings, ctx)),
  };
}
