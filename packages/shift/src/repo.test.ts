import { readFileSync } from 'node:fs';
import { weekdayOf } from '@unyo/calendar';
import { CalendarSchema, PeopleSchema, RosterSchema, SitesSchema } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftShift } from './draft.ts';
import { formatShiftMarkdown } from './format.ts';
import { shiftView } from './view.ts';

/** The repo's own settings: the sample library system and its four operators. */
const read = (file: string) => parse(readFileSync(new URL(`../../../settings/${file}`, import.meta.url), 'utf8'));
const CTX = {
  calendar: CalendarSchema.parse(read('calendar.yaml')),
  sites: SitesSchema.parse(read('sites.yaml')).sites,
  people: PeopleSchema.parse(read('people.yaml')).people,
  roster: RosterSchema.parse(read('roster.yaml')),
};

describe('the December 2026 draft on the repo data', () => {
  const draft = draftShift({ month: '2026-12', ...CTX });
  const of = (person: string) => draft.assignments.filter((a) => a.person === person);

  it('is clean: every opening hour of the central library covered, no rule broken', () => {
    expect(draft.problems).toEqual([]);
  });

  it('keeps the requests and overrides of settings/roster.yaml', () => {
    expect(of('op-sato').filter((a) => a.date === '2026-12-24' || a.date === '2026-12-25')).toEqual([]);
    expect(of('op-watanabe').filter((a) => ['sat', 'sun'].includes(weekdayOf(a.date)))).toEqual([]);
    expect(draft.assignments.filter((a) => a.date === '2026-12-21')).toEqual([{ date: '2026-12-21', person: 'op-ito', shift: 'day' }]);
    expect(draft.assignments.filter((a) => a.date === '2026-12-09' && a.shift === 'late')).toEqual([{ date: '2026-12-09', person: 'op-suzuki', shift: 'late' }]);
    expect(draft.assignments.filter((a) => a.date >= '2026-12-29')).toEqual([]);
  });

  it('is pinned', () => {
    expect(formatShiftMarkdown(shiftView('2026-12', CTX, draft.assignments, draft.problems))).toMatchSnapshot();
  });
});
