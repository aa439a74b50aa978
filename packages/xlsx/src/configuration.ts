import { instant, permissionReviews, softwareInventory, tapeLedger, tapeState, type AnyRecord, type Devices, type PermissionReview, type TapeMedium } from '@unyo/schema';
import type { Column, Sheet } from './workbook.ts';

/** What the configuration sheets need besides the records. */
export interface ConfigurationSheetOptions {
  /** The month of the ledgers (2026-11): the lists as at its end, the reviews held in it. */
  month: string;
  /** Now (JST ISO): when it falls inside the month, the lists are as at now. */
  asOf?: string;
  /** settings/devices.yaml's devices: names, and the tape warning of each tape device. */
  devices: readonly Pick<Devices['devices'][number], 'id' | 'name' | 'tapeWarning'>[];
  /** Person id → name (op-sato → 佐藤 美咲). */
  people?: Readonly<Record<string, string>>;
}

const SOFTWARE_STATE = { installed: '導入済み', removed: '削除済み' } as const;
const TAPE_STATE: Record<TapeMedium['state'], string> = { 'in-use': '使用中', retired: '交換済・保管中', disposed: '廃棄済' };
const JUDGEMENT = { ok: '', warning: '注意（交換を計画）', over: '超過（交換が必要）' } as const;
const SCOPE: Record<PermissionReview['scope'], string> = { request: '依頼ごとの付与リスト', inventory: '権限一覧の棚卸し' };
const RESULT: Record<PermissionReview['result'], string> = { approved: '承認', corrected: '修正して承認', returned: '差戻し' };
const ACTION = { removed: '削除', reduced: '縮小', added: '付与', kept: '維持' } as const;

const text = (header: string, key: string): Column => ({ header, key, type: 'text' });
const number = (header: string, key: string): Column => ({ header, key, type: 'number' });
const date = (header: string, key: string): Column => ({ header, key, type: 'date' });
const datetime = (header: string, key: string): Column => ({ header, key, type: 'datetime' });

/** The first day of the month after `month` (2026-11 → 2026-12-01) and the last day of `month`. */
function monthBounds(month: string): { next: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { next, last };
}

/**
 * The configuration ledgers of the month, three sheets: ソフトウェア一覧 (item 39: every device's
 * installed software as at the month's end, removed lines kept as 削除済み), テープ媒体 (42: each
 * cartridge's last reading, uses and expiry left, and 注意/超過 by the tape device's warning of
 * settings/devices.yaml, judged on the month's last day) and 権限レビュー (47, 48: the reviews of
 * permission lists held in the month, with their findings). `records` are all records, not only
 * the month's: the lists are folds of every record before the month's end.
 */
export function configurationSheets(records: readonly AnyRecord[], options: ConfigurationSheetOptions): Sheet[] {
  const { next, last } = monthBounds(options.month);
  const early = options.asOf !== undefined && instant(options.asOf) < instant(next);
  const until = early ? (options.asOf as string) : next;
  const today = early ? (options.asOf as string).slice(0, 10) : last;
  const devices = new Map(options.devices.map((d) => [d.id, d]));
  const device = (id: string) => devices.get(id)?.name ?? id;
  const person = (id: string) => options.people?.[id] ?? id;

  const software = softwareInventory(records, until).map((s) => ({
    deviceId: s.device,
    device: device(s.device),
    name: s.name,
    version: s.version,
    previous: s.previous,
    publisher: s.publisher,
    licence: s.licence,
    state: SOFTWARE_STATE[s.state],
    changedAt: s.changedAt,
    record: s.record,
  }));

  const tapes = tapeLedger(records, until).map((m) => {
    const s = tapeState(m, devices.get(m.device)?.tapeWarning ?? { usesPercent: 0, days: 0 }, today);
    return {
      id: m.id,
      device: device(m.device),
      job: m.job,
      since: m.since,
      uses: m.uses,
      maxUses: m.maxUses,
      usesLeft: s.usesLeft,
      expires: m.expires,
      daysLeft: s.daysLeft,
      state: TAPE_STATE[m.state],
      judgement: m.state === 'in-use' ? JUDGEMENT[s.state] : '',
      countedAt: m.countedAt,
      record: m.record,
    };
  });

  const reviews = permissionReviews(records, until)
    .filter((r) => r.at.slice(0, 7) === options.month)
    .map((r) => ({
      record: r.record,
      at: r.at,
      system: device(r.device),
      scope: SCOPE[r.scope],
      list: r.list.name,
      asOf: r.list.asOf,
      entries: r.list.entries,
      preparedBy: person(r.preparedBy),
      reviewedBy: person(r.reviewedBy),
      result: RESULT[r.result],
      count: r.findings.length,
      findings: r.findings.map((f) => `${ACTION[f.action]} ${f.account}: ${f.detail}${f.refs ? `（${f.refs.join('、')}）` : ''}`).join('\n'),
      cause: r.cause,
    }));

  return [
    {
      name: 'ソフトウェア一覧',
      columns: [text('機器ID', 'deviceId'), text('機器', 'device'), text('ソフトウェア', 'name'), text('版数', 'version'), text('変更前の版数', 'previous'), text('メーカー', 'publisher'), text('ライセンス', 'licence'), text('状態', 'state'), datetime('更新日時', 'changedAt'), text('根拠記録', 'record')],
      rows: software,
    },
    {
      name: 'テープ媒体',
      columns: [text('媒体番号', 'id'), text('テープ装置', 'device'), text('バックアップジョブ', 'job'), date('使用開始日', 'since'), number('利用回数', 'uses'), number('上限回数', 'maxUses'), number('残り回数', 'usesLeft'), date('使用期限', 'expires'), number('期限までの日数', 'daysLeft'), text('状態', 'state'), text('判定', 'judgement'), datetime('確認日時', 'countedAt'), text('根拠記録', 'record')],
      rows: tapes,
    },
    {
      name: '権限レビュー',
      columns: [text('ID', 'record'), datetime('レビュー日時', 'at'), text('対象システム', 'system'), text('範囲', 'scope'), text('一覧', 'list'), date('取得日', 'asOf'), number('行数', 'entries'), text('作成者', 'preparedBy'), text('レビュー者', 'reviewedBy'), text('結果', 'result'), number('指摘件数', 'count'), text('指摘事項', 'findings'), text('契機', 'cause')],
      rows: reviews,
    },
  ];
}

