import type { Weekday } from '@unyo/schema';
import { shiftEnv, type ShiftContext } from './env.ts';
import type { Assignment, ShiftIssue } from './issue.ts';
import { staffedSites } from './staffing.ts';

/** 日 月 火 … by weekday. */
export const WEEKDAY_LABELS: Record<Weekday, string> = { sun: '日', mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土' };

/** A shift table ready to print: one row per day, one column per operator, totals and issues. Also the JSON output. */
export interface ShiftView {
  month: string;
  /** The staffed sites, one column each. */
  sites: { id: string; name: string }[];
  patterns: { id: string; label: string; name: string; start: string; end: string }[];
  /** The operators, one column each. */
  operators: { person: string; name: string }[];
  rows: {
    date: string;
    weekday: Weekday;
    holiday?: string;
    weekend: boolean;
    /** Each staffed site: hours when open (with the reason of special hours), the reason when closed. */
    sites: { site: string; open: boolean; hours?: [string, string]; special?: string; closedFor?: string }[];
    /** The pattern id each operator works, or null for a day off; in operator order. */
    shifts: (string | null)[];
    /** The day has an issue. */
    flagged: boolean;
  }[];
  totals: { person: string; name: string; shifts: number; weekend: number; patterns: Record<string, number> }[];
  issues: ShiftIssue[];
  rules: { coverage: { operators: number; beforeOpening: number; afterClosing: number }; maxConsecutiveDays: number; minRestHours: number; weekendSpread: number };
}

/** Lays out a shift table of `month` for printing. */
export function shiftView(month: string, ctx: ShiftContext, assignments: readonly Assignment[], issues: readonly ShiftIssue[]): ShiftView {
  const env = shiftEnv(month, ctx);
  const shiftOf = new Map(assignments.map((a) => [`${a.date} ${a.person}`, a.shift]));
  const rows = env.days.map((d) => ({
    date: d.date,
    weekday: d.weekday,
    ...(d.holiday === undefined ? {} : { holiday: d.holiday }),
    weekend: d.weekend,
    sites: d.sites.map((s) => ({
      site: s.site,
      open: s.open,
      ...(s.hours ? { hours: s.hours } : {}),
      ...(s.special ? { special: s.special } : {}),
      ...(s.closedFor ? { closedFor: s.closedFor } : {}),
    })),
    shifts: env.operators.map((o) => shiftOf.get(`${d.date} ${o.person}`) ?? null),
    flagged: issues.some((i) => i.date === d.date),
  }));
  const totals = env.operators.map((o, i) => {
    const worked = rows.filter((r) => r.shifts[i] !== null);
    const patterns = Object.fromEntries(ctx.roster.shifts.map((p) => [p.id, worked.filter((r) => r.shifts[i] === p.id).length]));
    return { person: o.person, name: env.names.get(o.person) ?? o.person, shifts: worked.length, weekend: worked.filter((r) => r.weekend).length, patterns };
  });
  const { coverage, maxConsecutiveDays, minRestHours, weekendSpread } = ctx.roster.rules;
  return {
    month,
    sites: staffedSites(ctx.sites).map((s) => ({ id: s.id, name: s.name })),
    patterns: ctx.roster.shifts.map(({ id, label, name, start, end }) => ({ id, label, name, start, end })),
    operators: env.operators.map((o) => ({ person: o.person, name: env.names.get(o.person) ?? o.person })),
    rows,
    totals,
    issues: [...issues],
    rules: { coverage, maxConsecutiveDays, minRestHours, weekendSpread },
  };
}
