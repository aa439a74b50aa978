import { OperationItemSchema, scheduleSite, type Calendar } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { draftShift } from './draft.ts';
import { CALENDAR, SITES, context } from './fixture.test-helper.ts';
import type { Assignment } from './issue.ts';
import { onDuty, staffedSites } from './staffing.ts';
import { validateShift } from './validate.ts';

const item = (id: number, name: string, cycles: unknown[], duties: { maintenance: string[]; support: string[] }) =>
  OperationItemSchema.parse({ id, name, path: ['運用業務', name], summary: name, period: '日次', cycles, duties, evidence: ['daily-check'] });

/** 25 and 34 are operator work (every day by 10:00; opening days by 09:30); 30 is SE-only work every day. */
const ITEMS = [
  item(25, '定常監視', [{ kind: 'daily', calendar: 'every-day', by: '10:00' }], { maintenance: [], support: ['確認する'] }),
  item(34, '電源投入', [{ kind: 'daily', by: '09:30' }], { maintenance: [], support: ['電源を入れる'] }),
  item(30, 'SE 監視', [{ kind: 'daily', calendar: 'every-day', by: '10:00' }], { maintenance: ['確認する'], support: [] }),
];

const withWork = (calendar: Calendar) => ({ ...context(), calendar, items: ITEMS });
const issuesOf = (calendar: Calendar, assignments: readonly Assignment[]) =>
  validateShift({ month: '2026-12', assignments }, withWork(calendar)).filter((i) => i.rule === 'operator-work');

/** A table that staffs every open day of the fixture calendar with the draft, as `unyo new shift` would. */
const DRAFT = draftShift({ month: '2026-12', ...context() }).assignments;

describe('operator work is due only where an operator is on shift', () => {
  it('reports the every-day operator work of the days no operator works, when the calendar does not say what to do', () => {
    const issues = issuesOf(CALENDAR, DRAFT);
    expect(issues.map((i) => [i.date, i.items])).toEqual([
      ['2026-12-21', [25]], // 施設点検日: the draft staffs no one
      ['2026-12-29', [25]],
      ['2026-12-30', [25]],
      ['2026-12-31', [25]],
    ]);
    expect(issues[0]?.message).toBe('この日はオペレーターが誰も出勤しませんが、運用支援業務の期限があります: 10:00 まで 項番 25 定常監視（日次）。');
  });

  it('is satisfied by an operator who attends the 施設点検日', () => {
    const without = DRAFT.filter((a) => a.date !== '2026-12-21');
    expect(issuesOf(CALENDAR, without).map((i) => i.date)).toContain('2026-12-21');
    expect(issuesOf(CALENDAR, [...without, { date: '2026-12-21', person: 'op-a', shift: 'day' }]).map((i) => i.date)).not.toContain('2026-12-21');
  });

  it.each([
    ['next-staffed-day', { closedDays: 'next-staffed-day' as const }],
    ['skip', { closedDays: 'skip' as const }],
    ['on-call', { closedDays: 'on-call' as const, onCall: 'se' as const }],
  ])('is consistent once the calendar says what happens on closed days (%s)', (_, operatorWork) => {
    expect(issuesOf({ ...CALENDAR, operatorWork }, DRAFT)).toEqual([]);
  });

  it('reports work due before the first operator arrives', () => {
    const late = DRAFT.filter((a) => a.date !== '2026-12-01').concat([{ date: '2026-12-01', person: 'op-a', shift: 'late' }]);
    const [issue] = issuesOf({ ...CALENDAR, operatorWork: { closedDays: 'skip' } }, late);
    expect(issue).toMatchObject({ date: '2026-12-01', items: [34, 25] });
    expect(issue?.message).toBe('この日の出勤は 12:15 からですが、運用支援業務の期限があります: 09:30 まで 項番 34 電源投入（日次）、10:00 まで 項番 25 定常監視（日次）。');
  });

  it('checks nothing without the items', () => {
    expect(validateShift({ month: '2026-12', assignments: DRAFT }, context()).filter((i) => i.rule === 'operator-work')).toEqual([]);
  });
});

describe('who is staffed where', () => {
  it('finds the staffed sites and the base site of the periodic work', () => {
    expect(staffedSites(SITES).map((s) => s.id)).toEqual(['central']);
    expect(scheduleSite(SITES)).toBe('central');
    expect(scheduleSite([{ id: 'aoba', staffed: false }, { id: 'kita', staffed: true }])).toBe('kita');
    expect(scheduleSite([{ id: 'aoba', staffed: false }])).toBe('aoba');
    expect(scheduleSite([])).toBe('central');
  });

  it('lists who is on site on a day, by start time, covering every staffed site', () => {
    const { roster } = context();
    const table = [
      { date: '2026-12-01', person: 'op-b', shift: 'late' },
      { date: '2026-12-01', person: 'op-a', shift: 'early' },
      { date: '2026-12-02', person: 'op-c', shift: 'early' },
      { date: '2026-12-01', person: 'op-d', shift: 'night' }, // no such pattern: not on site
    ];
    expect(onDuty(table, roster.shifts, SITES, '2026-12-01')).toEqual([
      { person: 'op-a', shift: 'early', start: '08:30', end: '17:15', sites: ['central'] },
      { person: 'op-b', shift: 'late', start: '12:15', end: '21:00', sites: ['central'] },
    ]);
    expect(onDuty(table, roster.shifts, SITES, '2026-12-03')).toEqual([]);
  });
});
