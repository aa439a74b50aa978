import { describe, expect, it } from 'vitest';
import { formatShiftCsv } from './format.ts';
import type { ShiftView } from './view.ts';

const view = (operator: string, site = '中央図書館'): ShiftView => ({
  month: '2026-12',
  sites: [{ id: 'central', name: site }],
  patterns: [{ id: 'early', label: '早', name: '早番', start: '08:30', end: '17:15' }],
  operators: [{ person: 'op-x', name: operator }],
  rows: [{ date: '2026-12-01', weekday: 'tue', weekend: false, sites: [{ site: 'central', open: true, hours: ['09:30', '20:30'] }], shifts: ['early'], flagged: false }],
  totals: [],
  issues: [],
  rules: { coverage: { operators: 1, beforeOpening: 30, afterClosing: 0 }, maxConsecutiveDays: 5, minRestHours: 11, weekendSpread: 1 },
});

describe('formatShiftCsv', () => {
  it.each([
    ['=HYPERLINK("http://example.invalid","x")', `"'=HYPERLINK(""http://example.invalid"",""x"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['A=B-C', 'A=B-C'],
  ])('writes the operator %j as text, never as a live formula: %s', (name, field) => {
    const [header] = formatShiftCsv(view(name)).split('\r\n');
    expect(header).toBe(`日付,曜日,中央図書館,${field},要確認`);
  });

  it('defuses a site name too, and keeps the rows as they were', () => {
    const csv = formatShiftCsv(view('佐藤', '=1+1'));
    expect(csv).toBe("日付,曜日,'=1+1,佐藤,要確認\r\n2026-12-01,火,09:30–20:30,早,\r\n");
  });
});
