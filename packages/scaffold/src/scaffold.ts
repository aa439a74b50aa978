import type { Settings } from '@unyo/read';
import { RECORD_SCHEMAS, REPORT_TYPE_ITEMS, REPORT_TYPES, type ReportType, type StoredRecordKind } from '@unyo/schema';
import { parse, stringify } from 'yaml';

/** What `unyo new` knows when it scaffolds a record; empty answers stay empty for the user to fill. */
export interface ScaffoldInput {
  kind: StoredRecordKind;
  id: string;
  /** Now, JST. */
  at: string;
  /** The date of `at`. */
  date: string;
  /** The person id. */
  by: string;
  /** Answers given by flags or prompts (title, site, severity…). */
  answers: Readonly<Record<string, string | undefined>>;
  /** For a shift table: the drafted assignments of its month. */
  assignments?: readonly { date: string; person: string; shift: string }[];
  /** For a daily check sheet: the sections already filled (from an export and the prompts), over the empty ones. */
  dailyCheck?: Readonly<Record<string, unknown>>;
  settings: Settings;
}

const s = (v: string | undefined) => v ?? '';
const ints = (v: string | undefined, fallback: number[]) => (v ? v.split(',').map((x) => Number(x.trim())) : fallback);

/** The questions `unyo new` asks in a terminal, per kind: [answer key, Japanese prompt]. */
export const QUESTIONS: Record<StoredRecordKind, [string, string][]> = {
  'daily-check': [],
  incident: [
    ['title', '件名'],
    ['site', '申告元の館（監視の検知なら「館なし」）'],
    ['category', '分類'],
    ['severity', '重要度'],
    ['description', '事象'],
  ],
  inquiry: [
    ['site', '問い合わせ元の館'],
    ['requester', '問い合わせ元の係（利用者の氏名は書かない）'],
    ['question', '質問内容'],
  ],
  request: [
    ['title', '件名'],
    ['requester', '依頼部署'],
    ['detail', '依頼内容'],
    ['deadline', '期限（2026-12-10 の形）'],
  ],
  problem: [
    ['title', '件名'],
    ['incidents', '関連インシデント（INC-2026-0001、複数はカンマ区切り）'],
    ['due', '再発防止の期限（2026-12-10 の形）'],
  ],
  change: [
    ['title', '件名'],
    ['content', '変更内容'],
  ],
  'job-run': [
    ['items', '運用項目の項番（例: 68）'],
    ['note', '結果の所見'],
  ],
  patch: [
    ['product', '製品'],
    ['result', '結果'],
  ],
  configuration: [
    ['type', '種別（hardware-spec, location, software, tape, group-policy, client-image, permission-review）'],
    ['change', '変更内容'],
  ],
  minutes: [['place', '場所']],
  report: [
    ['report', '報告書の種類'],
    ['period', '対象期間（日次 2026-11-27、月次 2026-11、半期 2026H2）または対象の記録（INC-2026-0105）'],
    ['to', '宛先（例: 中央図書館 システム担当係長）'],
  ],
  shift: [],
};

const isReportType = (v: string | undefined): v is ReportType => (REPORT_TYPES as readonly string[]).includes(v ?? '');

/** A report's period or subject from one answer: a record id is the subject, anything else the period. */
const periodOrSubject = (v: string | undefined) => (v === undefined ? { period: '' } : /^[A-Z]+-\d{4}-/.test(v) ? { subject: v } : { period: v });

/** A report record: submitted now unless told, by the one who records it, its files still to list. */
function reportBody(input: ScaffoldInput): Record<string, unknown> {
  const { at, by, answers: a } = input;
  const report = a['report'];
  return {
    items: isReportType(report) ? [...REPORT_TYPE_ITEMS[report]] : [],
    at,
    by,
    report: s(report),
    ...periodOrSubject(a['period']),
    submittedAt: a['submitted-at'] ?? at,
    to: s(a['to']),
    submittedBy: by,
    files: [{ path: s(a['file']), sha256: s(a['sha256']) }],
  };
}

