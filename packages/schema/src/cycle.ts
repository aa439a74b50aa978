import { z } from 'zod';

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

const cycle = <K extends CycleKind>(kind: K) =>
  z.strictObject({
    /** The kind of cycle. */
    kind: z.literal(kind),
  });

/**
 * One typed cycle of an operation item. Each kind is its own object so that later rules
 * (a weekday, a day of the month, a time of day) can be added per kind.
 */
export const CycleSchema = z.discriminatedUnion('kind', [
  cycle('daily').describe('日次: 毎日（開館日またはサーバ稼働日）'),
  cycle('weekly').describe('週次: 毎週'),
  cycle('monthly').describe('月次: 毎月'),
  cycle('quarterly').describe('3か月に1回程度'),
  cycle('half-yearly').describe('半年に1回（上期・下期）'),
  cycle('yearly').describe('年次: 毎年'),
  cycle('on-demand').describe('随時: 発生の都度。予定には現れない'),
  cycle('stock-taking').describe('蔵書点検時: 各館の特別整理期間中'),
]);

export type Cycle = z.output<typeof CycleSchema>;
