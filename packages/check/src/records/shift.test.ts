import { fileURLToPath } from 'node:url';
import { readCalendar, readRecords, readRunbooks, readSettings, readYamlFile } from '@unyo/read';
import { RosterSchema, instant, type Calendar } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import type { RecordContext } from './context.ts';
import { shiftTablesFollowRules } from './shift.ts';

/** The repo's own data: the December 2026 shift table, the calendar, the roster and the runbooks. */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const [runbooks, records, { settings }, { calendar }, roster] = await Promise.all([
  readRunbooks(ROOT),
  readRecords(ROOT),
  readSettings(ROOT),
  readCalendar(ROOT),
  readYamlFile(ROOT, 'settings/roster.yaml', RosterSchema),
]);

const run = (change: (c: Calendar) => Calendar = (c) => c) => {
  const shift = { calendar: change(calendar!), sites: settings.sites, people: settings.people, roster: roster.value!, items: runbooks.runbooks.map((r) => r.item) };
  const context: RecordContext = { records, settings, itemIds: new Set(runbooks.runbooks.map((r) => r.item.id)), now: instant('2026-12-04T12:00:00+09:00'), shift };
  const problems: Parameters<typeof shiftTablesFollowRules>[1] = [];
  shiftTablesFollowRules(context, problems);
  return problems;
};

describe('shift tables staff the operator work of their month', () => {
  it('finds the December table consistent with the calendar (operatorWork: next-staffed-day)', () => {
    expect(calendar?.operatorWork).toEqual({ closedDays: 'next-staffed-day' });
    expect(run()).toEqual([]);
  });

  it('reports the every-day checks of 12/29–31 when the calendar does not say what happens on closed days', () => {
    const problems = run(({ operatorWork: _, ...rest }) => rest);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toEqual(
      Array(3).fill('records/shift/2026/11/SFT-2026-12.yaml:7:8 operator-work-unstaffed'),
    );
    expect(problems.map((p) => p.message)).toMatchSnapshot();
    expect(problems[0]?.hint).toContain('operatorWork.closedDays');
  });

  it('needs no operator on the 施設点検日 12-21: its checks move to 12-22 (next-staffed-day)', () => {
    const december = records.records.find((r) => r.record.kind === 'shift')!;
    if (december.record.kind !== 'shift') throw new Error('no shift record');
    const record = { ...december.record, assignments: december.record.assignments.filter((a) => a.date !== '2026-12-21') };
    const shift = { calendar: calendar!, sites: settings.sites, people: settings.people, roster: { ...roster.value!, overrides: [] }, items: runbooks.runbooks.map((r) => r.item) };
    const problems: Parameters<typeof shiftTablesFollowRules>[1] = [];
    shiftTablesFollowRules({ records: { ...records, records: [{ ...december, record }] }, settings, itemIds: new Set(), now: 0, shift }, problems);
    expect(problems).toEqual([]);
  });
});
