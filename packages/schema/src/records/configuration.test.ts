import { describe, expect, it } from 'vitest';
import { permissionReviews, softwareInventory, tapeLedger, tapeState } from './configuration-ledgers.ts';
import { ConfigurationSchema } from './configuration.ts';

const base = { kind: 'configuration', items: [39], by: 'op-sato', change: '一覧を更新' } as const;
const record = (id: string, at: string, extra: Record<string, unknown>) => ConfigurationSchema.parse({ ...base, id, at, ...extra });
const issues = (extra: Record<string, unknown>) => {
  const result = ConfigurationSchema.safeParse({ ...base, id: 'CFG-2026-0001', at: '2026-11-24T10:00:00+09:00', ...extra });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const REVIEW = {
  scope: 'inventory',
  list: { name: 'fs01-権限一覧.xlsx', asOf: '2026-11-20', entries: 120 },
  preparedBy: 'op-watanabe',
  reviewedBy: 'se-kato',
  result: 'approved',
  findings: [],
};

describe('ConfigurationSchema: the structured lines go with their type', () => {
  it('accepts a software record, a tape reading and a permission review', () => {
    expect(issues({ type: 'software', software: [{ device: 'ap01', name: 'PostgreSQL', version: '16.4' }] })).toEqual([]);
    expect(issues({ type: 'tape', device: 'tl01', media: [{ id: 'FS-13', since: '2026-11-06', uses: 0, maxUses: 250, expires: '2031-11-05' }] })).toEqual([]);
    expect(issues({ type: 'permission-review', device: 'fs01', review: REVIEW })).toEqual([]);
  });

  it('still accepts a tape record written in prose (CFG-2026-0041)', () => {
    expect(issues({ type: 'tape', device: 'tl01', before: 'FS-07', after: 'FS-13' })).toEqual([]);
  });

  it.each([
    [{ type: 'location', software: [{ device: 'ap01', name: 'x', version: '1' }] }, 'software: software は type: software の記録にだけ書けます（この記録は type: location）。'],
    [{ type: 'software' }, 'type: type: software の記録には software に一覧の行（device・name・version）を書いてください。'],
    [{ type: 'software', software: [{ device: 'ap01', name: 'Tomcat' }] }, 'software.0.version: Tomcat の version（版数）を書いてください。削除なら state: removed にします。'],
    [{ type: 'tape', media: [{ id: 'FS-13', since: '2026-11-06', uses: 0, maxUses: 250, expires: '2031-11-05' }] }, 'media: media を書くときは device にテープ装置（例: tl01）を書いてください。'],
    [{ type: 'tape', device: 'tl01', media: [{ id: 'FS-13', since: '2026-11-06', uses: 0, maxUses: 250, expires: '2026-11-06' }] }, 'media.0.expires: 期限 2026-11-06 が使用開始日 2026-11-06 より後になっていません。'],
    [{ type: 'permission-review', device: 'fs01' }, 'type: type: permission-review の記録には review（レビューした一覧・レビュー者・結果・指摘事項）を書いてください。'],
    [{ type: 'permission-review', review: REVIEW }, 'type: type: permission-review の記録には device に対象のシステム（例: fs01、gw01）を書いてください。'],
  ])('refuses %j', (extra, message) => expect(issues(extra)).toEqual([message]));

  it('refuses a cartridge label in lower case and a negative use count', () => {
    expect(issues({ type: 'tape', device: 'tl01', media: [{ id: 'fs-13', since: '2026-11-06', uses: -1, maxUses: 250, expires: '2031-11-05' }] })).toEqual([
      'media.0.id: 媒体番号は英大文字・数字・ハイフンで書いてください（例: FS-13）。',
      'media.0.uses: Too small: expected number to be >=0',
    ]);
  });
});

describe('softwareInventory', () => {
  const inventory = record('CFG-2026-0044', '2026-11-24T10:00:00+09:00', {
    type: 'software',
    software: [
      { device: 'db01', name: 'ファームウェア', version: '7.18.0', publisher: '保守ベンダー' },
      { device: 'ap01', name: 'Tomcat', version: '10.1.34', licence: 'OSS（Apache-2.0）' },
      { device: 'ap01', name: 'Java 8', version: '8u431' },
    ],
  });
  const update = record('CFG-2026-0047', '2026-11-27T10:00:00+09:00', { type: 'software', software: [{ device: 'db01', name: 'ファームウェア', version: '7.22.1' }] });
  const removal = record('CFG-2026-0048', '2026-11-28T10:00:00+09:00', { type: 'software', software: [{ device: 'ap01', name: 'Java 8', state: 'removed' }] });
  const other = { kind: 'incident', at: '2026-11-25T10:00:00+09:00' };

  it('folds the records in time order, whatever their order in the list, latest line per device and name', () => {
    expect(softwareInventory([removal, other, update, inventory])).toEqual([
      { device: 'ap01', name: 'Java 8', version: '8u431', state: 'removed', changedAt: '2026-11-28T10:00:00+09:00', record: 'CFG-2026-0048', firstRecord: 'CFG-2026-0044' },
      { device: 'ap01', name: 'Tomcat', version: '10.1.34', licence: 'OSS（Apache-2.0）', state: 'installed', changedAt: '2026-11-24T10:00:00+09:00', record: 'CFG-2026-0044', firstRecord: 'CFG-2026-0044' },
      { device: 'db01', name: 'ファームウェア', version: '7.22.1', previous: '7.18.0', publisher: '保守ベンダー', state: 'installed', changedAt: '2026-11-27T10:00:00+09:00', record: 'CFG-2026-0047', firstRecord: 'CFG-2026-0044' },
    ]);
  });

  it('stops before `until`: the list as it was on a day', () => {
    const before = softwareInventory([inventory, update, removal], '2026-11-27');
    expect(before.find((s) => s.device === 'db01')).toMatchObject({ version: '7.18.0', record: 'CFG-2026-0044' });
    expect(before.find((s) => s.name === 'Java 8')?.state).toBe('installed');
    expect(softwareInventory([inventory], '2026-11-24T10:00:00+09:00')).toEqual([]);
  });
});

describe('tapeLedger', () => {
  const read = (id: string, at: string, uses: number, state?: string) =>
    record(id, at, { type: 'tape', device: 'tl01', items: [42], media: [{ id: 'DB-03', since: '2023-04-03', uses, maxUses: 250, expires: '2028-04-02', ...(state ? { state } : {}) }] });

  it('keeps the latest reading of each cartridge', () => {
    const ledger = tapeLedger([read('CFG-2026-0050', '2026-12-24T10:00:00+09:00', 240, 'retired'), read('CFG-2026-0045', '2026-11-24T14:00:00+09:00', 232)]);
    expect(ledger).toEqual([{ id: 'DB-03', since: '2023-04-03', uses: 240, maxUses: 250, expires: '2028-04-02', state: 'retired', device: 'tl01', countedAt: '2026-12-24T10:00:00+09:00', record: 'CFG-2026-0050' }]);
    expect(tapeLedger([read('CFG-2026-0045', '2026-11-24T14:00:00+09:00', 232)], '2026-11-01')).toEqual([]);
  });
});

describe('tapeState: 10 % of the uses or 60 days before the expiry', () => {
  const warning = { usesPercent: 10, days: 60 };
  it.each([
    // uses, maxUses, expires, today → state, usesLeft, daysLeft, reasons
    [100, 250, '2031-11-05', '2026-11-30', 'ok', 150, 1801, []],
    [224, 250, '2031-11-05', '2026-11-30', 'ok', 26, 1801, []],
    [225, 250, '2031-11-05', '2026-11-30', 'warning', 25, 1801, ['uses']],
    [232, 250, '2028-04-02', '2026-11-30', 'warning', 18, 489, ['uses']],
    [249, 250, '2031-11-05', '2026-11-30', 'warning', 1, 1801, ['uses']],
    [250, 250, '2031-11-05', '2026-11-30', 'over', 0, 1801, ['uses']],
    [170, 250, '2027-01-29', '2026-11-30', 'warning', 80, 60, ['expiry']],
    [170, 250, '2027-01-30', '2026-11-30', 'ok', 80, 61, []],
    [170, 250, '2026-12-19', '2026-11-30', 'warning', 80, 19, ['expiry']],
    [170, 250, '2026-11-30', '2026-11-30', 'over', 80, 0, ['expiry']],
    [240, 250, '2026-12-01', '2026-11-30T23:59:00+09:00', 'warning', 10, 1, ['uses', 'expiry']],
    [9, 10, '2027-03-31', '2026-11-30', 'warning', 1, 121, ['uses']],
  ] as const)('%i of %i, expiring %s, on %s: %s', (uses, maxUses, expires, today, state, usesLeft, daysLeft, reasons) => {
    expect(tapeState({ uses, maxUses, expires }, warning, today)).toEqual({ state, usesLeft, daysLeft, reasons });
  });

  it('follows the settings, not a constant: 0 % and 0 days warn only at the limit', () => {
    expect(tapeState({ uses: 249, maxUses: 250, expires: '2026-12-01' }, { usesPercent: 0, days: 0 }, '2026-11-30').state).toBe('ok');
    expect(tapeState({ uses: 100, maxUses: 250, expires: '2027-11-30' }, { usesPercent: 60, days: 0 }, '2026-11-30').state).toBe('warning');
  });
});

describe('permissionReviews', () => {
  it('lists the reviews with their record, system and time, oldest first', () => {
    const later = record('CFG-2026-0046', '2026-11-25T15:00:00+09:00', { items: [48], type: 'permission-review', device: 'gw01', review: { ...REVIEW, findings: [{ account: 'L20417', action: 'removed', detail: '退職者' }] } });
    const earlier = record('CFG-2026-0043', '2026-11-17T16:30:00+09:00', { items: [47], type: 'permission-review', device: 'fs01', cause: 'REQ-2026-0085', review: { ...REVIEW, scope: 'request' } });
    const lines = permissionReviews([later, earlier]);
    expect(lines.map((l) => [l.record, l.device, l.scope, l.cause, l.findings.length])).toEqual([
      ['CFG-2026-0043', 'fs01', 'request', 'REQ-2026-0085', 0],
      ['CFG-2026-0046', 'gw01', 'inventory', undefined, 1],
    ]);
  });
});
