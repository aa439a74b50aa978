import type { AnyRecord, Change, Incident, Inquiry, JobRun, ProblemRecord, Request } from '@unyo/schema';
import type { Column, Sheet } from './workbook.ts';

/** Optional names for the ids that records carry (settings/sites.yaml, settings/people.yaml). */
export interface LedgerNames {
  /** Site id → name (central → 中央図書館). */
  sites?: Readonly<Record<string, string>>;
  /** Person id → name (op-sato → 佐藤). */
  people?: Readonly<Record<string, string>>;
}

const SEVERITY: Record<Incident['severity'], string> = { S1: 'S1 重大', S2: 'S2 高', S3: 'S3 中', S4: 'S4 低' };
const CATEGORY: Record<Incident['category'], string> = {
  network: 'ネットワーク',
  server: 'サーバ',
  software: 'ソフトウェア',
  security: 'セキュリティ',
  'business-program': '業務プログラム',
  hardware: 'ハードウェア',
};
const CHANNEL: Record<Inquiry['channel'], string> = { phone: '電話', mail: 'メール', groupware: 'グループウェア', visit: '来訪' };
const CHANGE_TYPE: Record<Change['type'], string> = { change: '変更', release: 'リリース' };
const RISK: Record<Change['risk'], string> = { low: '低', medium: '中', high: '高' };
const OUTCOME: Record<NonNullable<Change['result']>['outcome'], string> = { success: '成功', failed: '失敗', 'rolled-back': '切り戻し' };
const PROBLEM_STATUS: Record<ProblemRecord['status'], string> = { open: '未解決', 'known-error': '既知の誤り（暫定手順あり）', resolved: '解決済', closed: 'クローズ' };
const JOB_RESULT: Record<JobRun['result'], string> = { success: '成功', partial: '一部成功', failure: '失敗', skipped: '未実施' };

const text = (header: string, key: string): Column => ({ header, key, type: 'text' });
const datetime = (header: string, key: string): Column => ({ header, key, type: 'datetime' });
const date = (header: string, key: string): Column => ({ header, key, type: 'date' });

const itemsText = (items: readonly number[]) => items.join('、');

function incidentRow(r: Incident, site: (id: string) => string, person: (id: string) => string) {
  const last = (type: Incident['timeline'][number]['type']) => r.timeline.filter((e) => e.type === type).at(-1)?.at;
  const restored = last('restored');
  const closed = last('closed');
  return {
    id: r.id,
    at: r.at,
    sites: r.sites.map(site),
    severity: SEVERITY[r.severity],
    category: CATEGORY[r.category],
    title: r.title,
    status: closed ? 'クローズ' : restored ? '復旧済' : '対応中',
    restored,
    closed,
    items: itemsText(r.items),
    by: person(r.by),
  };
}

function inquiryRow(r: Inquiry, site: (id: string) => string, person: (id: string) => string) {
  return {
    id: r.id,
    at: r.at,
    site: site(r.site),
    requester: r.requester,
    channel: CHANNEL[r.channel],
    question: r.question,
    status: r.closedAt ? 'クローズ' : r.answer ? '回答済' : '対応中',
    answered: r.answer?.at,
    closed: r.closedAt,
    items: itemsText(r.items),
    by: person(r.by),
  };
}

function requestRow(r: Request, site: (id: string) => string, person: (id: string) => string) {
  return {
    id: r.id,
    at: r.at,
    requester: r.requester,
    site: r.site ? site(r.site) : '',
    title: r.title,
    deadline: r.deadline,
    status: r.closedAt ? 'クローズ' : r.executed ? '実施済' : '対応中',
    executed: r.executed?.at,
    closed: r.closedAt,
    items: itemsText(r.items),
    by: person(r.by),
  };
}

function changeRow(r: Change, person: (id: string) => string) {
  return {
    id: r.id,
    at: r.at,
    type: CHANGE_TYPE[r.type],
    title: r.title,
    risk: RISK[r.risk],
    from: r.window.from,
    to: r.window.to,
    approved: r.approval?.at,
    outcome: r.result ? OUTCOME[r.result.outcome] : '',
    status: r.closedAt ? 'クローズ' : r.result ? '実施済' : r.approval ? '承認済' : '計画中',
    closed: r.closedAt,
    items: itemsText(r.items),
    by: person(r.by),
  };
}

