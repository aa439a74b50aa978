import path from 'node:path';
import { formatProblemsText, type Problem } from '@unyo/problems';
import type { Settings } from '@unyo/read';
import { buildDailyReport, buildIncidentReport, buildMinutesDraft, buildMonthlyReport, buildSlaReport, renderReportMarkdown, type Names, type ReportContext, type ReportData } from '@unyo/reports';
import { IsoDateSchema, IsoDateTimeSchema, formatJst, instant, type AnyRecord, type Calendar, type Deliverables, type OperationItem, type Sla } from '@unyo/schema';
import type { Workspace } from '@unyo/workspace';
import { DOCUMENT_FORMATS, documentBytes, type DeliverableDocument, type DocumentFormat } from '../deliverable.ts';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { outputPath, shownPath, writeNewFile } from '../output.ts';
import { openRepo } from '../root.ts';

export const REPORT_HELP = `unyo report <種類> <対象> — 図書館へ提出する報告書を記録から作成します
  daily <日付>       日次報告書（項番 98）              例: unyo report daily 2026-11-27
  monthly <月>       月次報告書（項番 99。A4 横）       例: unyo report monthly 2026-11
  incident <id>      障害報告書（項番 54・97）          例: unyo report incident INC-2026-0105
  sla <期間>         サービスレベル管理レポート（項番 13） 例: unyo report sla 2026H2（2026-11、FY2026 も可）
  minutes <月>       月次定例会議の議事録案（項番 101。会議前の案）  例: unyo report minutes 2026-12
  --format <形式>    md（既定。GitHub で読める Markdown）、html（印刷できる 1 ページの HTML）、
                     pdf（A4、ページ番号付き。Debian の chromium と fonts-noto-cjk を使います）
  --out <ファイル>   ファイルに書く（pdf では必須。--format がなければ拡張子 .md .html .pdf で決めます）。
                     既存のファイルは上書きしません。runbooks/ records/ settings/ の下には書きません
  --date <日付>      提出日（既定: 今日、日本時間）
  --wareki           日付を和暦で（既定は settings/deliverables.yaml の wareki、なければ和暦）
  --seireki          日付を西暦で
  --draft            記録に問題があっても作成し、すべてのページに「未確定」と記す
  --at <日時>        基準日時（この時点までの記録で作成。既定: 現在）
  --root <dir>       リポジトリのルート
表紙（提出日・宛先・提出者・件名）は settings/deliverables.yaml、文面は templates/reports/<種類>.md.hbs（SE が編集できます）。
報告書の数字は根拠の記録へリンクし、末尾に根拠記録一覧を付けます。
記録の読み込み・検証で問題があるときは作成しません（終了コード 1）。先に npx unyo check で確かめてください。
Builds a report the library receives from the records, as Markdown, HTML or PDF.`;

/** Everything a report is built from, read once (through the workspace). */
export interface ReportInputs {
  root: string;
  records: AnyRecord[];
  names: Names;
  asOf: string;
  /** The problems of the files reports are built from (runbooks, records, sites/devices/people, calendar, SLA). */
  problems: Problem[];
  context: {
    records: AnyRecord[];
    items: OperationItem[];
    calendar: Calendar | undefined;
    settings: Settings;
    sla: Sla | undefined;
  };
  /** The title block's settings (placeholders when the repo has none), and their problems. */
  deliverables: { value: Deliverables; problems: Problem[] };
}

/** The title block when the repo has no settings/deliverables.yaml: places to fill, plainly marked. */
const UNSET_DELIVERABLES: Deliverables = { to: ['（宛先: settings/deliverables.yaml の to）'], from: ['（提出者: settings/deliverables.yaml の from）'] };

/** Reads what every report is built from. */
export async function readReportInputs(ws: Workspace, asOf: string): Promise<ReportInputs> {
  const loaded = await ws.load();
  const records = loaded.records.records.map((r) => r.record);
  const { settings } = loaded;
  const names: Names = { sites: new Map(settings.sites.map((s) => [s.id, s.name])), people: new Map(settings.people.map((p) => [p.id, p.name])) };
  const problems = [...loaded.runbooks.problems, ...loaded.records.problems, ...(await ws.settings()).problems, ...loaded.calendar.problems, ...loaded.sla.problems];
  return {
    root: ws.root,
    records,
    names,
    asOf,
    problems,
    context: { records, items: loaded.runbooks.runbooks.map((r) => r.item), calendar: loaded.calendar.value, settings, sla: loaded.sla.value },
    deliverables: { value: loaded.deliverables.value ?? UNSET_DELIVERABLES, problems: loaded.deliverables.problems },
  };
}

