import { instant, type AnyRecord } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { formatLeft, progressBoard } from './board.ts';

const NOW = instant('2026-11-28T12:00:00+09:00');
const base = { items: [24], by: 'op-sato', at: '2026-11-20T10:00:00+09:00' };
const request = (id: string, deadline: string, executed = false): AnyRecord => ({
  ...base,
  id,
  kind: 'request',
  requester: '資料サービス係',
  title: `依頼 ${id}`,
  detail: '抽出',
  deadline,
  ...(executed ? { executed: { at: '2026-11-21T10:00:00+09:00', by: 'op-sato', result: '完了' } } : {}),
});

describe('progressBoard', () => {
  it.each([
    ['past its deadline', '2026-11-26', false, 'breach'],
    ['due within a day', '2026-11-28', false, 'warning'],
    ['due later', '2026-12-10', false, 'info'],
    ['done', '2026-11-26', true, undefined],
  ])('a request %s is %s', (_, deadline, executed, urgency) => {
    const [entry] = progressBoard({ records: [request('REQ-2026-0001', deadline, executed)], executions: [], now: NOW });
    expect(entry?.urgency).toBe(urgency);
  });

  it('sorts breaches first, then by deadline', () => {
    const board = progressBoard({
      records: [request('REQ-2026-0003', '2026-12-10'), request('REQ-2026-0002', '2026-11-25'), request('REQ-2026-0001', '2026-11-27')],
      executions: [],
      now: NOW,
    });
    expect(board.map((e) => e.record)).toEqual(['REQ-2026-0002', 'REQ-2026-0001', 'REQ-2026-0003']);
  });

  it('reports every target of an open incident, those on track as info', () => {
    const board = progressBoard({
      records: [],
      executions: [],
      targets: [
        { record: 'INC-2026-0001', title: '復旧', deadline: '2026-11-28T13:00:00+09:00', used: 0.8, state: 'warning' },
        { record: 'INC-2026-0002', title: '第一報', deadline: '2026-11-28T15:00:00+09:00', used: 0.2, state: 'ok' },
      ],
      now: NOW,
    });
    expect(board).toEqual([
      { urgency: 'warning', topic: 'incident-target', items: [2, 15], title: '復旧（80% 経過）', record: 'INC-2026-0001', due: '2026-11-28T13:00:00+09:00', left: 60 },
      { urgency: 'info', topic: 'incident-target', items: [2, 15], title: '第一報（20% 経過）', record: 'INC-2026-0002', due: '2026-11-28T15:00:00+09:00', left: 180 },
    ]);
  });

  it.each([
    [135, 'あと2時間15分'],
    [-15, '15分超過'],
    [60 * 24 * 3 + 120, 'あと3日2時間'],
  ])('formats %i minutes as %s', (minutes, text) => expect(formatLeft(minutes)).toBe(text));
});
