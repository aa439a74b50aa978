import { weekdayOf } from '@unyo/calendar';
import type { Calendar, Cycle, Weekday } from '@unyo/schema';

/** The Japanese name of each weekday: 月曜日. */
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  sun: '日曜日',
  mon: '月曜日',
  tue: '火曜日',
  wed: '水曜日',
  thu: '木曜日',
  fri: '金曜日',
  sat: '土曜日',
};

/** The defaults the schedule applies (expand.ts): what a cycle means when a rule field is absent. */
export const CYCLE_DEFAULTS = {
  weekday: 'mon',
  day: 'last',
  quarterMonths: [6, 9, 12, 3],
  halfYearMonths: [9, 3],
  yearMonth: 3,
  byDaily: '10:00',
  by: '17:00',
} as const;

type CalendarKind = 'opening-days' | 'every-day' | 'office-days';

/** The months a cycle falls due in, or undefined when it is due every month (or has no months). */
export function cycleMonths(cycle: Cycle): readonly number[] | undefined {
  switch (cycle.kind) {
    case 'quarterly':
      return cycle.months ?? CYCLE_DEFAULTS.quarterMonths;
    case 'half-yearly':
      return cycle.months ?? CYCLE_DEFAULTS.halfYearMonths;
    case 'yearly':
      return [cycle.month ?? CYCLE_DEFAULTS.yearMonth];
    default:
      return undefined;
  }
}

/** The weekday a cycle falls due on, when it names one (weekly, or monthly on the nth weekday). */
export function cycleWeekday(cycle: Cycle): Weekday | undefined {
  if (cycle.kind === 'weekly') return cycle.weekday ?? CYCLE_DEFAULTS.weekday;
  if (cycle.kind === 'monthly' && cycle.nth !== undefined) return cycle.weekday ?? CYCLE_DEFAULTS.weekday;
  return undefined;
}

const dayText = (day: number | 'last' | undefined) => ((day ?? CYCLE_DEFAULTS.day) === 'last' ? '末日' : `${day}日`);

const monthsText = (months: readonly number[]) => months.map((m) => `${m}月`).join('・');

const byText = (cycle: Cycle, fallback: string) => `${('by' in cycle ? cycle.by : undefined) ?? fallback}まで`;

/** What a closed day does to the due day, by calendar. */
function closedDayText(cycle: Cycle): string {
  const calendar: CalendarKind = ('calendar' in cycle ? cycle.calendar : undefined) ?? 'opening-days';
  if (calendar === 'every-day') return '休館日も含む';
  const day = calendar === 'office-days' ? '開庁日' : '開館日';
  const closed = calendar === 'office-days' ? '閉庁日' : '休館日';
  return cycle.kind === 'weekly' ? `${closed}なら翌${day}` : `${closed}なら前の${day}`;
}

/** `11月19日（木）`. */
const shortDate = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日（${WEEKDAY_LABELS[weekdayOf(date)].slice(0, 1)}）`;

/** The meetings of the calendar, as dates with their weekday: `11月19日（木）・12月17日（木）`. */
function meetingDates(calendar: Calendar | undefined, from: string | undefined): string | undefined {
  const dates = (calendar?.events ?? []).filter((e) => e.type === 'meeting' && (from === undefined || e.date >= from)).map((e) => e.date);
  return dates.length > 0 ? dates.slice(0, 3).map(shortDate).join('・') : undefined;
}

/** Options of a description: the calendar (for meeting dates) and the date from which to list them. */
export interface DescribeOptions {
  calendar?: Calendar;
  /** List calendar events (meetings) on or after this date (YYYY-MM-DD); all when absent. */
  from?: string;
}

/**
 * The timing of one cycle in Japanese, as the schedule expands it (expand.ts): 「毎週水曜日 17:00まで
 * （休館日なら翌開館日）」, 「毎月 第3木曜日 17:00まで」, 「毎年 3月 末日 17:00まで」, 「月次定例会議の日
 * （会議の開始まで。予定: 11月19日（木）…）」. Pure: the calendar only names the meeting dates.
 */
export function describeCycle(cycle: Cycle, options: DescribeOptions = {}): string {
  switch (cycle.kind) {
    case 'daily': {
      const calendar: CalendarKind = cycle.calendar ?? 'opening-days';
      const days = calendar === 'every-day' ? '毎日（休館日も含む）' : calendar === 'office-days' ? '毎開庁日' : '毎開館日';
      return `${days} ${byText(cycle, CYCLE_DEFAULTS.byDaily)}`;
    }
    case 'weekly':
      return `毎週${WEEKDAY_LABELS[cycle.weekday ?? CYCLE_DEFAULTS.weekday]} ${byText(cycle, CYCLE_DEFAULTS.by)}（${closedDayText(cycle)}）`;
    case 'monthly': {
      if (cycle.before === 'meeting') {
        const dates = meetingDates(options.calendar, options.from);
        const by = cycle.by === undefined ? '会議の開始まで' : byText(cycle, CYCLE_DEFAULTS.by);
        return `毎月 月次定例会議の日 ${by}${dates ? `（予定: ${dates}）` : ''}`;
      }
      const day = cycle.nth !== undefined ? `第${cycle.nth}${WEEKDAY_LABELS[cycle.weekday ?? CYCLE_DEFAULTS.weekday]}` : dayText(cycle.day);
      return `毎月 ${day} ${byText(cycle, CYCLE_DEFAULTS.by)}（${closedDayText(cycle)}）`;
    }
    case 'quarterly':
    case 'half-yearly': {
      const every = cycle.kind === 'quarterly' ? '3か月ごと' : '半年ごと';
      return `${every} ${monthsText(cycleMonths(cycle) ?? [])}の${dayText(cycle.day)} ${byText(cycle, CYCLE_DEFAULTS.by)}（${closedDayText(cycle)}）`;
    }
    case 'yearly':
      return `毎年 ${cycle.month ?? CYCLE_DEFAULTS.yearMonth}月 ${dayText(cycle.day)} ${byText(cycle, CYCLE_DEFAULTS.by)}（${closedDayText(cycle)}）`;
    case 'stock-taking':
      return `蔵書点検時: 各館の特別整理期間の最終日 ${byText(cycle, CYCLE_DEFAULTS.by)}`;
    case 'on-demand':
      return '随時（発生の都度。予定には載りません）';
  }
}

/** Every cycle of an item, joined: 「毎月 末日 17:00まで（休館日なら前の開館日）／毎年 3月 …」; 「周期なし」 for none. */
export function describeCycles(cycles: readonly Cycle[], options: DescribeOptions = {}): string {
  return cycles.length === 0 ? '周期なし' : cycles.map((c) => describeCycle(c, options)).join('／');
}
