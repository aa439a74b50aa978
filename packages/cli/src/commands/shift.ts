import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, formatProblemsText, type Problem } from '@unyo/problems';
import { SETTINGS_FILES } from '@unyo/read';
import type { Workspace } from '@unyo/workspace';
import { draftShift, formatShiftCsv, formatShiftIssuesText, formatShiftMarkdown, shiftView } from '@unyo/shift';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { outputPath, shownPath } from '../output.ts';
import { openRepo } from '../root.ts';

const FORMATS = ['md', 'json', 'csv'] as const;

export const SHIFT_HELP = `unyo shift <YYYY-MM> — オペレーターのシフト表（項番 20）の案を作ります
  settings/roster.yaml（勤務パターン、オペレーターと休み希望、規則、手動指定）と calendar.yaml・sites.yaml・
  people.yaml から、開館日の常駐に必要なシフトを割り当てます。同じ設定からは毎回同じ表になります。
  常駐できない時間帯や規則に反する箇所は「要確認」に理由とともに出し、終了コード 1 を返します。
  --format <形式>   md（既定、Markdown の表）、json、csv
  --json            --format json と同じ
  --bom             CSV の先頭に BOM を付ける（Excel で文字化けしません）
  --out <file>      ファイルに書き出す（runbooks/ と records/ の下には書きません）
  --root <dir>      リポジトリのルート
終了コード: 0 問題なし、1 要確認あり・設定に問題あり、2 使い方の誤り
Drafts the operators' shift table of a month from settings/roster.yaml (md, json or csv); exit 1 when a shift cannot be covered or a rule is broken.`;

function options(args: string[]) {
  return parseOptions(args, { format: { type: 'string' }, json: { type: 'boolean' }, bom: { type: 'boolean' }, out: { type: 'string' }, root: { type: 'string' } }, 'shift', true);
}

export async function runShift(args: string[], io: Io): Promise<number> {
  const { values, positionals } = options(args);
  const [month, ...extra] = positionals;
  if (month === undefined || extra.length > 0) throw new UsageError('対象月を一つ指定してください（例: unyo shift 2026-12）。\n使い方: unyo help shift');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`月「${month}」は使えません。2026-12 の形で指定してください。`);
  const format = values.json ? 'json' : (values.format ?? 'md');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format ${format} は使えません。${FORMATS.join('、')} のいずれかを指定してください。`);
  if (values.json && values.format !== undefined && values.format !== 'json') throw new UsageError('--json と --format は同時に指定できません。');
  if (values.bom && format !== 'csv') throw new UsageError('--bom は --format csv のときだけ使えます。');

  const ws = await openRepo(io.cwd, values.root);
  const target = values.out === undefined ? undefined : await outputPath(ws.root, io.cwd, values.out);
  const made = await shiftDraft(ws, month, { format: format as ShiftFormat, bom: values.bom ?? false });
  if ('problems' in made) {
    io.stderr(`${formatProblemsText(made.problems)}\n\n設定に問題があるため、シフト表を作れません（問題 ${made.problems.length} 件）。直してから再実行してください。\n`);
    return EXIT.problems;
  }
  const { text, draft } = made;
  const issues = draft.problems.length;
  if (target === undefined) io.stdout(text);
  else {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    io.stdout(`書き出しました: ${shownPath(io.cwd, target)}（${month}、${draft.assignments.length} 勤務、要確認 ${issues} 件）\n`);
  }
  if (issues > 0 && (format === 'csv' || target !== undefined)) io.stderr(`要確認 ${issues} 件:\n${formatShiftIssuesText(draft.problems)}\n`);
  return issues > 0 ? EXIT.problems : EXIT.ok;
}

export type ShiftFormat = (typeof FORMATS)[number];

/** The month's shift draft in a format, from the workspace; or the settings problems that prevent it. */
export async function shiftDraft(ws: Workspace, month: string, options: { format: ShiftFormat; bom: boolean }): Promise<{ text: string; draft: ReturnType<typeof draftShift> } | { problems: Problem[] }> {
  const [calendar, { settings, problems: settingsProblems }, roster, runbooks] = await Promise.all([ws.calendar(), ws.settings(), ws.roster(), ws.runbooks()]);
  const missing = (file: string) => createProblem('file-missing', { file, line: 1, column: 1 });
  const problems = [
    ...(calendar.present ? calendar.problems : [missing(calendar.file)]),
    ...settingsProblems.filter((p) => p.file === SETTINGS_FILES.sites || p.file === SETTINGS_FILES.people),
    ...(roster.present ? roster.problems : [missing(roster.file)]),
  ];
  if (problems.length > 0 || !calendar.value || !roster.value) return { problems };
  const ctx = { calendar: calendar.value, sites: settings.sites, people: settings.people, roster: roster.value, items: runbooks.runbooks.map((r) => r.item) };
  const draft = draftShift({ month, ...ctx });
  const view = shiftView(month, ctx, draft.assignments, draft.problems);
  const text =
    options.format === 'json' ? `${JSON.stringify(view, null, 2)}\n` : options.format === 'csv' ? formatShiftCsv(view, { bom: options.bom }) : formatShiftMarkdown(view);
  return { text, draft };
}
