import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CalendarSchema, formatJst, instant } from '@unyo/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addBusinessTime, businessMinutes, closeOfNthDay, type Clock } from './clock.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const calendar = CalendarSchema.parse(parse(readFileSync(`${ROOT}settings/calendar.yaml`, 'utf8')));

const H24: Clock = { kind: '24x365' };
const opening = (...sites: string[]): Clock => ({ kind: 'opening-hours', calendar, sites });
const OFFICE: Clock = { kind: 'office-hours', calendar };
const at = (local: string) => instant(`${local}:00+09:00`);
const minutes = (clock: Clock, from: string, to: string, pauses: [string, string][] = []) =>
  businessMinutes(clock, at(from), at(to), pauses.map(([f, t]) => ({ from: at(f), to: at(t) })));

// settings/calendar.yaml: every site opens 09:30; closes 19:00 Tue–Fri and 17:00 Sat–Mon and on holidays;
// the central library closes 20:30 Tue–Fri. 施設点検日 2026-11-16 (Mon), year-end closure 12-29〜01-03.
// The SE office works weekdays 08:45–17:15 except holidays and the year-end closure.
describe('business time between two instants (each row checkable with a paper calendar)', () => {
  it.each([
    // S2 received Friday 18:50 at a branch closing 19:00, restored Saturday 10:00: 10 min Fri + 30 min Sat.
    ['aoba Fri 18:50 → Sat 10:00', opening('aoba'), '2026-11-20T18:50', '2026-11-21T10:00', [], 40],
    ['the same incident, 24×365: 15 h 10 min', H24, '2026-11-20T18:50', '2026-11-21T10:00', [], 910],
    ['the same incident, office hours: Friday after 17:15 and Saturday count zero', OFFICE, '2026-11-20T18:50', '2026-11-21T10:00', [], 0],
    ['central closes 20:30 on Friday: 100 min + 30 min', opening('central'), '2026-11-20T18:50', '2026-11-21T10:00', [], 130],
    ['several sites: the union of their hours', opening('aoba', 'central'), '2026-11-20T18:50', '2026-11-21T10:00', [], 130],
    ['before opening counts zero: 09:30–11:35', opening('central'), '2026-11-10T08:33', '2026-11-10T11:35', [], 125],
    ['S1 on the 24×365 clock: 3 h 2 min', H24, '2026-11-10T08:33', '2026-11-10T11:35', [], 182],
    // Waiting on the carrier 11:15–16:30: 6 h 30 min − 5 h 15 min.
    ['a pause waiting on a third party', opening('wakaba'), '2026-11-18T10:15', '2026-11-18T16:45', [['2026-11-18T11:15', '2026-11-18T16:30']], 75],
    ['overlapping pauses are merged', opening('wakaba'), '2026-11-18T10:15', '2026-11-18T16:45', [['2026-11-18T11:15', '2026-11-18T14:00'], ['2026-11-18T13:00', '2026-11-18T16:30']], 75],
    ['a pause waiting on the library, over the night', opening('aoba'), '2026-11-20T18:00', '2026-11-21T12:00', [['2026-11-20T18:30', '2026-11-21T10:00']], 30 + 120],
    // Sunday 16:30–17:00, Monday 11-16 施設点検日 closed, Tuesday 09:30–10:00.
    ['spanning the 施設点検日', opening('aoba'), '2026-11-15T16:30', '2026-11-17T10:00', [], 60],
    ['spanning the 施設点検日, 24×365: 41 h 30 min', H24, '2026-11-15T16:30', '2026-11-17T10:00', [], 2490],
    ['the office works on the 施設点検日: 510 + 75', OFFICE, '2026-11-15T16:30', '2026-11-17T10:00', [], 585],
    // Monday 12-28 16:00–17:00, closed 12-29〜01-03, Monday 01-04 12:00–12:30 (specialHours: opens 12:00).
    ['spanning the year-end closure', opening('aoba'), '2026-12-28T16:00', '2027-01-04T12:30', [], 90],
    ['spanning the year-end closure, office hours: 75 + 75', OFFICE, '2026-12-28T16:00', '2027-01-04T10:00', [], 150],
    ['spanning the year-end closure, 24×365: 6 days 18 h', H24, '2026-12-28T16:00', '2027-01-04T10:00', [], 9720],
    // 文化の日 (Tuesday 11-03): holiday hours 09:30–17:00; the office is closed.
    ['a national holiday closes at 17:00', opening('aoba'), '2026-11-03T16:50', '2026-11-04T09:40', [], 20],
    ['a national holiday is not an office day', OFFICE, '2026-11-03T16:50', '2026-11-04T09:40', [], 55],
    ['a special closure (stock-taking, 12-08〜12-11) of one site only: Monday 16:00–17:00 + Saturday 09:30–10:00', opening('sakuradai'), '2026-12-07T16:00', '2026-12-12T10:00', [], 60 + 30],
    ['the other sites stay open meanwhile', opening('aoba'), '2026-12-07T16:00', '2026-12-08T10:00', [], 60 + 30],
    ['an end before the start is zero', H24, '2026-11-20T10:00', '2026-11-20T09:00', [], 0],
  ] as const)('%s', (_name, clock, from, to, pauses, expected) => {
    expect(minutes(clock, from, to, pauses.map((p) => [p[0], p[1]] as [string, string]))).toBe(expected);
  });
});

