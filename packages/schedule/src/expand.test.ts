import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { siteDay } from '@unyo/calendar';
import { readRunbooks } from '@unyo/read';
import { CalendarSchema, instant, type OperationItem } from '@unyo/schema';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expandOccurrences, isOperatorWork } from './expand.ts';
import { trackExecution } from './track.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CALENDAR = CalendarSchema.parse(parse(readFileSync(`${ROOT}settings/calendar.yaml`, 'utf8')));
let items: OperationItem[];
beforeAll(async () => {
  items = (await readRunbooks(ROOT)).runbooks.map((r) => r.item);
});
const expand = (from: string, to: string, only?: number[]) =>
  expandOccurrences({ items: only ? items.filter((i) => only.includes(i.id)) : items, calendar: CALENDAR, site: 'central', from, to });
const dates = (item: number, from: string, to: string) => expand(from, to, [item]).map((o) => o.date);

describe('expandOccurrences on the repo catalogue and calendar', () => {
  it.each([
    // [item, from, to, expected dates] — each row checkable against a paper calendar.
    [25, '2026-11-15', '2026-11-17', ['2026-11-15', '2026-11-17']], // server checks every day an operator is on site: the 施設点検日 (11-16) moves to 11-17
    [25, '2026-12-27', '2027-01-05', ['2026-12-27', '2026-12-28', '2027-01-04', '2027-01-05']], // no operator 12/29–1/3: once on the first staffed day
    [68, '2026-11-15', '2026-11-17', ['2026-11-15', '2026-11-17']], // business jobs skip the 施設点検日 (11-16)
    [68, '2026-11-22', '2026-11-24', ['2026-11-22', '2026-11-23', '2026-11-24']], // 勤労感謝の日: the libraries are open
    [68, '2026-12-28', '2027-01-05', ['2026-12-28', '2027-01-04', '2027-01-05']], // year-end closure 12/29–1/3
    [70, '2026-11-01', '2026-11-30', ['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25']], // weekly on Wednesday
    [49, '2026-11-01', '2026-11-30', ['2026-11-02', '2026-11-09', '2026-11-17', '2026-11-23', '2026-11-30']], // Monday 11-16 closed → Tuesday
    [99, '2026-11-01', '2026-12-31', ['2026-11-19', '2026-12-17']], // before the monthly meeting
    [20, '2026-11-01', '2027-01-31', ['2026-11-25', '2026-12-25', '2027-01-25']], // monthly on the 25th
    [63, '2026-11-01', '2026-11-30', ['2026-11-20']], // third Friday
    [69, '2026-11-01', '2027-03-31', ['2026-12-28', '2027-03-31']], // quarterly, month end; 12-31 is in the year-end closure → the last opening day before it
    [13, '2026-04-01', '2027-04-30', ['2026-04-30', '2026-10-31', '2027-04-30']], // half-yearly in October and April
    [16, '2027-03-01', '2027-03-31', ['2027-03-31']], // yearly in March
    [67, '2026-12-01', '2026-12-31', ['2026-12-11']], // stock-taking: the last day of sakuradai's period
    [21, '2026-11-01', '2026-11-30', []], // on demand: never due
  ])('item %i from %s to %s is due on %j', (item, from, to, expected) => {
    expect(dates(item, from, to)).toEqual(expected);
  });

  it('moves a month-end occurrence that falls in the year-end closure back to the last opening day', () => {
    expect(dates(64, '2026-12-01', '2027-01-31')).toEqual(['2026-12-28', '2027-01-31']);
    expect(dates(61, '2026-12-01', '2026-12-31')).toEqual(['2026-12-28']);
  });

  it('moves operator work off the days no operator is on site, its window from the first day missed', () => {
    const [moved] = expand('2027-01-04', '2027-01-04', [25]);
    expect(moved?.from).toBe('2026-12-29T00:00:00+09:00');
    expect(moved?.due).toBe('2027-01-04T10:00:00+09:00');
    const [ordinary] = expand('2027-01-05', '2027-01-05', [25]);
    expect(ordinary?.from).toBe('2027-01-05T00:00:00+09:00');
  });

  it.each([
    // [closedDays, dates of item 25 from 12-28 to 1-05, the on-call role of 12-29]
    [undefined, ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05'], undefined],
    [{ closedDays: 'skip' as const }, ['2026-12-28', '2027-01-04', '2027-01-05'], undefined],
    [{ closedDays: 'next-staffed-day' as const }, ['2026-12-28', '2027-01-04', '2027-01-05'], undefined],
    [{ closedDays: 'on-call' as const, onCall: 'se' as const }, ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05'], 'se'],
  ])('operatorWork %j: item 25 is due on %j', (operatorWork, expected, onCall) => {
    const { operatorWork: _, ...rest } = CALENDAR;
    const calendar = operatorWork ? { ...rest, operatorWork } : rest;
    const list = expandOccurrences({ items: items.filter((i) => i.id === 25), calendar, site: 'central', from: '2026-12-28', to: '2027-01-05' });
    expect(list.map((o) => o.date)).toEqual(expected);
    expect(list.find((o) => o.date === '2026-12-29')?.onCall).toBe(onCall);
    expect(list.find((o) => o.date === '2026-12-28')?.onCall).toBeUndefined();
    const skipFrom = list.find((o) => o.date === '2027-01-04')?.from;
    expect(skipFrom).toBe(operatorWork?.closedDays === 'next-staffed-day' ? '2026-12-29T00:00:00+09:00' : '2027-01-04T00:00:00+09:00');
  });

  it.each([
    [{ maintenance: [], support: ['確認する'] }, true],
    [{ maintenance: ['設定する'], support: ['確認する'] }, true],
    [{ maintenance: ['設定する'], support: [] }, false], // SE-only work goes on without operators
    [{ maintenance: [], support: [] }, true], // a heading over on-site work, such as 31 稼動管理 over 32–34
  ])('duties %j are operator work: %s', (duties, expected) => {
    expect(isOperatorWork({ duties })).toBe(expected);
  });

  it('keeps SE-only every-day work on the days no operator is on site', () => {
    const se = { ...items.find((i) => i.id === 25)!, id: 99, duties: { maintenance: ['監視する'], support: [] } };
    const list = expandOccurrences({ items: [se], calendar: CALENDAR, site: 'central', from: '2026-12-28', to: '2027-01-01' });
    expect(list.map((o) => o.date)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01']);
  });

  it('gives the due time from the rule, or the meeting start', () => {
    const [check] = expand('2026-11-02', '2026-11-02', [34]);
    expect(check?.due).toBe('2026-11-02T09:30:00+09:00');
    const [report] = expand('2026-11-01', '2026-11-30', [99]);
    expect(report?.due).toBe('2026-11-19T14:00:00+09:00');
  });

  it('never puts an opening-days occurrence on a closed day (property)', () => {
    const day = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2026, 3, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), (from, length) => {
        const to = new Date(Date.parse(from) + length * 86_400_000).toISOString().slice(0, 10);
        for (const o of expand(from, to)) {
          const item = items.find((i) => i.id === o.item)!;
          const everyDay = item.cycles.some((c) => c.kind === o.cycle && 'calendar' in c && c.calendar === 'every-day');
          if (!everyDay && o.cycle !== 'stock-taking') expect(siteDay(CALENDAR, 'central', o.date).open).toBe(true);
          // Operator work only when an operator is on site (operatorWork: next-staffed-day).
          if (isOperatorWork(item) && o.cycle !== 'stock-taking') expect(siteDay(CALENDAR, 'central', o.date).open).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('expands two adjacent periods into exactly the expansion of their union (property)', () => {
    const day = fc.integer({ min: 0, max: 300 }).map((n) => new Date(Date.UTC(2026, 3, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 45 }), fc.integer({ min: 1, max: 45 }), (from, a, b) => {
        const mid = new Date(Date.parse(from) + a * 86_400_000).toISOString().slice(0, 10);
        const next = new Date(Date.parse(mid) + 86_400_000).toISOString().slice(0, 10);
        const to = new Date(Date.parse(mid) + b * 86_400_000).toISOString().slice(0, 10);
        const key = (o: { item: number; cycle: string; due: string; site?: string }) => `${o.due} ${o.item} ${o.cycle} ${o.site ?? ''}`;
        const union = expand(from, to).map(key).sort();
        const parts = [...expand(from, mid), ...expand(next, to)].map(key).sort();
        expect(parts).toEqual(union);
      }),
      { numRuns: 20 },
    );
  });
});

describe('trackExecution', () => {
  const occurrences = () => expand('2026-11-02', '2026-11-04', [68]);
  it.each([
    ['a record before the due time is done', [{ id: 'J1', items: [68], at: '2026-11-02T09:15:00+09:00' }], ['done', 'missing', 'due-later']],
    ['a record after the due time is late', [{ id: 'J1', items: [68], at: '2026-11-02T13:00:00+09:00' }], ['late', 'missing', 'due-later']],
    ['one record counts once', [{ id: 'J1', items: [68], at: '2026-11-03T09:00:00+09:00' }], ['missing', 'done', 'due-later']],
    ['a record of another item does not count', [{ id: 'J1', items: [71], at: '2026-11-02T09:00:00+09:00' }], ['missing', 'missing', 'due-later']],
  ])('%s', (_, evidence, expected) => {
    const now = instant('2026-11-03T18:00:00+09:00');
    expect(trackExecution(occurrences(), evidence, now).map((e) => e.status)).toEqual(expected);
  });
});
