import { datesBetween, weekdayOf } from '@unyo/calendar';
import { describe, expect, it } from 'vitest';
import { draftShift } from './draft.ts';
import { formatShiftIssuesText } from './format.ts';
import { context, grid } from './fixture.test-helper.ts';

const draft = (month: string, ctx = context()) => draftShift({ month, ...ctx });
const on = (assignments: readonly { date: string; person: string; shift: string }[], date: string) => assignments.filter((a) => a.date === date);
const DECEMBER = datesBetween('2026-12-01', '2026-12-31');

describe('the shifts a day needs, from the staffed site hours', () => {
  it.each([
    ['2026-12-21', '施設点検日: closed', []],
    ['2026-12-29', '年末年始: closed', []],
    ['2026-12-01', 'Tuesday, central 09:30–20:30', ['early', 'late']],
    ['2026-12-04', 'Friday, central 09:30–20:30', ['early', 'late']],
    ['2026-12-05', 'Saturday, 09:30–17:00', ['day']],
    ['2026-12-07', 'Monday, 09:30–17:00', ['day']],
    ['2026-11-03', '文化の日 on a Tuesday, holiday hours 09:30–17:00', ['day']],
    ['2026-11-23', '勤労感謝の日 on a Monday, 09:30–17:00', ['day']],
  ])('%s (%s) gets %j', (date, _why, shifts) => {
    const result = draft(date.slice(0, 7));
    expect(on(result.assignments, date).map((a) => a.shift).sort()).toEqual([...shifts].sort());
    expect(result.problems).toEqual([]);
  });
});

