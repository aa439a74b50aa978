import { ConfigurationSchema, instant, type AnyRecord } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { progressBoard } from './board.ts';
import { tapeEntries } from './tapes.ts';

const NOW = instant('2026-11-30T18:00:00+09:00');
const DEVICES = [{ id: 'tl01', name: 'LTOテープ装置', tapeWarning: { usesPercent: 10, days: 60 } }];

const reading = (id: string, at: string, media: object[]): AnyRecord =>
  ConfigurationSchema.parse({ id, kind: 'configuration', items: [42], at, by: 'op-sato', type: 'tape', device: 'tl01', change: '媒体の点検', media });
const medium = (id: string, uses: number, expires: string, state?: string) => ({ id, since: '2023-04-03', uses, maxUses: 250, expires, ...(state ? { state } : {}) });

const RECORDS = [
  reading('CFG-2026-0045', '2026-11-24T14:00:00+09:00', [
    medium('DB-03', 232, '2028-04-02'),
    medium('AP-02', 170, '2026-12-19'),
    medium('FS-12', 141, '2030-06-01'),
    medium('FS-07', 249, '2026-12-01', 'retired'),
    medium('AD-01', 250, '2029-03-31'),
  ]),
];

describe('tapeEntries', () => {
  it('warns of the cartridges within the tape device’s warning, and breaches those at a limit', () => {
    expect(tapeEntries(RECORDS, DEVICES, NOW)).toEqual([
      { urgency: 'breach', topic: 'tape', items: [42], title: 'テープ媒体の交換: AD-01（LTOテープ装置）利用回数 250/250 回（上限に到達）', record: 'CFG-2026-0045' },
      { urgency: 'warning', topic: 'tape', items: [42], title: 'テープ媒体の交換: AP-02（LTOテープ装置）使用期限が近い', record: 'CFG-2026-0045', due: '2026-12-19T00:00:00+09:00', left: 26_280 },
      { urgency: 'warning', topic: 'tape', items: [42], title: 'テープ媒体の交換: DB-03（LTOテープ装置）利用回数 232/250 回（残り 18 回）', record: 'CFG-2026-0045' },
    ]);
  });

  it('follows the settings: without a tape warning only the limits themselves count', () => {
    const entries = tapeEntries(RECORDS, [{ id: 'tl01', name: 'LTOテープ装置' }], NOW);
    expect(entries.map((e) => [e.urgency, e.title.split('（')[0]])).toEqual([['breach', 'テープ媒体の交換: AD-01']]);
    const wide = tapeEntries(RECORDS, [{ id: 'tl01', name: 'LTOテープ装置', tapeWarning: { usesPercent: 50, days: 0 } }], NOW);
    expect(wide.map((e) => e.title.split('（')[0])).toEqual(['テープ媒体の交換: AD-01', 'テープ媒体の交換: AP-02', 'テープ媒体の交換: DB-03', 'テープ媒体の交換: FS-12']);
  });

  it('reads only what was recorded before now, and the latest reading wins', () => {
    const replaced = reading('CFG-2026-0050', '2026-12-02T10:00:00+09:00', [medium('DB-03', 233, '2028-04-02', 'retired'), { ...medium('DB-05', 0, '2031-12-01'), since: '2026-12-02' }]);
    expect(tapeEntries([...RECORDS, replaced], DEVICES, NOW).some((e) => e.title.includes('DB-03'))).toBe(true);
    expect(tapeEntries([...RECORDS, replaced], DEVICES, instant('2026-12-03T09:00:00+09:00')).some((e) => e.title.includes('DB-03'))).toBe(false);
  });
});

describe('progressBoard with tapes', () => {
  it('puts the tape entries on the board, breaches first', () => {
    const board = progressBoard({ records: RECORDS, executions: [], devices: DEVICES, now: NOW });
    expect(board.map((e) => [e.urgency, e.topic, e.title.split('（')[0]])).toEqual([
      ['breach', 'tape', 'テープ媒体の交換: AD-01'],
      ['warning', 'tape', 'テープ媒体の交換: AP-02'],
      ['warning', 'tape', 'テープ媒体の交換: DB-03'],
    ]);
  });

  it('has no tape entries without the devices', () => {
    expect(progressBoard({ records: RECORDS, executions: [], now: NOW }).map((e) => e.title.split('（')[0])).toEqual(['テープ媒体の交換: AD-01']);
  });
});