function body(input: ScaffoldInput): Record<string, unknown> {
  const { at, by, date, answers: a, settings } = input;
  switch (input.kind) {
    case 'daily-check':
      return {
        items: [25, 26, 28, 29, 31, 32, 33, 34],
        at,
        by,
        date,
        ...(input.dailyCheck?.['sources'] ? { sources: input.dailyCheck['sources'] } : {}),
        servers: settings.devices.filter((d) => d.monitored).map((d) => ({ device: d.id, alive: null, cpu: null, memory: null, disk: null, state: null })),
        backups: settings.backupJobs.map((j) => ({ job: j.id, result: null })),
        signatures: settings.devices.filter((d) => d.signature !== undefined).map((d) => ({ device: d.id, version: '', current: null })),
        serverRoom: { temperature: null, humidity: null, at },
        terminals: settings.sites.filter((site) => site.terminals > 0).map((site) => ({ site: site.id, started: null, total: site.terminals })),
        ...input.dailyCheck,
      };
    case 'incident':
      return {
        items: [52],
        at,
        by,
        title: s(a['title']),
        source: a['site'] ? { type: 'site', site: a['site'] } : { type: 'monitoring' },
        category: s(a['category']),
        severity: s(a['severity']),
        sites: a['site'] ? [a['site']] : [],
        description: s(a['description']),
        timeline: [{ at, type: 'received', by, note: '障害を受け付けた。' }],
      };
    case 'inquiry':
      return { items: [21], at, by, site: s(a['site']), requester: s(a['requester']), channel: 'phone', question: s(a['question']) };
    case 'request':
      return { items: [24], at, by, requester: s(a['requester']), title: s(a['title']), detail: s(a['detail']), deadline: s(a['deadline']) };
    case 'problem':
      return {
        items: [3, 4],
        at,
        by,
        title: s(a['title']),
        incidents: a['incidents'] ? a['incidents'].split(',').map((x) => x.trim()) : [],
        due: s(a['due']),
        status: 'open',
      };
    case 'change':
      return { items: [5, 6], at, by, title: s(a['title']), type: 'change', content: s(a['content']), risk: 'low', window: { from: at, to: at }, rollback: '' };
    case 'job-run':
      return { items: ints(a['items'], []), at, by, result: 'success', counts: {}, note: s(a['note']) };
    case 'patch':
      return { items: [63], at, by, product: s(a['product']), patches: [{ id: '', title: '' }], stage: 'tested', targets: [], result: s(a['result']) };
    case 'configuration':
      return { items: [37], at, by, type: s(a['type']), change: s(a['change']) };
    case 'shift':
      return { items: [20], month: s(a['month']), version: 1, by, at, assignments: input.assignments ?? [] };
    case 'report':
      return reportBody(input);
    case 'minutes':
      return {
        items: [101],
        at,
        by,
        place: s(a['place']),
        endedAt: at,
        attendees: { vendor: [by], library: [] },
        reports: [],
        agenda: [],
        decisions: [],
        actions: [],
      };
  }
}

/**
 * The YAML text of a new record: the id, now, the person, the answers given, and for the daily
 * check sheet every check of the day from the settings, left empty (null) to be filled in.
 */
export function scaffoldRecord(input: ScaffoldInput): string {
  const header = input.dailyCheck?.['sources']
    ? `# unyo new daily-check --from で作成（${input.at}）。取込んだ値には source（取込元）、手入力の値にはありません。\n`
    : `# unyo new ${input.kind} で作成（${input.at}）。\n# 空欄（"" や null）を埋めてから npx unyo check で確認し、コミットしてください。\n`;
  return header + stringify({ id: input.id, kind: input.kind, ...body(input) }, { lineWidth: 0 });
}

/** The fields of a scaffolded record's text that its schema still refuses (empty: complete), as YAML paths. */
export function incompleteFields(kind: StoredRecordKind, text: string): string[] {
  const result = RECORD_SCHEMAS[kind].safeParse(parse(text));
  return result.success ? [] : [...new Set(result.error.issues.map((i) => i.path.join('.') || '(全体)'))];
}
