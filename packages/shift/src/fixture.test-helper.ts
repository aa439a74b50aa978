import { CalendarSchema, PeopleSchema, RosterSchema, SitesSchema } from '@unyo/schema';
import type { z } from 'zod';
import type { ShiftContext } from './env.ts';

/**
 * A small library system a person can check by hand: the central library (staffed) opens 09:30–20:30
 * Tuesday to Friday and 09:30–17:00 on Saturday, Sunday, Monday and national holidays; it is closed
 * on 2026-12-21 (施設点検日) and from 12-29 to 01-03. Aoba is not staffed, so its hours never matter.
 */
export const CALENDAR = CalendarSchema.parse({
  hours: { tue: ['09:30', '19:00'], wed: ['09:30', '19:00'], thu: ['09:30', '19:00'], fri: ['09:30', '19:00'], sat: ['09:30', '17:00'], sun: ['09:30', '17:00'], mon: ['09:30', '17:00'], holiday: ['09:30', '17:00'] },
  siteHours: { central: { tue: ['09:30', '20:30'], wed: ['09:30', '20:30'], thu: ['09:30', '20:30'], fri: ['09:30', '20:30'] } },
  yearEnd: { from: '12-29', to: '01-03' },
  closures: [{ from: '2026-12-21', type: 'inspection', reason: '施設点検日' }],
  office: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: ['08:45', '17:15'] },
});

export const SITES = SitesSchema.parse({
  sites: [
    { id: 'central', name: '中央図書館', type: 'central', staffed: true },
    { id: 'aoba', name: '青葉図書館', type: 'branch' },
  ],
}).sites;

export const PEOPLE = PeopleSchema.parse({
  people: [
    { id: 'op-a', name: 'A', role: 'operator' },
    { id: 'op-b', name: 'B', role: 'operator' },
    { id: 'op-c', name: 'C', role: 'operator' },
    { id: 'op-d', name: 'D', role: 'operator' },
    { id: 'se-x', name: 'X', role: 'se' },
  ],
}).people;

/** 早番 08:30–17:15, 遅番 12:15–21:00, 日勤 08:30–17:15. */
export const PATTERNS = [
  { id: 'early', label: '早', name: '早番', start: '08:30', end: '17:15' },
  { id: 'late', label: '遅', name: '遅番', start: '12:15', end: '21:00' },
  { id: 'day', label: '日', name: '日勤', start: '08:30', end: '17:15' },
];

type RosterInput = z.input<typeof RosterSchema>;

/** A 17:00 day needs one day shift; a longer day an early and a late shift. */
export const DEMAND = [{ closesBy: '17:00', shifts: ['day'] }, { shifts: ['early', 'late'] }];

/** The context with a roster of the four operators op-a..op-d (every day, no days off) changed by `change`. */
export function context(change: { operators?: RosterInput['operators']; rules?: Partial<RosterInput['rules']>; overrides?: RosterInput['overrides'] } = {}): ShiftContext {
  const roster = RosterSchema.parse({
    shifts: PATTERNS,
    operators: change.operators ?? [{ person: 'op-a' }, { person: 'op-b' }, { person: 'op-c' }, { person: 'op-d' }],
    rules: { demand: DEMAND, ...change.rules },
    overrides: change.overrides ?? [],
  });
  return { calendar: CALENDAR, sites: SITES, people: PEOPLE, roster };
}

/** The shift of each date in the order of the operators, such as `12-01 早遅--`; a dash is a day off. */
export function grid(assignments: readonly { date: string; person: string; shift: string }[], ctx: ShiftContext, dates: readonly string[]): string[] {
  const label = new Map(ctx.roster.shifts.map((p) => [p.id, p.label]));
  return dates.map(
    (d) => `${d.slice(5)} ${ctx.roster.operators.map((o) => label.get(assignments.find((a) => a.date === d && a.person === o.person)?.shift ?? '') ?? '-').join('')}`,
  );
}
