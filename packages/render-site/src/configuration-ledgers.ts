import { formatJst, instant, permissionReviews, softwareInventory, tapeLedger, tapeState, type AnyRecord, type Devices } from '@unyo/schema';
import { formatDate, formatDateTime } from './dates.ts';
import type { LedgerTable } from './ledgers.ts';
import { valueLabel } from './labels.ts';
import { recordRefView, type ViewContext } from './record-view.ts';
import { text, type View } from './view.ts';

/** A list shown above the records of a ledger: the current state the records add up to. */
export interface LedgerSection {
  /** The anchor of its heading. */
  id: string;
  title: string;
  /** One sentence on where it comes from. */
  lead: string;
  table: LedgerTable;
}

const JUDGEMENT = { ok: '', warning: '注意（交換を計画）', over: '超過（交換が必要）' } as const;

/**
 * The current lists of the configuration ledger, as at `at` (the build's reference time): the
 * installed software of each device (39) and the tape cartridges with their uses and expiry left
 * and the warning of settings/devices.yaml (42), and the reviews of permission lists, newest first
 * (47, 48). Folded from every configuration record.
 */
export function configurationSections(records: readonly AnyRecord[], devices: Devices['devices'], at: string, ctx: ViewContext): LedgerSection[] {
  const until = formatJst(instant(at) + 1);
  const today = formatJst(instant(at)).slice(0, 10);
  const device = (id: string): View => text(ctx.dir.device(id) ?? id, id);
  const day = (iso: string) => text(formatDate(iso, ctx.style), iso);
  const count = (n: number) => text(String(n));
  const warning = new Map(devices.map((d) => [d.id, d.tapeWarning ?? { usesPercent: 0, days: 0 }]));
  const software = softwareInventory(records, until);
  const tapes = tapeLedger(records, until);
  const reviews = permissionReviews(records, until).reverse();
  return [
    {
      id: 'software',
      title: 'インストールソフトウェア一覧（項番39）',
      lead: `${software.length} 行（${formatDateTime(at, ctx.style)} 時点）。構成管理の記録（種別 ソフトウェア）の行を日時の順に重ね、機器とソフトウェアごとに最新の行を示します。削除した行も「削除済み」として残します。`,
      table: {
        head: ['機器', 'ソフトウェア', '版数', 'ライセンス', '状態', '更新日', '根拠'],
        rows: software.map((s) => ({
          cells: [device(s.device), text(s.name), text(s.previous ? `${s.version ?? ''}（←${s.previous}）` : (s.version ?? '')), text(s.licence ?? ''), text(valueLabel('configuration', 'software.state', s.state), s.state), day(s.changedAt.slice(0, 10)), recordRefView(s.record, ctx)],
        })),
      },
    },
    {
      id: 'tapes',
      title: 'テープ媒体（項番42）',
      lead: `${tapes.length} 本（${formatDateTime(at, ctx.style)} 時点）。各媒体の最新の点検・交換の記録の値です。判定は settings/devices.yaml のテープ装置の tapeWarning（上限回数の残り・使用期限までの日数）によります。`,
      table: {
        head: ['媒体番号', 'バックアップジョブ', '利用回数', '上限回数', '残り回数', '使用期限', '残り日数', '状態', '判定', '根拠'],
        rows: tapes.map((m) => {
          const s = tapeState(m, warning.get(m.device) ?? { usesPercent: 0, days: 0 }, today);
          return {
            cells: [
              text(m.id),
              text(m.job ? (ctx.dir.backupJob(m.job) ?? m.job) : '', m.job ?? ''),
              count(m.uses),
              count(m.maxUses),
              count(s.usesLeft),
              day(m.expires),
              count(s.daysLeft),
              text(valueLabel('configuration', 'media.state', m.state), m.state),
              text(m.state === 'in-use' ? JUDGEMENT[s.state] : ''),
              recordRefView(m.record, ctx),
            ],
          };
        }),
      },
    },
    {
      id: 'permission-reviews',
      title: '権限一覧のレビュー（項番47・48）',
      lead: `${reviews.length} 件（新しい順）。構成管理の記録（種別 権限一覧のレビュー）から、システムごとにいつ・誰が一覧をレビューし、何を指摘したかを示します。`,
      table: {
        head: ['レビュー日時', '対象システム', '範囲', 'レビューした SE', '結果', '指摘', '根拠'],
        rows: reviews.map((r) => ({
          cells: [
            text(formatDateTime(r.at, ctx.style), r.at),
            device(r.device),
            text(valueLabel('configuration', 'review.scope', r.scope), r.scope),
            text(ctx.dir.person(r.reviewedBy) ?? r.reviewedBy),
            text(valueLabel('configuration', 'review.result', r.result), r.result),
            text(r.findings.length === 0 ? 'なし' : r.findings.map((f) => `${valueLabel('configuration', 'review.findings.action', f.action)} ${f.account}`).join('、'), String(r.findings.length)),
            recordRefView(r.record, ctx),
          ],
        })),
      },
    },
  ];
}