/** A kind of report: what its target looks like, and how it is built. */
interface ReportKind {
  label: string;
  target: RegExp;
  example: string;
  /** A wide document printed on A4 landscape. */
  landscape?: boolean;
  /** The report's data, or a message saying why there is none. */
  build: (inputs: ReportInputs, target: string) => ReportData | string;
}

/** The builders' context, or why there is none (the calendar is needed to place work and meetings). */
function contextOf(inputs: ReportInputs): ReportContext | string {
  const { records, items, calendar, settings, sla } = inputs.context;
  if (calendar === undefined) return 'settings/calendar.yaml が読めないため作成できません。npx unyo check で確かめてください。';
  return { records, items, calendar, settings, ...(sla ? { sla } : {}), asOf: inputs.asOf };
}

/** Runs a builder that needs the context; a period it refuses becomes the message. */
function withContext(inputs: ReportInputs, build: (ctx: ReportContext) => ReportData): ReportData | string {
  const ctx = contextOf(inputs);
  if (typeof ctx === 'string') return ctx;
  try {
    return build(ctx);
  } catch (error) {
    if (error instanceof RangeError) return error.message;
    throw error;
  }
}

export const REPORT_KINDS: Record<string, ReportKind> = {
  daily: {
    label: '日次報告書',
    target: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
    example: '2026-11-27',
    build: (inputs, date) => withContext(inputs, (ctx) => buildDailyReport(ctx, date)),
  },
  monthly: {
    label: '月次報告書',
    target: /^\d{4}-(0[1-9]|1[0-2])$/,
    example: '2026-11',
    landscape: true,
    build: (inputs, month) => withContext(inputs, (ctx) => buildMonthlyReport(ctx, month)),
  },
  incident: {
    label: '障害報告書',
    target: /^INC-\d{4}-\d{4}$/,
    example: 'INC-2026-0105',
    build: (inputs, id) => buildIncidentReport(inputs.records, id, inputs.names) ?? `インシデント ${id} の記録がありません（records/incident/ を確認してください）。`,
  },
  sla: {
    label: 'サービスレベル管理レポート',
    target: /^(FY\d{4}|\d{4}H[12]|\d{4}-(0[1-9]|1[0-2]))$/,
    example: '2026H2',
    build: (inputs, period) => withContext(inputs, (ctx) => buildSlaReport(ctx, period)),
  },
  minutes: {
    label: '議事録案',
    target: /^\d{4}-(0[1-9]|1[0-2])$/,
    example: '2026-12',
    build: (inputs, month) => withContext(inputs, (ctx) => buildMinutesDraft(ctx, month)),
  },
};

/**
 * The 改訂履歴: the editions already delivered (report records of this report and period or subject, by
 * submission time), then this one.
 */
function revisionsOf(records: readonly AnyRecord[], kind: string, target: string, date: string): { edition: string; date: string; note: string }[] {
  const delivered = records
    .filter((r) => r.kind === 'report' && r.report === kind && (r.period === target || r.subject === target))
    .flatMap((r) => (r.kind === 'report' ? [r] : []))
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const lines = delivered.map((r, i) => ({ edition: `第${i + 1}版`, date: r.submittedAt.slice(0, 10), note: `${i === 0 ? '初版' : '改訂'}（${r.id}、${r.to} へ提出）${r.note ? ` ${r.note}` : ''}` }));
  return [...lines, { edition: `第${lines.length + 1}版`, date, note: lines.length === 0 ? '初版' : '改訂（この版）' }];
}

