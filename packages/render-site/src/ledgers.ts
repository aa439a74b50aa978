import { INCIDENT_EVENT_LABELS, RECORD_KIND_LABELS, type AnyRecord } from '@unyo/schema';
import { formatDate, formatDateTime } from './dates.ts';
import { valueLabel } from './labels.ts';
import { itemView, recordRefView, type ViewContext } from './record-view.ts';
import { list, text, type View } from './view.ts';

type Of<K extends AnyRecord['kind']> = Extract<AnyRecord, { kind: K }>;

interface Column<R> {
  label: string;
  cell: (record: R, ctx: ViewContext) => View;
}

/** The short name of each ledger, for the navigation. */
export const LEDGER_NAMES: Record<string, string> = {
  incident: 'インシデント',
  inquiry: '問い合わせ',
  request: '依頼申請',
  problem: '問題',
  change: '変更・リリース',
  'job-run': '作業実施',
  'daily-check': '日次点検',
  patch: '修正モジュール',
  configuration: '構成管理',
  minutes: '議事録',
  shift: 'シフト表',
};

/** The ledgers in the order the navigation lists them. */
export const LEDGER_ORDER = Object.keys(LEDGER_NAMES);

const cut = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const when = (iso: string, ctx: ViewContext) => text(formatDateTime(iso, ctx.style), iso);
const day = (iso: string, ctx: ViewContext) => text(formatDate(iso, ctx.style), iso);
const names = (ids: readonly string[], name: (id: string) => string | undefined) => text(ids.map((id) => name(id) ?? id).join('、'));
const refs = (ids: readonly string[] | undefined, ctx: ViewContext): View => (ids && ids.length > 0 ? list(ids.map((id) => recordRefView(id, ctx))) : text(''));
const enumText = (kind: string, path: string, value: string) => text(valueLabel(kind, path, value), value);

const ID: Column<AnyRecord> = { label: '番号', cell: (r, ctx) => ({ ...recordRefView(r.id, ctx), sort: r.id }) };
const AT = (label: string): Column<AnyRecord> => ({ label, cell: (r, ctx) => when(r.at, ctx) });
const BY = (label: string): Column<AnyRecord> => ({ label, cell: (r, ctx) => names([r.by], ctx.dir.person) });
const ITEMS: Column<AnyRecord> = { label: '運用項目', cell: (r, ctx) => (r.items.length === 1 ? itemView(r.items[0]!, ctx) : { list: r.items.map((i) => itemView(i, ctx)) }) };

const lastEvent = (r: Of<'incident'>) => r.timeline.at(-1);

