import { z } from 'zod';
import { TimeOfDaySchema, WEEKDAYS } from './settings/calendar.ts';

/** Every kind of cycle (周期) the requirement uses. */
export const CYCLE_KINDS = [
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'half-yearly',
  'yearly',
  'on-demand',
  'stock-taking',
] as const;

export type CycleKind = (typeof CYCLE_KINDS)[number];

/** The Japanese label of each cycle kind, as the requirement writes it. */
export const CYCLE_LABELS: Record<CycleKind, string> = {
  daily: '日次',
  weekly: '週次',
  monthly: '月次',
  quarterly: '3か月に1回程度',
  'half-yearly': '半年に1回',
  yearly: '年次',
  'on-demand': '随時',
  'stock-taking': '蔵書点検時',
};

/** Which days an occurrence may fall on: the libraries' opening days, every day, or the SE's office days. */
const CalendarKind = z
  .enum(['opening-days', 'every-day', 'office-days'])
  .meta({ description: '数える日: opening-days 開館日 / every-day 毎日 / office-days 開庁日' });

/** The time of day by which an occurrence is due (JST). */
const by = TimeOfDaySchema.meta({ description: 'この時刻までに行う（日本時間。既定は日次 10:00、その他 17:00）' }).optional();

/** A day of the month: 1–31 (the last day when the month is shorter), or `last`. */
const DayOfMonth = z.union([z.int().min(1).max(31), z.literal('last')]).meta({ description: '月の日（1–31、月が短ければ末日）または last（末日）。既定は last' });

const Month = z.int().min(1).max(12).meta({ description: '月（1–12）' });

/**
 * One typed cycle of an operation item, with the rule that places its due occurrences. Every
 * rule field is optional; the schedule applies documented defaults (daily by 10:00 on opening
 * days; weekly on Monday; monthly on the last day; quarterly in 6, 9, 12, 3; half-yearly in 9 and 3;
 * yearly in March). An occurrence that falls on a closed day moves to the next open day.
 */
export const CycleSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      /** The kind of cycle. */ kind: z.literal('daily').meta({ description: '周期の種類' }),
      /** Which days: opening-days (default), every-day (server checks), office-days. */ calendar: CalendarKind.optional(),
      /** Due by this time (default 10:00). */ by,
    })
    .describe('日次: 毎日（開館日、または毎日）'),
  z
    .strictObject({
      /** The kind of cycle. */ kind: z.literal('weekly').meta({ description: '周期の種類' }),
      /** The weekday (default mon). */ weekday: z.enum(WEEKDAYS).meta({ description: '曜日（sun–sat、既定は mon）' }).optional(),
      /** Which days count as open. */ calendar: CalendarKind.optional(),
      /** Due by this time (default 17:00). */ by,
    })
    .describe('週次: 毎週'),
  z
    .strictObject({
      /** The kind of cycle. */ kind: z.literal('monthly').meta({ description: '周期の種類' }),
      /** A day of the month (default last). */ day: DayOfMonth.optional(),
      /** Or the nth weekday of the month (with `weekday`). */ nth: z.int().min(1).max(5).meta({ description: 'または第 N 週の曜日（weekday と組み合わせる）' }).optional(),
      /** The weekday for `nth`. */ weekday: z.enum(WEEKDAYS).meta({ description: 'nth の曜日（sun–sat）' }).optional(),
      /** Or: due before the monthly meeting (月次定例会議) of the month. */ before: z.literal('meeting').meta({ description: 'または meeting: その月の月次定例会議の前まで' }).optional(),
      /** Which days count as open. */ calendar: CalendarKind.optional(),
      /** Due by this time (default 17:00). */ by,
    })
    .describe('月次: 毎月'),
  z
    .strictObject({
      /** The kind of cycle. */ kind: z.literal('quarterly').meta({ description: '周期の種類' }),
      /** The months (default 6, 9, 12, 3). */ months: z.array(Month).meta({ description: '行う月（既定は 6・9・12・3）' }).optional(),
      /** The day of those months (default last). */ day: DayOfMonth.optional(),
      /** Which days count as open. */ calendar: CalendarKind.optional(),
      /** Due by this time (default 17:00). */ by,
    })
    .describe('3か月に1回程度'),
  z
    .strictObject({
      /** The kind of cycle. */ kind: z.literal('half-yearly').meta({ description: '周期の種類' }),
      /** The months (default 9 and 3: the end of 上期 and 下期). */ months: z.array(Month).meta({ description: '行う月（既定は 9・3: 上期末と下期末）' }).optional(),
      /** The day of those months (default last). */ day: DayOfMonth.optional(),
      /** Which days count as open. */ calendar: CalendarKind.optional(),
      /** Due by this time (default 17:00). */ by,
    })
    .describe('半年に1回（上期・下期）'),
  z
    .strictObject({
      /** The kind of cycle. */ kind: z.literal('yearly').meta({ description: '周期の種類' }),
      /** The month (default 3, the end of the fiscal year). */ month: Month.meta({ description: '行う月（既定は 3: 年度末）' }).optional(),
      /** The day (default last). */ day: DayOfMonth.optional(),
      /** Which days count as open. */ calendar: CalendarKind.optional(),
      /** Due by this time (default 17:00). */ by,
    })
    .describe('年次: 毎年'),
  z.strictObject({ /** The kind of cycle. */ kind: z.literal('on-demand').meta({ description: '周期の種類' }) }).describe('随時: 発生の都度。予定には現れない'),
  z
    .strictObject({
      /** The kind of cycle. */ kind: z.literal('stock-taking').meta({ description: '周期の種類' }),
      /** Due by this time on each day of a site's stock-taking period (default 17:00). */ by,
    })
    .describe('蔵書点検時: 各館の特別整理期間中'),
]);

export type Cycle = z.output<typeof CycleSchema>;
