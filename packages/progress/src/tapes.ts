import { formatJst, instant, tapeLedger, tapeState, type AnyRecord, type Devices } from '@unyo/schema';
import type { BoardEntry } from './board.ts';

/** The devices of settings/devices.yaml, for the tape warning of each tape device. */
export type BoardDevices = readonly Pick<Devices['devices'][number], 'id' | 'name' | 'tapeWarning'>[];

/**
 * The cartridges in use that are to be replaced (item 42), as the configuration records last read
 * them before `now`: 超過 (breach) when the use count reached the maximum or the expiry has come,
 * 注意 (warning) within the tape device's `tapeWarning` of settings/devices.yaml. A device without
 * one warns only at the limits themselves. Pure.
 */
export function tapeEntries(records: readonly AnyRecord[], devices: BoardDevices, now: number): BoardEntry[] {
  const at = formatJst(now);
  const today = at.slice(0, 10);
  const byId = new Map(devices.map((d) => [d.id, d]));
  return tapeLedger(records, at)
    .filter((m) => m.state === 'in-use')
    .flatMap((m): BoardEntry[] => {
      const device = byId.get(m.device);
      const s = tapeState(m, device?.tapeWarning ?? { usesPercent: 0, days: 0 }, today);
      if (s.state === 'ok') return [];
      const uses = `利用回数 ${m.uses}/${m.maxUses} 回${s.usesLeft > 0 ? `（残り ${s.usesLeft} 回）` : '（上限に到達）'}`;
      const expiry = s.daysLeft > 0 ? '使用期限が近い' : '使用期限切れ';
      const shown = [s.reasons.includes('uses') ? uses : '', s.reasons.includes('expiry') ? expiry : ''].filter(Boolean).join('、');
      const due = `${m.expires}T00:00:00+09:00`;
      return [
        {
          urgency: s.state === 'over' ? 'breach' : 'warning',
          topic: 'tape',
          items: [42],
          title: `テープ媒体の交換: ${m.id}（${device?.name ?? m.device}）${shown}`,
          record: m.record,
          ...(s.reasons.includes('expiry') ? { due, left: Math.round((instant(due) - now) / 60_000) } : {}),
        },
      ];
    });
}