const COLUMNS: { [K in AnyRecord['kind']]?: Column<Of<K>>[] } = {
  incident: [
    ID,
    AT('受付日時'),
    { label: '件名', cell: (r) => text(r.title) },
    { label: '重大度', cell: (r) => enumText('incident', 'severity', r.severity) },
    { label: '区分', cell: (r) => enumText('incident', 'category', r.category) },
    { label: '館', cell: (r, ctx) => names(r.sites, ctx.dir.site) },
    { label: '状況', cell: (r) => text(r.timeline.some((e) => e.type === 'closed') ? 'クローズ' : `対応中（${INCIDENT_EVENT_LABELS[lastEvent(r)?.type ?? 'received']}）`) },
    { label: '問題・変更', cell: (r, ctx) => refs([...(r.problems ?? []), ...(r.changes ?? [])], ctx) },
  ],
  inquiry: [
    ID,
    AT('受付日時'),
    { label: '館', cell: (r, ctx) => names([r.site], ctx.dir.site) },
    { label: '問い合わせ元', cell: (r) => text(r.requester) },
    { label: '問い合わせ内容', cell: (r) => text(cut(r.question)) },
    { label: '状況', cell: (r) => text(r.closedAt ? '完了' : r.answer ? '回答済み' : r.draft ? '回答案作成' : '対応中') },
  ],
  request: [
    ID,
    AT('受付日時'),
    { label: '件名', cell: (r) => text(r.title) },
    { label: '依頼部署', cell: (r) => text(r.requester) },
    { label: '期限', cell: (r, ctx) => day(r.deadline, ctx) },
    { label: '状況', cell: (r) => text(r.closedAt ? '完了' : r.executed ? '実施済み' : '対応中') },
  ],
  problem: [
    ID,
    AT('起票日時'),
    { label: '件名', cell: (r) => text(r.title) },
    { label: '状態', cell: (r) => enumText('problem', 'status', r.status) },
    { label: '再発防止の期限', cell: (r, ctx) => day(r.due, ctx) },
    { label: 'インシデント', cell: (r, ctx) => refs(r.incidents, ctx) },
  ],
  change: [
    ID,
    AT('起票日時'),
    { label: '件名', cell: (r) => text(r.title) },
    { label: '種別', cell: (r) => enumText('change', 'type', r.type) },
    { label: 'リスク', cell: (r) => enumText('change', 'risk', r.risk) },
    { label: '作業予定', cell: (r, ctx) => when(r.window.from, ctx) },
    { label: '結果', cell: (r) => (r.result ? enumText('change', 'result.outcome', r.result.outcome) : text(r.approval ? '承認済み' : '未実施')) },
  ],
  'job-run': [
    ID,
    AT('実施日時'),
    ITEMS,
    { label: '結果', cell: (r) => enumText('job-run', 'result', r.result) },
    BY('実施者'),
    { label: '備考', cell: (r) => text(cut(r.note ?? '', 40)) },
  ],
  'daily-check': [
    ID,
    { label: '点検日', cell: (r, ctx) => day(r.date, ctx) },
    { label: 'サーバ', cell: (r) => text(count(r.servers.filter((s) => s.state !== 'ok' || !s.alive).length, r.servers.length)) },
    { label: 'バックアップ', cell: (r) => text(count(r.backups.filter((b) => b.result !== 'success').length, r.backups.length)) },
    { label: 'シグネチャ', cell: (r) => text(count(r.signatures.filter((s) => !s.current).length, r.signatures.length)) },
    { label: 'サーバ室', cell: (r) => text(`${r.serverRoom.temperature}℃ / ${r.serverRoom.humidity}%`) },
    BY('点検者'),
  ],
  patch: [
    ID,
    AT('日時'),
    { label: '製品', cell: (r) => text(r.product) },
    { label: '段階', cell: (r) => enumText('patch', 'stage', r.stage) },
    { label: '修正モジュール', cell: (r) => text(r.patches.map((p) => p.id).join('、')) },
    { label: '結果', cell: (r) => text(cut(r.result, 40)) },
  ],
  configuration: [
    ID,
    AT('日時'),
    { label: '種別', cell: (r) => enumText('configuration', 'type', r.type) },
    { label: '対象', cell: (r, ctx) => text([r.device && (ctx.dir.device(r.device) ?? r.device), r.site && (ctx.dir.site(r.site) ?? r.site)].filter(Boolean).join('、')) },
    { label: '変更内容', cell: (r) => text(cut(r.change)) },
    { label: '契機', cell: (r, ctx) => refs(r.cause ? [r.cause] : [], ctx) },
  ],
  minutes: [
    ID,
    AT('開催日時'),
    { label: '場所', cell: (r) => text(r.place) },
    { label: '議題', cell: (r) => text(r.agenda.map((a) => a.subject).join('、')) },
    { label: '決定事項', cell: (r) => text(`${r.decisions.length} 件`, String(r.decisions.length)) },
  ],
};

const count = (bad: number, all: number) => (bad === 0 ? `すべて正常（${all}）` : `異常 ${bad} / ${all}`);

/** The columns of a kind without its own (a kind added to the schemas later still gets a ledger). */
const FALLBACK: Column<AnyRecord>[] = [ID, AT('日時'), ITEMS, BY('記録者')];

export interface LedgerTable {
  head: string[];
  rows: { cells: View[] }[];
}

/** The ledger of one kind as a table, in the order of `records` (newest first). */
export function ledgerTable(kind: string, records: readonly AnyRecord[], ctx: ViewContext): LedgerTable {
  const columns = (COLUMNS[kind as AnyRecord['kind']] ?? FALLBACK) as Column<AnyRecord>[];
  return {
    head: columns.map((c) => c.label),
    rows: records.map((r) => ({ cells: columns.map((c) => c.cell(r, ctx)) })),
  };
}

/** The title of a ledger page. */
export const ledgerTitle = (kind: string): string => RECORD_KIND_LABELS[kind as AnyRecord['kind']] ?? kind;