describe('addBusinessTime: the deadline', () => {
  it.each([
    ['S2 restoration, 8 opening hours from Friday 18:50: 10 min Fri + 450 min Sat + 20 min Sun', opening('aoba'), '2026-11-20T18:50', 480, [], '2026-11-22T09:50:00+09:00'],
    ['60 opening minutes from Sunday 16:30 skip the 施設点検日', opening('aoba'), '2026-11-15T16:30', 60, [], '2026-11-17T10:00:00+09:00'],
    ['S1 restoration, 4 h on 24×365', H24, '2026-11-10T08:33', 240, [], '2026-11-10T12:33:00+09:00'],
    ['a pause pushes the deadline: 60 before it, 150 after it, 30 the next morning', opening('wakaba'), '2026-11-18T10:15', 240, [['2026-11-18T11:15', '2026-11-18T16:30']], '2026-11-19T10:00:00+09:00'],
    ['office hours skip the weekend and 勤労感謝の日 (Monday 11-23)', OFFICE, '2026-11-20T16:00', 120, [], '2026-11-24T09:30:00+09:00'],
    ['the year-end closure (01-04 opens 12:00)', opening('aoba'), '2026-12-28T16:00', 90, [], '2027-01-04T12:30:00+09:00'],
    ['zero minutes is the start itself', opening('aoba'), '2026-11-16T12:00', 0, [], '2026-11-16T12:00:00+09:00'],
  ] as const)('%s', (_name, clock, from, allowed, pauses, expected) => {
    const deadline = addBusinessTime(clock, at(from), allowed, pauses.map(([f, t]) => ({ from: at(f), to: at(t) })));
    expect(formatJst(deadline!)).toBe(expected);
  });

  it('gives up on a pause that never ends', () => {
    expect(addBusinessTime(H24, at('2026-11-20T10:00'), 60, [{ from: at('2026-11-20T10:30'), to: Number.POSITIVE_INFINITY }])).toBeUndefined();
  });
});

