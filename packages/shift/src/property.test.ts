import { addDays, datesBetween, lastDayOfMonth, siteDay } from '@unyo/calendar';
import { ROSTER_DAYS, RosterSchema, type Roster } from '@unyo/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftShift } from './draft.ts';
import { CALENDAR, DEMAND, PATTERNS, PEOPLE, SITES } from './fixture.test-helper.ts';
import type { Assignment, ShiftIssue } from './issue.ts';
import { validateShift } from './validate.ts';

/*
 * An oracle written apart from the package: it recomputes, minute by minute and day by day, what a
 * table must satisfy, and checks that every breach it finds is among the draft's problems.
 */

const PEOPLE_IDS = ['op-a', 'op-b', 'op-c', 'op-d'];
const min = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const SPAN = new Map(PATTERNS.map((p) => [p.id, [min(p.start), min(p.end)] as const]));

const arbRoster = fc
  .record({
    operators: fc.array(
      fc.record({
        days: fc.subarray([...ROSTER_DAYS], { minLength: 1 }),
        off: fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { maxLength: 8 }),
        max: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    coverage: fc.record({ operators: fc.integer({ min: 1, max: 2 }), beforeOpening: fc.constantFrom(0, 30, 60), afterClosing: fc.constantFrom(0, 15, 30) }),
    perShift: fc.integer({ min: 1, max: 2 }).chain((m) => fc.record({ min: fc.constant(m), max: fc.integer({ min: m, max: 3 }) })),
    maxConsecutiveDays: fc.integer({ min: 1, max: 6 }),
    minRestHours: fc.constantFrom(0, 11, 12, 16),
    weekendSpread: fc.integer({ min: 0, max: 2 }),
    overrides: fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), who: fc.nat(3), shift: fc.constantFrom('off', 'early', 'late', 'day') }), { maxLength: 4 }),
  })
  .map((r): Roster => {
    const operators = r.operators.map((o, i) => ({ person: PEOPLE_IDS[i] as string, days: o.days, off: o.off, max: o.max }));
    return RosterSchema.parse({
      shifts: PATTERNS,
      operators: operators.map((o) => ({ person: o.person, days: o.days, daysOff: o.off.map((d) => `2026-12-${String(d).padStart(2, '0')}`), ...(o.max === undefined ? {} : { maxShifts: o.max }) })),
      rules: { demand: DEMAND, coverage: r.coverage, perShift: r.perShift, maxConsecutiveDays: r.maxConsecutiveDays, minRestHours: r.minRestHours, weekendSpread: r.weekendSpread },
      overrides: r.overrides
        .map((o) => ({ date: `2026-12-${String(o.day).padStart(2, '0')}`, person: operators[o.who % operators.length]?.person as string, shift: o.shift }))
        .filter((o, i, all) => all.findIndex((x) => x.date === o.date && x.person === o.person) === i),
    });
  });

const MONTH = '2026-12';
const DAYS = datesBetween(`${MONTH}-01`, lastDayOfMonth(MONTH));
const isHoliday = (d: string) => siteDay(CALENDAR, 'central', d).holiday !== undefined;
const dayKey = (d: string) => (isHoliday(d) ? 'holiday' : siteDay(CALENDAR, 'central', d).weekday);

