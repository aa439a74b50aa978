import { z } from 'zod';
import { RefSchema } from '../ref.ts';
import { IsoDateSchema } from '../time.ts';

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