/** The document of one report, in its official form; undefined (with a message written) when it cannot be built. */
export async function reportDocument(
  inputs: ReportInputs,
  kind: string,
  target: string,
  options: { date: string; draft: boolean; wareki?: boolean; recordLink?: (id: string) => string },
  io: Io,
): Promise<DeliverableDocument | undefined> {
  const spec = REPORT_KINDS[kind];
  if (!spec) throw new UsageError(`報告書の種類「${kind}」はありません。${Object.keys(REPORT_KINDS).join('、')} のいずれかを指定してください。\n\n${REPORT_HELP}`);
  if (!spec.target.test(target) || (kind === 'daily' && !IsoDateSchema.safeParse(target).success)) throw new UsageError(`${spec.label}の対象「${target}」は使えません。${spec.example} の形で指定してください（例: unyo report ${kind} ${spec.example}）。`);
  const data = spec.build(inputs, target);
  if (typeof data === 'string') {
    io.stderr(`${data}\n`);
    return undefined;
  }
  const { value: deliverables, problems } = inputs.deliverables;
  if (problems.length > 0) {
    io.stderr(`${formatProblemsText(problems)}\n\nsettings/deliverables.yaml を直してから再実行してください。\n`);
    return undefined;
  }
  const wareki = options.wareki ?? deliverables.wareki ?? true;
  const markdown = renderReportMarkdown(kind, data, { templatesDir: path.join(inputs.root, 'templates/reports'), wareki, ...(options.recordLink ? { recordLink: options.recordLink } : {}) });
  return {
    title: data.title,
    markdown,
    date: options.date,
    deliverables,
    wareki,
    draft: options.draft,
    landscape: spec.landscape ?? false,
    revisions: revisionsOf(inputs.records, kind, target, options.date),
  };
}

const EXTENSIONS: Record<string, DocumentFormat> = { '.md': 'md', '.html': 'html', '.htm': 'html', '.pdf': 'pdf' };

export async function runReport(args: string[], io: Io): Promise<number> {
  const parsed = parseOptions(
    args,
    {
        format: { type: 'string' },
        out: { type: 'string' },
        date: { type: 'string' },
        wareki: { type: 'boolean' },
        seireki: { type: 'boolean' },
        draft: { type: 'boolean' },
        at: { type: 'string' },
        root: { type: 'string' },
      },
    'report',
    true,
  );
  const { values, positionals } = parsed;
  const [kind, target, ...extra] = positionals;
  if (kind === undefined || target === undefined) throw new UsageError(`報告書の種類と対象を指定してください（例: unyo report incident INC-2026-0105）。\n\n${REPORT_HELP}`);
  if (extra.length > 0) throw new UsageError(`余分な引数があります: ${extra.join(' ')}`);
  if (values.wareki && values.seireki) throw new UsageError('--wareki と --seireki は同時に指定できません。');
  const format = values.format ?? (values.out === undefined ? 'md' : EXTENSIONS[path.extname(values.out).toLowerCase()]) ?? 'md';
  if (!(DOCUMENT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format ${format} は使えません。${DOCUMENT_FORMATS.join('、')} のいずれかを指定してください（Excel の台帳は unyo export ledgers）。`);
  if (format === 'pdf' && values.out === undefined) throw new UsageError('PDF は --out <ファイル> を指定してください（例: --out deliverables/report.pdf）。');
  if (values.at !== undefined && !IsoDateTimeSchema.safeParse(values.at).success) throw new UsageError(`--at ${values.at} は使えません。2026-11-30T18:00+09:00 の形で指定してください。`);
  if (values.date !== undefined && !IsoDateSchema.safeParse(values.date).success) throw new UsageError(`--date ${values.date} は使えません。2026-12-01 の形で指定してください。`);
  const ws = await openRepo(io.cwd, values.root);
  const root = ws.root;
  const out = values.out === undefined ? undefined : await outputPath(root, io.cwd, values.out);
  const asOf = values.at ?? formatJst((io.now ?? Date.now)());
  const inputs = await readReportInputs(ws, formatJst(instant(asOf)));
  if (inputs.problems.length > 0 && !values.draft) {
    io.stderr(`${formatProblemsText(inputs.problems)}\n\n記録・設定の読み込みと検証で問題が ${inputs.problems.length} 件あるため、報告書を作成しません。直してから再実行するか、--draft で「未確定」として作成してください。\n`);
    return EXIT.problems;
  }
  const doc = await reportDocument(
    inputs,
    kind,
    target,
    { date: values.date ?? asOf.slice(0, 10), draft: inputs.problems.length > 0, ...(values.wareki ? { wareki: true } : values.seireki ? { wareki: false } : {}) },
    io,
  );
  if (doc === undefined) return EXIT.problems;
  const bytes = await documentBytes(root, doc, format as DocumentFormat);
  if (out === undefined) {
    io.stdout(String(bytes));
    return EXIT.ok;
  }
  await writeNewFile(out, bytes, values.out ?? out);
  io.stdout(`${doc.title}（${format.toUpperCase()}）を ${shownPath(io.cwd, out)} に書きました。\n`);
  return EXIT.ok;
}
