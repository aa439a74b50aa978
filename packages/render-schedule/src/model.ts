import type { Occurrence } from '@unyo/schedule';
import type { Calendar, CycleKind, Weekday } from '@unyo/schema';

/** A site as the schedule names it. */
export interface ScheduleSite {
  /** Short id, such as central. */
  id: string;
  /** Name, such as 中央図書館. */
  name: string;
}

/** An operation item that is due at least once in the month (a row of the month grid). */
export interface ScheduleItem {
  /** 項番. */
  id: number;
  /** 運用項目名. */
  name: string;
  /** The category path 大分類/中分類/分類/小分類. */
  path: string[];
  /** 周期 as the requirement writes it. */
  period: string;
  /** The cycles that make it due this month, in the order of the item's cycles. */
  cycles: CycleKind[];
}

/** One site on one day: open with its hours, or closed and why. */
export interface SiteStatus {
  /** The site's id. */
  site: string;
  open: boolean;
  /** Opening hours [open, close] when open. */
  hours?: [string, string];
  /** Why it is closed (施設点検日, 特別整理期間（蔵書点検）, 年末年始休館, 定休日…). */
  closedFor?: string;
  /** The kind of closure. */
  closure?: 'inspection' | 'stock-taking' | 'temporary' | 'year-end' | 'weekly';
  /** Why the hours are not the weekday's (calendar.yaml specialHours), such as 年始の開館（短縮）. */
  special?: string;
}

/** Planned one-off work from settings/calendar.yaml `events`, with the names of the items it carries out. */
export interface PlannedEvent {
  date: string;
  start?: string;
  end?: string;
  /** meeting (月次定例会議), outage (法定停電), inspection (定期点検), patch (パッチ適用枠), other. */
  type: NonNullable<Calendar['events']>[number]['type'];
  title: string;
  /** The operation items it carries out; `name` is absent when no runbook has the id. */
  items?: { id: number; name?: string }[];
  /** The sites concerned; all when absent. */
  sites?: string[];
}

/** A dated closure overlapping the month, as a whole period (it may start or end in another month). */
export interface ScheduleClosure {
  from: string;
  /** The last closed day (included). */
  to: string;
  type: 'inspection' | 'stock-taking' | 'temporary' | 'year-end';
  reason: string;
  /** The sites closed; all sites when absent. */
  sites?: string[];
}

/** One date of the month. */
export interface ScheduleDay {
  /** ISO date, such as 2026-12-01. */
  date: string;
  weekday: Weekday;
  /** The national holiday (国民の祝日・振替休日・国民の休日), if any. */
  holiday?: string;
  /** Whether the SE office works, and its hours. */
  office: { open: boolean; hours?: [string, string] };
  /** Every site, in settings order. */
  sites: SiteStatus[];
  /** The planned work of the day, by start time. */
  events: PlannedEvent[];
  /** The occurrences due on the day, by due time then item. */
  due: Occurrence[];
}

/** The operation schedule of one month (運用スケジュール, requirement item 18): what the renderers show. */
export interface MonthSchedule {
  /** The month, such as 2026-12. */
  month: string;
  /** The site whose opening days the library-wide work follows. */
  site: string;
  /** Every site, in settings order. */
  sites: ScheduleSite[];
  /** The items due in the month, by id; on-demand items never appear. */
  items: ScheduleItem[];
  /** Every date of the month. */
  days: ScheduleDay[];
  /** The dated closures overlapping the month, by first day. */
  closures: ScheduleClosure[];
}

/** Options of the Markdown, HTML and iCalendar renderers. */
export interface RenderOptions {
  /** Write the month in the Japanese era (令和8年12月). */
  wareki?: boolean;
}
