import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, formatProblemsText, type Problem } from '@unyo/problems';
import { SETTINGS_FILES } from '@unyo/read';
import { MonthSchema, buildMonthSchedule, formatMonth, renderHtml, renderIcs, renderJson, renderMarkdown, type MonthSchedule, type RenderOptions } from '@unyo/render-schedule';
import { scheduleSite } from '@unyo/schema';
import type { Workspace } from '@unyo/workspace';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { outputPath, shownPath } from '../output.ts';
import { openRepo } from '../root.ts';

const FORMATS = {
  md: { label: 'Markdown', render: renderMarkdown },
  html: { label: 'HTML', render: renderHtml },
  json: { label: 'JSON', render: (model: MonthSchedule, _options: RenderOptions) => renderJson(model) },
  ics: { label: 'iCalendar', render: renderIcs },
} as const;

export type Format = keyof typeof FORMATS;

const isFormat = (name: string): name is Format => Object.hasOwn(FORMATS, name);

/** The format an output file's extension names, when --format is not given. */
const EXTENSIONS: Record<string, Format> = { '.md': 'md', '.html': 'html', '.htm': 'html', '.json': 'json', '.ics': 'ics' };

export const SCHEDULE_HELP = `unyo schedule <年-月> — 月次運用スケジュール（運用項目 18）を作成します
  <年-月>           対象の月（例: 2026-12）
  --format <形式>   md（Markdown、既定）、html（A4 横で印刷できる HTML）、json、
                    ics（Outlook・Google カレンダーに取り込める iCalendar）
  --json            --format json と同じ
  --out <file>      標準出力ではなくファイルに書き出す（フォルダーは作成します。--format がなければ
                    拡張子 .md .html .json .ics で形式を決めます。runbooks/・records/ の下には書けません）
  --wareki          年月を和暦で書く（令和8年12月）
  --site <館 id>    開館日の基準にする館（既定: オペレーターが常駐する館。settings/sites.yaml の id）
  --root <dir>      リポジトリのルート
定期作業の期限（周期が「随時」の項目は除く）、計画作業（settings/calendar.yaml の events）、
各館の休館を、日付ごとに一覧にします。
終了コード: 0 作成した、1 データに問題がある、2 使い方の誤り・内部エラー
Writes the monthly operation schedule (periodic work due, planned work, closures) as Markdown, HTML, JSON or iCalendar.`;

const OPTIONS = {
  format: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  wareki: { type: 'boolean' },
  site: { type: 'string' },
  root: { type: 'string' },
} as const;

/** The options and the month (one positional). */
const parseScheduleArgs = (args: string[]) => parseOptions(args, OPTIONS, 'schedule', true);

function chooseFormat(values: { format?: string; json?: boolean; out?: string }): Format {
  if (values.json && values.format !== undefined && values.format !== 'json') {
    throw new UsageError(`--json と --format ${values.format} は同時に指定できません。`);
  }
  const format = values.json ? 'json' : (values.format ?? (values.out === undefined ? undefined : EXTENSIONS[path.extname(values.out).toLowerCase()]) ?? 'md');
  if (!isFormat(format)) throw new UsageError(`--format ${format} は使えません。${Object.keys(FORMATS).join('、')} のいずれかを指定してください。`);
  return format;
}

function reportUnreadable(io: Io, file: string, problems: readonly Problem[]): number {
  io.stderr(`${formatProblemsText(problems)}\n\n${file} に問題があるため、月次運用スケジュールを作成できません（問題 ${problems.length} 件）。\n`);
  return EXIT.problems;
}

export async function runSchedule(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseScheduleArgs(args);
  const [month, ...extra] = positionals;
  if (month === undefined) throw new UsageError('対象の月を指定してください（例: unyo schedule 2026-12）。');
  if (extra.length > 0) throw new UsageError(`月は 1 つだけ指定してください（余分な引数: ${extra.join(' ')}）。`);
  if (!MonthSchema.safeParse(month).success) {
    throw new UsageError(`月「${month}」は使えません。2026-12 の形（半角数字、01〜12 月）で指定してください。`);
  }
  const format = chooseFormat(values);
  const ws = await openRepo(io.cwd, values.root);
  const out = values.out === undefined ? undefined : await outputPath(ws.root, io.cwd, values.out);
  const made = await monthSchedule(ws, month, { format, wareki: values.wareki ?? false, ...(values.site === undefined ? {} : { site: values.site }) });
  if ('unreadable' in made) return reportUnreadable(io, made.unreadable, made.problems);
  if (out === undefined) {
    io.stdout(made.text);
  } else {
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, made.text);
    io.stdout(`月次運用スケジュール ${formatMonth(month, values.wareki)}（${FORMATS[format].label}）を ${shownPath(io.cwd, out)} に書き出しました。\n`);
  }
  if (made.runbookProblems > 0) {
    io.stderr(`注意: 読めない runbook があります（問題 ${made.runbookProblems} 件）。その項目はスケジュールに載っていません。unyo check で確認してください。\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/**
 * The month's schedule in a format, from the workspace; or the settings file that prevents it. The
 * month-end bundle uses it with the workspace it has already read.
 */
export async function monthSchedule(
  ws: Workspace,
  month: string,
  options: { format: Format; wareki: boolean; site?: string },
): Promise<{ text: string; runbookProblems: number } | { unreadable: string; problems: readonly Problem[] }> {
  const calendar = await ws.calendar();
  if (calendar.value === undefined || calendar.problems.length > 0) {
    return { unreadable: calendar.file, problems: calendar.present ? calendar.problems : [createProblem('file-missing', { file: calendar.file, line: 1, column: 1 })] };
  }
  const { settings, problems: settingsProblems } = await ws.settings();
  const siteProblems = settingsProblems.filter((p) => p.file === SETTINGS_FILES.sites);
  if (siteProblems.length > 0) return { unreadable: SETTINGS_FILES.sites, problems: siteProblems };
  const site = options.site ?? scheduleSite(settings.sites);
  if (settings.sites.length > 0 && !settings.sites.some((s) => s.id === site)) {
    throw new UsageError(`--site ${site} は ${SETTINGS_FILES.sites} にありません。${settings.sites.map((s) => s.id).join('、')} のいずれかを指定してください。`);
  }
  const [runbooks, records] = await Promise.all([ws.runbooks(), ws.records()]);
  const changes = records.records.flatMap(({ record: r }) => (r.kind === 'change' ? [{ id: r.id, title: r.title, type: r.type, items: r.items, window: r.window }] : []));
  const model = buildMonthSchedule({ month, items: runbooks.runbooks.map((r) => r.item), calendar: calendar.value, sites: settings.sites, site, changes });
  return { text: FORMATS[options.format].render(model, { wareki: options.wareki }), runbookProblems: runbooks.problems.length };
}
