import { z } from 'zod';
import { RefSchema } from '../ref.ts';
import { IsoDateSchema } from '../time.ts';
import { PERSON_ROLES } from './people.ts';

/** The days of the week as written in settings and rules. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/** A time of day `09:30` (JST). */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '時刻は 09:30 の形（24 時間制、半角）で書いてください。');

/** Opening hours of a day: [open, close]. */
const HoursSchema = z.tuple([TimeOfDaySchema, TimeOfDaySchema]);

/** Hours by weekday, and for national holidays (`holiday` wins over the weekday). */
const WeekHoursSchema = z.strictObject({
  /** Sunday. */ sun: HoursSchema.optional(),
  /** Monday. */ mon: HoursSchema.optional(),
  /** Tuesday. */ tue: HoursSchema.optional(),
  /** Wednesday. */ wed: HoursSchema.optional(),
  /** Thursday. */ thu: HoursSchema.optional(),
  /** Friday. */ fri: HoursSchema.optional(),
  /** Saturday. */ sat: HoursSchema.optional(),
  /** National holidays (国民の祝日・振替休日・国民の休日). */ holiday: HoursSchema.optional(),
});

/** One dated entry of special opening hours (特別開館時間): a date or a run of dates, at every site or some. */
const SpecialHoursSchema = z
  .strictObject({
    date: IsoDateSchema.meta({ description: '特別な開館時間の日（例: 2027-01-04）' }),
    to: IsoDateSchema.meta({ description: '続く場合の最終日（省略時は date の一日だけ）' }).optional(),
    hours: HoursSchema.meta({ description: 'その日の開館時間 [開館, 閉館]（例: ["12:00", "17:00"]）。曜日・祝日の hours と siteHours より優先し、定休日や年末年始休館の日でも開館します（臨時開館）。closures の休館日には負けます' }),
    sites: z.array(RefSchema).min(1).meta({ description: '対象の館（sites.yaml の id）。省略時はすべての館' }).optional(),
    reason: z.string().min(1).meta({ description: '理由（予定表に出ます。例: 年始の開館（短縮））' }),
  })
  .check((ctx) => {
    const { date, to, hours } = ctx.value;
    if (to !== undefined && to < date) ctx.issues.push({ code: 'custom', input: to, path: ['to'], message: `最終日 ${to} が ${date} より前です。` });
    if (hours[1] <= hours[0]) ctx.issues.push({ code: 'custom', input: hours, path: ['hours', 1], message: `閉館 ${hours[1]} が開館 ${hours[0]} より後ではありません。` });
  });

/** What happens to the operators' work (運用支援業務) on a day no operator is on site: the staffed sites are closed. */
const OperatorWorkSchema = z.strictObject({
  closedDays: z
    .enum(['skip', 'next-staffed-day', 'on-call'])
    .meta({
      description:
        '常駐する館の休館日（オペレーター不在）に当たる運用支援業務の扱い: skip その日の日次作業は行わない / next-staffed-day 翌出勤日にまとめて行う（不在の間の履歴も確認）/ on-call 当番（onCall）が行う。週次以上の作業はどの場合も、開館日に移す従来の規則で出勤日に移ります（on-call を除く）',
    }),
  onCall: z
    .enum(PERSON_ROLES)
    .meta({ description: 'closedDays: on-call のとき、休館日に作業する当番の役割（people.yaml の role。例: se は当番SE の遠隔確認）' })
    .optional(),
});

const MonthDaySchema = z.string().regex(/^\d{2}-\d{2}$/, '月日は 12-29 の形で書いてください。');

/**
 * settings/calendar.yaml: the libraries' calendar and the office calendar. Everything is JST.
 * National holidays come from @holiday-jp/holiday_jp, never from this file.
 */
export const CalendarSchema = z.strictObject({
  /** Opening hours of every site by weekday; a missing weekday is a closing day. */
  hours: WeekHoursSchema,
  /** Per-site overrides of `hours` (e.g. the central library open until 20:30 on weekdays). */
  siteHours: z.record(RefSchema, WeekHoursSchema).optional(),
  /** Dated special hours (特別開館時間): shortened or extended hours, or a special opening on a closed day. */
  specialHours: z
    .array(SpecialHoursSchema)
    .meta({ description: '日付ごとの特別な開館時間（年始の短縮開館、臨時開館など）。館ごとにも書けます' })
    .optional(),
  /** The year-end closure of every site, from a month-day to a month-day (12-29 to 01-03). */
  yearEnd: z.strictObject({ /** First closed day. */ from: MonthDaySchema, /** Last closed day. */ to: MonthDaySchema }),
  /** Dated closures: the monthly facility inspection day (listed per date, since it moves), special closures for stock-taking, temporary closures. */
  closures: z.array(
    z.strictObject({
      /** The first closed day. */
      from: IsoDateSchema,
      /** The last closed day (the same as `from` for one day). */
      to: IsoDateSchema.optional(),
      /** The sites closed; all sites when absent. */
      sites: z.array(RefSchema).optional(),
      /** inspection (施設点検日), stock-taking (特別整理期間・蔵書点検), temporary (臨時休館). */
      type: z.enum(['inspection', 'stock-taking', 'temporary']),
      /** The reason shown on schedules. */
      reason: z.string().min(1),
    }),
  ),
  /** What happens to operator work on days no operator is on site; absent: the work follows its cycle's calendar alone (and unyo check reports operator work due when the shift table staffs no one). */
  operatorWork: OperatorWorkSchema.meta({
    description: 'オペレーター不在の日（常駐する館の休館日）の運用支援業務の扱い。省略時は周期のカレンダーのとおりで、シフト表に出勤者がいない日の作業は unyo check が報告します',
  })
    .check((ctx) => {
      if (ctx.value.closedDays === 'on-call' && ctx.value.onCall === undefined) ctx.issues.push({ code: 'custom', input: ctx.value, path: ['onCall'], message: 'closedDays: on-call には当番の役割 onCall（例: se）が必要です。' });
    })
    .optional(),
  /** The SE's office calendar (維持管理業務): weekdays and office hours, closed on holidays and at year-end. */
  office: z.strictObject({
    /** Office days of the week. */
    days: z.array(z.enum(WEEKDAYS)).min(1),
    /** Office hours. */
    hours: HoursSchema,
  }),
  /** Planned one-off work shown on the schedule (法定停電, 定期点検, 月次定例会議, パッチ適用枠…). */
  events: z
    .array(
      z.strictObject({
        /** The day. */
        date: IsoDateSchema,
        /** Start time. */
        start: TimeOfDaySchema.optional(),
        /** End time. */
        end: TimeOfDaySchema.optional(),
        /** meeting (月次定例会議), outage (法定停電), inspection (定期点検), patch (パッチ適用枠), other. */
        type: z.enum(['meeting', 'outage', 'inspection', 'patch', 'other']),
        /** What it is. */
        title: z.string().min(1),
        /** The operation items it carries out. */
        items: z.array(z.int().min(1)).optional(),
        /** The sites concerned; all when absent. */
        sites: z.array(RefSchema).optional(),
      }),
    )
    .optional(),
});

export type Calendar = z.output<typeof CalendarSchema>;
export type SpecialHours = NonNullable<Calendar['specialHours']>[number];
export type OperatorWork = NonNullable<Calendar['operatorWork']>;
