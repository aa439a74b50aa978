import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CalendarSchema, formatJst, instant } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addBusinessTime, businessMinutes, closeOfNthDay, type Clock } from './clock.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const calendar = CalendarSchema.parse(parse(readFileSync(`${ROOT}settings/calendar.yaml`, 'utf8')));
const opening = (...sites: string[]): Clock => ({ kind: 'opening-hours', calendar, sites });
const at = (local: string) => instant(`${local}:00+09:00`);

// settings/calendar.yaml: the year-end closure ends 2027-01-03; the first opening day 2027-01-04 (Mon)
// has special hours 12:00–17:00 at every site (specialHours), instead of Monday's 09:30–17:00.
describe('opening-hours clocks over the first opening day of the year, with shortened hours', () => {
  it.each([
    // [case, clock, from, to, minutes]
    ['received in the closure, the clock starts at 12:00 on 1/4', opening('central'), '2026-12-30T10:00', '2027-01-04T13:00', 60],
    ['received at 09:30 on 1/4 (ordinary opening time): nothing counts before 12:00', opening('central'), '2027-01-04T09:30', '2027-01-04T12:30', 30],
    ['the whole of 1/4 is 5 hours', opening('aoba'), '2027-01-04T00:00', '2027-01-05T00:00', 300],
    ['1/5 is an ordinary Tuesday again: 09:30–20:30 at central', opening('central'), '2027-01-05T00:00', '2027-01-06T00:00', 660],
  ])('%s', (_, clock, from, to, expected) => {
    expect(businessMinutes(clock, at(from), at(to))).toBe(expected);
  });

  it('puts a 2-hour target received during the closure at 14:00 on 1/4', () => {
    expect(formatJst(addBusinessTime(opening('central'), at('2026-12-31T09:00'), 120)!)).toBe('2027-01-04T14:00:00+09:00');
  });

  it('closes the next opening day at 17:00 on 1/4', () => {
    expect(formatJst(closeOfNthDay(opening('central'), at('2026-12-28T18:00'), 1)!)).toBe('2027-01-04T17:00:00+09:00');
  });
});