function problemRow(r: ProblemRecord, person: (id: string) => string) {
  return {
    id: r.id,
    at: r.at,
    title: r.title,
    incidents: r.incidents,
    rootCause: r.rootCause,
    workaround: r.workaround,
    prevention: r.prevention,
    due: r.due,
    status: PROBLEM_STATUS[r.status],
    closed: r.closedAt,
    items: itemsText(r.items),
    by: person(r.by),
  };
}

function jobRunRow(r: JobRun, person: (id: string) => string) {
  return {
    id: r.id,
    at: r.at,
    items: itemsText(r.items),
    result: JOB_RESULT[r.result],
    counts: Object.entries(r.counts ?? {}).map(([name, n]) => `${name} ${n}`),
    note: r.note,
    incident: r.incident,
    by: [r.by, ...(r.with ?? [])].map(person),
  };
}

const byTime = <T extends { at: string; id: string }>(records: readonly T[]) =>
  [...records].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const ofKind = <K extends AnyRecord['kind']>(records: readonly AnyRecord[], kind: K) =>
  byTime(records.filter((r): r is Extract<AnyRecord, { kind: K }> => r.kind === kind));

/**
 * The ledgers (管理簿) as sheets, one per kind, in this order and always all six:
 * インシデント, 問い合わせ, 依頼, 変更, 問題, 作業実施. Rows are in time order; other kinds of
 * record are left out. Site and person ids are shown by name when `names` has them.
 */
export function ledgerSheets(records: readonly AnyRecord[], names: LedgerNames = {}): Sheet[] {
  const site = (id: string) => names.sites?.[id] ?? id;
  const person = (id: string) => names.people?.[id] ?? id;
  return [
    {
      name: 'インシデント',
      columns: [text('ID', 'id'), datetime('受付日時', 'at'), text('館', 'sites'), text('重要度', 'severity'), text('分類', 'category'), text('件名', 'title'), text('状態', 'status'), datetime('復旧日時', 'restored'), datetime('クローズ日時', 'closed'), text('項番', 'items'), text('記録者', 'by')],
      rows: ofKind(records, 'incident').map((r) => incidentRow(r, site, person)),
    },
    {
      name: '問い合わせ',
      columns: [text('ID', 'id'), datetime('受付日時', 'at'), text('館', 'site'), text('問い合わせ元', 'requester'), text('受付方法', 'channel'), text('内容', 'question'), text('状態', 'status'), datetime('回答日時', 'answered'), datetime('クローズ日時', 'closed'), text('項番', 'items'), text('記録者', 'by')],
      rows: ofKind(records, 'inquiry').map((r) => inquiryRow(r, site, person)),
    },
    {
      name: '依頼',
      columns: [text('ID', 'id'), datetime('受付日時', 'at'), text('依頼部署', 'requester'), text('館', 'site'), text('件名', 'title'), date('期限', 'deadline'), text('状態', 'status'), datetime('実施日時', 'executed'), datetime('クローズ日時', 'closed'), text('項番', 'items'), text('記録者', 'by')],
      rows: ofKind(records, 'request').map((r) => requestRow(r, site, person)),
    },
    {
      name: '変更',
      columns: [text('ID', 'id'), datetime('起票日時', 'at'), text('種別', 'type'), text('件名', 'title'), text('リスク', 'risk'), datetime('作業開始', 'from'), datetime('作業終了', 'to'), datetime('承認日時', 'approved'), text('結果', 'outcome'), text('状態', 'status'), datetime('クローズ日時', 'closed'), text('項番', 'items'), text('記録者', 'by')],
      rows: ofKind(records, 'change').map((r) => changeRow(r, person)),
    },
    {
      name: '問題',
      columns: [text('ID', 'id'), datetime('起票日時', 'at'), text('件名', 'title'), text('関連インシデント', 'incidents'), text('根本原因', 'rootCause'), text('暫定手順', 'workaround'), text('再発防止', 'prevention'), date('期限', 'due'), text('状態', 'status'), datetime('クローズ日時', 'closed'), text('項番', 'items'), text('記録者', 'by')],
      rows: ofKind(records, 'problem').map((r) => problemRow(r, person)),
    },
    {
      name: '作業実施',
      columns: [text('ID', 'id'), datetime('実施日時', 'at'), text('項番', 'items'), text('結果', 'result'), text('件数', 'counts'), text('備考', 'note'), text('インシデント', 'incident'), text('実施者', 'by')],
      rows: ofKind(records, 'job-run').map((r) => jobRunRow(r, person)),
    },
  ];
}