describe('closeOfNthDay: 翌開館日中 and N opening (office) days', () => {
  it.each([
    ['Saturday → Sunday close', opening('aoba'), '2026-11-14T16:00', 1, '2026-11-15T17:00:00+09:00'],
    ['Sunday → Tuesday close (Monday is the 施設点検日)', opening('aoba'), '2026-11-15T10:00', 1, '2026-11-17T19:00:00+09:00'],
    ['received before opening still counts from the next day', opening('aoba'), '2026-11-20T08:00', 1, '2026-11-21T17:00:00+09:00'],
    ['across the year-end closure', opening('aoba'), '2026-12-28T16:00', 1, '2027-01-04T17:00:00+09:00'],
    ['5 office days after Friday 11-20 (11-23 is a holiday)', OFFICE, '2026-11-20T10:00', 5, '2026-11-30T17:15:00+09:00'],
    ['24×365 days are 24 hours', H24, '2026-11-20T10:00', 2, '2026-11-22T10:00:00+09:00'],
  ] as const)('%s', (_name, clock, from, n, expected) => {
    expect(formatJst(closeOfNthDay(clock, at(from), n)!)).toBe(expected);
  });
});

describe('the machine time zone does not matter', () => {
  it('gives the same business time under America/New_York and Asia/Tokyo', () => {
    const saved = process.env['TZ'];
    try {
      for (const tz of ['America/New_York', 'Asia/Tokyo', 'UTC']) {
        process.env['TZ'] = tz;
        expect(minutes(opening('aoba'), '2026-11-20T18:50', '2026-11-21T10:00')).toBe(40);
        expect(minutes(opening('aoba'), '2026-12-28T16:00', '2027-01-04T12:30')).toBe(90);
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});

// Instants on whole minutes from October 2026 to February 2027 (the year-end closure included).
const START = at('2026-10-01T00:00');
const SPAN_MINUTES = 150 * 24 * 60;
const anInstant = fc.integer({ min: 0, max: SPAN_MINUTES }).map((m) => START + m * 60_000);
const aClock = fc.constantFrom<Clock>(H24, opening('aoba'), opening('central', 'wakaba'), opening('sakuradai'), OFFICE);
const sorted = (...xs: number[]) => [...xs].sort((a, b) => a - b);
const aPause = fc.tuple(anInstant, fc.integer({ min: 0, max: 3 * 24 * 60 })).map(([from, len]) => ({ from, to: from + len * 60_000 }));

describe('properties of business time', () => {
  it('is additive over adjacent intervals: t(a,b) + t(b,c) = t(a,c), with or without pauses', () => {
    fc.assert(
      fc.property(aClock, anInstant, anInstant, anInstant, fc.array(aPause, { maxLength: 3 }), (clock, x, y, z, pauses) => {
        const [a, b, c] = sorted(x, y, z) as [number, number, number];
        expect(businessMinutes(clock, a, b, pauses) + businessMinutes(clock, b, c, pauses)).toBe(businessMinutes(clock, a, c, pauses));
      }),
      { numRuns: 200 },
    );
  });

  it('is monotonic: never negative, and a later end never gives less', () => {
    fc.assert(
      fc.property(aClock, anInstant, anInstant, anInstant, fc.array(aPause, { maxLength: 3 }), (clock, x, y, z, pauses) => {
        const [a, b, c] = sorted(x, y, z) as [number, number, number];
        const ab = businessMinutes(clock, a, b, pauses);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(businessMinutes(clock, a, c, pauses)).toBeGreaterThanOrEqual(ab);
        expect(businessMinutes(clock, a, b)).toBeGreaterThanOrEqual(ab);
      }),
      { numRuns: 200 },
    );
  });

  it('addBusinessTime is its inverse: exactly `m` business minutes lie between the start and the deadline', () => {
    fc.assert(
      fc.property(aClock, anInstant, fc.integer({ min: 0, max: 5000 }), fc.array(aPause, { maxLength: 2 }), (clock, from, m, pauses) => {
        const deadline = addBusinessTime(clock, from, m, pauses);
        expect(deadline).toBeDefined();
        expect(businessMinutes(clock, from, deadline!, pauses)).toBe(m);
        // And no earlier instant would do.
        if (m > 0) expect(businessMinutes(clock, from, deadline! - 60_000, pauses)).toBeLessThan(m);
      }),
      { numRuns: 200 },
    );
  });
});
