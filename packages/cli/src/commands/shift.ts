import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblemsText } from '@unyo/problems';
import { SETTINGS_FILES, readCalendar, readYamlFile } from '@unyo/read';
import { PeopleSchema, RosterSchema, SitesSchema } from '@unyo/schema';
import { draftShift, formatShiftCsv, formatShiftIssuesText, formatShiftMarkdown, shiftView } from '@unyo/shift';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { outputPath } from '../output.ts';
import { findRoot } from '../root.ts';

/** The roster file, relative to the repo root. */
const ROSTER_FILE = 'settings/roster.yaml';

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

  const root = await findRoot(io.cwd, values.root);
  const target = values.out === undefined ? undefined : await outputPath(root, io.cwd, values.out);
  const [calendar, sites, people, roster] = await Promise.all([
    readCalendar(root),
    readYamlFile(root, SETTINGS_FILES.sites, SitesSchema),
    readYamlFile(root, SETTINGS_FILES.people, PeopleSchema),
    readYamlFile(root, ROSTER_FILE, RosterSchema),
  ]);
  const problems = [...calendar.problems, ...sites.problems, ...people.problems, ...roster.problems];
  if (problems.length > 0 || !calendar.calendar || !sites.value || !people.value || !roster.value) {
    io.stderr(`${formatProblemsText(problems)}\n\n設定に問題があるため、シフト表を作れません（問題 ${problems.length} 件）。直してから再実行してください。\n`);
    return EXIT.problems;
  }
  const ctx = { calendar: calendar.calendar, sites: sites.value.sites, people: people.value.people, roster: roster.value };
  const draft = draftShift({ month, ...ctx });
  const view = shiftView(month, ctx, draft.assignments, draft.problems);
  const text =
    format === 'json' ? `${JSON.stringify(view, null, 2)}\n` : format === 'csv' ? formatShiftCsv(view, { bom: values.bom ?? false }) : formatShiftMarkdown(view);
  const issues = draft.problems.length;
  if (target === undefined) io.stdout(text);
  else {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    io.stdout(`書き出しました: ${path.relative(io.cwd, target) || target}（${month}、${draft.assignments.length} 勤務、要確認 ${issues} 件）\n`);
  }
  if (issues > 0 && (format === 'csv' || target !== undefined)) io.stderr(`要確認 ${issues} 件:\n${formatShiftIssuesText(draft.problems)}\n`);
  return issues > 0 ? EXIT.problems : EXIT.ok;
}
