import { instant } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { calendar, incident, inquiry, repoSla } from './_test-records.ts';
import { openTargets } from './targets.ts';

// An S2 incident received Friday 18:50 at aoba (closes 19:00), reported and responded to the same evening.
// Restoration allows 8 opening hours: 10 min on Friday, 450 on Saturday (09:30–17:00), 20 on Sunday.
const s2 = incident({
  id: 'INC-2026-0911',
  severity: 'S2',
  sites: ['aoba'],
  received: '2026-11-20T18:50',
  events: [['first-report', '2026-11-20T19:10'], ['first-response', '2026-11-20T19:20']],
});
const at = (local: string) => openTargets({ records: [s2], sla: repoSla, calendar, now: instant(`${local}:00+09:00`) });

describe('openTargets', () => {
  it.each([
    ['Saturday 15:00: 340 of 480 minutes used', '2026-11-21T15:00', 340, 'ok'],
    ['Saturday 16:00: 400 of 480 (83%) is a warning', '2026-11-21T16:00', 400, 'warning'],
    ['Sunday 10:00: 490 of 480 is a breach', '2026-11-22T10:00', 490, 'breach'],
  ])('%s', (_name, now, used, state) => {
    expect(at(now)).toEqual([
      expect.objectContaining({
        record: 'INC-2026-0911',
        metric: 'incident-restoration-s2',
        deadline: '2026-11-22T09:50:00+09:00',
        allowedMinutes: 480,
        usedMinutes: used,
        leftMinutes: 480 - used,
        state,
        paused: false,
      }),
    ]);
  });

  it('drops a record once it is closed, and a target once it is met', () => {
    const restored = { ...s2, timeline: [...s2.timeline, { at: '2026-11-21T10:00:00+09:00', type: 'restored' as const, by: 'op-sato', note: '復旧' }] };
    expect(openTargets({ records: [restored], sla: repoSla, calendar, now: instant('2026-11-21T12:00:00+09:00') })).toEqual([]);
  });

  it('shows the targets of an unanswered inquiry, the breached first, and a paused incident as paused', () => {
    const records = [
      inquiry({ id: 'INQ-2026-0911', site: 'nishihama', at: '2026-11-25T14:30' }),
      incident({ id: 'INC-2026-0912', severity: 'S4', sites: ['shimizu'], received: '2026-11-24T14:20', events: [['first-report', '2026-11-25T09:40'], ['first-response', '2026-11-25T10:30']], pauses: [{ from: '2026-11-25T10:30' }] }),
    ];
    const targets = openTargets({ records, sla: repoSla, calendar, now: instant('2026-11-28T12:00:00+09:00') });
    expect(targets.map((t) => [t.record, t.metric, t.state, t.paused, t.deadline])).toEqual([
      ['INQ-2026-0911', 'inquiry-first-answer', 'breach', false, '2026-11-26T19:00:00+09:00'],
      ['INQ-2026-0911', 'inquiry-closure', 'ok', false, '2026-11-30T17:00:00+09:00'],
      ['INC-2026-0912', 'incident-restoration-s4', 'ok', true, '2026-12-08T17:00:00+09:00'],
    ]);
    // 14:20–19:00 on Tuesday and 09:30–10:30 on Wednesday; the clock stopped when the wait began.
    expect(targets[2]!.usedMinutes).toBe(280 + 60);
  });
});