/** Every breach of the rules the oracle finds, as [date or month, rule, person?]. */
function breaches(roster: Roster, assignments: readonly Assignment[]): [string, string, string?][] {
  const out: [string, string, string?][] = [];
  const shift = (p: string, d: string) => assignments.find((a) => a.person === p && a.date === d)?.shift;
  const override = (p: string, d: string) => roster.overrides.find((o) => o.person === p && o.date === d);
  const { coverage, maxConsecutiveDays, minRestHours } = roster.rules;
  for (const d of DAYS) {
    const day = siteDay(CALENDAR, 'central', d);
    if (!day.hours) continue;
    const [open, close] = [min(day.hours[0]), min(day.hours[1])];
    const spans = assignments.filter((a) => a.date === d).map((a) => SPAN.get(a.shift) ?? [0, 0]);
    for (let t = Math.max(0, open - coverage.beforeOpening); t < Math.min(1440, close + coverage.afterClosing); t++) {
      if (spans.filter(([s, e]) => s <= t && t < e).length < coverage.operators) out.push([d, `coverage@${t}`]);
    }
    const needed = close <= min('17:00') ? ['day'] : ['early', 'late'];
    for (const s of needed) if (assignments.filter((a) => a.date === d && a.shift === s).length < roster.rules.perShift.min) out.push([d, 'needed-shift']);
  }
  for (const o of roster.operators) {
    const mine = assignments.filter((a) => a.person === o.person);
    for (const a of mine) {
      const forced = override(o.person, a.date)?.shift === a.shift;
      if (!forced && o.daysOff.includes(a.date)) out.push([a.date, 'day-off', o.person]);
      if (!forced && !o.days.includes(dayKey(a.date))) out.push([a.date, 'availability', o.person]);
      const prev = shift(o.person, addDays(a.date, -1));
      if (prev && (1440 - (SPAN.get(prev)?.[1] ?? 0) + (SPAN.get(a.shift)?.[0] ?? 0)) / 60 < minRestHours) out.push([a.date, 'rest', o.person]);
    }
    let run: string[] = [];
    for (const d of [...DAYS, '']) {
      if (d && shift(o.person, d)) run.push(d);
      else {
        if (run.length > maxConsecutiveDays) out.push([run[0] as string, 'consecutive-days', o.person]);
        run = [];
      }
    }
    if (o.maxShifts !== undefined && mine.length > o.maxShifts) out.push([MONTH, 'max-shifts', o.person]);
  }
  // Weekend and holiday shifts: the most against the fewest of those who could have worked one more.
  const weekend = (d: string) => isHoliday(d) || ['sat', 'sun'].includes(siteDay(CALENDAR, 'central', d).weekday);
  const open = (d: string) => siteDay(CALENDAR, 'central', d).open;
  const counts = roster.operators.map((o) => {
    const worked = assignments.filter((a) => a.person === o.person && weekend(a.date)).length;
    const total = assignments.filter((a) => a.person === o.person).length;
    const more = DAYS.some(
      (d) => weekend(d) && open(d) && !shift(o.person, d) && o.days.includes(dayKey(d)) && !o.daysOff.includes(d) && override(o.person, d)?.shift !== 'off',
    );
    return { worked, more: more && total < (o.maxShifts ?? Infinity) };
  });
  const low = Math.min(...counts.filter((c) => c.more).map((c) => c.worked));
  if (Math.max(...counts.map((c) => c.worked)) - low > roster.rules.weekendSpread) out.push([MONTH, 'weekend-fairness']);
  for (const x of roster.overrides) if (shift(x.person, x.date) !== (x.shift === 'off' ? undefined : x.shift)) out.push([x.date, 'override', x.person]);
  return out;
}

/** Whether the draft reports the breach: a coverage minute falls in a reported range; a rule is reported for that day and person. */
function reported(issues: readonly ShiftIssue[], [date, rule, person]: [string, string, string?]): boolean {
  if (rule.startsWith('coverage@')) {
    const t = Number(rule.slice(9));
    return issues.some((i) => i.date === date && i.rule === 'coverage' && i.time !== undefined && min(i.time[0]) <= t && t < (i.time[1] === '24:00' ? 1440 : min(i.time[1])));
  }
  if (rule === 'needed-shift') return issues.some((i) => i.date === date && (i.rule === 'coverage' || i.rule === 'shift-size'));
  return issues.some((i) => i.date === date && i.rule === rule && i.person === person);
}

const context = (roster: Roster) => ({ calendar: CALENDAR, sites: SITES, people: PEOPLE, roster });

describe('every draft', () => {
  it('covers every required shift or reports the gap, and never breaks a rule without reporting it', () => {
    fc.assert(
      fc.property(arbRoster, (roster) => {
        const { assignments, problems } = draftShift({ month: MONTH, ...context(roster) }, { maxSteps: 3000 });
        const silent = breaches(roster, assignments).filter((b) => !reported(problems, b));
        expect(silent).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('breaks the hard rules only where the overrides force it, and gives one shift a person a day', () => {
    fc.assert(
      fc.property(arbRoster, (roster) => {
        const { assignments } = draftShift({ month: MONTH, ...context(roster) }, { maxSteps: 3000 });
        const forced = (p: string, d: string) => roster.overrides.some((o) => o.person === p && o.date === d && o.shift !== 'off');
        const runFrom = (p: string, d: string) => DAYS.slice(DAYS.indexOf(d)).findIndex((x) => !assignments.some((a) => a.person === p && a.date === x));
        const unforced = breaches(roster, assignments).filter(([date, rule, person = '']) => {
          if (rule === 'consecutive-days') return !DAYS.slice(DAYS.indexOf(date)).slice(0, runFrom(person, date)).every((d) => forced(person, d));
          if (rule === 'rest') return !(forced(person, date) && forced(person, addDays(date, -1)));
          if (rule === 'max-shifts') return roster.overrides.filter((o) => o.person === person && o.shift !== 'off').length <= (roster.operators.find((o) => o.person === person)?.maxShifts ?? Infinity);
          return ['day-off', 'availability', 'override'].includes(rule);
        });
        expect(unforced).toEqual([]);
        const keys = assignments.map((a) => `${a.date} ${a.person}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 150 },
    );
  });

  it('is the same table for the same input, and its problems are those validateShift finds in it', () => {
    fc.assert(
      fc.property(arbRoster, (roster) => {
        const draft = draftShift({ month: MONTH, ...context(roster) }, { maxSteps: 3000 });
        expect(draftShift({ month: MONTH, ...context(roster) }, { maxSteps: 3000 })).toEqual(draft);
        expect(validateShift({ month: MONTH, assignments: draft.assignments }, context(roster))).toEqual(draft.problems);
      }),
      { numRuns: 30 },
    );
  });
});
