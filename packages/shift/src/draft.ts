import type { RosterOperator, ShiftPattern } from '@unyo/schema';
import { availability, blockers, bookAssignments, newBook, shiftCount, shiftOn, type Book } from './book.ts';
import { shiftEnv, type MonthDay, type ShiftContext, type ShiftEnv } from './env.ts';
import type { Assignment, ShiftIssue } from './issue.ts';
import { validateShift } from './validate.ts';

/** One operator needed on one shift of one day. */
interface Slot {
  day: MonthDay;
  pattern: ShiftPattern;
}

/** Search steps in all (a step places one operator), so that a hard month ends in a bounded, repeatable time (about half a second). */
const MAX_STEPS = 200_000;

/** Places the overrides that name a shift; they come first and are never moved. */
function placeOverrides(env: ShiftEnv, book: Book): void {
  for (const o of env.overrides) if (o.shift !== 'off') book.get(o.person)?.set(o.date, o.shift);
}

/**
 * The slots still to fill, by day and need. A day needing more slots than it has operators free
 * at all (days, days off, overrides) keeps only the first ones: the rest are gaps whatever the
 * search does, and the validation reports them with the reasons.
 */
function openSlots(env: ShiftEnv, book: Book): Slot[] {
  return env.days.flatMap((day) => {
    const slots = day.needs.flatMap(({ shift, count }) => {
      const pattern = env.patterns.get(shift) as ShiftPattern;
      const placed = env.operators.filter((o) => shiftOn(book, o.person, day.date) === shift).length;
      return Array.from({ length: Math.max(0, count - placed) }, () => ({ day, pattern }));
    });
    const free = env.operators.filter(
      (o) => availability(env, o, day.date).length === 0 && o.maxShifts !== 0 && shiftOn(book, o.person, day.date) === undefined,
    ).length;
    return slots.slice(0, free);
  });
}

/** Operators who may take the slot, best first: fewest weekend shifts (on a weekend), fewest shifts, fewest of this pattern, column order. */
function candidates(env: ShiftEnv, book: Book, slot: Slot, counts: Map<string, { weekend: number; patterns: Map<string, number> }>): RosterOperator[] {
  const key = (o: RosterOperator) => {
    const c = counts.get(o.person);
    return [slot.day.weekend ? (c?.weekend ?? 0) : 0, shiftCount(book, o.person), c?.patterns.get(slot.pattern.id) ?? 0];
  };
  return env.operators
    .filter((o) => blockers(env, book, o, slot.day.date, slot.pattern).length === 0)
    .map((o, i) => ({ o, k: [...key(o), i] }))
    .sort((a, b) => a.k.reduce((r, v, i) => r || v - (b.k[i] as number), 0))
    .map((x) => x.o);
}

/**
 * Depth-first search over the slots in date order, the best candidate first, leaving at most
 * `empties` slots empty (empty is tried last). `done` when every slot was decided, `no` when no
 * table with so few empties exists, `budget` when the steps ran out.
 */
function search(env: ShiftEnv, book: Book, slots: readonly Slot[], empties: number, steps: { left: number }): 'done' | 'no' | 'budget' {
  const counts = new Map(env.operators.map((o) => [o.person, { weekend: 0, patterns: new Map<string, number>() }]));
  const tally = (person: string, slot: Slot, d: number) => {
    const c = counts.get(person);
    if (!c) return;
    if (slot.day.weekend) c.weekend += d;
    c.patterns.set(slot.pattern.id, (c.patterns.get(slot.pattern.id) ?? 0) + d);
  };
  for (const [person, days] of book) for (const [date, shift] of days) tally(person, { day: env.day(date) as MonthDay, pattern: env.patterns.get(shift) as ShiftPattern }, 1);
  let out = false;
  const go = (i: number, left: number): boolean => {
    const slot = slots[i];
    if (!slot) return true;
    for (const o of candidates(env, book, slot, counts)) {
      steps.left--;
      if (steps.left < 0) out = true;
      if (out) return false;
      book.get(o.person)?.set(slot.day.date, slot.pattern.id);
      tally(o.person, slot, 1);
      if (go(i + 1, left)) return true;
      tally(o.person, slot, -1);
      book.get(o.person)?.delete(slot.day.date);
      if (out) return false;
    }
    return left > 0 && go(i + 1, left - 1);
  };
  return go(0, empties) ? 'done' : out ? 'budget' : 'no';
}

/** Fills any slot left empty that someone can still take (a cheap last pass; usually nothing). */
function repair(env: ShiftEnv, book: Book, slots: readonly Slot[]): void {
  for (const slot of slots) {
    const staffed = env.operators.filter((o) => shiftOn(book, o.person, slot.day.date) === slot.pattern.id).length;
    const need = slot.day.needs.find((n) => n.shift === slot.pattern.id)?.count ?? 0;
    if (staffed >= need) continue;
    const o = env.operators.find((x) => blockers(env, book, x, slot.day.date, slot.pattern).length === 0);
    if (o) book.get(o.person)?.set(slot.day.date, slot.pattern.id);
  }
}

/**
 * Drafts the shift table of `month`: overrides first, then each day's needed shifts in date
 * order, by a deterministic depth-first search that honours availability, days off, consecutive
 * days, rest and the monthly maximum, and balances weekend and total shifts. When the month cannot
 * be covered it leaves as few shifts empty as it can find, and the problems (from validateShift,
 * the same check as for a committed table) list every gap and every broken rule with the reasons.
 * `maxSteps` bounds the search (default 200,000 placements, about half a second); past it the rest is
 * filled greedily, still deterministically.
 */
export function draftShift(
  input: ShiftContext & { month: string },
  options: { maxSteps?: number } = {},
): { assignments: Assignment[]; problems: ShiftIssue[] } {
  const env = shiftEnv(input.month, input);
  const book = newBook(env.operators);
  placeOverrides(env, book);
  const slots = openSlots(env, book);
  const capacity = env.operators.reduce((sum, o) => sum + Math.max(0, (o.maxShifts ?? Infinity) - shiftCount(book, o.person)), 0);
  // The fewest empty slots first: none if the month can be covered, more only when proven necessary.
  let total = options.maxSteps ?? MAX_STEPS;
  let result: 'done' | 'no' | 'budget' = 'no';
  for (let empties = Math.max(0, slots.length - capacity); result === 'no' && empties <= slots.length; empties++) {
    const budget = Math.min(Math.ceil((options.maxSteps ?? MAX_STEPS) / 10), total);
    const steps = { left: budget };
    result = search(env, book, slots, empties, steps);
    total -= budget - Math.max(0, steps.left);
  }
  // Out of steps: greedy, best candidate or empty at each slot, no backtracking.
  if (result !== 'done') search(env, book, slots, slots.length, { left: Infinity });
  repair(env, book, slots);
  const assignments = bookAssignments(book, env);
  return { assignments, problems: validateShift({ month: input.month, assignments }, input) };
}