describe('the rules a draft keeps', () => {
  it('honours requested days off', () => {
    const ctx = context({ operators: [{ person: 'op-a', daysOff: ['2026-12-01', '2026-12-02', '2026-12-05'] }, { person: 'op-b' }, { person: 'op-c' }, { person: 'op-d' }] });
    const result = draft('2026-12', ctx);
    expect(result.assignments.filter((a) => a.person === 'op-a' && ['2026-12-01', '2026-12-02', '2026-12-05'].includes(a.date))).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('keeps an operator to their working days: no weekend or holiday for a weekday-only operator', () => {
    const ctx = context({ operators: [{ person: 'op-a' }, { person: 'op-b' }, { person: 'op-c' }, { person: 'op-d', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }] });
    const result = draft('2026-11', ctx);
    const offDays = result.assignments.filter((a) => a.person === 'op-d' && (['sat', 'sun'].includes(weekdayOf(a.date)) || ['2026-11-03', '2026-11-23'].includes(a.date)));
    expect(offDays).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('never has anyone work more than maxConsecutiveDays in a row (2 here)', () => {
    const ctx = context({ rules: { maxConsecutiveDays: 2 } });
    const result = draft('2026-12', ctx);
    for (const o of ctx.roster.operators) {
      const runs = DECEMBER.map((d) => (result.assignments.some((a) => a.date === d && a.person === o.person) ? 'x' : '.')).join('');
      expect(runs, `${o.person}: ${runs}`).not.toContain('xxx');
    }
    expect(result.problems).toEqual([]);
  });

  it('leaves 12 hours of rest after a late shift when asked: no early shift the day after a late one (21:00 → 08:30 is 11.5 h)', () => {
    const ctx = context({ rules: { minRestHours: 12 } });
    const result = draft('2026-12', ctx);
    const lateThenEarly = result.assignments.filter(
      (a) => a.shift === 'late' && result.assignments.some((b) => b.person === a.person && b.shift === 'early' && b.date === DECEMBER[DECEMBER.indexOf(a.date) + 1]),
    );
    expect(lateThenEarly).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('spreads weekend and holiday shifts within 1, and totals within 1', () => {
    const result = draft('2026-11');
    const weekend = (d: string) => ['sat', 'sun'].includes(weekdayOf(d)) || ['2026-11-03', '2026-11-23'].includes(d);
    const count = (p: string, f: (d: string) => boolean) => result.assignments.filter((a) => a.person === p && f(a.date)).length;
    const people = ['op-a', 'op-b', 'op-c', 'op-d'];
    const weekends = people.map((p) => count(p, weekend));
    const totals = people.map((p) => count(p, () => true));
    expect(Math.max(...weekends) - Math.min(...weekends)).toBeLessThanOrEqual(1);
    expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(1);
    expect(result.problems).toEqual([]);
  });

  it('places overrides first: a shift on a closed day, and an operator kept off', () => {
    const ctx = context({
      overrides: [
        { date: '2026-12-21', person: 'op-c', shift: 'day', note: '法定停電の立会い' },
        { date: '2026-12-01', person: 'op-a', shift: 'off' },
        { date: '2026-12-01', person: 'op-b', shift: 'late' },
      ],
    });
    const result = draft('2026-12', ctx);
    expect(grid(result.assignments, ctx, ['2026-12-01', '2026-12-21'])).toEqual([expect.stringMatching(/^12-01 -遅/), '12-21 --日-']);
    expect(on(result.assignments, '2026-12-01').map((a) => a.shift).sort()).toEqual(['early', 'late']);
    expect(result.problems).toEqual([]);
  });

  it('holds maxShifts', () => {
    const ctx = context({ operators: [{ person: 'op-a', maxShifts: 3 }, { person: 'op-b' }, { person: 'op-c' }, { person: 'op-d' }] });
    const result = draft('2026-12', ctx);
    expect(result.assignments.filter((a) => a.person === 'op-a')).toHaveLength(3);
    expect(result.problems).toEqual([]);
  });

  it('gives the same table for the same input', () => {
    expect(draft('2026-12')).toEqual(draft('2026-12'));
    expect(grid(draft('2026-12').assignments, context(), DECEMBER.slice(0, 7))).toMatchInlineSnapshot(`
      [
        "12-01 早遅--",
        "12-02 --早遅",
        "12-03 遅早--",
        "12-04 --遅早",
        "12-05 日---",
        "12-06 -日--",
        "12-07 --日-",
      ]
    `);
  });
});

describe('a month that cannot be covered', () => {
  const allOff = (date: string, except: string[] = []) =>
    ['op-a', 'op-b', 'op-c', 'op-d'].map((person) => (except.includes(person) ? { person } : { person, daysOff: [date] }));

  it('reports the gap of the day everyone asked off, with the reasons, and fills every other day', () => {
    const ctx = context({ operators: allOff('2026-12-24') });
    const result = draft('2026-12', ctx);
    expect(on(result.assignments, '2026-12-24')).toEqual([]);
    expect(result.assignments).toHaveLength(16 * 2 + 11 - 2); // 16 long days, 11 short days, less 12-24
    expect(result.problems).toEqual([{ date: '2026-12-24', rule: 'coverage', time: ['09:00', '20:30'], message: expect.any(String) }]);
    expect(formatShiftIssuesText(result.problems)).toMatchInlineSnapshot(`"12/24（木）［常駐人数］09:00–20:30 の常駐者が 0 名です（必要 1 名）。早番に入れない理由: A は休み希望、B は休み希望、C は休み希望、D は休み希望。"`);
  });

  it('keeps the opening when only one operator is free on a long day, and reports the evening gap', () => {
    const ctx = context({ operators: allOff('2026-12-24', ['op-c']) });
    const result = draft('2026-12', ctx);
    expect(grid(result.assignments, ctx, ['2026-12-24'])).toEqual(['12-24 --早-']);
    expect(formatShiftIssuesText(result.problems)).toMatchInlineSnapshot(`"12/24（木）［常駐人数］17:15–20:30 の常駐者が 0 名です（必要 1 名）。遅番に入れない理由: A は休み希望、B は休み希望、C は同じ日に早番、D は休み希望。"`);
  });

  it('leaves as few shifts empty as it must when the rules cannot all hold, and says why', () => {
    // Two operators, at most 3 days in a row: Tuesday to Friday needs both of them four days running.
    const ctx = context({ operators: [{ person: 'op-a' }, { person: 'op-b' }], rules: { maxConsecutiveDays: 3 } });
    const result = draft('2026-12', ctx);
    const rules = new Set(result.problems.map((p) => p.rule));
    expect([...rules]).toEqual(['coverage']);
    expect(result.problems.every((p) => /連続勤務が \d 日になる（上限 3 日）/.test(p.message))).toBe(true);
    // Each Tuesday-to-Friday block needs 8 shifts, and each of the two can work 3 of its 4 days: 2 gaps a week at least.
    const empty = result.problems.reduce((n, p) => n + (p.time?.[0] === '09:00' ? 2 : 1), 0);
    expect(empty).toBe(8);
    expect(formatShiftIssuesText(result.problems)).toMatchInlineSnapshot(`
      "12/04（金）［常駐人数］09:00–20:30 の常駐者が 0 名です（必要 1 名）。早番に入れない理由: A は連続勤務が 5 日になる（上限 3 日）、B は連続勤務が 4 日になる（上限 3 日）。
      12/10（木）［常駐人数］17:15–20:30 の常駐者が 0 名です（必要 1 名）。遅番に入れない理由: A は連続勤務が 5 日になる（上限 3 日）、B は同じ日に早番。
      12/11（金）［常駐人数］17:15–20:30 の常駐者が 0 名です（必要 1 名）。遅番に入れない理由: A は同じ日に早番、B は連続勤務が 5 日になる（上限 3 日）。
      12/17（木）［常駐人数］17:15–20:30 の常駐者が 0 名です（必要 1 名）。遅番に入れない理由: A は同じ日に早番、B は連続勤務が 5 日になる（上限 3 日）。
      12/18（金）［常駐人数］17:15–20:30 の常駐者が 0 名です（必要 1 名）。遅番に入れない理由: A は連続勤務が 5 日になる（上限 3 日）、B は同じ日に早番。
      12/25（金）［常駐人数］09:00–20:30 の常駐者が 0 名です（必要 1 名）。早番に入れない理由: A は連続勤務が 5 日になる（上限 3 日）、B は連続勤務が 4 日になる（上限 3 日）。"
    `);
  });
});
